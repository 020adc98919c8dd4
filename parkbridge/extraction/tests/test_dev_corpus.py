"""The shared dev corpus, when this checkout has it beside it (skipped otherwise)."""

from pathlib import Path

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.scoring import ScoreReport, load_gold

DEV = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "dev"
if not DEV.is_dir():
    DEV = Path("/work/shared/corpus/dev")


@pytest.mark.skipif(not DEV.is_dir(), reason="shared dev corpus not present")
def test_dev_corpus_macro_f1_is_at_least_085() -> None:
    report = ScoreReport()
    for gold_path in sorted(DEV.glob("*.gold.json")):
        text = (DEV / (gold_path.name[: -len(".gold.json")] + ".txt")).read_text(encoding="utf-8")
        report.add(load_gold(gold_path), extract_article(text).to_json())
    assert report.macro_f1 >= 0.85, report.render()
