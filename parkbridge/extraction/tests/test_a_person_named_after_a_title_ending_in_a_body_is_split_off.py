"""'Member of ACME Jane Doe', 'Ambassador to Kenya John Roe': English writes a title before a
name without a comma; the capitalised run is a body (or place) and then a person, not one
organisation (sentences written for these tests)."""

from parkbridge.extraction.english_titled_names import split_titled_name
from parkbridge.extraction.gazetteer import default_gazetteer
from parkbridge.extraction.pipeline import extract_article


def test_a_name_after_an_acronym_in_a_title_is_a_person() -> None:
    sentence = "The deal was signed by Member (Finance) of ZXQA Marlon Tebbit and the buyer."
    split = split_titled_name("ZXQA Marlon Tebbit", sentence, default_gazetteer())
    assert split == ("ZXQA", "Marlon Tebbit", "Member (Finance) of ZXQA")


def test_a_name_after_a_country_in_a_title_is_a_person() -> None:
    sentence = "In May, Kenya's Ambassador to Ghana Oskar Vell attended the meeting."
    split = split_titled_name("Ghana Oskar Vell", sentence, default_gazetteer())
    assert split == ("Ghana", "Oskar Vell", "Ambassador to Ghana")


def test_a_name_after_a_government_department_in_a_title_is_a_person() -> None:
    j = extract_article(
        "He met Secretary of the Health Department in the Ruritania Government Oskar Vell today."
    ).to_json()
    people = {p["name"]: p["role"] for p in j["people"]}
    assert people.get("Oskar Vell", "").startswith("Secretary of the Health Department")
    assert not any("Vell" in o["name"] for o in j["organizations"])


def test_a_title_inside_the_run_ends_the_body() -> None:
    sentence = "The memorandum was signed by the Lakeshore Trade Council's Commissioner Oskar Vell."
    split = split_titled_name(
        "Lakeshore Trade Council's Commissioner Oskar Vell", sentence, default_gazetteer()
    )
    assert split == (
        "Lakeshore Trade Council",
        "Oskar Vell",
        "Commissioner of Lakeshore Trade Council",
    )


def test_a_body_without_a_title_before_it_stays_whole() -> None:
    sentence = "Shares of Harbour Marine Logistics Group rose on Monday."
    assert (
        split_titled_name("Harbour Marine Logistics Group", sentence, default_gazetteer()) is None
    )
    sentence = "Investors such as ZXQA Marlon Tebbit bought shares."
    assert split_titled_name("ZXQA Marlon Tebbit", sentence, default_gazetteer()) is None
