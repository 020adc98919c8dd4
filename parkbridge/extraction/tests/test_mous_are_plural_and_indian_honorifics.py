""" "MoUs" is a plural (an unnumbered plural is no single agreement), and Indian honorifics
("Shri", "Smt") are no part of a name (sentences written for these tests)."""

from parkbridge.extraction.pipeline import extract_article


def test_mous_in_a_headline_are_a_plural_not_one_agreement() -> None:
    text = (
        "Kerala signs MoUs worth Rs 900 crore for food parks\n"
        "Kochi: The state signed four MoUs worth Rs. 900 crore with investors on Monday."
    )
    got = [(a["count"], a["status"]) for a in extract_article(text).to_json()["agreements"]]
    assert got == [(4, "signed")]


def test_shri_before_a_surname_is_no_second_person() -> None:
    text = (
        "Chief Minister Anil Varma opened the park on Monday.\n"
        "Shri Varma said it would employ 2,000 people."
    )
    assert [p["name"] for p in extract_article(text).to_json()["people"]] == ["Anil Varma"]
