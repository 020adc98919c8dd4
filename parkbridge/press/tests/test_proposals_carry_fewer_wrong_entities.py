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


DOMESTIC_VISIT = """date 2025-06-02 https://news.example.org/kazan-plant

MOSCOW, June 2. The prime minister will be on a working visit to Kazan on June 4, where he \
will open the second line of the Volga Tractor Plant in the Kama Technopark, an industrial park \
that has attracted $40 million of investment from 12 resident companies.
"""

CHINESE_BYLINE = """2025-06-02

（记者王晓东）国家主席习近平对哈萨克斯坦进行国事访问期间，双方签署了合作协议。
"""


def test_a_working_visit_inside_one_country_is_not_proposed_as_an_event(db):
    result = ingest_text(DOMESTIC_VISIT, "kazan.txt")
    assert result.outcome != "not_relevant"
    proposals = Proposal.objects.filter(source_id=result.source_id)
    assert proposals.filter(category="site").exists()  # the article was read
    events = proposals.filter(category="event")
    assert not any("visit" in p.extracted.get("name", "") for p in events)


def test_a_chinese_reporter_in_brackets_is_not_proposed_but_the_president_is(db):
    result = ingest_text(CHINESE_BYLINE, "zh.txt")
    assert result.outcome != "not_relevant"
    people = [
        p.extracted.get("name")
        for p in Proposal.objects.filter(source_id=result.source_id, category="person")
    ]
    assert "王晓东" not in people
    assert "习近平" in people
