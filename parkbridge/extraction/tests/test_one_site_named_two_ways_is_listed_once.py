"""Sites named twice in one article are one site: a Latin name after a Russian kind phrase and
its abbreviation, a kind phrase alone ("the High-Tech Zone") after the full name, a Chinese
kind head and its short form ("经开区"); sites of one kind listed side by side stay apart
(sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _sites(text: str) -> list[str]:
    return [s.name for s in extract_article(text).sites]


def test_russian_sites_listed_with_one_kind_abbreviation_stay_apart() -> None:
    text = (
        "Ташкент, 3 марта 2024 года.\n\n"
        "Проекты реализованы в СЭЗ “Берлик” (12 проектов на сумму 10 млн долларов), "
        "СЭЗ “Карвон” (7 проектов) и СЭЗ “Беркон” (9 проектов на сумму 28,2 млн долларов).\n"
    )
    assert len(_sites(text)) == 3


def test_a_latin_zone_name_with_the_kind_spelt_out_and_abbreviated_is_one_site() -> None:
    text = (
        "Астана, 3 марта 2024 года.\n\n"
        "В регионе специальная экономическая зона Tervola получила 5 млрд тенге. "
        "В СЭЗ Tervola уже работают 10 компаний.\n"
    )
    assert _sites(text) == ["специальная экономическая зона Tervola"]


def test_a_site_named_by_its_kind_words_alone_after_its_full_name_is_that_site() -> None:
    text = (
        "Harbour news\n\nThe county signed a framework with the Velmora High-Tech Zone. "
        "The mayor thanked the High-Tech Zone’s leaders, and the High-Tech Zone will open a lab."
    )
    assert _sites(text) == ["Velmora High-Tech Zone"]


def test_a_possessive_ending_is_no_part_of_a_site_name() -> None:
    text = "Harbour news\n\nThe Velmora Free Trade Zone’s new berth opened on Monday."
    assert _sites(text) == ["Velmora Free Trade Zone"]


def test_a_chinese_kind_head_and_its_short_form_name_one_site() -> None:
    text = (
        "新闻\n\n2023年,某某市考核结果公布,泉川经开区位列第三。"
        "泉川经济技术开发区管委会表示,将继续扩大开放。"
    )
    assert len(_sites(text)) == 1
