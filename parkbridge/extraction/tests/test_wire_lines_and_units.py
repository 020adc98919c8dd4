"""Date lines of wire agencies are header, not facts; regional currencies and glued units parse."""

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.quantities import find_figures
from parkbridge.extraction.segment import prepare


@pytest.mark.parametrize(
    "line",
    [
        "ASTANA, October 3 (TASS) – The zone opened.",
        "HANOI, Jan. 15 (Xinhua) -- The zone opened.",
        "Ханой. 28 ноября. ИНТЕРФАКС - Зона открылась.",
        "Ташкент, 12 мая /Синьхуа/ -- Зона открылась.",
    ],
)
def test_a_wire_date_line_is_cut_from_the_body(line: str) -> None:
    body = prepare(line + "\n\nSecond paragraph.").body
    assert body.lstrip().startswith(("The zone", "Зона"))


def test_a_label_line_and_a_dated_line_make_the_header() -> None:
    art = prepare("PRESS RELEASE\nNew Delhi, 18 November 2024\n\nA mission visited India.")
    assert art.published == "2024-11-18"
    assert "PRESS RELEASE" not in art.body


def test_an_ordinary_first_sentence_is_not_taken_for_a_date_line() -> None:
    text = "Russian President Vladimir Putin (right) spoke on May 5.\n\nMore text."
    assert prepare(text).body.startswith("Russian President")


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("It cost 120 billion tenge.", 120_000_000_000, "KZT"),
        ("An investment of 15 billion drams was made.", 15_000_000_000, "AMD"),
        ("FDI reached 18.2 billion U.S. dollars last year.", 18_200_000_000, "USD"),
        ("They built a 1,500-square-metre pavilion.", 1500, "m2"),
        ("The zone covers 6 square kilometres.", 6, "km2"),
        ("Инвестиции составили 5 млрд тенге.", 5_000_000_000, "KZT"),
    ],
)
def test_regional_currencies_and_glued_units_are_read(sentence: str, value: int, unit: str) -> None:
    figs = find_figures(sentence)
    assert [(f.value, f.unit) for f in figs] == [(value, unit)]


def test_raising_a_level_to_a_value_is_not_an_upper_bound() -> None:
    (fig,) = find_figures("Правительство рассчитывает увеличить число резидентов до 35.")
    assert (fig.value, fig.qualifier) == (35, "exact")


def test_a_signing_in_a_sentence_without_numbers_is_an_agreement() -> None:
    facts = extract_article("The park and the zone signed a memorandum on logistics.")
    assert [(a.count, a.status) for a in facts.agreements] == [(1, "signed")]


def test_the_month_may_does_not_make_a_signing_planned() -> None:
    facts = extract_article("Six contracts were signed in Cairo on 31 May 2025.")
    assert [(a.count, a.status) for a in facts.agreements] == [(6, "signed")]
