"""Russian described events: a signing that "took place" is a signing ceremony, and a meeting
with a foreign delegation is a delegation visit (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in extract_article(text).events]


def test_a_signing_that_took_place_is_a_ceremony() -> None:
    assert _events(
        "Новости\n\n"
        "В Казани состоялось подписание трехстороннего соглашения о сотрудничестве между "
        "АО «Альфа» и ООО «Бета»."
    ) == [("подписание трехстороннего соглашения", "other")]


def test_a_signing_named_before_it_took_place_is_a_ceremony() -> None:
    assert _events(
        "Новости\n\nПодписание меморандума между компаниями прошло в Самаре во вторник."
    ) == [("Подписание меморандума", "other")]


def test_a_reported_signing_is_no_ceremony() -> None:
    assert _events("Новости\n\nКомпании подписали соглашение о поставках в Самаре.") == []


def test_a_meeting_with_a_foreign_delegation_is_a_delegation_visit() -> None:
    assert _events(
        "Новости\n\n"
        "В Москве в офисе ассоциации состоялась встреча с делегацией Вьетнама во главе с "
        "министром промышленности Вьетнама."
    ) == [("встреча с делегацией Вьетнама", "business_mission")]


def test_a_meeting_with_a_delegation_from_home_is_no_event() -> None:
    assert _events("Новости\n\nВ Москве губернатор провел встречу с делегацией Татарстана.") == []
