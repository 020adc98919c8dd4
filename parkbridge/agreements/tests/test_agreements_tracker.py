"""The agreements tracker filters by country pair, status and year, and shows a lifecycle."""

from __future__ import annotations

from datetime import date

from parkbridge.agreements.models import Agreement
from parkbridge.agreements.views import lifecycle_steps


def test_country_pair_filter_uses_stated_and_party_countries(
    registry, client_in, make_organisation
):
    ru = make_organisation(name_en="Kazan Tools", country="RU")
    by_ru = Agreement.objects.create(title="BY-RU by parties", signed_on=date(2022, 1, 1))
    by_ru.parties.set([registry.company, ru])
    client = client_in()
    html = client.get("/agreements/", {"country_a": "BY", "country_b": "RU"}).content.decode()
    assert "BY-RU by parties" in html and "Agreement on an engine plant" not in html
    html = client.get("/agreements/", {"country_a": "cn"}).content.decode()
    assert "Agreement on an engine plant" in html and "BY-RU by parties" not in html


def test_status_and_year_filters(registry, client_in):
    client = client_in()
    html = client.get("/agreements/", {"status": "implemented"}).content.decode()
    assert "Agreement on an engine plant" not in html
    html = client.get("/agreements/", {"year": "2024"}).content.decode()
    assert "Agreement on an engine plant" in html


def test_a_second_country_without_the_first_is_an_error(registry, client_in):
    response = client_in().get("/agreements/", {"country_b": "CN"})
    assert response.status_code == 400
    assert "Choose the first country of the pair too." in response.content.decode()


def test_lifecycle_marks_the_path_taken():
    assert [s[2] for s in lifecycle_steps("in_implementation")] == [
        "passed", "passed", "current", "next",
    ]  # fmt: skip
    assert [(s[0], s[2]) for s in lifecycle_steps("stalled")][-1] == ("stalled", "current")


def test_detail_shows_lifecycle_and_overdue_milestones(registry, client_in):
    registry.agreement.milestones.create(title="Land allotted", due=date(2020, 1, 1))
    html = client_in().get(f"/agreements/{registry.agreement.pk}/").content.decode()
    assert 'aria-current="step"' in html
    assert "Plant opens" in html and "Land allotted" in html and "overdue" in html
