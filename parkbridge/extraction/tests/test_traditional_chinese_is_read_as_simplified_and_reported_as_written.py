"""An article in traditional characters is read with the simplified lexicons (organisation
heads, signing verbs, titles, measure words) and its facts are reported in its own script."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese_script import is_traditional, to_simplified

DATE_LINE = "2024-05-17\n\n"
ARTICLE = (
    DATE_LINE + "長江國際物流集團與東海新材料集團在廣州簽署合作協議,"
    "雙方將共同投資約5億元人民幣建設新工廠。\n\n"
    "東海新材料集團總經理王明遠表示,新工廠將於明年投產。"
)


def test_conversion_keeps_every_offset() -> None:
    text = "長江國際物流集團簽署協議, and some English (2024)."
    simple = to_simplified(text)
    assert len(simple) == len(text)
    assert simple.startswith("长江国际物流集团签署协议")
    assert simple[12:] == text[12:]


def test_only_text_written_in_traditional_characters_counts_as_traditional() -> None:
    assert is_traditional(ARTICLE)
    assert not is_traditional(to_simplified(ARTICLE))
    assert not is_traditional("The Hong Kong office of 長江集團 signed a lease.")


def test_organisations_with_traditional_heads_are_found_and_written_as_in_the_article() -> None:
    names = {o.name for o in extract_article(ARTICLE).organizations}
    assert {"長江國際物流集團", "東海新材料集團"} <= names


def test_a_traditional_signing_is_one_agreement_and_its_amount_a_figure() -> None:
    facts = extract_article(ARTICLE)
    assert [(a.count, a.status) for a in facts.agreements] == [(1, "signed")]
    assert any(f.value == 500_000_000 and f.unit == "CNY" for f in facts.figures)


def test_a_person_after_a_traditional_title_keeps_the_traditional_role() -> None:
    people = {p.name: p.role for p in extract_article(ARTICLE).people}
    assert people.get("王明遠") == "總經理"
