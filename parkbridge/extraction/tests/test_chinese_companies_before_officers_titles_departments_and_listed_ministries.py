"""Chinese organisations: the words before a company officer's title name the company
("某某智能董事长王某"); a ministry's department or an administration's branch is named after
its parent ("…部外资司", "…总署某省分署"); "等八部委", "等部门" close a list of bodies; a verb
opening a list ("招引", "已有") and a measure word jieba finds inside an unknown name do not
cut it; a list's head is one noun phrase."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _orgs(body: str) -> set[str]:
    return {o.name for o in extract_article(DATE_LINE + body).organizations}


def _people(body: str) -> set[str]:
    return {p.name for p in extract_article(DATE_LINE + body).people}


def test_the_company_before_an_officers_title_is_named() -> None:
    body = "杭州云帆CEO周立平、苏州启明智能董事长黄静等企业家代表介绍了企业发展情况。"
    assert {"杭州云帆", "苏州启明智能"} <= _orgs(body)
    assert {"周立平", "黄静"} <= _people(body)
    assert not any("董事长" in name or "CEO" in name for name in _orgs(body))


def test_a_title_after_the_word_company_names_no_company() -> None:
    assert _orgs("公司董事长李明表示，将加快建设。") == set()


def test_a_ministry_department_and_an_administration_branch_are_organisations() -> None:
    body = "商务部投资司司长王文表示，试验区成效明显。海关总署江北分署相关负责人介绍了情况。"
    assert {"商务部投资司", "海关总署江北分署"} <= _orgs(body)


def test_ministries_and_customs_listed_before_a_count_of_bodies_are_organisations() -> None:
    body = "海关总署、发展改革委、财政部等八部委组成联合验收组，由青州海关等部门具体实施。"
    assert {"海关总署", "发展改革委", "财政部", "青州海关"} <= _orgs(body)


def test_a_verb_opening_a_list_is_not_part_of_the_first_name() -> None:
    body = "目前，产业园已招引鸿远数控、美川科技等5家企业。"
    assert {"鸿远数控", "美川科技"} <= _orgs(body)
    assert not any(name.startswith("招引") for name in _orgs(body))


def test_a_measure_word_inside_an_unknown_name_between_commas_does_not_cut_it() -> None:
    assert "亮道智能" in _orgs("活动中，星辰集团、亮道智能等德中企业参加交流。")
