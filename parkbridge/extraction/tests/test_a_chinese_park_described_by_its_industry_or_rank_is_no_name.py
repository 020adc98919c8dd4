"""Chinese sites: a park described only by its industries ("电子科技产业园", "都市农业产业园") names
no park, while a place or brand before them does ("泉川电子科技产业园"); a rank before a name
("世界级…") is no part of it (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _sites(body: str) -> list[str]:
    return [s.name for s in extract_article("新闻\n\n" + body).sites]


def test_a_park_described_by_its_industries_names_no_park() -> None:
    assert _sites("该集团计划在城北建设电子科技产业园和都市农业产业园。") == []


def test_a_place_before_the_industries_makes_a_name() -> None:
    assert _sites("泉川电子科技产业园昨日开工。") == ["泉川电子科技产业园"]


def test_a_rank_before_the_name_is_no_part_of_it() -> None:
    body = "双方将把基地建成集贸易和旅游为一体的世界级泉川茶农业产业园。泉川茶农业产业园已开工。"
    assert _sites(body) == ["泉川茶农业产业园"]
