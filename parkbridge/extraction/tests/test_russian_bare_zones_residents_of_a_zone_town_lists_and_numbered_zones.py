"""Russian sites: a zone named by the bare noun ("в зоне «Берег»"), the zone whose residents
are counted ("резидентами «Берега»"), a list of quoted parks each with its town, two zones
numbered apart, and acronyms that are words of their own ("директор «X»" is no ТОР)
(sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _facts(body: str):
    return extract_article("ТВЕРЬ, 4 марта 2025 года.\n\n" + body + "\n")


def _sites(body: str) -> list[str]:
    return [s.name for s in _facts(body).sites]


def test_a_zone_named_by_the_bare_noun_is_a_site() -> None:
    assert _sites("В зоне «Берег» уже работают девять компаний.") == ["зона «Берег»"]


def test_the_zone_whose_residents_are_counted_is_a_site() -> None:
    facts = _facts("Резидентами «Берега» готовы стать 13 компаний.")
    assert [s.name for s in facts.sites] == ["Берег"]  # in the nominative
    assert not [o for o in facts.organizations if "Берег" in o.name]


def test_a_resident_company_named_in_the_nominative_is_no_site() -> None:
    assert _sites("Резидент «Ромашка» построит цех.") == []


def test_each_park_of_a_list_with_its_town_is_a_site() -> None:
    names = _sites(
        "В России открылись три технопарка — «Север» в Омске, «Южный луч» в Туле "
        "и «Восход» в Твери."
    )
    assert len(names) == 3
    assert all(any(q in n for n in names) for q in ("Север", "Южный луч", "Восход"))


def test_zones_numbered_apart_are_two_sites() -> None:
    names = _sites(
        "В зоне «Берег» работают девять компаний. "
        "Индустриальная зона «Берег-2» будет построена к 2027 году."
    )
    assert len(names) == 2


def test_a_word_ending_in_an_acronym_is_no_site_head() -> None:
    assert _sites("Генеральный директор «Ромашки» Иван Петров приехал в Тверь.") == []
    assert _sites("Оператор «Связь-Тверь» протянул кабель.") == []
