"""A Russian ministry written in lower case is an organisation named by the genitive words of
its portfolio and its country ("министерством торговли Ирана"); a bare "министерство" names
none (sentences written for these tests)."""

from parkbridge.extraction.pipeline import extract_article


def _orgs(text: str) -> list[str]:
    return [o["name"] for o in extract_article(text).to_json()["organizations"]]


def test_two_lower_case_ministries_joined_by_and_are_two() -> None:
    names = _orgs("Проект одобрен министерством торговли Ирана и министерством финансов Армении.")
    assert len(names) == 2
    assert names[0].startswith("министерств") and names[0].endswith("торговли Ирана")
    assert names[1].endswith("финансов Армении")


def test_a_portfolio_listed_with_commas_stays_in_the_name() -> None:
    names = _orgs("Вчера министерство энергетики, транспорта и связи Лаоса выдало лицензию.")
    assert names == ["министерство энергетики, транспорта и связи Лаоса"]


def test_a_bare_ministry_names_no_organisation() -> None:
    assert _orgs("По оценке министерства, проект создаст рабочие места.") == []
    assert _orgs("Представители министерства и бизнеса обсудили проект.") == []
