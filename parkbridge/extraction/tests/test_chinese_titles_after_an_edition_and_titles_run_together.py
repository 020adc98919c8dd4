"""Chinese event titles after an edition run to their head across quotes, brackets and verbs;
two titles written one after the other are two events (sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese_events import edition_titles, same_fair, split_run_together


def events(text: str) -> list[str]:
    return [e["name"] for e in extract_article(text).to_json()["events"]]


def test_a_title_after_an_edition_keeps_its_quotes_and_brackets() -> None:
    text = "第三届“山海连通”物流与装备商务峰会和第二届东湖工商领袖(某城)峰会将于明年举办。"
    assert edition_titles(text) == ["“山海连通”物流与装备商务峰会", "东湖工商领袖(某城)峰会"]


def test_a_title_after_an_edition_keeps_a_verb_inside_it() -> None:
    text = "新华社成都5月8日电 首届闽商回乡发展大会8日在成都举行,签约项目30个。"
    assert events(text) == ["首届闽商回乡发展大会"]


def test_an_edition_before_a_clause_gives_no_title() -> None:
    assert edition_titles("第三届南博会期间签约大会举行") == []


def test_two_titles_written_one_after_the_other_are_two_events() -> None:
    assert split_run_together("海滨两岸经贸交易会东港专场招商会") == [
        "海滨两岸经贸交易会",
        "东港专场招商会",
    ]


def test_a_title_that_goes_on_with_a_conjunction_or_an_opening_stays_one() -> None:
    assert split_run_together("东港投资推介会和采购商品对接会") == [
        "东港投资推介会和采购商品对接会"
    ]
    assert split_run_together("南洋投资推介会暨项目签约会议") == ["南洋投资推介会暨项目签约会议"]
    assert split_run_together("中国—南洋博览会高官会议") == ["中国—南洋博览会高官会议"]


def test_an_investment_fairs_short_form_is_the_fair() -> None:
    assert same_fair("投洽会", "中国国际投资贸易洽谈会")


def test_a_fairs_opening_joined_to_a_meeting_is_the_fair_and_the_meeting() -> None:
    assert split_run_together("南洋博览会开幕式暨东港企业家交流会") == [
        "南洋博览会",
        "东港企业家交流会",
    ]


def test_two_whole_titles_joined_by_and_are_two_events() -> None:
    text = "新华社哈尔滨6月15日电 中俄博览会和东港洽会15日在哈尔滨同期举办。"
    names = events(text)
    assert "中俄博览会和东港洽会" not in names
    assert "中俄博览会" in names
