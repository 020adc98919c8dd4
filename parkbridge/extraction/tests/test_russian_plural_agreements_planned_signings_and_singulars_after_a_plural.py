"""Russian agreements: "соглашений" is a plural, "к подписанию" is a plan, and a singular signing
after an unnumbered plural is a statement of its own (sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.facts import find_agreements
from parkbridge.extraction.quantities import find_figures


def _agreements(sentence: str) -> list[tuple[int | None, str]]:
    return [(a.count, a.status) for a in find_agreements(sentence, find_figures(sentence), [])]


def test_a_genitive_plural_of_agreements_has_no_count() -> None:
    assert _agreements("Итогом встречи стало подписание соглашений о поставках зерна.") == [
        (None, "signed")
    ]
    assert _agreements("Большое число соглашений было заключено на выставке.") == [(None, "signed")]


def test_a_genitive_singular_after_a_noun_is_one_agreement() -> None:
    assert _agreements("Состоялось подписание соглашения о поставках зерна.") == [(1, "signed")]


def test_agreements_prepared_for_signing_are_planned() -> None:
    assert _agreements("К подписанию на выставке подготовлено 35 соглашений.") == [(35, "planned")]


def test_a_restated_planned_total_is_one_agreement() -> None:
    facts = extract_article(
        "Новости\n\n"
        "На выставке планируется подписать 35 соглашений. "
        "По словам министра, к подписанию подготовлено 35 соглашений."
    )
    assert [(a.count, a.status) for a in facts.agreements] == [(35, "planned")]


def test_singular_signings_after_an_unnumbered_plural_are_each_an_agreement() -> None:
    facts = extract_article(
        "Новости\n\n"
        "На форуме состоялось подписание соглашений о создании трех технопарков. "
        "Соответствующее соглашение было заключено между АО «Альфа» и ООО «Бета». "
        "Кроме того, соглашение о строительстве завода заключили ООО «Гамма» и АО «Дельта»."
    )
    assert sorted((a.count or 0, a.status) for a in facts.agreements) == [
        (0, "signed"),
        (1, "signed"),
        (1, "signed"),
    ]


def test_memoranda_the_parties_exchanged_are_signed() -> None:
    assert _agreements("Стороны обменялись меморандумами о сотрудничестве.") == [(None, "signed")]
