"""Chinese people: a surname from the data list plus one or two characters after a title, or a
transliterated name joined by any middle-dot look-alike; a title alone or a word that only starts
with a surname-like character is not a person."""

from parkbridge.extraction import extract_article


def _people(text: str) -> list[str]:
    return [p.name for p in extract_article(text).people]


def test_a_name_after_a_head_of_state_title_is_a_person_with_that_role() -> None:
    facts = extract_article("国家主席习近平对哈萨克斯坦进行国事访问期间，双方签署了合作文件。")
    (person,) = [p for p in facts.people if p.name == "习近平"]
    assert person.role and person.role.endswith("主席")


def test_a_name_after_a_company_title_and_before_a_conjunction_is_a_person() -> None:
    assert "郭振华" in _people("集团总经理郭振华与园区管委会负责人共同出席了签约仪式。")


def test_a_compound_surname_gives_a_four_character_name() -> None:
    assert "欧阳晓峰" in _people("董事长欧阳晓峰表示，公司计划扩大在当地的投资。")


def test_a_title_followed_by_an_ordinary_word_is_not_a_person() -> None:
    assert _people("部长会议讨论了园区的发展规划。") == []


def test_a_transliterated_name_with_a_bullet_operator_dot_is_one_person() -> None:
    assert "尼古拉∙彼得罗夫" in _people("俄方代表尼古拉∙彼得罗夫表示，项目进展顺利。")


def test_a_transliterated_name_whose_dot_was_lost_to_a_question_mark_is_one_person() -> None:
    assert "谢尔盖?伊万诺夫" in _people("公司总裁谢尔盖?伊万诺夫30日对媒体表示，工厂将于明年投产。")
