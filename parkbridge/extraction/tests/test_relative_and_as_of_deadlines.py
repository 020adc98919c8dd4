"""Targets: relative deadlines resolve against the publication year; "as of" is not a deadline."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese import find_figures as find_figures_zh
from parkbridge.extraction.facts import find_targets
from parkbridge.extraction.quantities import find_figures


def test_within_n_years_is_resolved_against_the_publication_year() -> None:
    s = "The zone aims to attract 50 residents within five years."
    (t,) = find_targets(s, find_figures(s), 2024)
    assert (t.figure.value, t.deadline) == (50, "2029")


def test_without_a_publication_date_a_relative_deadline_makes_no_target() -> None:
    s = "The zone aims to attract 50 residents within five years."
    assert find_targets(s, find_figures(s), None) == []


def test_a_duration_is_not_a_target_of_itself() -> None:
    s = "The zone will operate within 30 years."
    assert find_targets(s, find_figures(s), 2014) == []


def test_as_of_in_chinese_dates_a_figure_and_is_not_a_deadline() -> None:
    s = "截至2023年，园区已有120家企业入驻。"
    assert find_targets(s, find_figures_zh(s)) == []
    s = "到2030年，园区将吸引200家企业。"
    (t,) = find_targets(s, find_figures_zh(s))
    assert (t.figure.value, t.deadline) == (200, "2030")


def test_a_leading_deadline_governs_every_figure_of_the_sentence() -> None:
    facts = extract_article(
        "date 2023-05-02 https://example.org/a\n\n"
        "By 2025, the plant expects revenue of $800 million and about 4,000 workers."
    )
    assert {(t.value, t.deadline) for t in facts.targets} == {(800_000_000, "2025"), (4000, "2025")}


def test_a_deadline_in_a_trailing_clause_dates_the_sentences_main_figure() -> None:
    s = "项目总投资5亿元，主要建设12公里道路，建设年限为2017至2019年。"
    (t,) = find_targets(s, find_figures_zh(s))
    assert (t.figure.value, t.figure.unit, t.deadline) == (500_000_000, "CNY", "2019")
