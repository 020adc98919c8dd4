"""Chinese: the tone-marked readings some sites print after characters ("協(xié)議") are no part
of the text; an article that reports a signing ceremony held and states no agreement of its own
reports an unnumbered plural signing (sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese_script import strip_pinyin_glosses


def test_a_tone_marked_reading_after_a_character_is_dropped() -> None:
    assert strip_pinyin_glosses("兩港簽署戰(zhàn)略合作協(xié)議。") == "兩港簽署戰略合作協議。"


def test_brackets_that_are_no_reading_stay() -> None:
    text = "无锡(江阴)港与某港(a)签署协议。"
    assert strip_pinyin_glosses(text) == text


def test_a_signing_split_by_a_reading_is_still_one_agreement() -> None:
    facts = extract_article("6月8日,甲港與乙港簽署戰(zhàn)略合作協(xié)議,雙方將開展航線合作。")
    assert [(a.count, a.status) for a in facts.agreements] == [(1, "signed")]


def test_a_signing_ceremony_held_is_an_unnumbered_plural_signing() -> None:
    facts = extract_article("6月7日,某某保税港区功能区签约仪式举行。副市长出席签约仪式。")
    assert [(a.count, a.status) for a in facts.agreements] == [(None, "signed")]


def test_a_ceremony_still_to_come_is_no_signing() -> None:
    facts = extract_article("某某开发区将于下月举行重点项目集中签约仪式。")
    assert facts.agreements == []
