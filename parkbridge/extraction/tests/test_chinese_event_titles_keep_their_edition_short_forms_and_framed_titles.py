"""Chinese event titles: the edition stays in the title and two editions are two events, a fair
named by its short form ("某博会") is that fair, and "在<title>上" names the whole title
(sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese_events import framed_titles, same_fair, short_fairs


def events(text: str) -> list[str]:
    return [e["name"] for e in extract_article(text).to_json()["events"]]


def test_a_title_after_its_edition_is_named_with_the_edition() -> None:
    text = "新华社南宁9月20日电 第七届中国—南洋博览会20日在南宁开幕,本届博览会展位2000个。"
    assert events(text) == ["第七届中国—南洋博览会"]


def test_two_editions_of_one_fair_named_in_one_article_are_two_events() -> None:
    text = (
        "新华社南宁9月20日电 第七届中国—南洋博览会20日在南宁闭幕。"
        "主办方表示,第八届中国—南洋博览会定于明年9月举办,中国—南洋博览会将继续扩大规模。"
    )
    assert sorted(events(text)) == ["第七届中国—南洋博览会", "第八届中国—南洋博览会"]


def test_a_first_edition_is_written_as_such() -> None:
    text = "新华社西宁5月8日电 首届高原丝路经济论坛8日在西宁举行,来自10个国家的代表出席。"
    assert events(text) == ["首届高原丝路经济论坛"]


def test_a_fairs_short_form_after_this_edition_is_the_fair_named_in_full() -> None:
    text = (
        "新华社南宁9月20日电 第七届中国—南洋博览会20日在南宁闭幕。本届南博会共签订合作项目120个。"
    )
    assert events(text) == ["第七届中国—南洋博览会"]


def test_a_fairs_short_form_with_another_edition_is_another_event() -> None:
    assert short_fairs("第八届南博会将于明年举办") == [("第八届南博会", 8)]
    assert same_fair("南博会", "中国—南洋博览会")
    assert same_fair("广交会", "广南进出口商品交易会")
    assert not same_fair("南博会", "某国进出口商品交易会")


def test_roads_that_meet_are_no_trade_fair() -> None:
    assert short_fairs("两条公路在此交会处设立服务区") == []


def test_a_meeting_at_which_something_happened_is_named_by_its_whole_title() -> None:
    text = "在2026东海投资与产能合作项目对接会上,多家企业签约。"
    assert framed_titles(text) == ["2026东海投资与产能合作项目对接会"]
    assert "2026东海投资与产能合作项目对接会" in events("新华社杭州5月8日电 " + text)


def test_a_meeting_named_only_by_a_reference_is_no_framed_title() -> None:
    assert framed_titles("在该论坛上,与会代表发言。在会上,他表示欢迎。") == []
    assert framed_titles("记者从当天召开的南湖新区招商推介会上获悉") == ["南湖新区招商推介会"]
