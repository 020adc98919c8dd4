"""Russian: "такие компании, как «А», «Б» и «В»" names three organisations, and a known
company's name inside a longer company name is no mention of its own (names and sentences
written for these tests)."""

from parkbridge.extraction import extract_article


def test_a_list_of_quoted_companies_names_each() -> None:
    facts = extract_article(
        "Новости\n\nВ кластер вошли такие компании, как «Альфа-Сервис», «Ромашка» и «Вектор-М»."
    )
    names = {o.name for o in facts.organizations}
    assert {"Альфа-Сервис", "Ромашка", "Вектор-М"} <= names


def test_a_known_company_inside_a_longer_company_name_is_not_listed_apart() -> None:
    facts = extract_article(
        "Новости\n\nРезидентом зоны стало ПАО «Газпром нефть», сообщили в администрации."
    )
    assert [o.name for o in facts.organizations] == ["ПАО «Газпром нефть»"]
