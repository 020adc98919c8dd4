from parkbridge.extraction import extract_article
from parkbridge.extraction.facts import find_agreements, find_targets
from parkbridge.extraction.quantities import find_figures


def test_english_target_with_deadline() -> None:
    s = "The task is to increase the number of industrial technology parks to at least 100 by 2030."
    (t,) = find_targets(s, find_figures(s))
    assert (t.figure.value, t.figure.qualifier, t.deadline) == (100, "at_least", "2030")
    assert t.figure.measure == "industrial technology parks"


def test_russian_target_with_deadline() -> None:
    s = "Планируется создать не менее 100 индустриальных технопарков к 2030 году."
    (t,) = find_targets(s, find_figures(s))
    assert (t.figure.value, t.figure.qualifier, t.deadline) == (100, "at_least", "2030")


def test_signed_and_planned_agreements_with_counts() -> None:
    s = "More than 20 cooperation agreements were signed."
    (a,) = find_agreements(s, find_figures(s), [])
    assert (a.count, a.qualifier, a.status) == (20, "more_than", "signed")
    s = "Around 20 agreements are planned to be signed at the forum."
    (a,) = find_agreements(s, find_figures(s), [])
    assert (a.count, a.status) == (20, "planned")


def test_agreement_parties_are_the_named_entities_of_the_clause() -> None:
    s = "The delegation signed agreements with Great Stone Industrial Park."
    (a,) = find_agreements(s, [], ["Great Stone Industrial Park", "Other Park"])
    assert a.parties == ["Great Stone Industrial Park"] and a.count is None


def test_a_law_is_not_an_agreement() -> None:
    assert find_agreements("Russia helped to develop a law on technology parks.", [], []) == []


def test_event_editions_from_roman_and_ordinal_words() -> None:
    facts = extract_article(
        "Speaking at the VIII Russian-Chinese EXPO, he invited guests to the ninth "
        "Eastern Economic Forum, which will be held in Vladivostok."
    )
    editions = {e.name: e.edition for e in facts.events}
    assert editions == {"Russian-Chinese EXPO": 8, "Eastern Economic Forum": 9}
    assert facts.figures == []
