"""Russian: "стороны договорились о …" is an accord reached (one agreement) when the article
reports no signing; beside a signing it is that signing told another way (sentences written
for these tests)."""

from parkbridge.extraction import extract_article


def _agreements(text: str) -> list[tuple[int | None, str]]:
    return [(a.count, a.status) for a in extract_article("Новости\n\n" + text).agreements]


def test_an_accord_reached_without_a_signing_is_one_agreement() -> None:
    assert _agreements(
        "Технопарки Казани и Харбина договорились о сотрудничестве. "
        "Стороны договорились обменяться делегациями."
    ) == [(1, "signed")]


def test_an_accord_beside_a_signing_is_that_signing() -> None:
    assert _agreements(
        "Область и фонд договорились о совместной работе. "
        "Соглашение о сотрудничестве подписали губернатор и глава фонда."
    ) == [(1, "signed")]


def test_an_arrangement_reached_is_still_an_agreement_noun() -> None:
    assert _agreements("По итогам встречи были достигнуты договоренности о поставках.") == [
        (None, "signed")
    ]


def test_an_arrangement_after_a_noun_is_one_agreement() -> None:
    assert _agreements(
        "Итогом стало достижение договоренности о поставках, заключенной сторонами."
    ) == [(1, "signed")]
