"""A Chinese group named "某某集团" beside its registered name "某某…集团有限公司", or a company
"某某公司" beside "<province>某某…有限公司", is one body. Sentences are invented."""

from __future__ import annotations

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese_orgs import is_short_form


def test_a_groups_short_name_is_its_registered_name():
    text = (
        "该活动由青江高科国有控股集团有限公司主办。"
        "开园仪式上,青江高科集团与北岭实验室签署了合作协议。"
    )
    names = [o.name for o in extract_article(text).organizations]
    assert "青江高科集团" not in names
    assert "青江高科国有控股集团有限公司" in names


def test_a_companys_short_name_after_its_province():
    assert is_short_form("金昂公司", "湖南金昂海外投资有限公司", "公司")


def test_a_different_group_is_no_short_form():
    assert not is_short_form("青江集团", "青江高科国有控股有限公司", "集团")
    assert not is_short_form("中国集团", "中国远洋海运集团有限公司", "集团")
