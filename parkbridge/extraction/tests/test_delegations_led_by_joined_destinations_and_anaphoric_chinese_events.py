"""A delegation named by who leads it, a visit to two countries joined by "and the", a Chinese
signing ceremony with a long project name, and "該論壇" (that forum) naming no new event."""

from parkbridge.extraction import extract_article


def _events(body: str) -> list[str]:
    return [e.name for e in extract_article("May 17, 2024\n\n" + body).events]


def test_a_delegation_led_by_a_titled_person_is_a_business_mission() -> None:
    facts = extract_article(
        "May 17, 2024\n\nTen firms joined a delegation led by Trade Minister John Smith to Riyadh."
    )
    assert [(e.name, e.kind) for e in facts.events] == [
        ("delegation led by Trade Minister John Smith", "business_mission")
    ]


def test_a_visit_to_two_countries_joined_by_and_the_is_one_visit() -> None:
    assert _events(
        "The minister paid an official visit to the Kingdom of Spain and the Republic of Chile."
    ) == ["official visit to the Kingdom of Spain and the Republic of Chile"]


def test_a_signing_ceremony_keeps_a_project_name_of_seven_characters() -> None:
    assert _events("3月5日，北京大学科技园项目签约仪式在郑州举行。") == [
        "北京大学科技园项目签约仪式"
    ]


def test_that_forum_in_traditional_characters_is_the_forum_named_before() -> None:
    body = "2021年9月3日，東北亞經濟論壇在哈爾濱舉行。該論壇吸引了300人。"
    assert _events(body) == ["東北亞經濟論壇"]
