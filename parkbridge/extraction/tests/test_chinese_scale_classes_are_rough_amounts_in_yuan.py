"""Chinese: "百亿级产业集群", "打造成200亿级产业规模", "“300亿级”园区" state a size in yuan,
roughly; a goal set with one ("力争“十四五”末打造成200亿级产业规模") is a target."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese import find_figures


def test_a_scale_class_is_a_rough_amount_in_yuan() -> None:
    figs = find_figures("打造百亿级产业集群，建成“300亿级”园区。")
    assert [(f.value, f.unit, f.qualifier) for f in figs] == [
        (10_000_000_000, "CNY", "about"),
        (30_000_000_000, "CNY", "about"),
    ]


def test_a_count_of_people_in_hundreds_of_millions_is_no_scale_class() -> None:
    assert [f.unit for f in find_figures("覆盖10亿人。")] == ["count"]


def test_a_goal_stated_as_a_scale_class_is_a_target() -> None:
    facts = extract_article("2021-03-01\n\n园区力争“十四五”末打造成200亿级产业规模。")
    assert [(t.value, t.deadline) for t in facts.targets] == [(20_000_000_000, "2025")]
