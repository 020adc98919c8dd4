"""A sentence that sets a deadline and opens a list (a colon, or a Chinese semicolon) gives that
deadline to the figures of the items after it, until the list ends."""

from __future__ import annotations

from parkbridge.extraction import extract_article


def _targets(text: str) -> list[tuple[float, str, str]]:
    return sorted((t.value, t.unit, t.deadline) for t in extract_article(text).targets)


def test_bullet_items_under_a_period_take_its_last_year():
    text = (
        "The regional council has approved these indicators for the period 2026-2031:\n"
        "– attraction of investment totaling $400 million into new plants;\n"
        "– creation of 2,300 permanent jobs.\n"
        "The council met in the regional capital."
    )
    assert _targets(text) == [(2300, "count", "2031"), (400_000_000, "USD", "2031")]


def test_chinese_goals_after_a_leading_deadline_and_semicolons_share_it():
    text = "到2027年，园区工业总产值突破800亿元；高新技术企业达到150家；新增就业岗位1万个。"
    assert _targets(text) == [
        (150, "count", "2027"),
        (10000, "count", "2027"),
        (80_000_000_000, "CNY", "2027"),
    ]


def test_the_list_ends_with_the_sentence_that_closes_it():
    text = (
        "Goals for 2028:\n- 60 new residents;\n- 3,000 jobs.\nLast year the park had 45 residents."
    )
    assert (45, "count", "2028") not in _targets(text)
    assert (60, "count", "2028") in _targets(text)


def test_an_item_with_a_date_of_its_own_does_not_take_the_lists():
    text = "Targets for 2030:\n- 500 residents;\n- 20 new plants by 2027."
    assert _targets(text) == [(20, "count", "2027"), (500, "count", "2030")]


def test_chinese_goals_of_a_year_open_a_numbered_list():
    text = "2026年发展目标：\n一是规模工业总产值增长12%；\n二是新增高新技术企业30家。"
    assert _targets(text) == [(12, "percent", "2026"), (30, "count", "2026")]


def test_chinese_main_goals_of_a_year_govern_the_figures_after_them():
    text = "园区2026年主要目标是：规模工业总产值突破500亿元，新增企业60家。"
    assert _targets(text) == [(60, "count", "2026"), (50_000_000_000, "CNY", "2026")]
