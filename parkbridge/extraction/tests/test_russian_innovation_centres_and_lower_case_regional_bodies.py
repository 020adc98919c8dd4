"""Russian: an innovation centre with a quoted name is a site (also with the country between),
and a regional agency written in lower case is an organisation unless it is part of a
person's role (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def test_an_innovation_centre_with_a_quoted_name_is_a_technopark() -> None:
    facts = extract_article(
        "Новости\n\nРезидентом инновационного центра России «Кремний» стал стартап из Томска."
    )
    assert [(s.kind, "Кремний" in s.name) for s in facts.sites] == [("technopark", True)]


def test_an_innovation_science_and_technology_centre_is_a_science_park() -> None:
    facts = extract_article(
        "Новости\n\nВ инновационном научно-технологическом центре «Квант» построят лабораторию."
    )
    assert [s.kind for s in facts.sites] == ["science_park"]


def test_a_regional_agency_in_lower_case_is_an_organisation() -> None:
    facts = extract_article(
        "Новости\n\n"
        "Пресс-служба агентства инвестиционного развития Тверской области сообщила о новом "
        "проекте."
    )
    assert [o.name for o in facts.organizations] == [
        "агентство инвестиционного развития Тверской области"
    ]


def test_a_regional_department_in_a_person_s_role_is_no_organisation() -> None:
    facts = extract_article(
        "Новости\n\n"
        "Об этом сообщил руководитель департамента экономики Тверской области Иван Сидоров."
    )
    assert facts.organizations == []
