"""Agreements: "X have agreed to join Y" reports an accord reached (SCHEMA: "reached an accord"),
one agreement in an article that reports no signing, as "договорились …" in Russian (sentences
written for these tests)."""

from parkbridge.extraction import extract_article


def _agreements(text: str) -> list[tuple]:
    return [(a.count, a.status) for a in extract_article(text).agreements]


def test_an_accord_reached_is_one_agreement() -> None:
    text = "date 2024-05-02\n\nTwelve free zones have agreed to join the Orland Zones Network."
    assert _agreements(text) == [(1, "signed")]


def test_an_accord_beside_a_signing_is_that_signing() -> None:
    text = (
        "date 2024-05-02\n\nThe zones signed a memorandum with the Orland Zones Network. "
        "They have agreed to share data on investors."
    )
    assert _agreements(text) == [(1, "signed")]


def test_agreeing_to_a_thing_is_no_accord_of_its_own() -> None:
    text = "date 2024-05-02\n\nThe board has agreed to the proposal of the mayor."
    assert _agreements(text) == []
