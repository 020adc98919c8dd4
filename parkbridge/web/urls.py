"""Pages of the web interface (mounted at the site root).

`web/` is the shell: the front page and the bilateral dashboard (it spans agreements, events
and organisations) are here; each domain's pages live in its own app and are included below.
They stay in the `web` namespace so every URL name (`web:sites`, `web:event`, ...) is unchanged.
"""

from django.urls import path

from parkbridge.agreements import urls as agreements
from parkbridge.events import urls as events
from parkbridge.organisations import urls as organisations
from parkbridge.sites import urls as sites
from parkbridge.targets import urls as targets
from parkbridge.web.views import bilateral, home

app_name = "web"

urlpatterns = [
    path("", home.home, name="home"),
    *sites.urlpatterns,
    *organisations.urlpatterns,
    *events.urlpatterns,
    *agreements.urlpatterns,
    *targets.urlpatterns,
    path("bilateral/", bilateral.bilateral, name="bilateral"),
]
