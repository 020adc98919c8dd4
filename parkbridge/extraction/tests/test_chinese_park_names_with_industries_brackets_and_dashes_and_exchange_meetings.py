"""Chinese sites, events and people: an industry jieba tags as a verb ("装备制造", "创新")
stays inside a park's name; a bracketed city after a bilateral abbreviation is part of it
("中德（某市）…产业园"); a description before "——" is not; industry areas, incubator parks and
eco-cities are sites; a type ("内陆型") or a province with 省 before a bonded zone's head
names a class; a time word ("一季度") or "就是" opens no name; an exchange meeting between
two sides is an event; names listed after "市领导" are people, "陈先生" and a district are not."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _facts(body: str):  # type: ignore[no-untyped-def]
    return extract_article(DATE_LINE + body)


def _sites(body: str) -> set[str]:
    return {s.name for s in _facts(body).sites}


def test_an_industry_tagged_as_a_verb_stays_inside_a_park_name() -> None:
    assert "青川高端装备制造产业园" in _sites("青川高端装备制造产业园今年新签项目5个。")


def test_a_bracketed_city_after_a_bilateral_abbreviation_is_part_of_the_name() -> None:
    body = "规划建设中德(临川)创新产业区和中韩（东港）产业园。"
    assert {"中德(临川)创新产业区", "中韩（东港）产业园"} <= _sites(body)


def test_a_description_before_a_double_dash_is_not_part_of_the_name() -> None:
    assert _sites("招商引资标志性项目——中泰产业园开工。") == {"中泰产业园"}


def test_incubator_parks_and_eco_cities_are_sites() -> None:
    assert {"东湖中小企业孵化园", "滨江中新生态城"} <= _sites(
        "东湖中小企业孵化园和滨江中新生态城签约落户项目。"
    )


def test_a_type_or_a_province_before_a_bonded_zone_names_a_class() -> None:
    assert _sites("这是首个内陆型综保区，某省综保区进出口增长。") == set()


def test_time_words_and_jiushi_open_no_name() -> None:
    assert _sites("一季度保税区进出口增长。其中最大的就是北湖新区。") == {"北湖新区"}


def test_an_exchange_meeting_between_two_sides_is_an_event() -> None:
    events = {
        e.name for e in _facts("当天，江东-韩国企业家交流会举行，内部经验交流会同日召开。").events
    }
    assert "江东-韩国企业家交流会" in events
    assert not any(name.endswith("经验交流会") for name in events)


def test_names_after_a_collective_title_are_people_and_polite_forms_are_not() -> None:
    people = {p.name for p in _facts("市领导王立、赵春明出席。我区与代表陈先生进行洽谈。").people}
    assert {"王立", "赵春明"} <= people
    assert "陈先生" not in people
