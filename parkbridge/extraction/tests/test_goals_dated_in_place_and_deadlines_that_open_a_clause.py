"""Targets: figures that carry their own year, a deadline that opens a clause and governs the
goals after it, and the reports that look like goals (a level reached, a period, a size class)."""

from __future__ import annotations

from parkbridge.extraction import extract_article
from parkbridge.extraction.facts import find_targets, list_deadline
from parkbridge.extraction.quantities import find_figures


def _targets(text: str) -> list[tuple[float, str, str]]:
    return sorted((round(t.value), t.unit, t.deadline) for t in extract_article(text).targets)


def test_each_figure_takes_the_year_written_after_it_in_a_sentence_that_looks_ahead():
    text = (
        "В технопарке будет создано до 1,5 тысячи рабочих мест в 2029 году и 2 тысяч в 2034 году."
    )
    got = _targets(text)
    assert (1500, "count", "2029") in got
    assert all(deadline != "2034" or value != 1500 for value, _, deadline in got)


def test_without_a_date_line_a_goal_in_a_later_year_is_still_a_goal():
    sentence = "The operator expects the number of residents to reach 70 in 2031."
    figures = find_figures(sentence, None)
    assert [(t.figure.value, t.deadline) for t in find_targets(sentence, figures, None)] == [
        (70, "2031")
    ]


def test_a_chinese_deadline_after_a_preamble_governs_every_goal_to_the_sentences_end():
    text = (
        "该市日前印发《产业园区发展规划(2021—2030年)》,提出到2030年,园区营业收入达到2000亿元,"
        "增加值突破600亿元;占全市工业比重达75%,培育30个特色园区。"
    )
    assert _targets(text) == [
        (30, "count", "2030"),
        (75, "percent", "2030"),
        (60_000_000_000, "CNY", "2030"),
        (200_000_000_000, "CNY", "2030"),
    ]


def test_the_end_of_a_five_year_plan_opens_a_list_that_runs_past_a_semicolon():
    assert list_deadline("力争到“十四五”末,园区产值达到900亿元;", 2021) == "2025"


def test_a_threshold_that_names_a_class_of_parks_is_no_goal():
    text = "规划提出到2028年,培育8个营业收入超百亿元的专业园区。"
    assert _targets(text) == [(8, "count", "2028")]


def test_a_level_reached_by_a_past_date_is_a_report():
    # Without a date line only the verb tells that the level is a report.
    assert _targets("The number of plants reached 41 by the end of 2020.") == []


def test_a_chinese_period_is_no_deadline():
    assert _targets("2016年至2018年,园区累计完成投资120亿元,预计年均增长12%。") == []


def test_a_deadline_in_a_trailing_clause_does_not_borrow_a_figure_dated_earlier():
    text = (
        "date 2014-06-01 https://example.org/c\n"
        "2013年,园区实现工业总产值180亿元,园区发展目标是到2020年全面建成“千亿园区”。"
    )
    assert _targets(text) == []


def test_what_is_already_done_is_not_given_this_years_deadline():
    text = (
        "date 2015-04-10 https://example.org/d\n"
        "目前,已经有6个项目签约入园,总投资30亿元,并将在年内全部开工建设。"
    )
    assert _targets(text) == []


def test_striving_to_do_something_within_the_year_is_a_goal_for_the_publication_year():
    text = "date 2015-04-10 https://example.org/e\n园区争取年内促成12个项目开工。"
    assert _targets(text) == [(12, "count", "2015")]


def test_a_quadrillion_is_a_scale_word():
    figures = find_figures("Output should hit VND1.5 quadrillion by 2035.", 2024)
    assert [(round(f.value), f.unit) for f in figures] == [(1_500_000_000_000_000, "VND")]
