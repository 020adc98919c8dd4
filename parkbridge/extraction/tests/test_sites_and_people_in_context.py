"""Sites named without quotes or in lists, their country from context, and people in context."""

from parkbridge.extraction import extract_article


def test_russian_sites_in_a_quoted_list_after_a_plural_head_are_each_a_site() -> None:
    facts = extract_article(
        'Указом созданы свободные экономические зоны (СЭЗ) "Алмалык", "Ангрен" и "Нурафшон".'
    )
    names = {s.name for s in facts.sites}
    assert {"Ангрен", "Нурафшон"} <= names
    assert all(s.kind == "fez" for s in facts.sites)


def test_russian_free_port_and_advanced_territory_without_quotes() -> None:
    facts = extract_article(
        "Резиденты свободного порта Находка и территории опережающего развития «Кангалассы» "
        "получили льготы."
    )
    kinds = {s.kind for s in facts.sites}
    assert {"free_port", "tad"} <= kinds


def test_a_sites_country_comes_from_its_city_not_from_a_bilateral_name() -> None:
    facts = extract_article(
        "The China-Egypt Cooperation Industrial Park in Alexandria welcomed 12 new residents."
    )
    (site,) = facts.sites
    assert site.country == "EG"


def test_a_sites_country_falls_back_to_the_articles_subject() -> None:
    facts = extract_article(
        "Kazakhstan expands its zones. The Eastern Gate Special Economic Zone signed leases. "
        "Kazakhstan hopes for more investors from Kazakhstan's neighbours."
    )
    assert [s.country for s in facts.sites] == ["KZ"]


def test_chinese_bylines_and_common_words_are_not_people() -> None:
    facts = extract_article(
        "新华社北京3月5日电（记者王晓明）中白工业园管委会主任李国强表示，卫星城建设加快。"
    )
    people = [p.name for p in facts.people]
    assert "王晓明" not in people and "卫星" not in people
    assert "李国强" in people


def test_a_chinese_site_name_does_not_start_with_a_verb() -> None:
    facts = extract_article("今年已有十家企业入驻中白工业园。")
    assert [s.name for s in facts.sites] == ["中白工业园"]


def test_a_chinese_site_named_in_long_and_short_forms_is_one_site() -> None:
    facts = extract_article(
        "满洲里—后贝加尔斯克中俄跨境经济合作区建设加快。后贝加尔斯克跨境经济合作区已有企业入驻。"
    )
    assert len(facts.sites) == 1


def test_a_quoted_chinese_name_keeps_its_kind_after_the_quotes() -> None:
    facts = extract_article("企业已入驻“阿穆尔”跨越式发展区。")
    assert [(s.name, s.kind) for s in facts.sites] == [("“阿穆尔”跨越式发展区", "tad")]


def test_a_chinese_kind_phrase_without_a_proper_name_is_not_a_site() -> None:
    assert extract_article("双方将推进现代化工业园区建设。").sites == []


def test_a_nationality_word_before_a_noun_does_not_place_a_site():
    text = "MINSK, March 4, 2026 – The Lakeside Industrial Park signed an agreement with a German firm."
    (site,) = extract_article(text).sites
    assert site.country == "BY"


def test_a_country_named_in_the_sentence_still_places_a_site():
    text = "The Lakeside Free Zone in Oman signed a deal with Chinese investors."
    (site,) = extract_article(text).sites
    assert site.country == "OM"
