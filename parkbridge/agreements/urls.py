"""Pages of the agreements tracker (URL names in the `web` namespace, see `parkbridge.web.urls`)."""

from django.urls import path

from parkbridge.agreements import views

urlpatterns = [
    path("agreements/", views.agreement_list, name="agreements"),
    path("agreements/<int:pk>/", views.agreement_detail, name="agreement"),
]
