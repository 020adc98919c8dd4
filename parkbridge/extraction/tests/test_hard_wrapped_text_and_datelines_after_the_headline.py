"""Text wrapped at a fixed width (PDF, e-mail) is read as paragraphs; a dateline under the
headline gives the publication date and is not body text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from parkbridge.extraction import extract_article
from parkbridge.extraction.segment import prepare, unwrap_hard_lines

WRAPPED = """Logistics firm joins the park

The Lakeside Industrial Park signed a lease with a logistics firm
on Monday, said Maria Fernandes, general manager of the park. The
lease covers a warehouse of 20,000 square metres and the firm will
hire 300 workers.

Ms Fernandes said more residents are
expected next year.
"""


def test_a_wrapped_paragraph_is_joined_into_one_line():
    body = prepare(WRAPPED).body
    assert "with a logistics firm on Monday, said Maria Fernandes, general manager" in body
    assert "more residents are expected next year." in body


def test_blank_lines_still_separate_the_paragraphs_of_a_wrapped_text():
    paragraphs = [p for p in prepare(WRAPPED).body.split("\n") if p.strip()]
    assert paragraphs[0] == "Logistics firm joins the park"
    assert len(paragraphs) == 3


def test_a_name_split_by_a_wrap_is_found_whole():
    text = WRAPPED.replace("said Maria Fernandes,", "said Maria\nFernandes,").replace(
        "a logistics firm\non Monday,", "a logistics firm on Monday,"
    )
    people = [p.name for p in extract_article(text).people]
    assert "Maria Fernandes" in people


def test_a_text_written_a_paragraph_per_line_is_left_alone():
    text = (
        "The park opened a new hall.\nIt will host 40 firms.\n"
        "The governor attended.\nInvestors came from three countries.\nThe hall cost $5 million."
    )
    assert unwrap_hard_lines(text) == text


def test_wrapped_chinese_lines_are_joined_without_a_space():
    text = "\n".join(
        [
            "园区今年引进项目",
            "共计三十个，总投资",
            "超过一百亿元，其中",
            "外资项目十二个，",
            "主要来自德国",
        ]
    )
    assert (
        unwrap_hard_lines(text)
        == "园区今年引进项目共计三十个，总投资超过一百亿元，其中外资项目十二个，主要来自德国"
    )


@given(st.lists(st.text(alphabet="ab .,\n中文", max_size=60), max_size=12))
def test_unwrapping_never_loses_a_character(parts):
    text = "\n".join(parts)
    out = unwrap_hard_lines(text)
    assert out.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")


def test_a_dateline_with_an_agency_under_the_headline_gives_the_date():
    article = prepare(
        "State signs 27 deals\nAHMEDABAD, March 3, 2024 (PTI) The state signed 27 deals."
    )
    assert article.published == "2024-03-03"
    assert "AHMEDABAD" not in article.body


def test_a_dateline_without_an_agency_gives_the_date():
    article = prepare("Park opens\nMINSK, March 4, 2026 – Belarus opened a park.")
    assert article.published == "2026-03-04"
    assert article.body.endswith("Belarus opened a park.")


def test_a_city_and_a_number_without_a_year_are_not_a_dateline():
    article = prepare("Firms gather\nParis, 3 firms said. The fair opened.")
    assert article.published is None
    assert "Paris, 3 firms said." in article.body


def test_list_items_of_a_wrapped_text_stay_on_their_own_lines():
    text = (
        "The park offers investors the following\nbenefits over the first five years of\n"
        "operation in the zone:\n- a tax holiday\n- free land lease\n- duty-free imports of\nequipment"
    )
    lines = unwrap_hard_lines(text).split("\n")
    assert lines == [
        "The park offers investors the following benefits over the first five years of operation in the zone:",
        "- a tax holiday",
        "- free land lease",
        "- duty-free imports of equipment",
    ]


def test_spaced_chinese_typography_is_read_as_unspaced():
    body = prepare("至 2027 年,开发区出口企业占比力争达到 75 %以上。").body
    assert body == "至2027年,开发区出口企业占比力争达到75%以上。"
    (target,) = extract_article("至 2027 年,开发区出口企业占比力争达到 75 %以上。").targets
    assert (target.value, target.unit, target.deadline) == (75, "percent", "2027")


def test_spaces_in_a_latin_text_are_kept():
    assert prepare("The park has 75 % occupancy and 2027 goals.").body.endswith(
        "75 % occupancy and 2027 goals."
    )
