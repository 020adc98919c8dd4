def test_sites_are_listed_by_country_with_coordinates(api, make_site):
    make_site(country="BY", name_en="Great Stone")
    make_site(country="RU", name_en="Alabuga")
    body = api.get("/api/sites", {"country": "BY"}).json()
    assert body["count"] == 1
    (site,) = body["items"]
    assert site["name_en"] == "Great Stone"
    assert site["latitude"] is not None and site["longitude"] is not None


def test_country_filter_accepts_lower_case_and_repeats(api, make_site):
    make_site(country="BY")
    make_site(country="RU")
    make_site(country="CN")
    assert api.get("/api/sites?country=by&country=ru").json()["count"] == 2


def test_filters_combine(api, make_site):
    make_site(kind="sez", area_free_ha=50, power_mw=20, sectors=["logistics"])
    make_site(kind="sez", area_free_ha=5, power_mw=20, sectors=["logistics"])
    make_site(kind="technopark", area_free_ha=50, power_mw=20)
    body = api.get(
        "/api/sites", {"kind": "sez", "min_free_area_ha": 10, "sector": "logistics"}
    ).json()
    assert body["count"] == 1


def test_one_site_is_found_by_cyrillic_latin_transliteration_and_chinese_names(api, make_site):
    make_site(
        name_en="China-Belarus Industrial Park",
        name_ru="Индустриальный парк «Великий камень»",
        name_zh="中白工业园",
        aliases=["Great Stone"],
    )
    make_site(name_en="Minsk Free Economic Zone", name_ru="СЭЗ «Минск»")
    for query in ["Великий камень", "Great Stone", "Veliky Kamen", "Velikiy Kamen'", "中白工业园"]:
        body = api.get("/api/sites", {"q": query}).json()
        assert [s["name_en"] for s in body["items"]] == ["China-Belarus Industrial Park"], query


def test_lists_are_paginated(api, make_site):
    for _ in range(5):
        make_site()
    body = api.get("/api/sites", {"limit": 2, "offset": 4}).json()
    assert body["count"] == 5
    assert len(body["items"]) == 1


def test_a_site_is_read_by_id_and_a_missing_one_is_404(api, make_site):
    site = make_site(sectors=["electronics"])
    body = api.get(f"/api/sites/{site.pk}").json()
    assert body["slug"] == site.slug
    assert body["sectors"] == ["electronics"]
    assert api.get("/api/sites/999999").status_code == 404


def test_confidential_sites_are_hidden_from_the_public_but_not_from_staff(
    api, staff_api, make_site
):
    hidden = make_site(confidential=True)
    make_site()
    assert api.get("/api/sites").json()["count"] == 1
    assert api.get(f"/api/sites/{hidden.pk}").status_code == 404
    assert staff_api.get("/api/sites").json()["count"] == 2
    assert staff_api.get(f"/api/sites/{hidden.pk}").status_code == 200


def test_the_openapi_schema_and_docs_are_served(api):
    schema = api.get("/api/openapi.json").json()
    assert "/api/sites" in schema["paths"]
    assert api.get("/api/docs").status_code == 200


def test_incentives_are_filtered_by_country_and_kind(api, db):
    from parkbridge.sites.models import Incentive

    Incentive.objects.create(
        country="BY", applies_to_kind="fez", tax="profit_tax", benefit="exemption"
    )
    Incentive.objects.create(country="RU", applies_to_kind="sez", tax="vat", benefit="exemption")
    body = api.get("/api/incentives", {"country": "BY"}).json()
    assert [i["tax"] for i in body["items"]] == ["profit_tax"]


def test_names_that_begin_with_the_query_come_first(api, make_site):
    make_site(name_en="Alpha Minsk Park")
    make_site(name_en="Minsk Technopark")
    make_site(name_en="Brest Park")
    names = [s["name_en"] for s in api.get("/api/sites", {"q": "minsk"}).json()["items"]]
    assert names == ["Minsk Technopark", "Alpha Minsk Park"]
