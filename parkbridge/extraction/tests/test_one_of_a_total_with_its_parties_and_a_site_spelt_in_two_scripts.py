"""One of a numbered total of agreements, restated with its parties ("Два соглашения
подписаны … Соответствующее соглашение подписано между A и B"), is an entry of its own; a
site named in Latin letters and in Cyrillic transliteration ("парк Lumax", "парк «Люмакс»") is
one site (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _facts(body: str):
    return extract_article("ТВЕРЬ, 4 марта 2025 года.\n\n" + body + "\n")


def test_one_of_a_total_named_with_its_parties_is_its_own_agreement() -> None:
    facts = _facts(
        "На форуме было подписано два соглашения о создании парков. "
        "Соответствующее соглашение было подписано между корпорацией «Заря» и компанией «Луч»."
    )
    assert sorted((a.count or 0) for a in facts.agreements) == [1, 2]


def test_the_agreement_restated_without_parties_is_the_same_one() -> None:
    facts = _facts(
        "Корпорация «Заря» и компания «Луч» подписали соглашение о создании парка. "
        "Соглашение рассчитано на пять лет."
    )
    assert len(facts.agreements) == 1


def test_a_site_in_latin_letters_and_in_transliteration_is_one_site() -> None:
    facts = _facts(
        "В Твери появится промышленный парк Lumax. Индустриальный парк «Люмакс» займет 40 гектаров."
    )
    assert len(facts.sites) == 1


def test_two_sites_with_unlike_names_in_two_scripts_stay_two() -> None:
    facts = _facts(
        "В Твери появится промышленный парк Lumax. "
        "Индустриальный парк «Заречный» займет 40 гектаров."
    )
    assert len(facts.sites) == 2
