from parkbridge.press.ingestion import ingest_text
from parkbridge.press.models import Proposal
from parkbridge.press.tests.conftest import ARTICLE_RU
from parkbridge.sites.models import Site


def test_by_default_nothing_enters_the_registry_without_review(registry):
    ingest_text(ARTICLE_RU)
    assert not Proposal.objects.exclude(status="pending").exists()


def test_confident_links_are_applied_automatically_above_the_threshold(registry, settings):
    settings.PARKBRIDGE_AUTO_ACCEPT_CONFIDENCE = 0.9

    result = ingest_text(ARTICLE_RU)

    auto = Proposal.objects.filter(status="auto_accepted")
    assert result.auto_accepted == auto.count() >= 1
    assert all(p.action == "link" and p.confidence >= 0.9 for p in auto)
    assert all(p.reviewer is None and p.result is not None for p in auto)
    site_link = auto.get(category="site")
    assert site_link.result == registry
    # The article's Russian spelling is remembered on the record.
    assert any("Великий камень" in a for a in Site.objects.get(pk=registry.pk).aliases)
    # New records are never created without a reviewer.
    assert not Proposal.objects.filter(action="create").exclude(status="pending").exists()


def test_links_below_the_threshold_wait_for_review(registry, settings):
    settings.PARKBRIDGE_AUTO_ACCEPT_CONFIDENCE = 1.0
    ingest_text(ARTICLE_RU)
    assert not Proposal.objects.filter(status="auto_accepted", confidence__lt=1.0).exists()
