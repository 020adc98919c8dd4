from __future__ import annotations

import pytest

from parkbridge.marketplace import matching

pytestmark = pytest.mark.django_db


def test_the_index_is_reused_until_profiles_change(make_organisation, make_profile):
    company = make_organisation()
    first = make_profile(company, title="Road sweeper for sale", kind="equipment")
    built = matching.profile_index()
    assert matching.profile_index() is built
    assert built.index.size == 1

    second = make_profile(make_organisation(), title="Tractor for lease", kind="equipment")
    rebuilt = matching.profile_index()
    assert rebuilt is not built and rebuilt.index.size == 2

    second.active = False
    second.save()
    assert matching.profile_index().index.size == 1

    first.delete()
    assert matching.profile_index().index.size == 0


def test_changing_a_profiles_sectors_rebuilds_the_index(make_organisation, make_profile):
    from parkbridge.core.models import Sector

    profile = make_profile(make_organisation(), title="Partner wanted", kind="business")
    before = matching.profile_index()
    profile.sectors.add(Sector.objects.create(code="automotive", name_en="Automotive"))
    after = matching.profile_index()
    assert after is not before
    assert after.index.profiles[0].sectors == ("automotive",)
