"""English names that look like organisations but are not ones SCHEMA.md counts.

A body's own governing or working units ("the Board of Directors", "WAIPA's Office in
Africa", "Legal Department of the Port", "Management Committee") are parts of the body the
article names, and a capitalised title ("Trade Minister", "Special Envoy of the
Council") is a person's role.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from parkbridge.extraction.textnorm import norm

_OWNER = r"(?:(?:the\s+)?[\w&.'’-]+(?:\s+[\w&.'’-]+){0,3}['’]s?\s+)?"
_GOVERNING = (
    r"board\s+of\s+(?:directors|commissioners|trustees|governors|management|supervisors)"
    r"|(?:management|executive|steering|organi[sz]ing|technical|advisory|supervisory|audit"
    r"|administrative)\s+(?:committee|board|council)"
    # A party's committee in a body or a zone ("Party Working Committee"): SCHEMA counts no
    # party or government organs.
    r"|(?:\w+\s+)?party\s+(?:working\s+)?committee"
    r"|(?:technical|marketing|legal|finance|financial|media|planning|investment\s+promotion"
    r"|public\s+relations|human\s+resources|administrative)\s+(?:department|division|section|unit)"
)
_INTERNAL_UNIT = re.compile(rf"^{_OWNER}(?:{_GOVERNING})(?:\s+(?:of|at|in)\s+.*)?$", re.I)
# "the agency's Office in East Africa", "the park's Department of Planning": a possessive owner
# before a sub-unit head.
_OWNED_UNIT = re.compile(
    r"^(?:the\s+)?[\w&.'’-]+(?:\s+[\w&.'’-]+){0,3}['’]s?\s+(?:office|department|division|unit"
    r"|branch|secretariat|board|committee)\b",
    re.I,
)
_TITLE = re.compile(
    r"^(?:special\s+envoy|envoy|special\s+representative|trade\s+commissioner)\b"
    r"|^(?:[\w&'’-]+\s+){1,3}(?:minister|secretary|envoy|ambassador|commissioner)$",
    re.I,
)


def is_unit_or_title(name: str) -> bool:
    """Whether an English organisation name is a body's internal unit or a person's title."""
    s = name.strip()
    return bool(_INTERNAL_UNIT.match(s) or _OWNED_UNIT.match(s) or _TITLE.match(s))


# "State of Nuevo Leon", "Province of Ontario", "the Emirate of Ajman": a place written as its
# administrative unit (SCHEMA: regions are places, not organisations).
_PLACE_UNIT = re.compile(
    r"^(?:the\s+)?(?:State|Province|Region|Emirate|Governorate|Oblast|Krai|County|Prefecture"
    r"|Canton|Department|Municipality)\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$"
)


# "Tanger-Tetouan Regional Council", "Sindh Provincial Government": a region's or a city's own
# government or council (SCHEMA: a regional administration is a place).
_PLACE_GOVERNMENT = re.compile(
    r"\b(?:Regional|Provincial|Municipal|City|District|County|Prefectural)\s+"
    r"(?:Council|Government|Administration)$"
)


def is_place_unit(name: str) -> bool:
    s = name.strip()
    return bool(_PLACE_UNIT.match(s) or _PLACE_GOVERNMENT.search(s))


_HONORIFIC_WORDS = {"h", "e", "he", "hh", "dr", "mr", "mrs", "ms", "eng", "engr", "prof", "his",
                    "her", "excellency", "highness", "majesty", "sheikh", "sayyid"}  # fmt: skip
_OFFICE_OF_A_ROLE = re.compile(
    r"^(?:the\s+)?Office\s+of\s+(?:the\s+)?(?:Governor|President|Prime\s+Minister|Chief\s+Minister"
    r"|Mayor|Vice\s+President|Deputy\s+Prime\s+Minister)$",
    re.I,
)


@cache
def _words_of(file: str) -> frozenset[str]:
    lines = (Path(__file__).with_name("data") / file).read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


def is_not_a_body(name: str) -> bool:
    """A capitalised name that is no organisation: its last word makes it a document, period,
    indicator, plan or transport work (data/non_body_heads_en.txt), or it is a department or a
    sector made only of business-function or sector words (data/business_functions_en.txt,
    data/sectors_en.txt)."""
    words = norm(name).split()
    if not words:
        return False
    if words[-1] in _words_of("non_body_heads_en.txt"):
        return True
    if all(w in _HONORIFIC_WORDS for w in words) or _OFFICE_OF_A_ROLE.match(name.strip()):
        return True  # "H.E. Dr", "Office of the Governor": a person's style or office
    # "Pharmaceutical Industry", "Food and Beverages": a sector (data/sectors_en.txt).
    return all(
        w in _words_of("business_functions_en.txt") or w in _words_of("sectors_en.txt")
        for w in words
    )
