"""Russian: a signed protocol of intent is signed, "за девять месяцев 2024 года" dates a figure,
akims and envoys are roles, and "посетила делегация X" is a delegation visit (sentences
written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.quantities import find_figures


def test_a_signed_protocol_of_intent_is_signed_not_planned() -> None:
    facts = extract_article(
        "Новости\n\nПо итогам переговоров стороны подписали протокол о намерениях."
    )
    assert [(a.count, a.status) for a in facts.agreements] == [(1, "signed")]


def test_an_intending_party_still_makes_a_plan() -> None:
    facts = extract_article("Новости\n\nКомпания намерена подписать соглашение с регионом.")
    assert [(a.count, a.status) for a in facts.agreements] == [(1, "planned")]


def test_months_of_a_named_year_are_a_reporting_period_not_a_figure() -> None:
    found = find_figures("За девять месяцев 2023 года выпуск вырос на 8%.")
    assert [(f.value, f.unit) for f in found] == [(8, "percent")]
    found = find_figures("За 6 месяцев текущего года создано 40 рабочих мест.")
    assert [(f.value, f.unit) for f in found] == [(40, "count")]


def test_an_akim_is_a_role() -> None:
    facts = extract_article(
        "Новости\n\nАким Павлодарской области Асаин Байханов открыл новый завод в регионе."
    )
    assert [(p.name, p.role) for p in facts.people] == [
        ("Асаин Байханов", "Аким Павлодарской области")
    ]


def test_a_delegation_after_its_verb_is_a_delegation_visit() -> None:
    facts = extract_article(
        "Новости\n\nТехнопарк «Сигма» посетила делегация Республики Узбекистан."
    )
    assert [(e.name, e.kind) for e in facts.events] == [
        ("делегация Республики Узбекистан", "business_mission")
    ]
