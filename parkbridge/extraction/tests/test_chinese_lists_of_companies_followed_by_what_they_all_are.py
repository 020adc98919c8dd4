"""A Chinese list of companies may be followed by what all its items are instead of "等N家企业":
"包括A、B、C，均为…企业" names each item; items that are kinds of thing stay out. Sentences are
invented."""

from __future__ import annotations

from parkbridge.extraction import extract_article


def _orgs(text: str) -> list[str]:
    return sorted(o.name for o in extract_article(text).organizations)


def test_a_list_followed_by_what_all_its_items_are_names_companies():
    text = "集中开工项目6个,包括福安博远、江西嘉华、福安聚力、瑞鑫科技,均为锂电池配套企业,总投资40亿元。"
    assert _orgs(text) == sorted(["福安博远", "江西嘉华", "福安聚力", "瑞鑫科技"])


def test_a_list_of_kinds_of_thing_names_no_company():
    assert _orgs("项目包括厂房、仓库,均为公司自建。") == []
