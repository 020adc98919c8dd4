"""Pages of programme targets (URL names in the `web` namespace, see `parkbridge.web.urls`)."""

from django.urls import path

from parkbridge.targets import views

urlpatterns = [
    path("targets/", views.target_list, name="targets"),
    path("targets/<int:pk>/", views.target_detail, name="target"),
]
