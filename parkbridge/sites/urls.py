"""Pages of the registry of sites. Included by `parkbridge.web.urls` so the URL names stay in
the `web` namespace (`web:sites`, `web:site_card`, ...)."""

from django.urls import path

from parkbridge.sites import views

urlpatterns = [
    path("sites/", views.site_list, name="sites"),
    path("sites/map.json", views.site_map_data, name="site_map_data"),
    path("sites/completeness/", views.registry_completeness, name="site_completeness"),
    path("sites/<int:pk>/popup/", views.site_popup, name="site_popup"),
    path("sites/<slug:slug>/", views.site_card, name="site_card"),
]
