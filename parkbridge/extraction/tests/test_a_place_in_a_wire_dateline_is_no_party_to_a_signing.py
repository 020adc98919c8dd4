"""Agreements: the place of a wire dateline ("Tech City (Some State), Aug 19 (PTI)") is where
the news comes from, not a party; the lede's unnumbered plural still sums up the body's
numbered signing (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def test_a_ledes_plural_after_a_dateline_naming_a_park_sums_up_the_numbered_signing() -> None:
    text = (
        "Chief minister signs deals worth Rs 900 crore\n\n"
        "Greenfield Industrial Park (Some State), Aug 19 (PTI) The chief minister on Monday "
        "inked deals with several companies here worth up to Rs 900 crore.\n\n"
        "The chief minister also inked four deals involving an investment of Rs 300 crore.\n"
    )
    facts = extract_article(text)
    assert [(a.count, a.status) for a in facts.agreements] == [(4, "signed")]
    assert all("Greenfield Industrial Park" not in a.parties for a in facts.agreements)
