"""A capitalised name made only of the words of an economic activity ("Food and Beverages",
"Machinery & Equipment", "Information Technology", "Foreign Direct Investment") is a sector,
not an organisation; a body with a distinctive word or a head keeps its name (texts written
for these tests)."""

from parkbridge.extraction.english_bodies import is_not_a_body


def test_a_sector_list_is_no_body() -> None:
    assert is_not_a_body("Textiles, Food and Beverages, Chemicals & Metals")
    assert is_not_a_body("Machinery & Equipment")
    assert is_not_a_body("Information Technology")
    assert is_not_a_body("Foreign Direct Investment")


def test_a_body_with_a_head_or_a_name_is_a_body() -> None:
    assert not is_not_a_body("Information Technology Authority")
    assert not is_not_a_body("Lakeshore Food and Beverages")
    assert not is_not_a_body("Investment Promotion Agency")
