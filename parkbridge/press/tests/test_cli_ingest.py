import pytest
from click.testing import CliRunner

from parkbridge.cli.press import ingest
from parkbridge.press.models import IngestionRun, Proposal
from parkbridge.press.tests.conftest import ARTICLE_EN, ARTICLE_RU


@pytest.fixture
def no_migrate(monkeypatch):
    # The test database is migrated already; the command must not migrate it again.
    monkeypatch.setattr("parkbridge.cli.server.prepare_database", lambda load_bundled=True: None)


def test_ingest_reports_proposals_per_category_and_bad_files_on_stderr(
    tmp_path, registry, no_migrate
):
    (tmp_path / "en.txt").write_text(ARTICLE_EN, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(ARTICLE_RU, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "old.txt").write_bytes("Технопарк".encode("cp1251"))

    result = CliRunner().invoke(ingest, [str(tmp_path)])

    assert result.exit_code == 1
    assert "empty.txt: file is empty" in result.stderr
    assert "old.txt: file is not valid UTF-8" in result.stderr
    assert "2 of 4 article(s) ingested" in result.stdout
    assert "site" in result.stdout
    run = IngestionRun.objects.get()
    assert (run.status, run.processed, run.failed) == ("done", 4, 2)
    assert Proposal.objects.filter(run=run).count() == sum(
        v for k, v in run.counts.items() if k not in ("existing", "auto_accepted")
    )


def test_ingesting_the_same_files_again_adds_nothing_and_exits_zero(tmp_path, registry, no_migrate):
    (tmp_path / "en.txt").write_text(ARTICLE_EN, encoding="utf-8")
    CliRunner().invoke(ingest, [str(tmp_path / "en.txt")])
    count = Proposal.objects.count()

    result = CliRunner().invoke(ingest, [str(tmp_path / "en.txt")])

    assert result.exit_code == 0
    assert "New proposals: 0" in result.stdout
    assert Proposal.objects.count() == count
