"""Scoring of predicted article facts against gold files (rules of SCHEMA.md, "Scoring").

Per category and article, gold and predicted items are paired greedily one-to-one, best pair
first: named entities by normalised name (equal, or token-set ratio >= 85, against the gold
name or any alias); figures by value (relative tolerance 1e-6) and unit; agreements by status and
count (null only matches null); targets by value and deadline year. Precision/recall/F1 are
summed over the set; macro F1 averages the categories that have any gold or predicted item.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from parkbridge.extraction.model import CATEGORIES
from parkbridge.extraction.textnorm import norm

ENTITY_CATEGORIES = ("sites", "events", "organizations", "people")
FUZZY_THRESHOLD = 85.0
REL_TOL = 1e-6
GOLD_SUFFIX = ".gold.json"

PairKey = Callable[[dict[str, Any], dict[str, Any]], tuple[float, ...] | None]


def _number(x: Any) -> float | None:
    if x is None or isinstance(x, bool):
        return None
    if isinstance(x, str):
        s = x.strip().replace("\u00a0", "").replace(" ", "")
        if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", s):
            s = s.replace(",", "")
        try:
            x = float(s)
        except ValueError:
            return None
    if not isinstance(x, int | float):
        return None
    v = float(x)
    return v if math.isfinite(v) else None


def _values_equal(a: Any, b: Any) -> bool:
    va, vb = _number(a), _number(b)
    return va is not None and vb is not None and math.isclose(va, vb, rel_tol=REL_TOL)


def _text(x: Any) -> str:
    return "" if x is None else " ".join(str(x).split()).casefold()


def _qualifier(x: Any) -> str:
    return _text(x) or "exact"


def _year(d: Any) -> str | None:
    if d is None or isinstance(d, bool):
        return None
    if isinstance(d, float) and d.is_integer():
        d = int(d)
    s = str(d).strip()
    m = re.search(r"(?<!\d)(\d{4})(?!\d)", s)
    return m.group(1) if m else (s.casefold() or None)


def _entity_key(g: dict[str, Any], p: dict[str, Any]) -> tuple[float, ...] | None:
    pn = norm(p.get("name") if isinstance(p.get("name"), str) else None)
    if not pn:
        return None
    best: tuple[float, ...] | None = None
    for name in [g.get("name"), *(g.get("aliases") or [])]:
        gn = norm(name) if isinstance(name, str) else ""
        if not gn:
            continue
        cand = (100.0, 1.0, 100.0) if gn == pn else (
            float(fuzz.token_set_ratio(pn, gn, processor=None)), 0.0,
            float(fuzz.ratio(pn, gn, processor=None)),
        )  # fmt: skip
        if best is None or cand > best:
            best = cand
    if best is None or (best[1] == 0.0 and best[0] < FUZZY_THRESHOLD):
        return None
    return best


def _measure_similarity(g: dict[str, Any], p: dict[str, Any]) -> float:
    a, b = norm(g.get("measure")), norm(p.get("measure"))
    return float(fuzz.token_set_ratio(a, b, processor=None)) if a and b else 0.0


def _same_scope(g: dict[str, Any], p: dict[str, Any]) -> float:
    return 1.0 if norm(g.get("scope")) == norm(p.get("scope")) else 0.0


def _figure_key(g: dict[str, Any], p: dict[str, Any]) -> tuple[float, ...] | None:
    if not _values_equal(g.get("value"), p.get("value")) or _text(g.get("unit")) != _text(
        p.get("unit")
    ):
        return None
    q = float(_qualifier(g.get("qualifier")) == _qualifier(p.get("qualifier")))
    return (100.0, q, _measure_similarity(g, p), _same_scope(g, p))


def _agreement_key(g: dict[str, Any], p: dict[str, Any]) -> tuple[float, ...] | None:
    if _text(g.get("status")) != _text(p.get("status")):
        return None
    gc, pc = g.get("count"), p.get("count")
    if (gc is None) != (pc is None) or (gc is not None and not _values_equal(gc, pc)):
        return None
    q = float(_qualifier(g.get("qualifier")) == _qualifier(p.get("qualifier")))
    gp = {norm(x) for x in g.get("parties") or [] if isinstance(x, str)} - {""}
    pp = {norm(x) for x in p.get("parties") or [] if isinstance(x, str)} - {""}
    overlap = 1.0 if not gp and not pp else len(gp & pp) / len(gp | pp)
    ge, pe = norm(g.get("event")), norm(p.get("event"))
    ev = float(fuzz.token_set_ratio(ge, pe, processor=None)) if ge and pe else float(ge == pe) * 100
    return (100.0, q, overlap, ev)


def _target_key(g: dict[str, Any], p: dict[str, Any]) -> tuple[float, ...] | None:
    if not _values_equal(g.get("value"), p.get("value")) or _year(g.get("deadline")) != _year(
        p.get("deadline")
    ):
        return None
    u = float(_text(g.get("unit")) == _text(p.get("unit")))
    q = float(_qualifier(g.get("qualifier")) == _qualifier(p.get("qualifier")))
    return (100.0, u, q, _measure_similarity(g, p), _same_scope(g, p))


PAIR_KEYS: dict[str, PairKey] = {
    "sites": _entity_key,
    "events": _entity_key,
    "organizations": _entity_key,
    "people": _entity_key,
    "figures": _figure_key,
    "agreements": _agreement_key,
    "targets": _target_key,
}


def greedy_pairs(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], key: PairKey
) -> list[tuple[int, int]]:
    """One-to-one pairs, best key first; ties by gold then prediction order."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            k = key(g, p)
            if k is not None:
                cands.append((tuple(-x for x in k), gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _items(doc: dict[str, Any], cat: str) -> list[dict[str, Any]]:
    raw = doc.get(cat) or []
    if not isinstance(raw, list):
        return []
    out: list[dict[str, Any]] = []
    for it in raw:
        if isinstance(it, dict):
            out.append(it)
        elif isinstance(it, str) and cat in ENTITY_CATEGORIES:
            out.append({"name": it})
        else:
            out.append({})
    return out


@dataclass
class CategoryScore:
    gold: int = 0
    pred: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def skipped(self) -> bool:
        return self.gold == 0 and self.pred == 0


@dataclass
class ScoreReport:
    categories: dict[str, CategoryScore] = field(
        default_factory=lambda: {c: CategoryScore() for c in CATEGORIES}
    )
    articles: int = 0

    @property
    def macro_f1(self) -> float:
        f1s = [c.f1 for c in self.categories.values() if not c.skipped]
        return sum(f1s) / len(f1s) if f1s else 0.0

    def add(self, gold: dict[str, Any], pred: dict[str, Any]) -> None:
        self.articles += 1
        for cat in CATEGORIES:
            g, p = _items(gold, cat), _items(pred, cat)
            s = self.categories[cat]
            s.gold += len(g)
            s.pred += len(p)
            s.matched += len(greedy_pairs(g, p, PAIR_KEYS[cat]))

    def render(self) -> str:
        lines = [
            f"{'category':<14}{'gold':>6}{'pred':>6}{'match':>7}{'prec':>8}{'rec':>8}{'f1':>8}"
        ]
        for cat, s in self.categories.items():
            tail = "   (skipped)" if s.skipped else ""
            lines.append(
                f"{cat:<14}{s.gold:>6}{s.pred:>6}{s.matched:>7}"
                f"{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{tail}"
            )
        lines.append(f"macro_f1={self.macro_f1:.3f}")
        return "\n".join(lines)


def load_gold(path: Path) -> dict[str, Any]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict):
        raise ValueError(f"{path}: gold file is not a JSON object")
    return doc
