"""Agreements found by meaning (SCHEMA.md): 'deals totaled 258' gives the count, which is also a
figure; memoranda 'exchanged' before leaders were signed."""

from parkbridge.extraction import extract_article


def test_a_total_after_the_signing_verb_is_the_agreements_count_and_a_figure() -> None:
    facts = extract_article("Deals signed at the trade fair totaled 175.")
    assert [(a.count, a.qualifier) for a in facts.agreements] == [(175, "exact")]
    assert (175, "count") in [(f.value, f.unit) for f in facts.figures]


def test_a_total_with_more_than_keeps_its_qualifier() -> None:
    facts = extract_article("Agreements signed during the mission numbered more than 30.")
    assert [(a.count, a.qualifier) for a in facts.agreements] == [(30, "more_than")]


def test_a_number_that_measures_trade_is_not_the_agreements_count() -> None:
    facts = extract_article("Contracts were signed and trade reached 300.")
    assert [a.count for a in facts.agreements] == [None]


def test_an_exchanged_memorandum_is_a_signed_agreement() -> None:
    facts = extract_article("The MoU was exchanged in the presence of both prime ministers.")
    assert [(a.count, a.status) for a in facts.agreements] == [(1, "signed")]
