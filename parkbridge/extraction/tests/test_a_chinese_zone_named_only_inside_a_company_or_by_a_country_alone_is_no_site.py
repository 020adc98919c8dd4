"""A Chinese zone's name that stands only at the start of a company's name, and a country alone
before a kind head, name no site (sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese_sites import find_sites


def _sites(text: str) -> list[str]:
    return [s.name for s in extract_article("新闻\n\n" + text).sites]


def test_a_zone_named_only_as_its_company_is_no_site() -> None:
    text = "青澜国际贸易有限公司与青河开发区投资集团有限公司签订了合作协议。"
    assert "青河开发区" not in _sites(text)


def test_a_zone_named_on_its_own_in_the_sentence_is_a_site() -> None:
    text = "青河开发区投资集团有限公司负责建设青河开发区的新厂房。"
    assert "青河开发区" in _sites(text)


def test_a_country_alone_before_a_head_is_a_class_of_parks() -> None:
    assert find_sites("代表团拜访了泰国工业园管理局。") == []
    assert find_sites("越南工业园区吸引外资。") == []


def test_a_bilateral_name_is_still_a_site() -> None:
    assert [n for n, _ in find_sites("企业入驻中白工业园。")] == ["中白工业园"]
