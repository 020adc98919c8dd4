"""Chinese: a document's title in 《》 names no park, though a park's name is inside it; a
project word before a park's name describes it ("大型项目某某产业园"); generic kinds ("双创",
"开放") and a ministry's FTZ department are no sites; a government's province-wide working
meeting ("全省…工作会议") is no event."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _facts(body: str):  # type: ignore[no-untyped-def]
    return extract_article(DATE_LINE + body)


def _sites(body: str) -> set[str]:
    return {s.name for s in _facts(body).sites}


def test_a_document_title_is_not_a_site() -> None:
    body = "双方签署了《中泰青松产业园区开发有限公司合资经营合同》。省政府出台《某省工业园区布局规划(2021—2030年)》。"
    assert not any(name.endswith(("合同", "规划", ")")) for name in _sites(body))


def test_a_project_word_before_a_park_name_is_not_part_of_it() -> None:
    assert _sites("中外合作大型项目中泰产业园落户东港。") == {"中泰产业园"}


def test_generic_kinds_and_a_ministry_department_are_no_sites() -> None:
    assert _sites("建设双创产业园和开放新区，商务部自贸区港司负责人出席。") == set()


def test_a_province_wide_working_meeting_is_no_event() -> None:
    assert _facts("记者从昨日举行的全省产业园区工作会议上获悉，园区发展加快。").events == []
