"""Date and date-range grammar for English, Russian and Chinese news text.

Handles single dates and ranges with the month written once ("September 3-6, 2024",
"18–19 августа", "2024年9月3日至6日") or twice ("May 30 to June 2"). A missing year is filled
from ``default_year`` (the article's date line) when the caller has one, else the mention is
kept without ISO dates, because a day without a year cannot be placed on a calendar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

EN_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Russian month stems cover nominative ("август"), genitive ("августа") and prepositional
# ("августе") forms.
RU_MONTH_STEMS: list[tuple[str, int]] = [
    ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("ма", 5), ("июн", 6),
    ("июл", 7), ("август", 8), ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
]  # fmt: skip

# Datelines abbreviate months: "5 июл", "28 мар.", "3 сент".
_RU_MONTH_ABBREVIATIONS = {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7,
                           "авг": 8, "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11,
                           "дек": 12}  # fmt: skip
_EN_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_RU_MONTH = r"(?:январ[яеь]|феврал[яеь]|марта?|марте|апрел[яеь]|ма[яей]|июн[яеь]|июл[яеь]|августа?|августе|сентябр[яеь]|октябр[яеь]|ноябр[яеь]|декабр[яеь]|(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\.?(?![а-яё]))"
_DASH = r"\s*(?:-|–|—|to|until|till|through|по|до|и|and)\s*"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:19|20)\d{2}"

# Each pattern names its groups d1, m1, d2, m2, y (some optional).
_PATTERNS: list[re.Pattern[str]] = [
    re.compile(rf"\b(?P<y>{_YEAR})-(?P<m1>0[1-9]|1[0-2])-(?P<d1>[0-2]\d|3[01])\b"),
    re.compile(rf"\b(?P<d1>{_DAY})\.(?P<m1>0[1-9]|1[0-2])\.(?P<y>{_YEAR})\b"),
    # May 30 to June 2, 2024 / September 3-6, 2024 / September 6, 2024
    re.compile(
        rf"\b(?:from\s+)?(?P<m1>{_EN_MONTH})\s+(?P<d1>{_DAY})(?:st|nd|rd|th)?"
        rf"(?:{_DASH}(?:(?P<m2>{_EN_MONTH})\s+)?(?P<d2>{_DAY})(?:st|nd|rd|th)?)?"
        rf"(?:,?\s+(?P<y>{_YEAR}))?\b",
        re.I,
    ),
    # 3-6 September 2024 / 30 May - 2 June / 14 августа 2024 / 18–19 августа
    re.compile(
        rf"\b(?:from\s+|с\s+)?(?P<d1>{_DAY})(?:\s+(?P<m1>{_EN_MONTH}|{_RU_MONTH}))?"
        rf"{_DASH}(?P<d2>{_DAY})\s+(?P<m2>{_EN_MONTH}|{_RU_MONTH})(?:,?\s+(?P<y>{_YEAR}))?",
        re.I,
    ),
    re.compile(
        rf"\b(?P<d1>{_DAY})\s+(?P<m1>{_EN_MONTH}|{_RU_MONTH})(?:,?\s+(?P<y>{_YEAR}))?",
        re.I,
    ),
    # 2024年9月3日至6日 / 9月3日-9月6日 / 2024年5月
    re.compile(
        r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m1>1[0-2]|0?[1-9])月(?P<d1>[12]\d|3[01]|0?[1-9])[日号]"
        r"(?:\s*(?:至|到|-|–|—|~)\s*(?:(?P<m2>1[0-2]|0?[1-9])月)?(?P<d2>[12]\d|3[01]|0?[1-9])[日号])?"
    ),
]


@dataclass(frozen=True)
class DateMention:
    """A date or range found in text; ``start``/``end`` are ISO strings or None without year."""

    start: str | None
    end: str | None
    begin: int
    finish: int
    has_year: bool
    text: str


def month_number(token: str) -> int | None:
    """Month number of an English or Russian month name or a numeric month."""
    t = token.strip().rstrip(".").lower()
    if t.isdigit():
        n = int(t)
        return n if 1 <= n <= 12 else None
    if t in EN_MONTHS:
        return EN_MONTHS[t]
    for stem, n in RU_MONTH_STEMS:
        if t.startswith(stem) and len(t) - len(stem) <= (2 if stem != "ма" else 1):
            return n
    return _RU_MONTH_ABBREVIATIONS.get(t)


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None or month is None or day is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str, default_year: int | None = None) -> list[DateMention]:
    """All date mentions, left to right, non-overlapping (earlier patterns win)."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            g = m.groupdict()
            m1 = month_number(g["m1"]) if g.get("m1") else None
            m2 = month_number(g["m2"]) if g.get("m2") else None
            if m1 is None and m2 is None:
                continue
            if m1 is None:
                m1 = m2
            if m2 is None:
                m2 = m1
            d1 = int(g["d1"])
            d2 = int(g["d2"]) if g.get("d2") else None
            year = int(g["y"]) if g.get("y") else None
            has_year = year is not None
            y = year if year is not None else default_year
            start = _iso(y, m1, d1)
            end = _iso(y, m2, d2) if d2 is not None else start
            if start and end and end < start:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(start, end, m.start(), m.end(), has_year, m.group(0)))
    found.sort(key=lambda d: d.begin)
    return found


def find_full_date(text: str) -> str | None:
    """The first date with an explicit year in ``text`` (used for date lines)."""
    for d in find_dates(text):
        if d.has_year and d.start:
            return d.start
    return None
