"""Targets are goals that look ahead from the publication date, listed once per goal; a past
year, a term of validity or another clause's figure does not make one."""

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese import find_figures as find_figures_zh
from parkbridge.extraction.facts import find_targets
from parkbridge.extraction.quantities import find_figures

DATE_LINE = "date 2024-05-17 https://example.org/a\n\n"


def _targets(sentence: str, year: int | None = 2024) -> set[tuple[float, str]]:
    finder = find_figures_zh if any("\u4e00" <= c <= "\u9fff" for c in sentence) else find_figures
    figures = finder(sentence) if finder is find_figures_zh else finder(sentence, year)
    return {(t.figure.value, t.deadline) for t in find_targets(sentence, figures, year)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The cluster plans to host 150 resident firms by 2031.", {(150, "2031")}),
        ("The fund aims to raise $2 billion by 2028.", {(2_000_000_000, "2028")}),
        ("The hub intends to create 7,500 jobs within four years.", {(7500, "2028")}),
        ("К 2032 году в особой зоне планируется создать 900 рабочих мест.", {(900, "2032")}),
        ("力争到2030年园区入驻企业达到300家。", {(300, "2030")}),
    ],
)
def test_a_stated_goal_with_a_value_and_a_deadline_is_a_target(
    sentence: str, expected: set[tuple[float, str]]
) -> None:
    assert _targets(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "By 2019 the cluster had 85 resident firms.",
        "К 2021 году в зоне работали 40 компаний.",
    ],
)
def test_a_deadline_already_past_at_publication_reports_and_is_no_target(sentence: str) -> None:
    assert _targets(sentence) == set()


def test_a_past_deadline_still_counts_when_the_publication_date_is_unknown() -> None:
    assert _targets("By 2019 the cluster plans to have 85 resident firms.", None) == {(85, "2019")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The lease, valid until 2040, covers 30 hectares.",
        "Меморандум действует до 2035 года и охватывает 14 проектов.",
        "合同有效期至2035年，涉及14个项目。",
    ],
)
def test_a_term_of_validity_is_not_a_deadline(sentence: str) -> None:
    assert _targets(sentence) == set()


def test_a_figure_of_another_clause_is_not_borrowed_by_a_clause_with_its_own_number() -> None:
    s = "The plant employed 1,200 workers last year and aims to employ 2,500 by 2027."
    assert (1200, "2027") not in _targets(s)


def test_a_thousands_comma_does_not_split_the_clause_of_a_goal() -> None:
    assert _targets("The hub aims to create 12,000 jobs within three years.") == {(12000, "2027")}


@pytest.mark.parametrize(
    "body",
    [
        "The cluster plans to host 150 resident firms by 2031. By 2031 the cluster will have "
        "150 resident companies, its director said.",
        "Планируется, что к 2030 году в парке будет 120 резидентов. К 2030 году число "
        "резидентов должно достичь 120, отметил директор.",
        "到2027年，园区产值将达到50亿元。园区负责人表示，到2027年园区产值将达50亿元。",
    ],
)
def test_a_goal_restated_in_the_same_article_is_one_target(body: str) -> None:
    facts = extract_article(DATE_LINE + body)
    assert len(facts.targets) == 1


def test_two_goals_by_one_deadline_stay_two_targets() -> None:
    facts = extract_article(
        DATE_LINE + "By 2030 the zone plans to host 150 companies and create 9,000 jobs."
    )
    assert {(t.value, t.deadline) for t in facts.targets} == {(150, "2030"), (9000, "2030")}
