"""Chinese sites: what a place is to be made into ("打造成…经济特区"), one of a class of zones
("…的枢纽经济区之一") and a province-level region's parks ("某自治区产业园区") describe zones;
they name none (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _sites(body: str) -> list[str]:
    return [s.name for s in extract_article("新闻\n\n" + body).sites]


def test_the_goal_of_daza_is_no_site() -> None:
    body = "双方将把泉川港打造成区域领先的示范性经济特区,为更多民众提供就业。"
    assert not any("经济特区" in s for s in _sites(body))


def test_one_of_a_class_of_zones_is_no_site() -> None:
    body = "该园区已成为全国率先探索建设的物流枢纽经济区之一。"
    assert not any("经济区" in s for s in _sites(body))


def test_the_parks_of_an_autonomous_region_are_no_site() -> None:
    body = "活动由广西壮族自治区产业园区改革发展办公室承办。"
    assert not any(s.endswith("产业园区") for s in _sites(body))


def test_a_site_named_elsewhere_in_the_sentence_stays() -> None:
    body = "泉川工业园区位于城北,双方将把泉川工业园区建设成为示范园区。"
    assert "泉川工业园区" in _sites(body)
