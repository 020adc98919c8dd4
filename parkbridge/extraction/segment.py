"""Article preparation, language detection and sentence/token segmentation.

Sentences come from ``razdel`` (rule-based, shipped with natasha) for Latin and Cyrillic text and
from end punctuation for Chinese. Before splitting, glued sentences ("added.The") are separated
and URLs are removed: both are common in scraped news and break the grammar downstream.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from razdel import sentenize

from parkbridge.extraction.dates import find_full_date
from parkbridge.extraction.textnorm import is_cjk

_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.I)
_GLUED_RE = re.compile(
    r"(?<=[a-zа-яё0-9][.!?])(?=[\"“«]?[A-ZА-ЯЁ])|(?<=[a-zа-яё][.!?][\"”»])(?=[A-ZА-ЯЁ])"
)
_ZH_SENT_RE = re.compile(r"[^。！？；!?]+[。！？；!?]?")
_TOKEN_RE = re.compile(
    r"\d+(?:[.,:]\d+)*(?:%)?|[^\W_]+(?:[-–'’.][^\W_]+)*(?:['’]s)?|[“”«»\"„]|[^\w\s]",
    re.UNICODE,
)
# Date-line prefixes: "date 2024-09-06", "VLADIVOSTOK, September 6. /TASS/." and bylines.
_DATELINE_RE = re.compile(
    r"^\s*(?:date\s+\S+\s+)?(?:[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]+,\s+[^./]{1,40}?\.\s*/[^/\n]{1,30}/\.?\s*)?"
)
_AGENCY_RE = re.compile(r"/[A-Za-zА-Яа-яЁё .-]{2,30}/\.?")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    text: str
    index: int

    def tokens(self) -> list[Token]:
        return tokenize(self.text)


@dataclass(frozen=True)
class PreparedArticle:
    """The body to analyse, the header (date line / byline) and what they tell."""

    header: str
    body: str
    published: str | None
    language: str


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def detect_language(text: str) -> str:
    """'zh', 'ru' or 'en' by the dominant script among letters (other Latin text counts as en)."""
    cjk = cyr = lat = 0
    for ch in text:
        if is_cjk(ch):
            cjk += 1
        elif "\u0400" <= ch <= "\u04ff":
            cyr += 1
        elif ch.isascii() and ch.isalpha():
            lat += 1
    # A CJK character carries about as much as three Latin letters.
    if cjk * 3 > max(cyr, lat):
        return "zh"
    return "ru" if cyr > lat else "en"


def prepare(text: str) -> PreparedArticle:
    """Split off the header, find the publication date there, detect the body's language."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = text.split("\n")
    first_idx = next((i for i, line in enumerate(lines) if line.strip()), None)
    header, body_lines = "", lines
    published = None
    if first_idx is not None:
        first = lines[first_idx]
        published = find_full_date(first[:160])
        has_more = any(line.strip() for line in lines[first_idx + 1 :])
        if published and len(first.strip()) <= 160 and has_more:
            # A short first line with a full date is a date line / byline: not body text.
            header, body_lines = first, lines[first_idx + 1 :]
        else:
            m = _DATELINE_RE.match(first)
            cut = m.end() if m else 0
            if published is None and cut:
                published = find_full_date(first[:cut])
            header = first[:cut]
            body_lines = [first[cut:]] + lines[first_idx + 1 :]
    body = "\n".join(body_lines)
    body = _URL_RE.sub(" ", body)
    body = _AGENCY_RE.sub(" ", body)
    body = _GLUED_RE.sub(" ", body)
    return PreparedArticle(header, body, published, detect_language(body))


def split_sentences(body: str, language: str) -> list[Sentence]:
    """Sentences of the body; paragraphs and headlines (lines) always end a sentence."""
    out: list[Sentence] = []
    for para in body.split("\n"):
        para = para.strip()
        if not para or set(para) <= set("*-=_ "):
            continue
        if language == "zh":
            parts = [m.group(0).strip() for m in _ZH_SENT_RE.finditer(para)]
        else:
            parts = [s.text.strip() for s in sentenize(para)]
        for p in parts:
            if p:
                out.append(Sentence(p, len(out)))
    return out
