"""Chinese sites: a pilot free trade zone and one of its areas ("…试验区某某片区") are two sites;
the area called by its place and 自贸区 is that area; a zone's name inside its area's name
names only the area (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _sites(body: str) -> list[str]:
    return [s.name for s in extract_article("新闻\n\n" + body).sites]


def test_a_zone_and_its_area_named_apart_are_two_sites() -> None:
    body = (
        "中国(河川)自由贸易试验区泉北临港片区推介会昨日举行。"
        "早在2017年,中国(河川)自由贸易试验区就已正式挂牌。"
    )
    assert sorted(_sites(body)) == sorted(
        ["中国(河川)自由贸易试验区泉北临港片区", "中国(河川)自由贸易试验区"]
    )


def test_an_area_called_by_its_place_and_zi_mao_qu_is_that_area() -> None:
    body = "代表团访问中国(河川)自由贸易试验区泉北片区,听取了泉北自贸区建设进展的介绍。"
    assert _sites(body) == ["中国(河川)自由贸易试验区泉北片区"]
