"""Targets: a Chinese five-year plan's period ("“十四五”期间", "十四五时期") followed by what is
planned for it dates those goals at the plan's end; a period that reports is no deadline
(sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _targets(text: str) -> list[tuple[float, str, str]]:
    return sorted((round(t.value), t.unit, t.deadline) for t in extract_article(text).targets)


def test_goals_planned_for_the_fourteenth_plans_period_are_due_in_2025() -> None:
    text = "“十四五”期间,该产业园将引进创新企业50余家,培育上市公司3家。"
    assert _targets(text) == [(3, "count", "2025"), (50, "count", "2025")]


def test_a_plan_word_after_the_plans_period_makes_it_a_deadline() -> None:
    text = "据介绍,十三五时期,开发区规划引进外资企业20家以上。"
    assert _targets(text) == [(20, "count", "2020")]


def test_what_a_plans_period_achieved_is_a_report() -> None:
    text = "“十三五”期间,开发区累计引进项目120个,已实现产值300亿元。"
    assert _targets(text) == []


def test_a_plans_period_with_a_year_of_its_own_does_not_date_the_goal() -> None:
    text = "“十四五”期间,园区计划在2023年新增企业30家。"
    assert all(deadline != "2025" for _, _, deadline in _targets(text))
