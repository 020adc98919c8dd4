"""Targets: a paragraph that opens with the year of a plan ("2026年，园区将…", "In 2026, the
zone will …") dates the goals stated in its later sentences; a past year, a report, a forecast
or another paragraph does not (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _targets(text: str) -> list[tuple]:
    return sorted((t.value, t.deadline) for t in extract_article(text).targets)


def test_a_chinese_plan_year_dates_the_goals_of_its_paragraph() -> None:
    text = (
        "2026年,青禾高新区将聚焦主导产业,狠抓项目建设,优化营商环境。"
        "全年新增规上企业8家以上,力争引进重点项目30个以上、履约率80%以上;"
        "新建标准厂房5万平方米以上。"
    )
    assert _targets(text) == [(8, "2026"), (30, "2026"), (80, "2026"), (50_000, "2026")]


def test_two_equal_goals_of_one_sentence_are_two_targets() -> None:
    text = "2026年,青禾高新区将聚焦主导产业。力争引进项目30个以上,实现开工项目30个以上。"
    assert _targets(text) == [(30, "2026"), (30, "2026")]


def test_an_english_plan_year_dates_the_goals_that_follow() -> None:
    text = (
        "date 2025-12-01\n\nIn 2026, the Orland zone will focus on logistics. "
        "It plans to attract 12 new investors and create 900 jobs."
    )
    assert _targets(text) == [(12, "2026"), (900, "2026")]


def test_a_year_reviewed_gives_no_goals() -> None:
    text = "2024年,青禾高新区围绕“产值翻番”目标抓项目、促发展。力争引进重点项目30个以上。"
    assert _targets(text) == []


def test_a_forecast_for_a_quarter_is_no_goal_of_the_year() -> None:
    text = "2026年,青禾高新区计划投资40亿元。预计一季度末,20个续建项目全部复工。"
    assert (20, "2026") not in _targets(text)


def test_the_plan_year_ends_with_its_paragraph() -> None:
    text = "2026年,青禾高新区将聚焦主导产业。\n全年新增企业8家以上。"
    assert _targets(text) == []


def test_a_threshold_amount_of_a_class_of_firms_is_no_goal() -> None:
    text = "2026年,青禾高新区将聚焦主导产业。力争产值过10亿元企业突破5家。"
    assert _targets(text) == [(5, "2026")]
