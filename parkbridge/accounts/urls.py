"""Pages of accounts, mounted under /accounts/ before allauth's own (sign-in, sign-up,
password, e-mail, MFA)."""

from django.urls import path

from parkbridge.accounts import views

urlpatterns = [
    path("settings/", views.account_settings, name="account-settings"),
]
