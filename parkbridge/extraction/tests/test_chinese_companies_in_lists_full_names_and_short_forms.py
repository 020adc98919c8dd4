"""Chinese organisations: companies named in a list ("A、B、C等8家企业"), a company's full
registered name read back to its first character, descriptions of a company ("合资公司") that
name none, and a short form of a company the article names in full."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _orgs(body: str) -> set[str]:
    return {o.name for o in extract_article(DATE_LINE + body).organizations}


def test_each_item_of_a_company_list_is_an_organisation() -> None:
    names = _orgs("本次签约的有云帆科技、青禾创投、北辰新材料等8家企业。")
    assert {"云帆科技", "青禾创投", "北辰新材料"} <= names


def test_a_list_after_a_preposition_starts_after_it() -> None:
    names = _orgs("园区分别与江城投促中心、远山建投等单位签订协议。")
    assert {"江城投促中心", "远山建投"} <= names
    assert not any(n.startswith(("分别", "与")) for n in names)


def test_two_companies_joined_by_he_are_two() -> None:
    assert {"云帆科技", "北辰集团"} <= _orgs("会上，云帆科技和北辰集团等企业代表发言。")


def test_sectors_products_and_places_in_a_list_are_not_organisations() -> None:
    assert _orgs("园区已入驻新能源、新材料、瓷砖和手机等企业。") == set()
    assert _orgs("来自北京、上海等地企业参加了活动。") == set()


def test_a_full_company_name_is_read_back_past_characters_jieba_splits_off() -> None:
    names = _orgs("其中，厦门市爱华特能源科技有限公司、宁波铝之光精工科技有限公司已签约入驻。")
    assert {"厦门市爱华特能源科技有限公司", "宁波铝之光精工科技有限公司"} <= names


def test_a_group_name_keeps_a_word_jieba_tags_as_a_verb() -> None:
    assert "上合发展集团" in _orgs("示范区、上合发展集团与远洋集团签订合作协议。")


def test_a_description_of_a_company_is_no_organisation() -> None:
    names = _orgs("双方签订协议，将共同成立合资公司，由协会成立实体公司负责运营。")
    assert not names & {"合资公司", "实体公司"}


def test_a_short_form_of_a_company_named_in_full_is_the_same_company() -> None:
    body = (
        "佛山市瑞拓科技实业有限公司入驻园区。\n\n"
        "佛山市瑞拓公司等两家企业签订了入园协议。\n\n瑞拓公司总经理表示将于年内投产。"
    )
    names = _orgs(body)
    assert "佛山市瑞拓科技实业有限公司" in names
    assert not names & {"佛山市瑞拓公司", "瑞拓公司"}


def test_a_measure_word_after_a_number_is_not_part_of_a_name() -> None:
    names = _orgs("园区为青禾创投等4家母基金管理机构授牌。")
    assert "青禾创投" in names
    assert not names & {"家母基金", "母基金"}


def test_yu_inside_a_middle_list_item_joins_words_of_one_name() -> None:
    body = "北辰数字研究院、浙江省海洋技术与装备创新中心、东湖新材料研究院等3个机构揭牌。"
    names = _orgs(body)
    assert "浙江省海洋技术与装备创新中心" in names
    assert "装备创新中心" not in names


def test_entrepreneurs_in_a_list_are_people_not_companies() -> None:
    assert _orgs("会上，王建国、李明华等企业家代表发言。") == set()


def test_a_country_names_an_agency_of_its_own() -> None:
    assert "塔吉克斯坦投资委员会" in _orgs("塔吉克斯坦投资委员会与开发区签署合作协议。")


def test_a_zones_general_administration_is_the_zone() -> None:
    body = "埃及红海经济区管理总局与泰达公司签署协议，双方将共同开发埃及红海经济区。"
    assert "埃及红海经济区管理总局" not in _orgs(body)
