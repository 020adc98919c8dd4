"""Is an article about industrial cooperation? A score from 0 to 1 with its reasons.

The keywords (English, Russian, Chinese) are data: ``data/relevance_keywords.json``. Each topic
(parks, zones, forums, investment, agreements, cooperation) counts once with its weight, so a
long article that repeats "investment" is not more relevant than a short one about a
technopark. An article below the threshold is kept and marked, not extracted; a reviewer can
override that. No Django.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

KEYWORDS_FILE = Path(__file__).with_name("data") / "relevance_keywords.json"


@dataclass(frozen=True)
class Topic:
    name: str
    weight: float
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (keyword as written, pattern)


@dataclass(frozen=True)
class Relevance:
    score: float
    relevant: bool
    reasons: tuple[str, ...]  # "parks: technopark, industrial park"


def _pattern(keyword: str, language: str) -> re.Pattern[str]:
    if language == "zh":
        return re.compile(re.escape(keyword))
    parts = []
    for word in keyword.split():
        stem = re.escape(word.rstrip("*"))
        parts.append(stem + (r"\w*" if word.endswith("*") else ""))
    # Acronyms (SEZ, ОЭЗ, MoU) match in their case only; other words in any case.
    flags = 0 if keyword.rstrip("*").isupper() else re.IGNORECASE
    return re.compile(r"(?<!\w)" + r"[\s\-]+".join(parts) + r"(?!\w)", flags)


@lru_cache(maxsize=4)
def load_topics(path: Path = KEYWORDS_FILE) -> tuple[float, tuple[Topic, ...]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    topics = []
    for name, spec in data["topics"].items():
        patterns = tuple(
            (keyword, _pattern(keyword, language))
            for language in ("en", "ru", "zh")
            for keyword in spec.get(language, [])
        )
        topics.append(Topic(name=name, weight=float(spec["weight"]), patterns=patterns))
    return float(data["threshold"]), tuple(topics)


def assess(text: str, title: str = "") -> Relevance:
    """The article's relevance: the weights of the topics it mentions, capped at 1."""
    threshold, topics = load_topics()
    haystack = f"{title}\n{text}"
    score = 0.0
    reasons: list[str] = []
    for topic in topics:
        found = [kw for kw, pattern in topic.patterns if pattern.search(haystack)]
        if found:
            score += topic.weight
            shown = ", ".join(dict.fromkeys(kw.replace("*", "") for kw in found[:4]))
            reasons.append(f"{topic.name}: {shown}")
    score = round(min(score, 1.0), 3)
    return Relevance(score=score, relevant=score >= threshold, reasons=tuple(reasons))
