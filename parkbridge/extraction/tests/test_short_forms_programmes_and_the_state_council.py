"""An English organisation said short ("Lingang Group" after "Shanghai Lingang Economic
Development Group") is the one named in full; a name the model tags before "program", "brand"
or "initiative" names no body; China's State Council ("Госсовет КНР") is a government, which
SCHEMA counts as a place. Sentences are invented."""

from __future__ import annotations

import pytest

from parkbridge.extraction import extract_article


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_article(text).organizations]


def test_a_group_said_short_is_the_group_named_in_full():
    text = (
        "The Shanghai Lingang Economic Development Group signed the MoU. "
        '"It is a milestone," said the chairman of the Lingang Group.'
    )
    assert _orgs(text) == ["Shanghai Lingang Economic Development Group"]


def test_two_groups_that_share_only_generic_words_stay_apart():
    text = "Orion Development Group and Vega Development Group signed the deal."
    assert len(_orgs(text)) == 2


def test_a_programme_named_after_a_company_is_no_organisation():
    text = (
        "The firm will support Ma'aden's \"Tharawat\" program launched in 2022, the company said."
    )
    assert "Tharawat" not in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "В переговорах принял участие заместитель премьера Госсовета КНР.",
        "The plan was approved by China's State Council in May.",
    ],
)
def test_chinas_state_council_is_a_government(text):
    assert _orgs(text) == []
