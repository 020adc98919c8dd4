"""Russian: a part of a count just stated ("124 резидента, 28 из них …") counts the same
thing, and a former name ("ТОР «Север» (бывшая «Заречная»)", "бывшая ОЭЗ «Луг»") is no site
or organisation of its own (sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.quantities import find_figures


def _figures(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.measure) for f in find_figures(sentence)]


def test_a_part_of_a_count_after_it_counts_the_same_thing() -> None:
    assert _figures("В парке 90 резидентов, 17 из них уже работают.") == [
        (90, "резидентов"),
        (17, "резидентов"),
    ]
    assert _figures("В зоне 40 компаний, из них 12 — иностранные.") == [
        (40, "компаний"),
        (12, "компаний"),
    ]


def test_a_former_name_is_no_entity_of_its_own() -> None:
    text = (
        "ТВЕРЬ, 4 марта 2025 года.\n\n"
        "ТОР «Север» (бывшая «Заречная») объединила три площадки. "
        "Резидентами особой экономической зоны «Луг» (бывшая ОЭЗ «Поле») стали две компании.\n"
    )
    facts = extract_article(text)
    names = [s.name for s in facts.sites] + [o.name for o in facts.organizations]
    assert not any("Заречн" in n or "Поле" in n for n in names)
    assert any("Север" in n for n in names) and any("Луг" in n for n in names)
