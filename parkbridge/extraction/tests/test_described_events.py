"""Visits, delegations and ceremonies are events even when the article only describes them."""

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.described_events import find_described_events


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("The minister paid a working visit to the Sichuan Province last week.", "en",
         "working visit to the Sichuan Province"),
        ("Li Wei, head of a visiting Chinese delegation, praised the port.", "en",
         "visiting Chinese delegation"),
        ("Во время визита делегации Омской области в Урумчи стороны обсудили проекты.", "ru",
         "визита делегации Омской области в Урумчи"),
        ("广西代表团访问胡志明市期间签署了协议。", "zh", "广西代表团访问胡志明市"),
        ("哈萨克斯坦总统对中国进行国事访问。", "zh", "哈萨克斯坦总统对中国进行国事访问"),
    ],
)  # fmt: skip
def test_a_described_visit_is_found_as_written(sentence: str, language: str, expected: str) -> None:
    assert expected in [m.name for m in find_described_events(sentence, language)]


def test_a_press_conference_is_not_an_event() -> None:
    assert find_described_events("He spoke at a press conference in Lagos.", "en") == []


def test_a_restated_visit_is_one_event() -> None:
    facts = extract_article(
        "Members of a visiting Japanese delegation toured the park on Monday. "
        "The visiting Japanese delegation later met the governor."
    )
    assert [e.name for e in facts.events] == ["visiting Japanese delegation"]


def test_a_show_named_with_its_year_is_one_event_per_year() -> None:
    facts = extract_article(
        "The governor opened Metallex-2024, one of the largest industrial exhibitions in the "
        "region. Last year, 30 delegations visited Metallex-2023."
    )
    assert sorted(e.name for e in facts.events) == ["Metallex-2023", "Metallex-2024"]


def test_a_name_with_a_year_is_not_an_event_unless_the_article_calls_it_one() -> None:
    assert extract_article("The Strategy-2030 sets goals for industry.").events == []


def test_the_delegation_touring_after_its_visit_is_not_an_event_of_its_own():
    from parkbridge.extraction import extract_article

    text = "The park hosted visitors from a trade body. The delegation also toured two plants."
    assert [e.name for e in extract_article(text).events] == []
