"""The learned Chinese tagger often stops a name one word short of its head ("…协调|委员会",
"…科技|(某国)|有限公司") or starts it where the rules cut it short ("第三建设集团"); read to the
head, the name is whole. A span that only modifies a park's or a project's name ("…科技|城"),
a centre named as a project ("某某交易中心项目") and party or state titles are no organisations.
Sentences are invented."""

from __future__ import annotations

from parkbridge.extraction import extract_article


def _orgs(text: str) -> list[str]:
    return sorted(o.name for o in extract_article(text).organizations)


def test_a_council_the_tagger_cut_before_its_head_is_read_with_it():
    text = "越南副总理、中越经贸协调委员会越方主席、越南投资理事会第一副主席阮明会见了客商。"
    assert "中越经贸协调委员会" in _orgs(text)
    assert not any(name.endswith(("协调", "投资")) for name in _orgs(text))


def test_company_names_with_a_bracketed_country_are_read_whole_and_listed_once():
    text = "他先后走访GREEN LAKE光伏科技(柬埔寨)有限公司、远东第一精密科技(老挝)有限公司等企业。"
    assert _orgs(text) == ["GREEN LAKE光伏科技(柬埔寨)有限公司", "远东第一精密科技(老挝)有限公司"]


def test_a_group_the_rules_cut_short_is_widened_to_the_tagged_name():
    text = "会上,大洋第五建设集团副总裁王强介绍了项目进展。"
    assert _orgs(text) == ["大洋第五建设集团"]


def test_a_company_named_before_another_does_not_run_into_it():
    text = "会上,天河集团江苏远帆控股集团有限公司和浙江明达化学有限公司负责人发言。"
    orgs = _orgs(text)
    assert "江苏远帆控股集团有限公司" in orgs
    assert "天河集团江苏远帆控股集团有限公司" not in orgs


def test_a_name_that_only_opens_a_park_or_a_project_is_no_organisation():
    assert _orgs("县委表示,海湾生态科技城项目是全县的重要引擎。") == []


def test_a_trading_centre_named_as_a_project_is_a_facility():
    text = "东部果蔬产品交易中心项目、西部冷链物流中心(一期)项目参加集中签约。"
    assert _orgs(text) == []


def test_a_state_councillor_and_the_party_centre_are_no_organisations():
    assert _orgs("国务委员兼外长会见了客人,党中央决定设立新区。") == []
