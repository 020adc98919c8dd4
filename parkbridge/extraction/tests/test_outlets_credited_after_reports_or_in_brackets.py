"""An outlet named after "reports" at the end of a sentence, or in brackets opening a
paragraph, is the news source, not an organisation (sentences written for these tests)."""

from parkbridge.extraction.pipeline import extract_article
from parkbridge.extraction.reporting import reporting_sources


def test_an_outlet_after_reports_at_the_end_of_a_sentence_is_a_source() -> None:
    text = "The zone leased land to 30 firms, reports KNA.\nThe minister welcomed it."
    assert "kna" in reporting_sources(text)


def test_a_bracketed_name_opening_a_paragraph_is_a_source() -> None:
    assert "riverside herald" in reporting_sources("(Riverside Herald) The fair opened on Monday.")


def test_a_bracketed_acronym_inside_a_sentence_is_no_source() -> None:
    assert reporting_sources("The Port Authority (PA) signed the lease.") == set()


def test_the_credited_outlet_is_not_listed_as_an_organisation() -> None:
    text = "The Delta Textile Company leased two plots in the park, reports KNA."
    names = [o["name"] for o in extract_article(text).to_json()["organizations"]]
    assert "KNA" not in names
