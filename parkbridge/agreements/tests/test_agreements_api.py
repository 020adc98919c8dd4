from parkbridge.agreements.models import Agreement


def test_an_agreement_with_parties_value_and_site_is_created(
    writer_api, make_organisation, make_site
):
    a, b = make_organisation(country="RU"), make_organisation(country="BY")
    site = make_site()
    response = writer_api.post(
        "/api/agreements",
        {
            "title": "Cooperation between technoparks",
            "kind": "cooperation",
            "parties": [a.pk, b.pk],
            "site": site.pk,
            "value": "2000000000",
            "currency": "USD",
            "signed_on": "2024-09-05",
        },
    )
    assert response.status_code == 201, response.content
    assert sorted(response.json()["parties"]) == sorted([a.pk, b.pk])


def test_agreements_are_filtered_by_a_partys_country_and_year(api, make_organisation, db):
    ru, cn = make_organisation(country="RU"), make_organisation(country="CN")
    first = Agreement.objects.create(title="A", signed_on="2024-05-01")
    first.parties.set([ru, cn])
    Agreement.objects.create(title="B", signed_on="2023-05-01").parties.set([ru])
    assert api.get("/api/agreements", {"country": "CN"}).json()["count"] == 1
    assert api.get("/api/agreements", {"country": "RU", "year": 2024}).json()["count"] == 1
    assert api.get("/api/agreements", {"country": "RU"}).json()["count"] == 2


def test_a_confidential_agreement_is_not_listed_or_counted_for_the_public(api, staff_api, db):
    Agreement.objects.create(title="Secret", confidential=True)
    Agreement.objects.create(title="Public")
    assert [a["title"] for a in api.get("/api/agreements").json()["items"]] == ["Public"]
    assert staff_api.get("/api/agreements").json()["count"] == 2


def test_an_unknown_party_is_a_422_naming_it(writer_api, db):
    response = writer_api.post("/api/agreements", {"title": "X", "parties": [424242]})
    assert response.status_code == 422
    assert "424242" in str(response.json())
