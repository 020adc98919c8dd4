"""Chinese events and bodies: signing events and ceremonies named by what they mark, visiting
delegations named by who is in them, meetings named after parks, a meeting's head before "上",
and an investment promotion association that is a body, not a meeting."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _facts(body: str):  # type: ignore[no-untyped-def]
    return extract_article(DATE_LINE + body)


def _events(body: str) -> list[str]:
    return [e.name for e in _facts(body).events]


def test_a_signing_event_is_named_from_after_the_verb_that_holds_it() -> None:
    body = "9月14日，西江新区举行2025年第一季度重大项目集中开工活动，12个项目同时开工。"
    assert _events(body) == ["2025年第一季度重大项目集中开工活动"]


def test_a_launch_ceremony_joined_to_a_signing_ceremony_is_one_event() -> None:
    body = "日前在西江新区举行的人才服务周启动仪式暨第二批招商企业签约仪式上，8家企业签约。"
    assert _events(body) == ["人才服务周启动仪式暨第二批招商企业签约仪式"]


def test_a_ceremony_name_keeps_a_he_inside_it() -> None:
    body = "市发改委在高新区组织举办科技合作和人才引进基地揭牌仪式。"
    assert _events(body) == ["科技合作和人才引进基地揭牌仪式"]


def test_a_visiting_delegation_is_named_by_who_is_in_it() -> None:
    body = "5月3日，省政协副主席李明率江苏省工商联考察团一行20人到访霍尔果斯。"
    assert _events(body) == ["江苏省工商联考察团"]


def test_a_delegation_of_several_groups_keeps_them_all() -> None:
    body = "刘晨秘书长率东盟国家使节、侨界和青年参访团到访伊宁。"
    assert _events(body) == ["东盟国家使节、侨界和青年参访团"]


def test_a_meeting_named_after_a_parks_alliance_is_an_event_and_the_alliance_a_body() -> None:
    facts = _facts("9月6日，中国—中亚工业园区联盟年度会议在西安召开。")
    assert [e.name for e in facts.events] == ["中国—中亚工业园区联盟年度会议"]
    assert "中国—中亚工业园区联盟" in {o.name for o in facts.organizations}
    assert facts.sites == []


def test_a_meeting_head_before_shang_ends_the_meeting_name() -> None:
    body = "近日，在东湖科技中心建设推进会上，双方签订合作协议。"
    assert _events(body) == ["东湖科技中心建设推进会"]


def test_an_investment_promotion_association_is_an_organisation() -> None:
    facts = _facts("5月28日，江门市经济促进会与开发区签订战略合作协议。")
    assert "江门市经济促进会" in {o.name for o in facts.organizations}
    assert facts.events == []


def test_an_investment_promotion_meeting_held_is_an_event() -> None:
    assert any(n.endswith("投资促进会") for n in _events("两国在霍尔果斯联合召开投资促进会。"))


def test_a_delegation_may_travel_after_a_time_word() -> None:
    body = "香港贸易发展局组织的香港企业代表团一行40人日前赴越南胡志明市考察。"
    assert _events(body) == ["香港企业代表团"]
