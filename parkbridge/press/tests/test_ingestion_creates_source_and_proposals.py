from parkbridge.core.models import Source
from parkbridge.press.ingestion import content_hash, ingest_text
from parkbridge.press.models import Proposal
from parkbridge.press.resolution import LINK_THRESHOLD
from parkbridge.press.tests.conftest import ARTICLE_EN, ARTICLE_RU


def test_an_ingested_article_is_stored_as_an_article_source_with_its_text_and_hash(registry):
    result = ingest_text(ARTICLE_EN, "great-stone.txt")

    source = Source.objects.get(pk=result.source_id)
    assert result.source_created
    assert source.kind == "article"
    assert source.text == ARTICLE_EN.strip()
    assert source.content_sha256 == content_hash(ARTICLE_EN)
    assert source.language == "en"


def test_every_extracted_fact_becomes_a_pending_proposal_with_its_sentence(registry):
    result = ingest_text(ARTICLE_EN)

    proposals = Proposal.objects.filter(source_id=result.source_id)
    assert proposals.count() == result.new_proposals > 0
    assert set(proposals.values_list("status", flat=True)) == {"pending"}
    for proposal in proposals:
        assert proposal.evidence and proposal.evidence in ARTICLE_EN


def test_the_park_mentioned_in_an_article_is_proposed_as_a_link_to_the_registry_record(registry):
    for text in (ARTICLE_EN, ARTICLE_RU):
        result = ingest_text(text)
        site = Proposal.objects.get(source_id=result.source_id, category="site")
        assert site.action == "link"
        assert site.target == registry
        assert site.confidence >= LINK_THRESHOLD


def test_ingestion_does_not_change_the_registry(registry):
    from parkbridge.organisations.models import Organisation, Person
    from parkbridge.sites.models import Site

    before = (Site.objects.count(), Organisation.objects.count(), Person.objects.count())
    ingest_text(ARTICLE_RU)
    assert (Site.objects.count(), Organisation.objects.count(), Person.objects.count()) == before
