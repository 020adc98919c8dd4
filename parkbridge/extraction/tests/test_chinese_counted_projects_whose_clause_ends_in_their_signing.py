"""Chinese agreements: counted projects whose clause ends in their signing ("总投资9亿美元的6个外资
项目，在东港签约") are one agreement with that count; counted projects that are built are none."""

from parkbridge.extraction import extract_article


def _agreements(body: str) -> list[tuple[int | None, str]]:
    facts = extract_article("date 2024-05-17\n\n" + body)
    return [(a.count, a.status) for a in facts.agreements]


def test_counted_projects_signed_at_the_end_of_their_clause_are_an_agreement() -> None:
    assert _agreements("总投资9亿美元的6个外资项目,在“滨海高地”东港签约") == [(6, "signed")]


def test_counted_projects_under_construction_are_no_agreement() -> None:
    assert _agreements("园区8个项目正在加快建设。") == []
