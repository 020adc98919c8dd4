"""Chinese organisation names: a tagged name ends at its head ("某某集团|航空发动机…"); a short
name the article defines ("(以下简称“某某”)") is the same body; a place's own bureau named by
its function ("区经贸局"), sectors listed as if companies ("…地区精细化工、智能装备制造"), a
company's plant ("某某新厂"), a set of partner countries ("中老泰") and words that only end like
a head ("结合部") are no organisations. Sentences are invented."""

from __future__ import annotations

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese_orgs import defined_short_name, is_unnamed_bureau


def _orgs(text: str) -> list[str]:
    return sorted(o.name for o in extract_article(text).organizations)


def test_a_tagged_name_ends_at_its_group_head():
    assert _orgs("法国泰雷兹集团航空发动机生产基地落地。") == ["法国泰雷兹集团"]


def test_a_short_name_defined_in_brackets_is_the_same_body():
    text = "由市人民政府和中国五金产品进出口商会(以下简称“五金商会”)共同主办。会上,五金商会副会长王强发言。"
    assert _orgs(text) == ["中国五金产品进出口商会"]
    assert defined_short_name("某某协会", "某某协会（简称某协）成立") == "某协"


def test_a_places_own_bureau_named_by_its_function_is_no_organisation():
    assert _orgs("记者从区经贸局获悉,我区共签约14个项目。") == []
    assert is_unnamed_bureau("市商务局")
    assert not is_unnamed_bureau("腾冲县商务局")


def test_sectors_listed_among_companies_are_no_organisations():
    text = (
        "推介会邀请了珠三角地区精细化工、智能装备制造、远航科技和数字经济等57家知名企业代表参加。"
    )
    assert _orgs(text) == ["远航科技"]


def test_a_companys_new_plant_and_a_set_of_partner_countries_are_no_organisations():
    assert _orgs("重点有中策电子、博通新厂等项目。中老泰“三国三园”取得突破。") == []


def test_a_word_that_only_ends_like_a_ministry_is_no_organisation():
    assert _orgs("将产业园区作为推进“三化”进程的重要结合部。") == []
