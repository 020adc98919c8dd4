"""A quoted name after a programme's, product's or award's noun ("нацпроект «…»", "машины
«…» и «…»", "премия «…»") names no organisation; a company's quoted name still does
(sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _organisations(body: str) -> list[str]:
    text = "ТВЕРЬ, 4 марта 2025 года.\n\n" + body + "\n"
    return [o.name for o in extract_article(text).organizations]


def test_products_named_in_quotes_are_no_organisations() -> None:
    assert _organisations("Завод выпускал машины «Вега» и «Орион-2».") == []


def test_a_programme_named_in_quotes_is_no_organisation() -> None:
    assert _organisations("Фабрика вошла в нацпроект «Бережливое производство».") == []


def test_an_award_is_no_organisation_but_its_winner_is() -> None:
    assert _organisations("Компания «Ромашка» получила премию «Индустрия».") == ["Ромашка"]
