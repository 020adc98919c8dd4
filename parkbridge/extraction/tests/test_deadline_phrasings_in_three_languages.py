"""More ways news writes a deadline: "by end-2026", "within a decade", "к 2030-му году", a
Chinese goal word right before the year ("力争2026年"), "станут" as reaching a goal."""

import pytest

from parkbridge.extraction import extract_article

DATE_LINE = "date 2024-05-17 https://example.org/a\n\n"


@pytest.mark.parametrize(
    ("body", "value", "deadline"),
    [
        ("The fund aims to raise $700 million by end-2027.", 700_000_000, "2027"),
        ("The fund aims to raise $700 million by end of 2027.", 700_000_000, "2027"),
        ("The cluster aims to host 250 firms within a decade.", 250, "2034"),
        ("К 2031-му году в зоне планируется создать 4 тыс. рабочих мест.", 4000, "2031"),
        ("Ожидается, что в 2028 году резидентами парка станут 60 компаний.", 60, "2028"),
        ("力争2028年实现营业收入80亿元。", 8_000_000_000, "2028"),
        ("预计2029年园区税收将突破5亿元。", 500_000_000, "2029"),
    ],
)
def test_a_deadline_written_this_way_makes_a_target(body: str, value: float, deadline: str) -> None:
    facts = extract_article(DATE_LINE + body)
    assert [(t.value, t.deadline) for t in facts.targets] == [(value, deadline)]


def test_a_year_after_a_chinese_report_word_is_not_a_goal() -> None:
    facts = extract_article(DATE_LINE + "2023年园区实现营业收入80亿元。")
    assert facts.targets == []
