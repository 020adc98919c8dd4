"""A list filtered by the id of a confidential record answers as for an id that does not
exist: it lists nothing, so nobody learns which visible records are linked to the hidden one."""

from __future__ import annotations

from parkbridge.organisations.models import Person


def test_people_filtered_by_a_confidential_organisation_list_nothing(make_organisation, api):
    hidden = make_organisation(confidential=True)
    Person.objects.create(name="A. Person", organisation=hidden)
    assert api.get("/api/people", {"organisation": hidden.pk}).json()["items"] == []
    assert api.get("/api/people", {"organisation": 999_999}).json()["items"] == []


def test_people_filtered_by_a_public_organisation_are_listed(make_organisation, api):
    public = make_organisation()
    person = Person.objects.create(name="B. Person", organisation=public)
    listed = api.get("/api/people", {"organisation": public.pk}).json()["items"]
    assert [p["id"] for p in listed] == [person.pk]


def test_an_administrator_filtering_by_a_confidential_organisation_sees_its_people(
    make_organisation, staff_api
):
    hidden = make_organisation(confidential=True)
    person = Person.objects.create(name="C. Person", organisation=hidden)
    listed = staff_api.get("/api/people", {"organisation": hidden.pk}).json()["items"]
    assert [p["id"] for p in listed] == [person.pk]


def test_agreements_filtered_by_a_confidential_site_list_nothing(make_site, api):
    from parkbridge.agreements.models import Agreement

    hidden = make_site(confidential=True)
    Agreement.objects.create(title="Lease", site=hidden)
    assert api.get("/api/agreements", {"site": hidden.pk}).json()["items"] == []


def test_a_filter_by_an_unknown_id_answers_an_empty_page_with_its_count(staff_api):
    for path in ("/api/incentives", "/api/residencies"):
        answer = staff_api.get(path, {"site": 999_999})
        assert answer.status_code == 200 and answer.json()["items"] == []
        assert answer.json()["count"] == 0
