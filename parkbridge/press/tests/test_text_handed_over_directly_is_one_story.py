"""Text handed over directly — `parkbridge ingest` files and the API's JSON text — follows the
same one-story rule as feeds, pages and file uploads: another outlet's reprint of a story
already read becomes a copy of that article and proposes nothing again."""

from __future__ import annotations

from click.testing import CliRunner

from parkbridge.cli.press import ingest
from parkbridge.press.ingestion import ingest_text
from parkbridge.press.models import Article, ArticleCopy, Proposal
from parkbridge.press.tests import stories


def test_a_reprint_ingested_as_text_is_a_copy_of_the_story_and_proposes_nothing(registry):
    first = ingest_text(stories.AGENCY_STORY, "agency.txt")
    proposals = Proposal.objects.count()
    assert first.source_created and first.new_proposals == proposals > 0

    again = ingest_text(stories.reprint(stories.AGENCY_STORY), "portal.txt")

    assert again.outcome == "reprints" and again.source_id == first.source_id
    assert again.new_proposals == 0 and Proposal.objects.count() == proposals
    assert Article.objects.count() == 1 and ArticleCopy.objects.count() == 2


def test_a_different_story_ingested_as_text_is_a_new_article(registry):
    ingest_text(stories.AGENCY_STORY, "agency.txt")
    other = ingest_text(stories.ZONE_STORY, "zone.txt")
    assert other.outcome in ("", "not_relevant") and other.source_created
    assert Article.objects.count() == 2


def test_the_cli_says_how_many_files_were_reprints(tmp_path, registry, monkeypatch):
    monkeypatch.setattr("parkbridge.cli.server.prepare_database", lambda load_bundled=True: None)
    (tmp_path / "a-agency.txt").write_text(stories.AGENCY_STORY, encoding="utf-8")
    (tmp_path / "b-portal.txt").write_text(stories.reprint(stories.AGENCY_STORY), encoding="utf-8")
    result = CliRunner().invoke(ingest, [str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "reprints of a story already read (kept as copies): 1" in result.stdout
    assert Article.objects.count() == 1


def test_a_reprint_sent_as_json_text_finishes_at_once_as_a_reprint(reviewer_api, registry):
    reviewer_api.post("/api/press/articles", {"text": stories.AGENCY_STORY})
    proposals = Proposal.objects.count()
    run = reviewer_api.post(
        "/api/press/articles", {"text": stories.reprint(stories.AGENCY_STORY)}
    ).json()
    assert run["status"] == "done" and run["counts"]["reprints"] == 1
    assert run["counts"]["existing"] == proposals == Proposal.objects.count()
    assert Article.objects.count() == 1
