"""Chinese people: a name before its title ("王某某董事长表示"), a name after a title followed by
"为", and a "·"-joined project name whose part opens with a city is no person."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _people(body: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_article(DATE_LINE + body).people}


def test_a_name_before_its_title_and_a_verb_is_a_person_with_that_role() -> None:
    assert _people("11月8日，周建明特派员率侨商参访团到访伊犁。") == {"周建明": "特派员"}
    assert _people("会上，王明远董事长表示将加大投资。") == {"王明远": "董事长"}


def test_a_city_before_a_title_is_no_person() -> None:
    assert _people("会上，上海市长表示欢迎。") == {}


def test_a_name_after_a_title_may_be_followed_by_wei() -> None:
    body = "活动现场，管委会主任赵卫东为优秀企业颁发证书。"
    assert _people(body) == {"赵卫东": "主任"}


def test_a_dotted_project_name_with_a_city_is_no_person() -> None:
    body = "项目包括星河U港·成都锦西数智港等6个项目。"
    assert _people(body) == {}


def test_a_foreign_name_after_a_title_may_be_followed_by_the_day() -> None:
    assert _people("远东发展部部长切昆科夫9日表示欢迎。") == {"切昆科夫": "部长"}


def test_the_tail_of_a_transliterated_name_is_not_a_second_person() -> None:
    body = "管委会主任亚罗申科日前表示，园区发展良好。\n\n亚罗申科介绍，入园企业已达80家。"
    assert _people(body) == {"亚罗申科": "主任"}
