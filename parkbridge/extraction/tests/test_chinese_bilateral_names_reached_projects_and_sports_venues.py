"""Chinese names that open with a bilateral abbreviation ("中俄博览会") keep it and their
edition, projects "reached" (达成) are signed projects, and a sports and exhibition centre is a
venue, not an organisation."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-18\n\n"


def test_a_bilateral_abbreviation_opens_an_event_name_with_its_edition() -> None:
    facts = extract_article(DATE_LINE + "第五届中哈博览会17日在乌鲁木齐开幕。")
    assert [(e.name, e.edition) for e in facts.events] == [("第五届中哈博览会", 5)]


def test_a_bilateral_meeting_name_keeps_its_abbreviation() -> None:
    facts = extract_article(DATE_LINE + "博览会期间举办了中蒙投资合作洽谈会。")
    assert [e.name for e in facts.events] == ["中蒙投资合作洽谈会"]


def test_projects_reached_are_signed_projects_with_their_count() -> None:
    facts = extract_article(DATE_LINE + "截至目前，共达成合作项目64个，签约金额达300亿元。")
    assert [(a.count, a.status) for a in facts.agreements] == [(64, "signed")]


def test_a_sports_and_exhibition_centre_is_a_venue() -> None:
    facts = extract_article(DATE_LINE + "博览会在长春国际会展体育中心开幕。")
    assert facts.organizations == []


def test_two_fields_joined_by_yu_stay_in_one_meeting_name() -> None:
    facts = extract_article(DATE_LINE + "中国—东盟商务与投资峰会16日在南宁开幕。")
    assert [e.name for e in facts.events] == ["中国—东盟商务与投资峰会"]


def test_two_parties_joined_by_yu_before_a_meeting_verb_stay_apart() -> None:
    facts = extract_article(DATE_LINE + "远航集团与北辰集团在洽谈会上签署合作协议。")
    assert {"远航集团", "北辰集团"} <= {o.name for o in facts.organizations}
