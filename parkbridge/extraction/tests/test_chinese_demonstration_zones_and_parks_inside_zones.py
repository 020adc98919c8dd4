"""Chinese site names: demonstration and pilot zones, innovation parks, industrial cities and
cluster areas are sites; a park inside a zone is named after the zone's head; a word jieba
misreads as a verb can open a name; "暨" and "就" end a name on its left; a description set
before a name with "——" is no site; a pilot free trade zone's area is the site named."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _sites(body: str) -> set[str]:
    return {s.name for s in extract_article(DATE_LINE + body).sites}


def test_demonstration_zones_innovation_parks_and_industrial_cities_are_sites() -> None:
    body = (
        "4月12日，珠江生态绿色一体化示范区举办招商推介会。\n\n"
        "会上，珠江数字干线东岸科创园揭牌。\n\n"
        "南阳工业城管委会负责人出席。\n\n"
        "南阳市产业集聚区将加快建设。"
    )
    assert {
        "珠江生态绿色一体化示范区",
        "珠江数字干线东岸科创园",
        "南阳工业城",
        "南阳市产业集聚区",
    } <= _sites(body)


def test_a_park_inside_a_zone_is_named_after_the_zone_head() -> None:
    names = _sites("上周，南阳市产业集聚区光电产业园迎来首批企业入驻。")
    assert "光电产业园" in names
    assert not any(n.endswith("集聚区光电产业园") for n in names)


def test_a_name_whose_first_word_jieba_reads_as_a_verb_is_kept() -> None:
    assert "联创示范区" in _sites("中国东盟中心正式落户联创示范区。")


def test_a_verb_before_a_name_still_cuts_it() -> None:
    assert _sites("会上，与会代表共同发起产业园区低碳发展倡议。") == set()


def test_ji_and_jiu_end_a_name_on_its_left() -> None:
    assert _sites("论坛期间召开工作座谈会暨新区建设推进会。") == set()
    names = _sites("管委会与星海投资有限公司就北辰产业园项目签订了合作协议。")
    assert names == {"北辰产业园"}


def test_a_description_before_a_double_dash_is_no_site() -> None:
    names = _sites("两市合作共建的飞地工业园——临川顺德产业园日前揭牌。")
    assert names == {"临川顺德产业园"}


def test_a_pilot_free_trade_zone_area_is_the_site_named() -> None:
    assert "中国（甘肃）自由贸易试验区兰州片区" in _sites(
        "代表团参观了中国（甘肃）自由贸易试验区兰州片区。"
    )
