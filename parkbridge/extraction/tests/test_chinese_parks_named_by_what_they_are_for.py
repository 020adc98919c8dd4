"""Chinese sites: parks named by what they are for ("…示范园", "…创新园", "…科技城") and a
part of a zone ("…功能区") are sites; a count of a class ("四大功能区") and a green
demonstration park without a name are not (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _sites(body: str) -> list[str]:
    return [s.name for s in extract_article("新闻\n\n" + body).sites]


def test_a_demonstration_park_with_a_place_name_is_a_site() -> None:
    assert "泉川中德产业示范园" in _sites("双方在泉川中德产业示范园签署了合作协议。")


def test_an_innovation_park_and_a_science_city_are_sites() -> None:
    sites = _sites("中俄泉川创新园与泉川生态科技城签署合作协议。")
    assert "中俄泉川创新园" in sites
    assert any(s.endswith("生态科技城") for s in sites)


def test_a_function_area_of_a_bonded_port_is_a_site() -> None:
    assert any(s.endswith("功能区") for s in _sites("6月7日,泉川保税港区河北功能区签约仪式举行。"))


def test_a_count_of_a_class_of_areas_is_no_site() -> None:
    assert _sites("园区规划建设高端医疗器械四大功能区。") == []


def test_a_green_demonstration_park_without_a_name_is_no_site() -> None:
    assert _sites("公司计划建设绿色示范园。") == []
