"""Russian: a sentence that opens with the bare agreement noun speaks of the agreement already
reported; a body named after the zones it runs and "ОЭЗ <country>" are no sites; a forum named
with and without its year, or by its city, is one event (sentences written for these
tests)."""

from parkbridge.extraction import extract_article


def _facts(body: str):
    return extract_article("ТВЕРЬ, 4 марта 2025 года.\n\n" + body + "\n")


def test_a_sentence_opening_with_the_bare_noun_restates_the_agreement() -> None:
    facts = _facts(
        "Губернатор и компания «Ромашка» подписали соглашение о строительстве цеха. "
        "Соглашение рассчитано на пять лет."
    )
    assert [(a.count, a.status) for a in facts.agreements] == [(1, "signed")]


def test_another_agreement_in_a_later_sentence_is_its_own() -> None:
    facts = _facts(
        "Губернатор и компания «Ромашка» подписали соглашение о строительстве цеха. "
        "Также было подписано соглашение с компанией «Лютик»."
    )
    assert len(facts.agreements) == 2


def test_a_federal_agency_for_zones_is_no_site() -> None:
    facts = _facts(
        "Федеральное агентство по управлению особыми экономическими зонами объявило конкурс."
    )
    assert facts.sites == []


def test_the_zones_of_a_country_are_no_site() -> None:
    facts = _facts("Рейтинг подготовила ассоциация технопарков и ОЭЗ России.")
    assert facts.sites == []


def test_a_forum_with_and_without_its_year_is_one_event() -> None:
    facts = _facts(
        "Всероссийский форум «Горизонт» пройдет в Твери с 17 по 19 сентября. "
        "На форуме «Горизонт-2025» подпишут соглашения. "
        "В инвестфоруме в Твери примут участие 300 человек."
    )
    assert len(facts.events) == 1
