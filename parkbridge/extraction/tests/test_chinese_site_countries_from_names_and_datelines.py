"""Where a site named in Chinese lies: a country or city that opens its name, the city of a
Chinese date line ("新华社开罗…电"), and China when a Chinese article names no other country;
a bilateral name gives no country of its own."""

from parkbridge.extraction import extract_article


def _countries(text: str) -> dict[str, str | None]:
    return {s.name: s.country for s in extract_article(text).sites}


def test_a_country_opening_the_name_is_where_the_site_lies() -> None:
    text = "2024-05-17\n\n中国企业积极参与柬埔寨贡布经济特区建设。"
    # The name may be given without the country (a parent is dropped); the country stays.
    ((name, country),) = _countries(text).items()
    assert name.endswith("贡布经济特区")
    assert country == "KH"


def test_a_city_opening_the_name_gives_its_country() -> None:
    text = "2024-05-17\n\n9月5日，洛阳北岸高新区举办项目推介会。"
    assert _countries(text)["洛阳北岸高新区"] == "CN"


def test_the_city_of_a_chinese_date_line_places_a_bilateral_zone() -> None:
    text = "新华社开罗9月10日电 中埃·泰达苏伊士经贸合作区迎来新一批入园企业。"
    assert _countries(text)["中埃·泰达苏伊士经贸合作区"] == "EG"


def test_a_chinese_article_naming_no_other_country_writes_about_china() -> None:
    text = "2024-05-17\n\n湘赣红枫新区招商说明会在长沙举行。"
    assert _countries(text)["湘赣红枫新区"] == "CN"


def test_a_closing_quote_before_a_name_is_not_part_of_it() -> None:
    text = "2025-07-19\n\n“友谊平台”中蒙工业园的企业代表出席会议。"
    assert "中蒙工业园" in _countries(text)


def test_a_long_transliterated_city_opening_the_name_gives_its_country() -> None:
    text = "2024-05-17\n\n俄方欢迎中国企业参与符拉迪沃斯托克自由港建设。"
    assert _countries(text)["符拉迪沃斯托克自由港"] == "RU"
