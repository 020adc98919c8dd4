"""Chinese signings counted by their projects: "N个项目…签署了…协议" and "就…等N个项目与…签署了
合作协议" are N agreements, "签约N个投资过…的项目" counts N (the 约 of 签约 is no "about"), and a
sentence printed twice states its signing once."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _agreements(body: str) -> list[tuple[int | None, str]]:
    return [(a.count, a.status) for a in extract_article(DATE_LINE + body).agreements]


def test_counted_projects_that_sign_a_lease_are_that_many_agreements() -> None:
    assert _agreements("7个项目在揭牌仪式上签署了厂房租赁协议。") == [(7, "signed")]


def test_firms_signing_on_a_number_of_projects_count_the_projects() -> None:
    body = "十余家企业分别就电子制造、食品加工等6个项目与青山县人民政府签署了合作协议。"
    assert _agreements(body) == [(6, "signed")]


def test_a_count_after_the_signing_verb_reaches_past_a_long_description() -> None:
    body = "县政府分别与客商当场签约9个投资过5000万元的项目，合同投资12亿元。"
    assert _agreements(body) == [(9, "signed")]


def test_the_count_after_a_signing_is_exact() -> None:
    figures = extract_article(DATE_LINE + "会上签约12个项目，总投资30亿元。").figures
    assert [(f.value, f.qualifier) for f in figures if f.unit == "count"] == [(12, "exact")]


def test_a_sentence_printed_twice_is_one_signing() -> None:
    body = "4个项目在开园仪式上签署了入园协议。\n\n4个项目在开园仪式上签署了入园协议。"
    assert _agreements(body) == [(4, "signed")]
