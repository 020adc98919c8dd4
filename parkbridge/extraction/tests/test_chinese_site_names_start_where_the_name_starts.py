"""Chinese park and zone names: the left edge of the name, and a shortened later mention of
the same zone (sentences written for these tests)."""

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese_sites import find_sites


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("多家企业入驻河南省郑州经济技术开发区。", "郑州经济技术开发区"),
        ("双方同意加快建设中塔工业园。", "中塔工业园"),
        ("公司计划在广东省湛江市中新湛江产业园区设厂。", "中新湛江产业园区"),
        ("代表团参观了位于纳沃伊州的荣盛工业园。", "荣盛工业园"),
        ("俄罗斯滨海边疆区“纳杰日金斯卡亚”超前发展区吸引了投资。", "“纳杰日金斯卡亚”超前发展区"),
        ("推动中国－老挝磨憨工业园建设。", "中国－老挝磨憨工业园"),
        ("目前，蒙方一侧乌兰察布自由经济区已完成建设。", "乌兰察布自由经济区"),
    ],
)
def test_a_site_name_starts_after_verbs_particles_and_parent_places(
    sentence: str, name: str
) -> None:
    assert [n for n, _ in find_sites(sentence)] == [name]


def test_a_description_before_a_kind_head_is_no_name() -> None:
    assert find_sites("这是首个中塔合资工业园区。") == []


def test_a_shortened_later_mention_is_the_same_zone() -> None:
    facts = extract_article(
        "新闻\n\n中国—塔吉克斯坦工业园发展迅速。中塔工业园已有30家企业入驻。"
        "郑州经济技术开发区与俄方签署协议。郑州开发区将扩大合作。"
    )
    assert [s.name for s in facts.sites] == ["中国—塔吉克斯坦工业园", "郑州经济技术开发区"]
