"""Russian site names: a list of quoted names after a plural head and a dash, a plural head as a
class of sites, a Latin name after a head, and a zone's name inside its company's name
(sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _sites(text: str) -> list[str]:
    return sorted(s.name for s in extract_article(text).sites)


def test_each_quoted_name_after_a_plural_head_and_a_dash_is_a_park() -> None:
    facts = extract_article(
        "Новости\n\n"
        "Операторами трех новых технопарков — «Вектор», «Орбита» и «Полюс» — станут "
        "местные компании."
    )
    assert sorted(s.name for s in facts.sites) == ["Вектор", "Орбита", "Полюс"]
    assert all(s.kind == "technopark" for s in facts.sites)
    assert not {o.name for o in facts.organizations} & {"Вектор", "Орбита", "Полюс"}


def test_a_plural_head_before_a_place_is_a_class_of_sites_not_a_site() -> None:
    assert (
        _sites(
            "Новости\n\n"
            "Индустриальные парки Татарстана привлекли новых резидентов. "
            "В регионе работают технопарки Казани и особые экономические зоны."
        )
        == []
    )


def test_a_latin_name_after_a_russian_park_head_is_the_park() -> None:
    facts = extract_article(
        "Новости\n\nВ области откроется промышленный парк Technoland на двадцати гектарах."
    )
    assert [s.name for s in facts.sites] == ["промышленный парк Technoland"]
    assert [s.kind for s in facts.sites] == ["industrial_park"]


def test_a_zone_named_inside_a_company_name_is_the_company_not_the_zone() -> None:
    facts = extract_article(
        "Новости\n\nПроект реализует АО «ОЭЗ „Северная“» совместно с инвестором."
    )
    assert facts.sites == []
    assert [o.name for o in facts.organizations] == ["АО «ОЭЗ „Северная“»"]
