"""Pages of the web interface (mounted at the site root)."""

from django.urls import path

from parkbridge.web.views import agreements, bilateral, events, home, organisations, sites, targets

app_name = "web"

urlpatterns = [
    path("", home.home, name="home"),
    path("sites/", sites.site_list, name="sites"),
    path("sites/map.json", sites.site_map_data, name="site_map_data"),
    path("sites/<int:pk>/popup/", sites.site_popup, name="site_popup"),
    path("sites/<slug:slug>/", sites.site_card, name="site_card"),
    path("organisations/", organisations.organisation_list, name="organisations"),
    path("organisations/<int:pk>/", organisations.organisation_detail, name="organisation"),
    path("events/", events.event_list, name="events"),
    path("events/<int:pk>/", events.event_detail, name="event"),
    path("agreements/", agreements.agreement_list, name="agreements"),
    path("agreements/<int:pk>/", agreements.agreement_detail, name="agreement"),
    path("targets/", targets.target_list, name="targets"),
    path("targets/<int:pk>/", targets.target_detail, name="target"),
    path("bilateral/", bilateral.bilateral, name="bilateral"),
]
