"""An inverted index of marketplace profiles and the top-k matching query.

Built once: BM25 term postings and taxonomy-code postings as CSR arrays (numpy, int32 doc ids,
float32 precomputed BM25 weights), plus one small column per structured field. A query touches
only the postings of its own terms and codes, then scores the candidates with a few vectorised
passes; the Python work per query is proportional to its number of terms, not to the index.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from parkbridge.marketplace_matching.models import (
    COMPATIBILITY,
    CONDITIONS,
    DEALS,
    KINDS,
    Match,
    Profile,
    validate,
)
from parkbridge.marketplace_matching.taxonomy import Taxonomy, chinese_words, expand
from parkbridge.marketplace_matching.text import Analyzer

BM25_K1 = 1.2
BM25_B = 0.75
# Terms found in more than this share of profiles carry almost no signal (low idf) but cost the
# most to score; they are skipped at query time.
MAX_TERM_SHARE = 0.15
HS_LEVEL_WEIGHT = {2: 0.35, 4: 0.8, 6: 1.0}
SECTOR_WEIGHT = 0.6
WEIGHTS = {"taxonomy": 0.45, "text": 0.25, "terms": 0.3}


class Reranker(Protocol):
    """Optional second stage (e.g. a cross-encoder); off by default, interface only."""

    def rerank(self, request: Profile, matches: list[Match]) -> list[Match]: ...


@dataclass(slots=True)
class Postings:
    """CSR: the ids of key i are ids[offsets[i]:offsets[i+1]]."""

    offsets: np.ndarray
    ids: np.ndarray
    weights: np.ndarray | None = None

    def of(self, key: int) -> np.ndarray:
        return self.ids[self.offsets[key] : self.offsets[key + 1]]

    def weights_of(self, key: int) -> np.ndarray:
        assert self.weights is not None
        return self.weights[self.offsets[key] : self.offsets[key + 1]]

    @property
    def nbytes(self) -> int:
        extra = 0 if self.weights is None else self.weights.nbytes
        return self.offsets.nbytes + self.ids.nbytes + extra


def _csr(
    keys: np.ndarray, docs: np.ndarray, n_keys: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Group (key, doc) pairs by key; returns offsets, docs sorted by key then doc, and counts."""
    combined = keys.astype(np.int64) * (1 << 32) + docs.astype(np.int64)
    unique, counts = np.unique(combined, return_counts=True)
    sorted_keys = (unique >> 32).astype(np.int64)
    sorted_docs = (unique & 0xFFFFFFFF).astype(np.int32)
    offsets = np.zeros(n_keys + 1, np.int64)
    np.cumsum(np.bincount(sorted_keys, minlength=n_keys), out=offsets[1:])
    return offsets, sorted_docs, counts


