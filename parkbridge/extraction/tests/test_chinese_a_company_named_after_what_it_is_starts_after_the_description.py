"""A Chinese company is often named right after a noun that says what it is ("园区建设单位X公司",
"开发商X集团", "下属企业X公司"), a verb ("走访X集团"), "暨" or an opening bracket; the name starts
after them. A list item that holds a person's title names a person, and a rank class ("500强")
may stand before a list's head. Sentences are invented."""

from __future__ import annotations

from parkbridge.extraction import extract_article


def _orgs(text: str) -> list[str]:
    return sorted(o.name for o in extract_article(text).organizations)


def test_a_descriptor_before_a_company_is_no_part_of_its_name():
    text = "仪式上,园区建设单位青禾海联公司总经理李明介绍了项目情况。"
    assert _orgs(text) == ["青禾海联公司"]


def test_a_developer_named_with_its_kind_is_the_developer_alone():
    text = "中国开发商远澜集团将投资2亿美元建设新厂区。"
    assert _orgs(text) == ["远澜集团"]


def test_a_subsidiary_and_its_parent_are_read_apart():
    text = "会上,禾川国际下属企业江苏禾川科技公司与对方签订了合作协议。"
    assert "江苏禾川科技公司" in _orgs(text)
    assert not any("下属" in o for o in _orgs(text))


def test_a_verb_before_a_company_is_no_part_of_its_name():
    text = "大使参观展厅,走访中朗集团、北辰通信等企业。"
    assert "中朗集团" in _orgs(text)
    assert not any(o.startswith("走访") for o in _orgs(text))


def test_a_company_inside_an_exclusion_bracket_starts_after_it():
    text = "一季度全市园区(不含云岭集团)完成工业总产值20亿元。"
    assert _orgs(text) == ["云岭集团"]


def test_one_common_word_after_a_descriptor_keeps_the_whole_name():
    text = "星河企业发展集团与银行签署了合作协议。"
    assert _orgs(text) == ["星河企业发展集团"]


def test_a_list_item_with_a_persons_title_names_no_organisation():
    text = "省建工集团党组成员、总工程师王海明等有关单位领导出席。"
    orgs = _orgs(text)
    assert not any("成员" in o or "总工程师" in o for o in orgs)


def test_a_list_headed_by_a_rank_class_names_its_companies():
    text = "签约项目中,既有青岚、金拓、白鹭等中国500强企业,也有多家民营企业。"
    assert _orgs(text) == sorted(["青岚", "金拓", "白鹭"])
