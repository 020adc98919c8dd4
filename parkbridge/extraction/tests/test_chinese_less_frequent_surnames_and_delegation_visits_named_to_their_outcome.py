"""Chinese people and visits: surnames outside the most frequent few (岑, 隆, 易, 岳 …) open a
name after a title (a title alone does not make a common word a name); a delegation visit ends
at what it achieved ("…代表团访问某国取得…")."""

from parkbridge.extraction import extract_article


def _people(body: str) -> set[str]:
    return {p.name for p in extract_article("2024-05-17\n\n" + body).people}


def test_less_frequent_surnames_open_names_after_titles() -> None:
    body = "研究中心副主任隆建华表示，园区发展加快。公司总经理岑立新出席。副市长易春明介绍了情况。"
    assert {"隆建华", "岑立新", "易春明"} <= _people(body)


def test_a_title_before_a_common_word_names_no_one() -> None:
    assert _people("会议传达了主任文件精神。") == set()


def test_a_delegation_visit_is_named_up_to_what_it_achieved() -> None:
    facts = extract_article("date 2024-05-17\n\n5月10日，江南代表团访问泰国取得系列成果。")
    assert [e.name for e in facts.events] == ["江南代表团访问泰国"]
