"""Targets: "This will …" right after a goal with one deadline goes on with that goal (sentences
written for these tests)."""

from parkbridge.extraction import extract_article


def _targets(text: str) -> list[tuple]:
    return [(t.value, t.deadline) for t in extract_article(text).targets]


def test_this_will_after_a_goal_shares_its_deadline() -> None:
    text = "date 2024-05-01\n\nThe zone aims to attract $2 billion by 2030. This will create 5,000 jobs."
    assert _targets(text) == [(2_000_000_000, "2030"), (5_000, "2030")]


def test_this_will_after_a_report_is_no_goal() -> None:
    text = "date 2024-05-01\n\nThe zone attracted $2 billion in 2020. This will create 5,000 jobs."
    assert _targets(text) == []


def test_a_sentence_that_does_not_go_on_is_no_goal() -> None:
    text = "date 2024-05-01\n\nThe zone aims to attract $2 billion by 2030. Orbis employs 5,000 people."
    assert _targets(text) == [(2_000_000_000, "2030")]
