"""The words of an article's dateline: "КУРГАН, 9 июля, ФедералПресс.", "ТАШКЕНТ, 22 апреля.
/ТАСС/.", "РИАМО - 21 окт.", "22 АПР, 00:09". The place and the outlet a dateline names, and the
date itself, are neither organisations nor people (SCHEMA: outlets that publish the news)."""

from __future__ import annotations

import re

from parkbridge.extraction.textnorm import norm

_MONTH = (
    r"(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек|jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec)[а-яёa-z]*\.?"
)
_WORDS = r"[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}"
# "<place or outlet>, 9 июля[, 10:15], <outlet>." or "… 9 июля. /<outlet>/." at a line's start.
_DATELINE = re.compile(
    rf"^\s*(?P<before>{_WORDS})\s*(?:,|\s[-–—])\s*\d{{1,2}}\s+{_MONTH}"
    rf"(?:\s*,?\s*\d{{4}})?(?:\s*,?\s*\d{{1,2}}:\d{{2}})?"
    # the outlet after a comma ("…, ФедералПресс.") or in slashes ("… /ТАСС/.")
    rf"(?:\s*,\s*(?P<after>{_WORDS})\s*[.,—–-]|\s*[.,]?\s*/\s*(?P<slashed>{_WORDS})\s*/)?",
    re.I,
)
_DATE_ONLY = re.compile(rf"^\d{{1,2}}\s+{_MONTH}$", re.I)


def dateline_names(body: str, lines: int = 8) -> set[str]:
    """Normalised names the article's dateline gives (its first lines only)."""
    found: set[str] = set()
    seen = 0
    for line in body.splitlines():
        if not line.strip():
            continue
        seen += 1
        if seen > lines:
            break
        m = _DATELINE.match(line[:300])
        if m is None or not (m.group("before").isupper() or "," not in line[: m.end("before") + 2]):
            continue  # "КУРГАН, 9 июля" (a place in capitals) or "РИАМО - 21 окт."
        for group in ("before", "after", "slashed"):
            if m.group(group):
                found.add(norm(m.group(group)))
    return found


def is_dateline_date(name: str) -> bool:
    """'22 АПР': a day and a month, not a name."""
    return _DATE_ONLY.match(name.strip()) is not None
