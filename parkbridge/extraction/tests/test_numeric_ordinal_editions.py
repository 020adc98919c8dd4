"""An edition written with a numeric ordinal before the event's name ("the 136th ... Fair")."""

from parkbridge.extraction import extract_article


def test_a_numeric_ordinal_before_an_event_name_is_its_edition() -> None:
    facts = extract_article("Exporters met buyers at the 27th Kazan Machinery Fair on Monday.")
    assert [(e.name, e.edition) for e in facts.events] == [("Kazan Machinery Fair", 27)]
    assert facts.figures == []  # an ordinal is not a figure


def test_a_number_before_a_name_without_an_ordinal_suffix_is_no_edition() -> None:
    facts = extract_article("Some 300 Kazan Machinery Fair exhibitors came.")
    assert all(e.edition is None for e in facts.events)
