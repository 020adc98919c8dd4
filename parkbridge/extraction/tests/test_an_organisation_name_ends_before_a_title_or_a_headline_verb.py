"""An English organisation's name ends before a title that follows it ("X Executive Chairman",
"X Cabinet Secretary", "X and Mr"), before the verb of a title-case headline ("X Company Signs
MoU"), and its initials left alone are the body listed in full (sentences written for these
tests)."""

from parkbridge.extraction.lexicon import clean_org_name
from parkbridge.extraction.pipeline import extract_article


def test_a_title_after_the_name_is_cut() -> None:
    assert clean_org_name("Lakeshore Holding Company Chairperson") == "Lakeshore Holding Company"
    assert clean_org_name("ZXQA Executive") == "ZXQA"
    assert clean_org_name("Ministry of Fisheries Cabinet Secretary") == "Ministry of Fisheries"
    assert clean_org_name("Ministry of Fisheries and Mr") == "Ministry of Fisheries"


def test_a_headline_verb_ends_the_name() -> None:
    assert clean_org_name("Lakeshore Share Company Signs MoU") == "Lakeshore Share Company"
    assert clean_org_name("Ministry of Trade Delegation Visits Harbour Park") == (
        "Ministry of Trade Delegation"
    )
    assert clean_org_name("Leads Business Mission to") == ""


def test_a_verb_like_word_inside_a_company_name_with_its_legal_form_stays() -> None:
    assert clean_org_name("Harbour Signs and Displays Ltd") == "Harbour Signs and Displays Ltd"


def test_initials_left_after_a_title_are_the_body_named_in_full() -> None:
    text = (
        "The Ruritania Export Processing Zones Authority (REPZA) signed a lease on Monday. "
        "REPZA Executive Chairman Marlon Tebbit said more tenants would follow."
    )
    names = [o["name"] for o in extract_article(text).to_json()["organizations"]]
    assert names == ["Ruritania Export Processing Zones Authority"]
