"""Targets: goals named for a year govern the figures after them; the starting level of a
change is no target; a deadline's own clause gives its figure, after the plan word when there is
one; an attribution before a leading deadline does not hide it."""

from __future__ import annotations

from parkbridge.extraction import extract_article


def _targets(text: str) -> list[tuple[float, str, str]]:
    return sorted((t.value, t.unit, t.deadline) for t in extract_article(text).targets)


def test_goals_for_a_year_make_each_figure_after_them_a_target():
    text = (
        "The zone's goals for 2030 include attracting investments worth $4 billion and "
        "raising the number of resident firms to 250."
    )
    assert _targets(text) == [(250, "count", "2030"), (4_000_000_000, "USD", "2030")]


def test_the_starting_level_of_a_change_is_not_a_target():
    assert _targets("By 2028 the park will raise its workforce from 3,000 to 8,000 people.") == [
        (8000, "count", "2028")
    ]
    assert _targets("К 2030 году число резидентов парка вырастет с 15 до 60.") == [
        (60, "count", "2030")
    ]
    assert _targets("到2027年，园区企业数量将从150家增加到400家。") == [(400, "count", "2027")]


def test_the_deadlines_clause_gives_its_figure_before_an_earlier_clause_does():
    text = "Завод займет участок площадью 12 га, к концу 2029 года он обеспечит 700 рабочих мест."
    assert _targets(text) == [(700, "count", "2029")]


def test_a_figure_after_the_plan_word_is_the_goal_not_the_place_before_it():
    text = (
        "По словам министра, к 2031 году на территории четырех технопарков региона "
        "планируется открыть более 50 новых лабораторий."
    )
    assert _targets(text) == [(50, "count", "2031")]


def test_goals_for_a_year_already_past_are_not_targets():
    text = "Date: 2026-03-01. The goals for 2024 included 40 new residents."
    assert all(t[2] != "2024" for t in _targets("date 2026-03-01\n\n" + text))


def test_every_figure_of_a_sentence_that_aims_at_one_deadline_is_a_target():
    text = (
        "date 2024-06-01\n\nThe new corridor is expected to attract $3 billion in investment "
        "while generating 40,000 jobs over a period of five years."
    )
    assert _targets(text) == [(40000, "count", "2029"), (3_000_000_000, "USD", "2029")]


def test_a_russian_future_verb_makes_the_sentence_a_goal():
    text = "До 2028 года технопарк привлечет 6 млрд рублей инвестиций и создаст 900 рабочих мест."
    assert _targets(text) == [(900, "count", "2028"), (6_000_000_000, "RUB", "2028")]


def test_a_rate_stated_in_a_joined_clause_is_no_part_of_the_goal():
    text = "Число технопарков растет на 8% в год, и к 2030 году их будет 300."
    assert _targets(text) == [(300, "count", "2030")]


def test_a_sentence_reporting_what_was_already_done_has_no_targets():
    text = "By 2026 the zone had already attracted $2 billion and 40 residents."
    assert _targets(text) == []


def test_the_end_of_a_five_year_plan_is_a_deadline():
    assert _targets("力争“十四五”末园区企业达到500家。") == [(500, "count", "2025")]


def test_done_in_n_years_is_a_deadline_from_the_publication_date():
    text = "date 2020-05-01\n\n项目总投资30亿元，预计三年后建成投产，届时年产值将超过80亿元。"
    assert _targets(text) == [(3_000_000_000, "CNY", "2023"), (8_000_000_000, "CNY", "2023")]


def test_a_year_opening_a_sentence_that_states_a_plan_is_its_deadline():
    assert _targets("2027年，经开区将力争新增高新技术企业40家。") == [(40, "count", "2027")]
    assert _targets("In 2027 the zone plans to attract 15 new residents.") == [
        (15, "count", "2027")
    ]
    assert _targets("В 2027 году технопарк планирует привлечь 20 резидентов.") == [
        (20, "count", "2027")
    ]


def test_a_year_opening_a_sentence_that_reports_is_no_deadline():
    assert _targets("2019年，园区已完成投资50亿元。") == []
    assert _targets("In 2020, the zone attracted 15 new residents.") == []


def test_the_goal_inside_a_years_action_plan_takes_its_year():
    text = "在2026年“园区提质”行动计划中，开发区将紧盯全年工业增加值增长8%的目标。"
    assert _targets(text) == [(8, "percent", "2026")]


def test_a_years_plan_already_carried_out_sets_no_target():
    assert _targets("2020年计划投资已完成80亿元。") == []
