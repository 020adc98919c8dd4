"""Agreements, one fact one entry: a lede printed twice, a headline and lede that both sum up
the body's numbered signing, an unnumbered plural restated with no new party, and "Соглашения
были подписаны" after the numbered signing are one agreement each; an "а также" far from the
signing does not make it another (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _agreements(text: str) -> list[tuple[int | None, str]]:
    return [(a.count, a.status) for a in extract_article(text).agreements]


def test_a_lede_repeated_under_the_headline_and_a_later_total_are_one_signing() -> None:
    lede = "Страна А и страна Б подписали соглашения на сумму более 2 млрд долларов на форуме."
    text = (
        "Страна А и страна Б подписали ряд соглашений\n\n"
        f"{lede}\n\n{lede}\n\n"
        "Всего подписано 31 документ в области энергетики и транспорта.\n"
    )
    assert _agreements(text) == [(31, "signed")]


def test_an_unnumbered_plural_restated_without_a_new_party_is_one_signing() -> None:
    text = (
        "МОСКВА, 3 марта 2025 года.\n\n"
        "Компании округа на презентации в Пекине подписали соглашения на общую сумму 3 млрд "
        "долларов, сообщил полпред. В рамках мероприятия, рассказал он, компании подписали "
        "соглашения в области дорожного строительства и лесопереработки.\n"
    )
    assert _agreements(text) == [(None, "signed")]


def test_agreements_that_were_signed_after_their_number_restate_it() -> None:
    text = (
        "ДОНЕЦК, 8 июля 2025 года.\n\n"
        "Министерство промышленности заключило три соглашения на полях выставки. "
        "Соглашения были подписаны с коллегами из соседних регионов, сообщил министр.\n"
    )
    assert _agreements(text) == [(3, "signed")]


def test_a_distant_a_takzhe_does_not_make_a_restatement_another_signing() -> None:
    text = (
        "РОСТОВ, 9 июля 2025 года.\n\n"
        "Делегация области подписала на выставке 17 соглашений. "
        "Что касается заключения соглашений в рамках выставки, губернатор назвал их "
        "свидетельством хорошего климата в регионе, а также возможностью роста.\n"
    )
    assert _agreements(text) == [(17, "signed")]


def test_a_later_plural_of_another_kind_of_document_is_a_signing_of_its_own() -> None:
    text = (
        "ЧЕЛЯБИНСК, 5 апреля 2025 года.\n\n"
        "В ходе бизнес-форума прошли встречи предпринимателей, подписаны соглашения о "
        "сотрудничестве. В результате визита предпринимателям удалось заключить экспортные "
        "договоры на поставку продукции на $40 млн.\n"
    )
    assert _agreements(text) == [(None, "signed"), (None, "signed")]
