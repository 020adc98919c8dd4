"""Russian: "Документ подписали …" after a reported agreement is that agreement, and a
delegation that visited a site named after a lower-case kind phrase is a delegation visit,
named without its leader (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def test_a_bare_document_signed_after_an_agreement_is_the_same_agreement() -> None:
    facts = extract_article(
        "Новости\n\n"
        "Область и инвестор подписали соглашение о строительстве завода. "
        "Документ подписали губернатор Иван Орлов и директор компании Петр Сидоров."
    )
    assert [(a.count, a.status) for a in facts.agreements] == [(1, "signed")]


def test_a_named_document_is_an_agreement_of_its_own() -> None:
    facts = extract_article(
        "Новости\n\n"
        "Область и инвестор подписали соглашение о строительстве завода. "
        "Также подписан документ «Дорожная карта развития кластера»."
    )
    assert [(a.count, a.status) for a in facts.agreements] == [(1, "signed"), (1, "signed")]


def test_a_delegation_that_visited_a_free_port_is_a_visit_named_without_its_leader() -> None:
    facts = extract_article(
        "Новости\n\n"
        "Делегация провинции Цзилинь во главе с вице-губернатором Ли Мином посетила "
        "свободный порт Находка."
    )
    assert [(e.name, e.kind) for e in facts.events] == [
        ("Делегация провинции Цзилинь посетила свободный порт Находка", "business_mission")
    ]
