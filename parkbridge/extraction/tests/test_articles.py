"""The project's own articles (EN, RU, ZH) with hand-made expected facts."""

import json
from pathlib import Path

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.model import CATEGORIES
from parkbridge.extraction.scoring import ScoreReport, load_gold

ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_each_article_yields_the_schema_shape_and_its_language(path: Path) -> None:
    doc = extract_article(path.read_text(encoding="utf-8")).to_json()
    gold = load_gold(path.with_name(path.stem + ".gold.json"))
    assert list(doc) == ["published", "language", *CATEGORIES]
    assert doc["language"] == gold["language"]
    assert doc["published"] == gold["published"]
    json.dumps(doc)  # serialisable


def test_own_articles_score_above_the_quality_bar() -> None:
    report = ScoreReport()
    for path in ARTICLES:
        gold = load_gold(path.with_name(path.stem + ".gold.json"))
        report.add(gold, extract_article(path.read_text(encoding="utf-8")).to_json())
    assert report.macro_f1 >= 0.85, report.render()


def test_evidence_is_hidden_by_default_and_available_on_request() -> None:
    text = ARTICLES[0].read_text(encoding="utf-8")
    facts = extract_article(text)
    plain, with_evidence = facts.to_json(), facts.to_json(evidence=True)
    assert all("evidence" not in item for cat in CATEGORIES for item in plain[cat])
    for cat in CATEGORIES:
        for item in with_evidence[cat]:
            assert item["evidence"] and item["evidence"] in " ".join(text.split()), item
