"""Sentence-level grammars for agreements and targets, built on the figure grammar."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parkbridge.extraction.quantities import FigureMention

_AGREEMENT_RE = re.compile(
    r"\b(?:agreements?|memorand(?:um|a|ums)|MoUs?|contracts?|accords?|deals?|road\s?maps?"
    r"|protocols?|documents?|letters?\s+of\s+intent)\b"
    r"|соглашени\w*|меморандум\w*|договор\w*|контракт\w*|протокол\w*|документ\w*"
    r"|дорожн\w*\s+карт\w*"
    r"|协议|协定|备忘录|合同|文件|路线图",
    re.I,
)
_SIGNED_RE = re.compile(
    r"\b(?:signed|sign|signing|inked|concluded|conclude)\b|подпис\w*|заключ\w*|签署|签订|签约|签下",
    re.I,
)
_PLANNED_RE = re.compile(
    r"\b(?:planned|plans?|will|expected|expects|intends?|going to|upcoming|scheduled|"
    r"to be signed|are to be|is to be|(?-i:may|could))\b"
    r"|планир\w*|будут|будет|ожида\w*|намерен\w*|предполага\w*|планах"
    r"|将|计划|拟|预计|有望",
    re.I,
)
_DEADLINE_RES = [
    re.compile(r"\b(?:by|until|till|through)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d{2})\b", re.I),
    re.compile(r"(?:\bк|\bдо)\s+(?:концу\s+|конца\s+)?((?:19|20)\d{2})\s*(?:г\b|г\.|год)", re.I),
    re.compile(r"(?:到|至|在)((?:19|20)\d{2})年"),
]


def mentions_agreement(sentence: str) -> bool:
    """Cheap pre-filter: does the sentence name an agreement-like document at all?"""
    return _AGREEMENT_RE.search(sentence) is not None


@dataclass(frozen=True)
class AgreementMention:
    count: int | None
    qualifier: str | None
    status: str
    parties: list[str]


@dataclass(frozen=True)
class TargetMention:
    figure: FigureMention
    deadline: str


def find_agreements(
    sentence: str, figures: list[FigureMention], names: list[str]
) -> list[AgreementMention]:
    """One agreement per statement of a signing: nouns within a few words are one statement."""
    out: list[AgreementMention] = []
    groups: list[tuple[int, int]] = []
    for m in _AGREEMENT_RE.finditer(sentence):
        if groups and m.start() - groups[-1][1] < 25:
            groups[-1] = (groups[-1][0], m.end())
        else:
            groups.append((m.start(), m.end()))
    for start, end in groups:
        # The statement is the clause around the noun: up to ';' or a sentence-level comma+and.
        lo = max(sentence.rfind(";", 0, start), sentence.rfind(", and", 0, start), -1) + 1
        hi_candidates = [
            i for i in (sentence.find(";", end), sentence.find(", and", end)) if i >= 0
        ]
        hi = min(hi_candidates) if hi_candidates else len(sentence)
        clause = sentence[lo:hi]
        if not _SIGNED_RE.search(clause):
            continue
        planned = bool(_PLANNED_RE.search(clause))
        count = qualifier = None
        for f in figures:
            if f.unit == "count" and f.end <= start and start - f.end <= 40 and f.begin >= lo:
                count, qualifier = int(f.value), f.qualifier
            elif f.unit == "count" and count is None and 0 <= f.begin - end <= 2:
                count, qualifier = int(f.value), f.qualifier  # Chinese order: "协议68项"
        parties = [n for n in names if n and n in clause]
        out.append(AgreementMention(count, qualifier, "planned" if planned else "signed", parties))
    return out


def find_targets(sentence: str, figures: list[FigureMention]) -> list[TargetMention]:
    """A figure followed by a deadline ('at least 100 by 2030', 'не менее 100 к 2030 году')."""
    out: list[TargetMention] = []
    for rx in _DEADLINE_RES:
        for m in rx.finditer(sentence):
            before = [f for f in figures if f.end <= m.start()]
            after = [f for f in figures if f.begin >= m.end()]
            fig = before[-1] if before else (after[0] if after else None)
            if fig is not None:
                out.append(TargetMention(fig, m.group(1)))
    return out
