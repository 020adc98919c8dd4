"""A web address cited inside Chinese text ends where the Chinese resumes: the rest of the
paragraph is read (Chinese has no spaces to end the address)."""

from __future__ import annotations

from parkbridge.extraction import extract_article
from parkbridge.extraction.segment import prepare


def test_the_text_after_a_cited_address_is_kept():
    body = prepare("东海日报(www.example.cn)从现场获悉,现场18个项目集中签约,总投资60亿元。\n").body
    assert "18个项目集中签约" in body
    assert "example" not in body


def test_an_address_in_english_text_is_still_removed_to_the_next_space():
    body = prepare("Details are at https://example.org/zone?id=7 for investors.\n").body
    assert "example" not in body
    assert "for investors" in body


def test_a_signing_reported_after_an_address_is_found():
    facts = extract_article(
        "东海日报(www.example.cn)从现场获悉,现场18个项目集中签约,总投资60亿元。"
    )
    assert [(a.count, a.status) for a in facts.agreements] == [(18, "signed")]
