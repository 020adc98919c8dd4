"""Reviewers see fewer wrong proposals: a byline is no organisation or person, a restated figure
or signing is one proposal, and a described visit is an event."""

from parkbridge.press.ingestion import ingest_text
from parkbridge.press.models import Proposal

ARTICLE = """date 2025-04-10 https://news.example.org/kisumu-park

By Jane Mwangi, Xinhua News Agency

KISUMU, April 10 (Xinhua) -- The Lakeside Technopark in Kisumu has attracted $120 million of \
investment, the park's managing director Grace Achieng said on Thursday.
The visit of the Chinese delegation to Kisumu County ended with a signing ceremony, where \
the park signed an agreement with Nyanza Agro Processors.
"We have attracted $120 million so far," Achieng said, adding that the document was signed \
in the presence of the governor.
"""


def _proposals(*categories: str) -> list[dict]:
    result = ingest_text(ARTICLE, "kisumu.txt")
    return [p.extracted for p in Proposal.objects.filter(source_id=result.source_id,
                                                          category__in=categories)]  # fmt: skip


def test_the_byline_and_the_news_agency_are_not_proposed(db):
    result = ingest_text(ARTICLE, "kisumu.txt")
    names = [
        p.extracted.get("name", "")
        for p in Proposal.objects.filter(
            source_id=result.source_id, category__in=("organisation", "person")
        )
    ]
    assert not any("Xinhua" in n for n in names)
    assert "Jane Mwangi" not in names


def test_a_figure_restated_in_a_quote_is_one_proposal(db):
    # A figure scoped to the article's event is proposed as that event's statistic.
    money = [f for f in _proposals("figure", "event_statistic") if f["unit"] == "USD"]
    assert [f["value"] for f in money] == [120_000_000]


def test_a_signing_restated_as_the_document_is_one_agreement(db):
    agreements = _proposals("agreement")
    assert [(a["count"], a["status"]) for a in agreements] == [(1, "signed")]


def test_a_described_delegation_visit_is_proposed_as_an_event(db):
    events = [e["name"] for e in _proposals("event")]
    assert any("delegation" in name for name in events)
