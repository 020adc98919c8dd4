"""People: a run of name words after a role is one name (honorifics and paired initials
included), a title abbreviation ("Eng.", "Prof.") does not end the sentence before its name,
and a company's span that ends in its officer's title loses the title (sentences written for
these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.segment import split_sentences


def _facts(body: str):
    return extract_article("Business news\n\n" + body)


def test_a_long_name_with_honorifics_after_a_role_is_one_person() -> None:
    people = [
        p.name for p in _facts("Minister Datuk Seri Karim Abdul Rahman said exports grew.").people
    ]
    assert people == ["Datuk Seri Karim Abdul Rahman"]


def test_paired_initials_open_a_name_after_a_role() -> None:
    people = [
        p.name for p in _facts("Offers poured in, chief minister KR Rajan Mohan Rao said.").people
    ]
    assert people == ["KR Rajan Mohan Rao"]


def test_a_role_then_a_name_then_a_title_of_goes_on_is_not_widened() -> None:
    people = [p.name for p in _facts("Minister Karim Haddad of Trade met investors.").people]
    assert "Karim Haddad of Trade" not in people


def test_a_title_abbreviation_does_not_end_the_sentence() -> None:
    sents = [
        s.text
        for s in split_sentences("It was signed by Eng. Karim Haddad and Prof. Li Wei.", "en")
    ]
    assert sents == ["It was signed by Eng. Karim Haddad and Prof. Li Wei."]


def test_a_name_after_eng_is_a_person() -> None:
    people = [
        p.name
        for p in _facts("The lease was signed by Orbis’s CEO, Eng. Karim Haddad, on Monday.").people
    ]
    assert people == ["Karim Haddad"]


def test_a_company_span_ending_in_its_officers_title_is_the_company() -> None:
    facts = _facts(
        "The deal was signed by Vantor Saudi Holding’s CEO Mr. Omar Nasser Albaddad in Riyadh."
    )
    assert [o.name for o in facts.organizations] == ["Vantor Saudi Holding"]
