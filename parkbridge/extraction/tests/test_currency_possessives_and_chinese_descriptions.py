""" "X's US$1 billion project" names X; Chinese descriptions of a joint venture by its partners'
countries ("中马合资公司") and a body's expert or foreign-affairs committee are no
organisations. Sentences are invented."""

from __future__ import annotations

from parkbridge.extraction import extract_article


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_article(text).organizations]


def test_a_company_named_before_a_dollar_amount_keeps_its_name():
    text = "The minister granted certificates to investors, including Brixo Group's US$1 billion project."
    assert _orgs(text) == ["Brixo Group"]


def test_a_joint_venture_described_by_its_partners_countries_is_no_organisation():
    assert _orgs("双方签署协议,为成立中马合资公司提供支撑。") == []


def test_a_bodys_expert_committee_is_no_organisation():
    assert _orgs("会上,专家委员会主任委员王强发言。") == []
