"""A Chinese body named right before its officer's title that restates its head ("某某局局长",
"某某署署长", "某某商会会长", "某某办公室主任") is an organisation; a phrase of common words the
tagger reads as a name ("核心竞争力", "智能科技") is none; provinces and classes of firms in a
list are no companies. Sentences are invented."""

from __future__ import annotations

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese_model import _common_words_only


def _orgs(text: str) -> list[str]:
    return sorted(o.name for o in extract_article(text).organizations)


def test_a_bureau_before_its_directors_title_is_an_organisation():
    text = "青石经开区经济发展局局长赵明介绍说,这些项目建成后将为全区发展注入动力。"
    assert _orgs(text) == ["青石经开区经济发展局"]


def test_a_chamber_before_its_presidents_title_keeps_its_country():
    text = "出席会议的有南洋中华总商会会长戴明、南洋工业总会主席庄雄等。"
    assert _orgs(text) == sorted(["南洋中华总商会", "南洋工业总会"])


def test_an_office_before_its_directors_title_is_an_organisation():
    text = "代表团成员包括行政长官办公室主任叶文、政府新闻处处长廖可。"
    assert _orgs(text) == sorted(["行政长官办公室", "政府新闻处"])


def test_a_citys_own_bureau_stays_unnamed():
    text = "市商务局局长王强出席了签约仪式。"
    assert _orgs(text) == []


def test_a_phrase_of_common_words_is_no_name():
    assert _common_words_only("核心竞争力")
    assert _common_words_only("汽车零配件")
    assert not _common_words_only("金风科技")


def test_provinces_and_classes_of_firms_in_a_list_are_no_companies():
    text = "签约项目涉及北京、上海、山东、河南等19个省以及中央直属企业。"
    assert _orgs(text) == []
    text = "来自青岭实验室、各创新企业等相关机构的代表参加活动。"
    assert "创新企业" not in _orgs(text)
