"""Russian organisations: a site's name alone in another case ("доля «Сосновки»") is the site,
not an organisation; a ministry's short form ("Минэкономразвития") is the ministry named in
full; an outlet cited by a quoted name with lower-case words ("издания «Вечерняя почта»") or
by "цитирует" is no organisation (sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.reporting import reporting_sources
from parkbridge.extraction.russian import is_ministry_short_form


def _facts(body: str):
    return extract_article("ТВЕРЬ, 4 марта 2025 года.\n\n" + body + "\n")


def test_a_sites_name_alone_in_another_case_is_no_organisation() -> None:
    facts = _facts(
        "В особой экономической зоне «Сосновка» работают 20 резидентов. "
        "На долю «Сосновки» приходится треть выручки всех зон региона."
    )
    assert [s.name for s in facts.sites]
    assert not [o.name for o in facts.organizations if "Сосновк" in o.name]


def test_a_company_named_like_no_site_stays_an_organisation() -> None:
    facts = _facts(
        "В особой экономической зоне «Сосновка» компания «Тверской хлеб» построит завод."
    )
    assert any("Тверской хлеб" in o.name for o in facts.organizations)


def test_a_ministrys_short_form_is_the_ministry_named_in_full() -> None:
    assert is_ministry_short_form(
        "Минэкономразвития России", "Министерство экономического развития РФ"
    )
    assert is_ministry_short_form("Минпромторг", "Министерство промышленности и торговли")
    assert is_ministry_short_form("Минсельхоз", "Министерство сельского хозяйства")
    assert not is_ministry_short_form("Минфин", "Министерство промышленности")
    assert not is_ministry_short_form("Минздрав", "Министерство экономики")


def test_an_article_lists_a_ministry_once_under_its_two_names() -> None:
    facts = _facts(
        "Министерство экономического развития РФ утвердило рейтинг технопарков. "
        "Итоги рейтинга Минэкономразвития России представит осенью."
    )
    ministries = [o.name for o in facts.organizations if o.name.startswith("Мин")]
    assert len(ministries) == 1


def test_outlets_cited_by_a_quoted_name_or_by_citing_are_reporting_sources() -> None:
    sources = reporting_sources(
        "По информации издания «Вечерняя почта», работы завершат летом. "
        "Резидентов станет больше, - цитирует «Экспресс-Юг» пресс-службу зоны."
    )
    assert {"вечерняя почта", "экспресс юг"} <= sources
