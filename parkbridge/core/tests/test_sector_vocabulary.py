"""One sector vocabulary: words of three languages name one sector, a parent covers its
children, and a word that names nothing gets the closest sectors."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from parkbridge.core.sectors import UnknownSector, vocabulary

BUNDLED_SITES = Path(__file__).resolve().parents[2] / "data" / "sites.csv"


def test_machinery_in_english_russian_and_chinese_is_one_sector():
    vocab = vocabulary()
    words = [
        "machinery",
        "mechanical engineering",
        "машиностроение",
        "机械制造",
        "Machine-building",
    ]
    assert {vocab.resolve(w) for w in words} == {"machinery"}


def test_a_parent_covers_its_children_and_a_child_does_not_cover_its_parent():
    vocab = vocabulary()
    assert vocab.fit("manufacturing", "machinery") == 1.0
    assert "agricultural_machinery" in vocab.descendants("machinery")
    assert vocab.fit("machinery", "manufacturing") < 1.0
    assert vocab.fit("machinery", "logistics") == 0.0


def test_an_unknown_word_is_named_with_the_closest_sectors():
    with pytest.raises(UnknownSector) as refused:
        vocabulary().resolve_all(["logistics", "machinry"])
    assert "machinry" in str(refused.value) and "machinery" in str(refused.value)
    assert list(refused.value.words) == ["machinry"]


def test_every_sector_has_labels_in_three_languages_and_a_known_parent():
    vocab = vocabulary()
    for entry in vocab.entries.values():
        assert all(entry.labels.get(lang) for lang in ("en", "ru", "zh")), entry.code
        assert entry.parent is None or entry.parent in vocab.entries, entry.code


def test_every_sector_word_of_the_bundled_sites_maps_to_a_sector():
    with BUNDLED_SITES.open(encoding="utf-8", newline="") as handle:
        words = [w for row in csv.DictReader(handle) for w in row["sectors"].split(";") if w]
    assert words and vocabulary().unmapped(words) == {}


def test_the_api_resolves_a_word_and_lists_the_vocabulary(api):
    found = api.get("/api/sectors/resolve", {"word": "машиностроение"}).json()
    assert found["code"] == "machinery" and "agricultural_machinery" in found["covers"]
    refused = api.get("/api/sectors/resolve", {"word": "machinry"})
    assert refused.status_code == 422 and "machinery" in str(refused.json())
    entries = api.get("/api/sectors/vocabulary").json()
    machinery = next(e for e in entries if e["code"] == "machinery")
    assert machinery["isic"] == ["28"] and "机械制造" in machinery["synonyms"]["zh"]
