"""Business missions and visits described in Russian and Chinese (SCHEMA.md events)."""

from parkbridge.extraction import extract_article


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in extract_article(text).events]


def test_a_russian_business_mission_to_a_country_is_an_event() -> None:
    events = _events("В ходе бизнес-миссии в Индию экспортёры Урала провели 40 встреч.")
    assert events == [("бизнес-миссии в Индию", "business_mission")]


def test_a_russian_officials_visit_is_an_official_visit_not_a_mission() -> None:
    events = _events("Визит президента Монголии в Бурятию продлился два дня.")
    assert [k for _, k in events] == ["other"]


def test_a_russian_delegations_visit_stays_a_business_mission() -> None:
    events = _events("Визит делегации Харбина в Иркутск завершился подписанием меморандума.")
    assert [k for _, k in events] == ["business_mission"]


def test_a_chinese_delegation_going_abroad_to_do_business_is_a_mission() -> None:
    events = _events("浙江省经贸代表团赴泰国开展投资促进活动。")
    assert events == [("浙江省经贸代表团赴泰国", "business_mission")]
