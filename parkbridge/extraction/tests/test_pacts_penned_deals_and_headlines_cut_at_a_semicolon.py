"""Agreements: "pact" is an agreement noun, "pens"/"penned"/"seal" are signing verbs, and a
headline cut in parts at a semicolon still restates the body's signing (sentences written for
these tests)."""

from parkbridge.extraction import extract_article


def _agreements(text: str) -> list[tuple]:
    return [(a.count, a.status) for a in extract_article(text).agreements]


def test_signed_pacts_are_an_unnumbered_plural() -> None:
    body = (
        "Zone news\n\nThe state government also signed pacts with delegates from Italy and Spain."
    )
    assert _agreements(body) == [(None, "signed")]


def test_a_pact_inked_is_one_agreement() -> None:
    assert _agreements("Zone news\n\nThe firm inked a pact with the zone on Monday.") == [
        (1, "signed")
    ]


def test_a_headline_that_pens_a_deal_is_a_signing() -> None:
    assert _agreements("Kelmora Zone pens deal with Orbis for new plant\n\nWork starts soon.") == [
        (1, "signed")
    ]


def test_a_deal_to_be_sealed_is_planned() -> None:
    assert _agreements("Zone news\n\nThe zone will seal a deal with Orbis next week.") == [
        (1, "planned")
    ]


def test_a_headline_cut_at_a_semicolon_restates_the_bodys_signing() -> None:
    text = (
        "Deal signed; Orbis to develop Kelmora industrial plots\n\n"
        "Orbis Ltd signed an investment agreement on Monday with the Kelmora Zone Authority."
    )
    assert _agreements(text) == [(1, "signed")]
