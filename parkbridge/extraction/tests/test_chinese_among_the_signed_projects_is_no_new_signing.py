"""Chinese "在签约项目中，…" (among the projects reported signed) opens a breakdown of that signing,
not a new one; a counted "签约的12个项目中" still states its count."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _agreements(body: str) -> list[tuple[int | None, str]]:
    return [(a.count, a.status) for a in extract_article(DATE_LINE + body).agreements]


def test_among_the_signed_projects_is_a_breakdown() -> None:
    body = (
        "当天，现场集中签约项目16个，总投资额超60亿元。\n\n"
        "在现场签约项目中，既涵盖青山远航电子有限公司研发基地项目等5个产业项目，"
        "也包含白河大学研究院、智能装备项目等11个物业租售项目。"
    )
    assert _agreements(body) == [(16, "signed")]


def test_a_counted_among_states_its_count() -> None:
    body = "据介绍，此次签约的12个项目中，工业项目有7个。"
    assert _agreements(body) == [(12, "signed")]
