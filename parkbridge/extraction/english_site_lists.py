"""English sites named in a list that shares one plural kind phrase, and quoted names before a
kind phrase.

"the Daraband, Hattar and Rashakai Special Economic Zones" names three zones: the kind phrase in
the plural distributes over the listed names (a rule of English coordination, not of one
article). Each listed name becomes "<Name> <kind phrase in the singular>". A name that is a
country or a nationality ("Chinese, Russian and Indian industrial parks") is a description, not
a list of names.

'the "Agro-City" special economic zone': a quoted name before a lower-case kind phrase is the
site's name with its kind (translations from Russian, Mongolian or Kazakh write names so).
"""

from __future__ import annotations

import re
from functools import lru_cache

from parkbridge.extraction.gazetteer import Gazetteer
from parkbridge.extraction.lexicon import EN_STOP_CAPS, SITE_HEADS_EN
from parkbridge.extraction.mentions import Mention
from parkbridge.extraction.textnorm import norm

_DESCRIPTIVE = {"central", "northern", "southern", "eastern", "western", "new", "national",
                "regional", "local", "other", "several", "both", "all", "existing", "major",
                "private", "public", "state", "special", "economic", "free", "industrial"}  # fmt: skip
# A listed name's words are not kind words: "Rashakai Special Economic Zones" lists "Rashakai".
_KIND_WORDS = {"special", "economic", "free", "trade", "industrial", "technology", "science",
               "export", "processing", "development", "high-tech", "innovation"}  # fmt: skip
_PLURAL_ENDS = {"zone": "zones", "park": "parks", "technopark": "technoparks", "city": "cities",
                "cluster": "clusters", "estate": "estates", "corridor": "corridors"}  # fmt: skip


