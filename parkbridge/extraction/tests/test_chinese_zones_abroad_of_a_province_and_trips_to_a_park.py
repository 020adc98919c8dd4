"""Chinese sites: a province's zones abroad ("某省境外经贸合作区") are a class, not a site; a
trip "赴" a park does not open the park's name."""

from parkbridge.extraction import extract_article


def _sites(body: str) -> set[str]:
    return {s.name for s in extract_article("2024-05-17\n\n" + body).sites}


def test_a_provinces_zones_abroad_are_a_class() -> None:
    assert _sites("江南省境外经贸合作区建设加快。") == set()


def test_a_trip_to_a_park_does_not_open_its_name() -> None:
    assert _sites("省代表团赴金海运河工业园考察。") == {"金海运河工业园"}
