from django.contrib import admin
from django.urls import include, path

from parkbridge.api import api, redoc_page

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/redoc", redoc_page, name="api-redoc"),
    path("api/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("press/", include("parkbridge.press.urls")),
    path("b2b/", include("parkbridge.b2b.urls")),
    path("marketplace/", include("parkbridge.marketplace.urls")),
    path("", include("parkbridge.accounts.people_urls")),
    path("", include("parkbridge.web.urls")),
]
