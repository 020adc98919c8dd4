from parkbridge.organisations.models import OrganisationLink


def test_organisations_are_found_by_russian_name_and_transliteration(api, make_organisation):
    make_organisation(name_en="Roscongress Foundation", name_ru="Фонд Росконгресс")
    make_organisation(name_en="Sber")
    for query in ["Росконгресс", "roskongress", "Roscongress"]:
        names = [o["name_en"] for o in api.get("/api/organisations", {"q": query}).json()["items"]]
        assert names == ["Roscongress Foundation"], query


def test_organisations_are_filtered_by_country_and_kind(api, make_organisation):
    make_organisation(country="CN", kind="company")
    make_organisation(country="CN", kind="agency")
    make_organisation(country="BY", kind="agency")
    assert api.get("/api/organisations", {"country": "cn", "kind": "agency"}).json()["count"] == 1


def test_a_joint_venture_link_is_created_through_the_api(writer_api, make_organisation):
    a, b = make_organisation(), make_organisation()
    response = writer_api.post(
        "/api/organisation-links",
        {"source": a.pk, "target": b.pk, "kind": "owns", "share_percent": "51"},
    )
    assert response.status_code == 201, response.content
    assert OrganisationLink.objects.get().share_percent == 51


def test_a_share_above_100_percent_is_refused(writer_api, make_organisation):
    a, b = make_organisation(), make_organisation()
    response = writer_api.post(
        "/api/organisation-links",
        {"source": a.pk, "target": b.pk, "kind": "owns", "share_percent": "140"},
    )
    assert response.status_code == 422


def test_an_organisation_cannot_own_itself(writer_api, make_organisation):
    a = make_organisation()
    response = writer_api.post(
        "/api/organisation-links", {"source": a.pk, "target": a.pk, "kind": "owns"}
    )
    assert response.status_code == 422
    assert not OrganisationLink.objects.exists()


def test_people_are_listed_with_their_organisation(writer_api, api, make_organisation):
    org = make_organisation()
    created = writer_api.post(
        "/api/people", {"name": "Alexey Govyrin", "role": "deputy", "organisation": org.pk}
    )
    assert created.status_code == 201, created.content
    body = api.get("/api/people", {"organisation": org.pk}).json()
    assert [p["name"] for p in body["items"]] == ["Alexey Govyrin"]
