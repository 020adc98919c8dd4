"""Event names across Russian case forms and genitive phrases; people by their cues."""

from parkbridge.extraction import extract_article


def test_case_forms_of_one_russian_forum_are_one_event() -> None:
    facts = extract_article(
        "Восточный экономический форум открылся во вторник. "
        "На полях Восточного экономического форума подписаны соглашения."
    )
    assert len(facts.events) == 1


def test_a_russian_forum_named_after_a_genitive_phrase_keeps_its_quoted_name() -> None:
    facts = extract_article(
        "На III форуме промышленного сотрудничества «Каспий – Волга» подписаны соглашения."
    )
    (event,) = facts.events
    assert "«Каспий – Волга»" in event.name and event.edition == 3


def test_a_russian_forum_of_named_regions_is_an_event() -> None:
    facts = extract_article("В Казани открылся форум регионов Татарстана и Узбекистана.")
    assert [e.name for e in facts.events] == ["форум регионов Татарстана и Узбекистана"]


def test_a_name_after_said_with_a_role_apposition_is_a_person() -> None:
    facts = extract_article(
        "The zone will open next year, said Dragan Markovic, the country's minister of economy."
    )
    assert "Dragan Markovic" in [p.name for p in facts.people]


def test_a_chinese_name_split_by_the_segmenter_is_joined() -> None:
    facts = extract_article("管委会主任李惠明表示，园区已有企业入驻。")
    assert "李惠明" in [p.name for p in facts.people]


def test_a_latin_name_after_a_chinese_role_is_a_person() -> None:
    facts = extract_article("撒马尔罕省省长Akmal Rustamov会见了代表团。")
    assert "Akmal Rustamov" in [p.name for p in facts.people]
