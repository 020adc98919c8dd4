from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from parkbridge.api import api, redoc_page

urlpatterns = [
    # Everyone signs in through one form (throttled, with two-factor authentication).
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
    ),
    path("admin/", admin.site.urls),
    path("api/redoc", redoc_page, name="api-redoc"),
    path("api/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/", include("parkbridge.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("press/", include("parkbridge.press.urls")),
    path("b2b/", include("parkbridge.b2b.urls")),
    path("marketplace/", include("parkbridge.marketplace.urls")),
    path("", include("parkbridge.accounts.people_urls")),
    path("", include("parkbridge.web.urls")),
]
