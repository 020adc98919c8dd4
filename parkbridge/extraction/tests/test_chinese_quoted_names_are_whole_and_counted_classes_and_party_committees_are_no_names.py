"""A quoted Chinese park name is read whole, verbs inside it included; "三大…功能区" counts a class
of areas; a city's party committee before a zone's committee is no part of a name (sentences
written for these tests)."""

from parkbridge.extraction.chinese_sites import find_sites


def _names(text: str) -> list[str]:
    return [name for name, _ in find_sites(text)]


def test_a_quoted_name_with_a_verb_inside_is_read_whole() -> None:
    names = _names("双方签订了“青澜科技合作先行示范区”项目框架协议。")
    assert [n.strip("“”") for n in names] == ["青澜科技合作先行示范区"]


def test_a_count_of_areas_before_a_head_is_no_name() -> None:
    assert "三大主体功能区" not in "".join(
        _names("建设老城片区、青澜产业园三大主体功能区，成为主阵地。")
    )


def test_a_city_party_committee_before_a_zone_committee_is_no_site() -> None:
    assert _names("中共某某八届市委经济技术开发区工委召开会议。") == []
