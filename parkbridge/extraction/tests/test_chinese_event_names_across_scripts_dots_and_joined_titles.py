"""Chinese event names: heads in traditional characters, places joined by "·" inside a name,
two titles of one meeting joined by "暨", and promotion meetings and roadshows."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _events(body: str) -> list[tuple[str, str, int | None]]:
    return [(e.name, e.kind, e.edition) for e in extract_article(DATE_LINE + body).events]


def test_a_forum_written_in_traditional_characters_is_an_event() -> None:
    names = [n for n, _, _ in _events("2021年9月3日，東北亞經濟論壇在哈爾濱舉行。")]
    assert any(n.endswith("經濟論壇") for n in names)


def test_a_traditional_edition_marker_gives_the_edition() -> None:
    ((name, kind, edition),) = _events("11月5日，第三屆中俄博覽會在哈爾濱開幕。")
    assert (kind, edition) == ("expo", 3)
    assert name.endswith("博覽會")


def test_places_joined_by_a_dot_stay_in_the_event_name_and_make_no_person() -> None:
    facts = extract_article(DATE_LINE + "昨日，成都·新都装备制造产业投资环境推介会在深圳举行。")
    assert [e.name for e in facts.events] == ["成都·新都装备制造产业投资环境推介会"]
    assert facts.people == []


def test_two_titles_joined_by_ji_are_one_event() -> None:
    names = [n for n, _, _ in _events("5月8日，绵阳市投资环境推介会暨项目签约仪式在成都举行。")]
    assert names == ["绵阳市投资环境推介会暨项目签约仪式"]


def test_a_project_promotion_meeting_is_an_event() -> None:
    assert ("绵阳市项目建设推进会", "conference") in {
        (n, k) for n, k, _ in _events("会上，绵阳市项目建设推进会召开。")
    }
