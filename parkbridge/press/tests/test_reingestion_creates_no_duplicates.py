from parkbridge.core.models import Source
from parkbridge.press.ingestion import ingest_text
from parkbridge.press.models import Proposal
from parkbridge.press.tests.conftest import ARTICLE_EN


def test_ingesting_the_same_text_twice_keeps_one_source_and_one_set_of_proposals(registry):
    first = ingest_text(ARTICLE_EN, "a.txt")
    count = Proposal.objects.count()

    second = ingest_text(ARTICLE_EN, "copy-of-a.txt")

    assert second.source_id == first.source_id
    assert not second.source_created
    assert second.new_proposals == 0
    assert second.existing == count
    assert Source.objects.filter(kind="article").count() == 1
    assert Proposal.objects.count() == count


def test_line_endings_and_surrounding_blank_lines_do_not_make_a_new_article(registry):
    first = ingest_text(ARTICLE_EN)
    again = ingest_text("\n\n" + ARTICLE_EN.replace("\n", "\r\n") + "\n")
    assert again.source_id == first.source_id


def test_extracting_an_article_again_adds_only_facts_not_proposed_before(registry):
    ingest_text(ARTICLE_EN)
    count = Proposal.objects.count()

    result = ingest_text(ARTICLE_EN, reextract=True)

    assert result.new_proposals == 0
    assert Proposal.objects.count() == count


def test_a_reviewed_proposal_is_not_proposed_again_on_reingestion(registry, reviewer):
    from parkbridge.press.review import reject

    ingest_text(ARTICLE_EN)
    reject(Proposal.objects.first(), reviewer)

    ingest_text(ARTICLE_EN, reextract=True)

    assert Proposal.objects.filter(status="pending").count() == Proposal.objects.count() - 1
