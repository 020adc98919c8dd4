"""Chinese sites: news shortens bonded and development zones ("综保区", "经开区") and fairs
("…洽会"); a park's management committee is the park; a zone's "区块" (block) is no second
site; an FTZ's 片区 after "自贸区" is the site named; the parks of a whole province or country
("全省开发区", "省级以上开发区", "中国自贸试验区") and a verb before a head are no names."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _facts(body: str):  # type: ignore[no-untyped-def]
    return extract_article(DATE_LINE + body)


def _sites(body: str) -> set[str]:
    return {s.name for s in _facts(body).sites}


def test_shortened_bonded_and_development_zones_are_sites() -> None:
    body = "今年，临江综保区和北湖经开区进出口额同比增长12%。"
    assert {"临江综保区", "北湖经开区"} <= _sites(body)


def test_a_fair_shortened_to_qiahui_is_an_expo() -> None:
    facts = _facts("5月3日，第十届云岭投洽会在昆明开幕，园区携项目参加“滇洽会”。")
    kinds = {e.name: e.kind for e in facts.events}
    assert kinds.get("第十届云岭投洽会") == "expo"
    assert kinds.get("滇洽会") == "expo"


def test_a_parks_management_committee_is_the_park() -> None:
    assert _sites("记者从青松工业园区管理委员会获悉，园区新签项目5个。") == {"青松工业园区"}


def test_a_block_of_a_zone_is_not_a_second_site() -> None:
    sites = _sites("白沙片区高新区块首批项目签约。")
    assert not any(name.endswith("高新区") for name in sites)


def test_the_area_of_a_free_trade_zone_is_the_site_named() -> None:
    assert "江南自贸区白沙片区" in _sites("企业将抢抓江南自贸区白沙片区建设机遇。")


def test_the_parks_of_a_whole_province_are_no_site() -> None:
    body = (
        "全省产业园区完成投资62亿元，省级以上开发区达到48家，"
        "中国自贸试验区数量增至21个，要完善开发区管理体制，实现工业园区提质增效。"
    )
    assert _sites(body) == set()
