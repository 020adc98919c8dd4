"""A bracketed place, partner or rank inside a Chinese park name is part of the name; a byline in
brackets before a name is not (sentences written for these tests)."""

from parkbridge.extraction.chinese_sites import find_sites


def _names(text: str) -> list[str]:
    return [name for name, _ in find_sites(text)]


def test_a_bracketed_rank_after_a_town_is_part_of_the_zone_name() -> None:
    assert _names("青河市人民政府、青河 (国家级)经济技术开发区在沪举行推介会。") == [
        "青河 (国家级)经济技术开发区"
    ]


def test_a_bracketed_partner_or_river_after_a_place_is_part_of_the_name() -> None:
    assert _names("推动松江省(中俄)自由贸易区建设。") == ["松江省(中俄)自由贸易区"]
    assert _names("项目落户四川青河(长江)经济开发区。") == ["四川青河(长江)经济开发区"]


def test_a_one_character_partner_after_a_bilateral_abbreviation_is_part_of_the_name() -> None:
    assert _names("当天，中德(欧)产业示范园正式开园。") == ["中德(欧)产业示范园"]


def test_a_byline_in_brackets_is_no_part_of_the_name() -> None:
    assert _names("新华社某地6月8日电(记者张三)青河自贸试验区成立八周年。") == ["青河自贸试验区"]
