"""A Chinese company's facility named after it ("某某集团研发中心", "某某医药现代物流中心", "某某
研究院研发设计中心项目") is what is built or signed; the company is the organisation. Sentences
are invented."""

from __future__ import annotations

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese_orgs import company_before_facility


def _orgs(text: str) -> list[str]:
    return sorted(o.name for o in extract_article(text).organizations)


def test_a_groups_research_centre_names_the_group():
    text = "签约仪式上,青川医药集团研发中心及生产基地等45个项目成功签约。"
    assert _orgs(text) == ["青川医药集团"]


def test_a_facility_project_names_its_company():
    text = "主要包括卫岭工程机械研究院项目、河西省盐业集团研发中心项目等7个项目。"
    assert "河西省盐业集团" in _orgs(text)


def test_a_company_after_a_listed_firm_descriptor_loses_it():
    assert company_before_facility("市企业岭南宛西制药研发中心") == "岭南宛西制药"


def test_a_centre_without_a_company_before_it_stays():
    assert company_before_facility("国家技术转移中心") == "国家技术转移中心"
