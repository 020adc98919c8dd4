"""Russian: a role in apposition after a name, a bilateral business forum, a named "неделя",
and a quoted name with a full stop inside kept in one sentence (sentences written for these
tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.segment import split_sentences


def test_a_role_after_a_name_and_a_comma_is_the_person_s_role() -> None:
    facts = extract_article(
        "Новости\n\n"
        "Ольга Смирнова, генеральный директор компании «Вектор», рассказала о новом заводе."
    )
    assert [(p.name, p.role) for p in facts.people] == [
        ("Ольга Смирнова", "генеральный директор компании «Вектор»")
    ]


def test_a_bilateral_business_forum_is_an_event() -> None:
    facts = extract_article("Новости\n\nВ Минске прошел Российско-вьетнамский бизнес-форум.")
    assert [(e.name, e.kind) for e in facts.events] == [
        ("Российско-вьетнамский бизнес-форум", "forum")
    ]


def test_a_named_week_of_events_is_a_forum() -> None:
    facts = extract_article("Новости\n\nВ октябре пройдет Сибирская промышленная неделя.")
    assert [(e.name, e.kind) for e in facts.events] == [("Сибирская промышленная неделя", "forum")]


def test_last_week_is_no_event() -> None:
    assert extract_article("Новости\n\nНа прошлой неделе завод выпустил продукцию.").events == []


def test_a_full_stop_inside_a_quoted_name_does_not_end_the_sentence() -> None:
    texts = [
        s.text
        for s in split_sentences("Пройдет выставка «ТЕХНО. Юг» в Сочи. Вход свободный.", "ru")
    ]
    assert texts == ["Пройдет выставка «ТЕХНО. Юг» в Сочи.", "Вход свободный."]
