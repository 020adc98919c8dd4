"""An article about a plan with a horizon ("strategy until 2030") gives that year to the figures
of the sentences that describe the plan, and of the one right after that looks ahead; other
sentences keep theirs."""

from __future__ import annotations

from parkbridge.extraction import extract_article


def _targets(text: str) -> list[tuple[float, str]]:
    return sorted((t.value, t.deadline) for t in extract_article(text).targets)


def test_what_the_strategy_provides_for_is_a_goal_of_its_horizon():
    text = (
        "Власти области одобрили стратегию развития технопарков до 2031 года. "
        "Стратегия предусматривает ввод около 900 тысяч квадратных метров площадей. "
        "Так число резидентов вырастет до 700 компаний. "
        "Сейчас в области работают 12 технопарков."
    )
    assert _targets(text) == [(700, "2031"), (900_000, "2031")]


def test_a_sentence_far_from_the_plan_keeps_no_deadline():
    text = (
        "The province adopted an industrial strategy until 2032. It provides for 30 new parks. "
        "Investors toured the port. The port will handle 4 million containers."
    )
    assert _targets(text) == [(30, "2032")]


def test_a_plan_whose_horizon_has_passed_gives_nothing():
    text = (
        "date 2024-02-01\n\nThe programme until 2020 provided for 50 parks. "
        "The programme envisages 20 more zones."
    )
    assert _targets(text) == []
