"""Agreements as SCHEMA.md counts them: a lede that sums up the numbered signing of the body is
that signing; a plural naming the parties restates a singular that named none; 'also signed'
is a statement of its own; a signing reported in a quotation is done, not planned."""

from parkbridge.extraction import extract_article


def _agreements(text: str) -> list[tuple[int | None, str]]:
    return [(a.count, a.status) for a in extract_article(text).agreements]


def test_a_lede_summing_up_a_numbered_signing_is_that_signing() -> None:
    text = (
        "Trade fair ends with a record\n\n"
        "Contracts worth over $300 million were signed at the fair in Kazan.\n\n"
        '"Some 40 agreements were signed during the three days," the organiser said.'
    )
    assert _agreements(text) == [(40, "signed")]


def test_a_lede_naming_a_park_reports_a_signing_of_its_own() -> None:
    text = (
        "Mission results\n\n"
        "The delegation met the Kama Technopark, the largest park in the region, and signed "
        "agreements on cooperation.\n\n"
        "More than 15 agreements were signed during the mission."
    )
    assert (None, "signed") in _agreements(text) and (15, "signed") in _agreements(text)


def test_a_plural_with_parties_restates_a_singular_that_named_none() -> None:
    text = (
        "A cooperation agreement on two agro parks was concluded at the forum. "
        "The Primorye Agro Corporation signed agreements with Harbin Seeds on the parks."
    )
    assert _agreements(text) == [(1, "signed")]


def test_an_agreement_the_speaker_says_was_signed_is_signed_even_after_a_plan() -> None:
    text = (
        '"Beijing will share its experience," the envoy said, adding that "China has signed a '
        'soft loan agreement with Ghana to build roads."'
    )
    assert _agreements(text) == [(1, "signed")]