class ProfileIndex:
    def __init__(self) -> None:
        self.analyzer = Analyzer(chinese_words())
        self.taxonomy = Taxonomy(self.analyzer)
        self.profiles: Sequence[Profile] = ()
        self.size = 0

    # ------------------------------------------------------------------ build
    @classmethod
    def build(
        cls,
        profiles: Sequence[Profile],
        progress: Callable[[int], None] | None = None,
    ) -> ProfileIndex:
        """Index `profiles` (validated here). `progress(done)` is called every 10,000."""
        index = cls()
        index._build(profiles, progress)
        return index

    def _build(self, profiles: Sequence[Profile], progress: Callable[[int], None] | None) -> None:
        n = len(profiles)
        self.profiles = profiles
        self.size = n
        terms: dict[str, int] = {}
        codes: dict[str, int] = {}
        term_keys, term_docs = array("i"), array("i")
        code_keys, code_docs = array("i"), array("i")
        kind_ids = {k: i for i, k in enumerate(KINDS)}
        self.kind = np.zeros(n, np.int8)
        self.offers = np.zeros(n, bool)
        self.quantity = np.full(n, np.nan, np.float32)
        self.amount = np.full(n, np.nan, np.float32)
        self.condition = np.full(n, -1, np.int8)
        self.deal = np.full(n, -1, np.int8)
        self.countries: dict[str, int] = {"": 0}
        self.country = np.zeros(n, np.int16)
        lengths = np.zeros(n, np.float32)
        for doc, profile in enumerate(profiles):
            validate(profile)
            tokens = self.analyzer.tokens(f"{profile.title} {profile.description}")
            lengths[doc] = len(tokens)
            for token in tokens:
                term_keys.append(terms.setdefault(token, len(terms)))
                term_docs.append(doc)
            for code in self._codes_of(profile, tokens):
                code_keys.append(codes.setdefault(code, len(codes)))
                code_docs.append(doc)
            self.kind[doc] = kind_ids[profile.kind]
            self.offers[doc] = profile.direction == "offer"
            if profile.quantity is not None:
                self.quantity[doc] = profile.quantity
            if profile.amount_usd is not None:
                self.amount[doc] = profile.amount_usd
            if profile.condition is not None:
                self.condition[doc] = CONDITIONS.index(profile.condition)
            if profile.deal is not None:
                self.deal[doc] = DEALS.index(profile.deal)
            self.country[doc] = self.countries.setdefault(
                profile.country.upper(), len(self.countries)
            )
            if progress is not None and (doc + 1) % 10_000 == 0:
                progress(doc + 1)
        self.terms, self.codes = terms, codes
        self.code_labels = list(codes)
        offsets, docs, tf = _csr(
            np.frombuffer(term_keys, np.int32), np.frombuffer(term_docs, np.int32), len(terms)
        )
        del term_keys, term_docs
        df = np.diff(offsets).astype(np.float64)
        idf = np.log1p((n - df + 0.5) / (df + 0.5)).astype(np.float32)
        average = float(lengths.mean()) if n else 1.0
        norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths[docs] / max(average, 1e-9))
        tf = tf.astype(np.float32)
        key_of_posting = np.repeat(np.arange(len(terms), dtype=np.int32), np.diff(offsets))
        weights = idf[key_of_posting] * tf * (BM25_K1 + 1) / (tf + norm)
        del key_of_posting, norm, tf
        self.term_postings = Postings(offsets, docs, weights.astype(np.float32))
        self.max_df = max(int(n * MAX_TERM_SHARE), 50)
        offsets, docs, _ = _csr(
            np.frombuffer(code_keys, np.int32), np.frombuffer(code_docs, np.int32), len(codes)
        )
        self.code_postings = Postings(offsets, docs)
        if progress is not None:
            progress(n)

    def _codes_of(self, profile: Profile, tokens: Iterable[str]) -> set[str]:
        found = self.taxonomy.codes_in(frozenset(tokens))
        found |= expand([f"hs:{c}" for c in profile.hs_codes])
        found |= {f"sec:{s}" for s in profile.sectors}
        return found

    @property
    def nbytes(self) -> int:
        columns = (self.kind, self.offers, self.quantity, self.amount, self.condition)
        return (
            self.term_postings.nbytes
            + self.code_postings.nbytes
            + sum(c.nbytes for c in columns)
            + self.deal.nbytes
            + self.country.nbytes
        )

    # ------------------------------------------------------------------ query
    def analyse(self, request: Profile) -> tuple[list[str], set[str]]:
        validate(request)
        tokens = self.analyzer.tokens(f"{request.title} {request.description}")
        return tokens, self._codes_of(request, tokens)

    def top_matches(
        self, request: Profile, k: int = 10, reranker: Reranker | None = None
    ) -> list[Match]:
        tokens, request_codes = self.analyse(request)
        n = self.size
        if n == 0 or k <= 0:
            return []
        taxonomy = self._taxonomy_scores(request_codes)
        text = self._text_scores(set(tokens))
        candidates = np.flatnonzero((taxonomy > 0) | (text > 0))
        # Type compatibility: offers answer requests (and back), of a compatible kind.
        compat = np.array(
            [COMPATIBILITY.get((request.kind, kind), 0.0) for kind in KINDS], np.float32
        )
        wants_offers = request.direction == "seek"
        kind_fit = compat[self.kind[candidates]]
        keep = (kind_fit > 0) & (self.offers[candidates] == wants_offers)
        candidates, kind_fit = candidates[keep], kind_fit[keep]
        if candidates.size == 0:
            return []
        tax = taxonomy[candidates]
        txt = text[candidates]
        top_text = float(txt.max())
        txt = txt / top_text if top_text > 0 else txt
        structured = self._structured(request, candidates)
        weights = WEIGHTS if request_codes else {"taxonomy": 0.0, "text": 0.7, "terms": 0.3}
        total = kind_fit * (
            weights["taxonomy"] * tax + weights["text"] * txt + weights["terms"] * structured
        )
        take = min(k, total.size)
        best = np.argpartition(-total, take - 1)[:take]
        best = best[np.argsort(-total[best], kind="stable")]
        from parkbridge.marketplace_matching.reasons import explain

        matches = [
            Match(
                profile_id=self.profiles[int(candidates[i])].id,
                score=float(total[i]),
                breakdown={
                    "kind": float(kind_fit[i]),
                    "taxonomy": float(tax[i]),
                    "text": float(txt[i]),
                    "terms": float(structured[i]),
                },
                reasons=explain(self, request, tokens, request_codes, int(candidates[i])),
            )
            for i in best
        ]
        return reranker.rerank(request, matches) if reranker is not None else matches

    def _taxonomy_scores(self, request_codes: set[str]) -> np.ndarray:
        """Best level at which each profile shares a code with the request, in [0, 1]."""
        scores = np.zeros(self.size, np.float32)
        deepest: dict[str, int] = {}
        for code in request_codes:
            if code.startswith("hs:"):
                chapter = code[3:5]
                deepest[chapter] = max(deepest.get(chapter, 0), len(code) - 3)
        # Shallow levels first so deeper (higher) weights overwrite them.
        for code in sorted(request_codes, key=len):
            key = self.codes.get(code)
            if key is None:
                continue
            if code.startswith("hs:"):
                depth = len(code) - 3
                weight = 1.0 if depth == deepest[code[3:5]] else HS_LEVEL_WEIGHT[depth]
            else:
                weight = SECTOR_WEIGHT
            docs = self.code_postings.of(key)
            scores[docs] = np.maximum(scores[docs], weight)
        return scores

    def _text_scores(self, tokens: set[str]) -> np.ndarray:
        scores = np.zeros(self.size, np.float32)
        postings = self.term_postings
        for token in tokens:
            key = self.terms.get(token)
            if key is None:
                continue
            start, end = postings.offsets[key], postings.offsets[key + 1]
            if end - start > self.max_df:
                continue
            # Doc ids within one term are unique, so fancy-index += is exact here.
            scores[postings.ids[start:end]] += postings.weights[start:end]  # type: ignore[index]
        return scores

    def _structured(self, request: Profile, candidates: np.ndarray) -> np.ndarray:
        """Countries, quantities, condition, deal, amount: each in [0, 1], unknown = 0.5."""
        parts: list[np.ndarray] = []
        if request.target_countries:
            wanted = [self.countries.get(c.upper(), -1) for c in request.target_countries]
            parts.append(np.isin(self.country[candidates], wanted).astype(np.float32))
        for column, mine in ((self.quantity, request.quantity), (self.amount, request.amount_usd)):
            if mine:
                theirs = column[candidates]
                if request.direction == "seek":
                    cover = np.minimum(theirs / mine, 1.0)
                else:
                    cover = np.minimum(mine / np.maximum(theirs, 1e-9), 1.0)
                parts.append(np.where(np.isnan(theirs), 0.5, cover).astype(np.float32))
        for column, mine, values in (
            (self.condition, request.condition, CONDITIONS),
            (self.deal, request.deal, DEALS),
        ):
            if mine is not None:
                theirs = column[candidates]
                same = (theirs == values.index(mine)).astype(np.float32)
                parts.append(np.where(theirs < 0, 0.5, same).astype(np.float32))
        if not parts:
            return np.full(candidates.size, 0.5, np.float32)
        return np.mean(parts, axis=0)


def idf_of(index: ProfileIndex, token: str) -> float:
    key = index.terms.get(token)
    if key is None:
        return 0.0
    df = index.term_postings.offsets[key + 1] - index.term_postings.offsets[key]
    return math.log1p((index.size - df + 0.5) / (df + 0.5))
