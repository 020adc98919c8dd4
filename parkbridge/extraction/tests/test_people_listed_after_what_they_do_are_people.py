"""Names listed after people named by what they do ("ministers including A, B and C",
"industrialists such as X and Y") are people, though no title stands before each name
(sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _people(text: str) -> set[str]:
    return {p.name for p in extract_article(text).people}


def test_every_name_in_a_list_of_ministers_is_a_person() -> None:
    text = (
        "Forum closes.\n\n"
        "Several Union Ministers including Rohan Mehta, Vikram Sethi and Anil Kapoor "
        "attended the sessions of the forum."
    )
    assert {"Rohan Mehta", "Vikram Sethi", "Anil Kapoor"} <= _people(text)


def test_names_listed_after_industrialists_are_people() -> None:
    text = (
        "Forum closes.\n\n"
        "Prominent industrialists such as Dev Malhotra and Ravi Sharma spoke at the forum."
    )
    assert {"Dev Malhotra", "Ravi Sharma"} <= _people(text)


def test_companies_listed_after_firms_are_no_people() -> None:
    text = "Forum closes.\n\nFirms including Tata Steel and Larsen & Toubro signed deals."
    assert not _people(text) & {"Tata Steel", "Larsen & Toubro"}
