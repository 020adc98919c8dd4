"""Site countries: a bilateral park lies in its host country - China's partner in an English
name ("Sino-Velmoran" aside, "China-Belarus …" is in Belarus), the country named first
otherwise, the first character in a Chinese name ("马中…" in Malaysia) or the Chinese city in
brackets ("中德（某市）…"); a province after the name gives its country (sentences written for
these tests)."""

from parkbridge.extraction import extract_article


def _countries(text: str) -> dict[str, str | None]:
    return {s.name: s.country for s in extract_article(text).sites}


def test_chinas_partner_hosts_a_park_named_after_both() -> None:
    text = "Zone news\n\nInvestors visited the China-Belarus Industrial Park on Monday."
    assert _countries(text) == {"China-Belarus Industrial Park": "BY"}


def test_without_china_the_country_named_first_hosts_the_park() -> None:
    text = "Zone news\n\nThe Viet Nam-Singapore Industrial Park welcomed a Chinese company."
    assert _countries(text) == {"Viet Nam-Singapore Industrial Park": "VN"}


def test_a_province_after_the_name_gives_the_country() -> None:
    text = (
        "Zone news\n\nA Chinese company will invest $360 million in the Kelmora Special "
        "Economic Zone in Khyber Pakhtunkhwa."
    )
    assert _countries(text) == {"Kelmora Special Economic Zone": "PK"}


def test_the_first_character_of_a_chinese_bilateral_name_is_the_host() -> None:
    text = "新闻\n\n马中泉川产业园与泰中泉北工业园签约。"
    assert _countries(text) == {"马中泉川产业园": "MY", "泰中泉北工业园": "TH"}


def test_a_chinese_city_in_brackets_puts_the_park_in_china() -> None:
    text = "新华社慕尼黑3月27日电 德国泉川日暨中德(沈阳)高端装备产业园交流会在慕尼黑举行。"
    assert _countries(text) == {"中德(沈阳)高端装备产业园": "CN"}
