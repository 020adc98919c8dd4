"""A Russian title before a name does not reach back over another person's name or a verb
(sentences and names written for these tests)."""

from parkbridge.extraction import extract_article


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_article("Новости\n\n" + text).people}


def test_a_title_does_not_reach_back_over_another_person() -> None:
    roles = _roles("Губернатор области Петр Орлов и председатель правления банка Анна Белова "
                   "подписали документ.")  # fmt: skip
    assert roles["Анна Белова"] == "председатель правления банка"
    assert roles["Петр Орлов"] == "Губернатор области"


def test_a_title_does_not_reach_back_over_a_verb() -> None:
    roles = _roles("Министр экономики края Олег Юдин встретился с Игорем Сомовым.")
    assert roles["Олег Юдин"] == "Министр экономики края"
    assert roles.get("Игорем Сомовым") is None
