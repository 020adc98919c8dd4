"""Chinese: "三大产业", "4大功能区" count the kinds named and "分两期建设" the phases, while "一大批"
and "二期" (the second phase) count nothing; a centre named only by what it does ("监控中心")
is a facility, while one named with a place, body or brand is an organisation."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese import find_figures


def _counts(sentence: str) -> list[float]:
    return [f.value for f in find_figures(sentence) if f.unit == "count"]


def test_major_kinds_and_phases_are_counted() -> None:
    assert _counts("园区重点发展三大产业，建设4大功能区，分两期建设。") == [3, 4, 2]


def test_a_large_batch_and_a_named_phase_are_no_counts() -> None:
    assert _counts("引进一大批项目，星河二期开工。") == []


def test_a_centre_named_by_its_work_alone_is_no_organisation() -> None:
    orgs = {o.name for o in extract_article("监控中心和药物安全评价中心投入使用。").organizations}
    assert orgs == set()


def test_a_centre_named_with_a_place_or_a_body_is_an_organisation() -> None:
    body = "南京青松研发中心与国务院发展研究中心签署协议。"
    orgs = {o.name for o in extract_article(body).organizations}
    assert {"南京青松研发中心", "国务院发展研究中心"} <= orgs
