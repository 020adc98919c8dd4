"""English agreements: work on agreements already signed, a total's breakdown, numbered list
items under a counted heading and what a signed MoU "will" do are no new signings (sentences
written for these tests)."""

from parkbridge.extraction.facts import find_agreements
from parkbridge.extraction.pipeline import extract_article
from parkbridge.extraction.quantities import find_figures


def agreements(text: str) -> list[tuple]:
    return [(a["count"], a["status"]) for a in extract_article(text).to_json()["agreements"]]


def test_a_review_of_agreements_already_reached_restates_them() -> None:
    text = (
        "At the trade fair, 12 agreements were signed for investment in the province.\n"
        "Later the minister discussed the execution of the investment agreements reached "
        "during the fair."
    )
    assert agreements(text) == [(12, "signed")]


def test_items_after_including_are_part_of_the_total() -> None:
    s = "So far 04 contracts have been signed, including 01 contract on logistics and 01 supply contract."
    got = find_agreements(s, find_figures(s, 2024), [])
    assert [(a.count, a.status) for a in got] == [(4, "signed")]


def test_a_numbered_list_item_under_a_counted_heading_is_no_new_agreement() -> None:
    text = (
        "Two cooperation agreements were signed:\n"
        "1. An agreement with the Harbour Board to share data.\n"
        "2. An agreement with the Lakeland Zones Association on training."
    )
    assert agreements(text) == [(2, "signed")]


def test_what_a_signed_memorandum_will_do_is_not_a_planned_signing() -> None:
    text = (
        "Nordwind Logistics Ltd signed a memorandum of understanding with the port on Monday.\n"
        "The MoU will also help train workers with local colleges."
    )
    assert agreements(text) == [(1, "signed")]


def test_a_memorandum_to_be_signed_is_still_planned() -> None:
    assert agreements("The two sides will sign a memorandum next month.") == [(1, "planned")]


def test_the_body_that_reviews_agreements_is_not_their_party() -> None:
    text = (
        "The minister ordered faster implementation of the agreements reached at the fair.\n"
        "He met officials of the Lakeland Investment Council on the execution of the "
        "agreements reached at the fair.\n"
        "At the fair, 12 agreements were signed for investment in the province."
    )
    assert agreements(text) == [(12, "signed")]


def test_a_chinese_list_of_titled_documents_is_one_statement():
    from parkbridge.extraction.chinese import find_figures as zh_figures

    listed = "双方签署了《园区开发合作协议》、《合资公司章程》等文件，推动项目落地。"
    found = find_agreements(listed, zh_figures(listed), [])
    assert [(a.count, a.qualifier) for a in found] == [(None, None)]
    two = "双方签署了《园区开发合作协议》、《合资公司章程》。"
    assert [(a.count, a.qualifier) for a in find_agreements(two, zh_figures(two), [])] == [
        (2, "exact")
    ]


def test_a_chinese_count_after_a_linking_word_counts_the_documents():
    from parkbridge.extraction.chinese import find_figures as zh_figures

    text = "签约项目中，合同项目有9项，总投资3亿美元。"
    assert (9, "exact") in [
        (a.count, a.qualifier) for a in find_agreements(text, zh_figures(text), [])
    ]


def test_the_signing_ceremony_of_numbered_projects_signs_them():
    from parkbridge.extraction.chinese import find_figures as zh_figures

    text = "甲公司光伏项目、乙集团物流项目等6个项目的签约仪式同日举行。"
    assert [(a.count, a.status) for a in find_agreements(text, zh_figures(text), [])] == [
        (6, "signed")
    ]
