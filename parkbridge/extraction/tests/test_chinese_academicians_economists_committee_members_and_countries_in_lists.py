"""Chinese people presented by a title the lexicon lacked (院士, 首席经济学家, 常委) are people with
that role; a country in a list that the grammar might read as a name is no person, because the
learned tagger reads it as a place (sentences written for these tests)."""

import pytest

from parkbridge.extraction import extract_article


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in extract_article(text).people]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("某某保险公司首席经济学家李文华就园区建设发表讲话。", ("李文华", "首席经济学家")),
        ("工程院院士张海峰为园区颁发顾问聘书。", ("张海峰", "院士")),
        ("代表团由县委常委刘建国带队，赴越南进行经贸考察。", ("刘建国", "常委")),
    ],
)
def test_a_person_after_a_title_is_a_person_with_that_role(
    text: str, person: tuple[str, str]
) -> None:
    assert person in _people(text)


def test_countries_listed_with_envoys_are_no_people() -> None:
    text = "来自秘鲁、尼泊尔、孟加拉等7位驻华使节出席推介会。"
    assert not {name for name, _ in _people(text)} & {"秘鲁", "尼泊尔", "孟加拉"}
