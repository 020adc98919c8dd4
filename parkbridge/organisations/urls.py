"""Pages of organisations (URL names in the `web` namespace, see `parkbridge.web.urls`)."""

from django.urls import path

from parkbridge.organisations import views

urlpatterns = [
    path("organisations/", views.organisation_list, name="organisations"),
    path("organisations/<int:pk>/", views.organisation_detail, name="organisation"),
]