@lru_cache(maxsize=1)
def _kind_phrases() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The plural kind phrases, the quoted-name pattern and singular phrase -> kind."""
    singular: dict[str, str] = {}
    for seq, kind in SITE_HEADS_EN:
        if seq[-1] in _PLURAL_ENDS and len(seq) >= 2:
            singular[" ".join(seq)] = kind
    words = sorted(singular, key=len, reverse=True)

    def plural(p: str) -> str:
        *head, last = p.split()
        return r"\s+".join([*map(re.escape, head), _PLURAL_ENDS[last]])

    plurals = "|".join(plural(p) for p in words)
    singulars = "|".join(r"\s+".join(map(re.escape, p.split())) for p in words)
    heads = re.compile(rf"(?<=\s)(?P<head>(?i:{plurals}))\b")
    quoted = re.compile(
        rf"[\"“«](?P<name>[A-Z][^\"”»]{{1,40}})[\"”»]\s+(?P<head>(?i:{singulars}))\b"
    )
    return heads, quoted, singular


def _singular(head: str) -> str:
    words = head.split()
    last = words[-1]
    for one, many in _PLURAL_ENDS.items():
        if last.casefold() == many:
            cut = len(many) - len(one)
            words[-1] = last[: len(last) - cut] if one != "city" else last[:-3] + "y"
            break
    return " ".join(words)


_WORD = re.compile(r"[A-Z][\w'’-]*$")


def _listed_before(text: str) -> list[str]:
    """The names of "A, B and C " that ``text`` ends with (each one to three capitalised
    words), read backwards word by word so a long capitalised run costs linear time."""
    tokens = re.findall(r"[^\s,]+|,", text[-400:])
    items: list[list[str]] = [[]]
    joined = False  # the last item has been closed by "and"
    for tok in reversed(tokens):
        word = tok.casefold()
        if (
            _WORD.match(tok)
            and len(items[-1]) < 3
            and word not in _KIND_WORDS | _PLURAL_ENDS.keys()
        ):
            items[-1].insert(0, tok)
        elif tok == "and" and items[-1] and not joined and len(items) == 1:
            items.append([])
            joined = True
        elif tok == "," and joined and items[-1]:
            items.append([])
        elif tok == "," and joined and len(items) == 2:
            continue  # the serial comma of "A, B, and C"
        else:
            break
    if not items[-1]:
        items.pop()
    return [" ".join(x) for x in reversed(items)] if joined and len(items) >= 2 else []


def _without_leading_stop_words(words: list[str]) -> list[str]:
    """'The Daraband' -> 'Daraband': a capitalised article or preposition is no part of a name."""
    while words and norm(words[0]) in EN_STOP_CAPS:
        words = words[1:]
    return words


def _a_name(item: str, gaz: Gazetteer) -> str | None:
    words = item.split()
    words = _without_leading_stop_words(words)
    name = " ".join(words)
    if not name or re.search(r"['’]s?$", name):
        return None  # "Al-Ahsa and Taif's industrial cities": places the sites are in
    if any(gaz.country(w) or norm(w) in _DESCRIPTIVE for w in words):
        return None  # "Latin American and Central free trade zones": kinds of zone
    return name


# What opens an enumeration after a plural kind phrase: "six zones: A, B and C", "parks such as
# A, B and C", "zones in X — at A, B and C", "seven parks - A, B and C - are operating". Not
# "in": "free zones in A, B and C" names the places the zones are in.
_OPENER = re.compile(
    r"(?:\s+\([A-Z]{2,6}s?\))?(?:\s+(?:in|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
    r"(?:\s+(?:are|were|is|currently))*"
    r"(?:\s*:|\s+(?:such\s+as|including|namely)|\s+[—–-](?:\s+at)?)\s+"
)
_ACRONYMS = re.compile(r"(?<=\s)(?P<head>(?:SEZ|FEZ|FTZ|EPZ|KEK|SIZ)s)\b")
_ITEM = re.compile(
    r"(?:\(\d{1,2}\)\s*)?[\"“]?(?P<item>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})[\"”]?"
)
_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _enumerated_after(text: str) -> list[str]:
    """The names of "A, B and C" that ``text`` starts with, when the list closes with "and"."""
    names: list[str] = []
    pos = 0
    closed = False
    while len(names) < 12:
        m = _ITEM.match(text, pos)
        if m is None:
            return []
        names.append(m.group("item"))
        if closed:
            return names
        sep = _SEP.match(text, m.end())
        if sep is None:
            return []
        closed = "and" in sep.group(0)
        pos = sep.end()
    return []


def enumerated_sites(sentence: str, gaz: Gazetteer) -> list[Mention]:
    """Names listed after a plural kind phrase: "the six KEKs are: (1) A, (2) B and (3) C",
    "four free economic zones in X — at A, B, C and D"."""
    heads, _, kinds = _kind_phrases()
    out: list[Mention] = []
    for rx in (heads, _ACRONYMS):
        for m in rx.finditer(sentence):
            opener = _OPENER.match(sentence, m.end())
            if opener is None:
                continue
            items = _enumerated_after(sentence[opener.end() : opener.end() + 400])
            # A listed name with its own kind phrase ("X Industrial Park") is found as it is.
            bare = [x for x in items if _site_kind_of(x) is None]
            names = [_a_name(x, gaz) for x in bare]
            if len(items) < 2 or any(n is None for n in names):
                continue  # "zones such as China, India and Brazil": places, not names
            if rx is _ACRONYMS:
                head, kind = m.group("head")[:-1], "sez"
            else:
                head = _singular(m.group("head"))
                kind = kinds.get(head.casefold(), "other")
            for name in names:
                assert name is not None
                out.append(Mention("sites", f"{name} {head}", sentence, kind=kind, aliases=[name]))
    return out


def _site_kind_of(name: str) -> str | None:
    """The kind of a listed name that carries its own kind phrase ("X Industrial Park")."""
    words = tuple(norm(w) for w in name.split())
    best = None
    for seq, kind in SITE_HEADS_EN:
        if (
            len(seq) <= len(words)
            and words[-len(seq) :] == seq
            and (best is None or len(seq) > best[0])
        ):
            best = (len(seq), kind)
    return best[1] if best else None


# "the Qantara West zone": a capitalised name before a lower-case "zone" after "the" names the
# zone by its place.
_NAMED_ZONE = re.compile(r"\bthe\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+zone\b")


def zones_named_by_place(sentence: str, gaz: Gazetteer) -> list[Mention]:
    out: list[Mention] = []
    for m in _NAMED_ZONE.finditer(sentence):
        words = m.group("name").split()
        if any(
            norm(w) in EN_STOP_CAPS or norm(w) in _KIND_WORDS or norm(w) in _DESCRIPTIVE
            for w in words
        ):
            continue  # "the Special Economic zone", "the New zone": no place
        if any(gaz.country(w) for w in words) or words[0].casefold().startswith("euro"):
            continue  # "the Chinese zone", "the Euro zone": a nationality or a currency area
        out.append(Mention("sites", f"{m.group('name')} zone", sentence, kind="other"))
    return out


# "Tatu City", "Sri City": a "City" no gazetteer knows, named by a word that is no place, is a
# development built as a city (a zone), not a municipality ("Mexico City" is one).
_NAMED_CITY = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’&-]*\s+){0,2}[A-Z][\w'’&-]*)\s+City\b"
    r"(?!\s+(?:Council|Government|Hall|Administration|Mayor|Municipality|Police|Court)\b)"
)
_NOT_A_CITY_NAME = {"capital", "inner", "old", "forbidden", "vatican", "sci-tech", "smart", "eco",
                    "university", "education", "media", "sports", "garden", "the"}  # fmt: skip


def cities_built_as_zones(sentence: str, gaz: Gazetteer) -> list[Mention]:
    out: list[Mention] = []
    for m in _NAMED_CITY.finditer(sentence):
        words = _without_leading_stop_words(m.group("name").split())
        if not words or any(
            norm(w) in EN_STOP_CAPS | _KIND_WORDS | _DESCRIPTIVE | _NOT_A_CITY_NAME
            or w.casefold() in _NOT_A_CITY_NAME
            or gaz.country(w)
            or gaz.city(w)
            for w in words
        ):
            continue  # "Industrial City" (a kind phrase), "Chinese City", "Lagos City"
        name = " ".join(words)
        if gaz.city(f"{name} City") or gaz.is_region(name):
            continue  # "Ho Chi Minh City", "Quezon City": municipalities
        out.append(Mention("sites", f"{name} City", sentence, kind="sez"))
    return out


def listed_sites(sentence: str, gaz: Gazetteer) -> list[Mention]:
    heads, quoted, kinds = _kind_phrases()
    out: list[Mention] = (
        enumerated_sites(sentence, gaz)
        + zones_named_by_place(sentence, gaz)
        + cities_built_as_zones(sentence, gaz)
    )
    for m in heads.finditer(sentence):
        head = _singular(m.group("head"))
        kind = kinds.get(head.casefold(), "other")
        items = _listed_before(sentence[: m.start()])
        names = [_a_name(x, gaz) for x in items]
        if len(names) < 2 or any(n is None for n in names):
            continue  # "Chinese, Russian and Indian industrial parks": kinds, not names
        for name in names:
            out.append(Mention("sites", f"{name} {head}", sentence, kind=kind))
    for m in quoted.finditer(sentence):
        head = m.group("head")
        out.append(
            Mention("sites", f"{m.group('name')} {head}", sentence, kind=kinds.get(" ".join(head.casefold().split()), "other"),
                    aliases=[m.group("name")])
        )  # fmt: skip
    return out
