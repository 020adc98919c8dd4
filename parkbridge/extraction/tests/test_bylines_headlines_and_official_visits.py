"""A byline's author is no person, a headline's signing is the one the body reports, and an
official's visit is an event only when it crosses a border."""

from parkbridge.extraction import extract_article


def test_the_author_of_a_byline_is_not_a_person() -> None:
    text = (
        "Park doubles output\n\nBy Laura Kimani, Nation Media\n\nNAIROBI, May 4 - The park's "
        "director Peter Otieno said output doubled."
    )
    people = [p.name for p in extract_article(text).people]
    assert "Laura Kimani" not in people and "Peter Otieno" in people


def test_a_reporting_credit_in_brackets_is_not_a_person() -> None:
    text = (
        "The zone manager Omar Haddad said exports grew. (Reporting by Sara Lind; Editing by "
        "Paul Grey)"
    )
    people = [p.name for p in extract_article(text).people]
    assert people == ["Omar Haddad"]


def test_a_sentence_starting_with_by_and_a_year_is_no_byline() -> None:
    text = "Plans\n\nBy 2030 minister Karim Saleh wants 20 parks."
    assert "Karim Saleh" in [p.name for p in extract_article(text).people]


def test_a_headline_signing_and_the_bodys_signing_are_one_agreement() -> None:
    text = (
        "Ghana, Korea sign $400m deal for Tema zone\n\n"
        "ACCRA, June 3 - Ghana's free zones authority signed a $400 million agreement with "
        "Hanbit Steel to build a mill in the Tema zone."
    )
    assert [(a.count, a.status) for a in extract_article(text).agreements] == [(1, "signed")]


def test_an_officials_visit_abroad_is_an_event() -> None:
    text = (
        "Deals signed\n\nCAIRO, March 1 - The deal was signed during a visit by Prime Minister "
        "Adel Nour to Seoul."
    )
    assert any(e.name.startswith("visit by") for e in extract_article(text).events)


def test_an_officials_visit_at_home_is_not_an_event() -> None:
    text = (
        "MOSCOW, May 2. The plant was opened during a visit by Prime Minister Ivan Petrov to Kazan."
    )
    assert extract_article(text).events == []


def test_a_leaders_visit_to_a_country_is_an_event_even_when_written_there() -> None:
    text = "CAIRO, May 3 - Premier Wen's two-day visit to Egypt ended with 12 deals."
    assert [e.kind for e in extract_article(text).events] == ["other"]


def test_a_leaders_visit_to_a_home_city_is_not_an_event() -> None:
    text = "MOSCOW, May 3. The plant was shown during the president's visit to Kazan."
    assert extract_article(text).events == []
