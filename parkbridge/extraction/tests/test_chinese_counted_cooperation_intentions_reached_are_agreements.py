"""Chinese counted intentions reached ("达成合作意向近600项", "18个项目达成合作意向") are agreements
with their count (SCHEMA: "reached an accord"); an uncounted "达成合作意向" on some fields reports
talks, and a count of signing sessions ("85场签约活动") counts events, not agreements."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _agreements(body: str) -> list[tuple[int | None, str, str | None]]:
    return [(a.count, a.status, a.qualifier) for a in extract_article(DATE_LINE + body).agreements]


def test_counted_intentions_reached_at_signing_sessions_are_one_agreement() -> None:
    body = "展会期间，各交易团共举办40场集中签约活动，达成合作意向近300项。"
    assert _agreements(body) == [(300, "signed", "about")]


def test_projects_that_reached_an_intention_count_it() -> None:
    body = "会上推介了30个重点项目，其中有12个项目达成合作意向。"
    assert [(c, s) for c, s, _ in _agreements(body)] == [(12, "signed")]


def test_an_intention_reached_on_some_fields_is_no_agreement() -> None:
    assert _agreements("双方就绿色农业、矿产开发等方面达成合作意向。") == []
