"""Chinese bodies whose name joins two fields ("某某贸易和信息化委", "国际贸易及工业部") are one
name, not its pieces; a bank's or a council's branch named with its place ("某某银行某某市分行")
is the branch; a named fair's secretariat or organising committee is an organisation. Sentences
are invented."""

from __future__ import annotations

from parkbridge.extraction import extract_article


def _orgs(text: str) -> list[str]:
    return sorted(o.name for o in extract_article(text).organizations)


def test_a_body_with_two_joined_fields_is_one_name():
    text = "出席会议的还有东陵经济贸易和信息化委主任王明、南洋国际贸易及工业部第二部长李华等。"
    assert _orgs(text) == sorted(["东陵经济贸易和信息化委", "南洋国际贸易及工业部"])


def test_a_joined_ministry_and_its_bureau_are_one_name():
    text = "据了解,国家工业和信息化部运行监测协调局、北岭大学等机构负责人出席会议。"
    assert "国家工业和信息化部运行监测协调局" in _orgs(text)
    assert "信息化部" not in _orgs(text)


def test_a_name_starts_after_the_word_that_opens_the_list():
    text = "代表团成员包括商务及经济发展局局长丘明等。"
    assert _orgs(text) == ["商务及经济发展局"]


def test_two_ministries_with_an_officer_between_them_are_not_joined():
    text = "东陵商务部副部长王强与南洋知识经济部副部长李文分别代表两国签字。"
    assert not any("副部长" in o for o in _orgs(text))


def test_two_places_joined_are_no_body():
    assert _orgs("东岭省和南川州签署了友好合作协议。") == []


def test_a_banks_branch_named_with_its_city_is_the_branch():
    text = "中国银行青州市分行行长汪武、农业银行青州分行行长张强出席。"
    assert _orgs(text) == sorted(["中国银行青州市分行", "农业银行青州分行"])


def test_a_named_fairs_secretariat_and_committee_are_organisations():
    text = "南岭博览会秘书处秘书长李明表示,本届博览会共签约项目100个。"
    assert "南岭博览会秘书处" in _orgs(text)
    text = "本次签约活动由西江博览会组委会主办,省商务厅承办。"
    assert "西江博览会组委会" in _orgs(text)
