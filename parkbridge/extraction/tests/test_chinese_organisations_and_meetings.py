"""Chinese organisations: the longest naming, two places joined inside one name, a company
named after the site it runs; meetings held to promote investment are events."""

from parkbridge.extraction import extract_article


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_article(text).organizations]


def test_a_company_named_after_the_centre_it_runs_is_one_organisation() -> None:
    text = "中俄满洲里国际物流合作中心国家股份公司总经理表示，项目进展顺利。"
    facts = extract_article(text)
    assert any(o.name.endswith("满洲里国际物流合作中心国家股份公司") for o in facts.organizations)
    assert not any("股份公司" in s.name for s in facts.sites)
    assert "国家股份公司" not in _orgs(text)


def test_two_places_joined_by_and_stay_inside_one_ministry_name() -> None:
    orgs = _orgs("俄远东和北极发展部与中国商务部签署了合作备忘录。")
    assert any("远东和北极发展部" in o for o in orgs)
    assert "北极发展部" not in orgs


def test_an_investment_promotion_meeting_is_an_event() -> None:
    facts = extract_article("两国在霍尔果斯联合召开投资促进会，达成20个合同项目。")
    assert any(e.name.endswith("投资促进会") for e in facts.events)


def test_a_short_form_of_a_site_name_is_not_an_organisation() -> None:
    text = "满洲里国际边境合作中心是两国共同建设的自由贸易区。游客可持护照进出合作中心。"
    assert "合作中心" not in _orgs(text)


def test_provincial_departments_and_commissions_are_organisations() -> None:
    orgs = _orgs("浙江省商务厅与国家发展改革委共同支持该园区。")
    assert "浙江省商务厅" in orgs and "国家发展改革委" in orgs


def test_common_words_ending_in_an_organisation_head_are_not_organisations() -> None:
    assert _orgs("两国将构建新发展格局，园区展厅和公司总部已精心部署。") == []
