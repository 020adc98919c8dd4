"""A Chinese list of projects named by their companies ("A、B等一批优质项目", "A、B、C等10个重点
医药项目") names each company; an item named by what it builds or makes ("某某辣椒加工",
"某某涡轮增压器制造") names a project, no company. Sentences are invented."""

from __future__ import annotations

from parkbridge.extraction import extract_article


def _orgs(text: str) -> list[str]:
    return sorted(o.name for o in extract_article(text).organizations)


def test_projects_named_by_their_companies_name_the_companies():
    text = "全年新签约项目达到120个,骏驰达、国宁电子等一批优质项目相继落地。"
    assert _orgs(text) == sorted(["骏驰达", "国宁电子"])


def test_projects_named_by_what_they_build_name_no_company():
    text = "青禾涡轮增压器制造、南山辣椒加工、东岭光伏玻璃等10个重点项目集中开工。"
    assert _orgs(text) == []
