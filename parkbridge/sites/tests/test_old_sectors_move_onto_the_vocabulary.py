"""A registry made before the sector vocabulary keeps its sites' sectors: the migration links
them to the sector their word names."""

from __future__ import annotations

import importlib

from django.apps import apps

from parkbridge.core.models import Sector

migration = importlib.import_module("parkbridge.sites.migrations.0009_sectors_onto_the_vocabulary")


def test_old_slug_sectors_are_linked_to_the_vocabulary(make_site, make_organisation):
    old = Sector.objects.create(code="mechanical-engineering", name_en="Mechanical engineering")
    odd = Sector.objects.create(code="widget-polishing", name_en="Widget polishing")
    site = make_site()
    site.sectors.add(old, odd)
    organisation = make_organisation()
    organisation.sectors.add(old)
    migration.onto_the_vocabulary(apps, None)
    assert sorted(s.code for s in site.sectors.all()) == ["machinery", "widget-polishing"]
    assert [s.code for s in organisation.sectors.all()] == ["machinery"]
