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
_PLURAL_ENDS = {"zone": "zones", "park": "parks", "technopark": "technoparks", "city": "cities",
                "cluster": "clusters", "estate": "estates", "corridor": "corridors"}  # fmt: skip


@lru_cache(maxsize=1)
def _kind_phrases() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The plural-list pattern, the quoted-name pattern and singular phrase -> kind."""
    singular: dict[str, str] = {}
    for seq, kind in SITE_HEADS_EN:
        if seq[-1] in _PLURAL_ENDS and len(seq) >= 2:
            singular[" ".join(seq)] = kind
    words = sorted(singular, key=len, reverse=True)

    def plural(p: str) -> str:
        *head, last = p.split()
        return r"\s+".join([*map(re.escape, head), _PLURAL_ENDS[last]])

    # A listed name's words are not kind words: "Rashakai Special Economic Zones" lists
    # "Rashakai", not "Rashakai Special".
    kind_words = sorted({w for p in words for w in p.split()} | set(_PLURAL_ENDS.values()))
    word = rf"(?!(?i:{'|'.join(map(re.escape, kind_words))})\b)[A-Z][\w'’-]+"
    name = rf"{word}(?:\s+{word}){{0,2}}"
    plurals = "|".join(plural(p) for p in words)
    singulars = "|".join(r"\s+".join(map(re.escape, p.split())) for p in words)
    listed = re.compile(
        rf"(?P<items>{name}(?:\s*,\s*{name})*\s*,?\s+and\s+{name})\s+(?P<head>(?i:{plurals}))\b"
    )
    quoted = re.compile(
        rf"[\"“«](?P<name>[A-Z][^\"”»]{{1,40}})[\"”»]\s+(?P<head>(?i:{singulars}))\b"
    )
    return listed, quoted, singular


def _singular(head: str) -> str:
    words = head.split()
    last = words[-1]
    for one, many in _PLURAL_ENDS.items():
        if last.casefold() == many:
            cut = len(many) - len(one)
            words[-1] = last[: len(last) - cut] if one != "city" else last[:-3] + "y"
            break
    return " ".join(words)


def _a_name(item: str, gaz: Gazetteer) -> str | None:
    words = item.split()
    while words and norm(words[0]) in EN_STOP_CAPS:
        words = words[1:]  # "The Daraband": the article is not part of the name
    name = " ".join(words)
    if not name or re.search(r"['’]s?$", name):
        return None  # "Al-Ahsa and Taif's industrial cities": places the sites are in
    if any(gaz.country(w) or norm(w) in _DESCRIPTIVE for w in words):
        return None  # "Latin American and Central free trade zones": kinds of zone
    return name


def listed_sites(sentence: str, gaz: Gazetteer) -> list[Mention]:
    listed, quoted, kinds = _kind_phrases()
    out: list[Mention] = []
    for m in listed.finditer(sentence):
        head = _singular(m.group("head"))
        kind = kinds.get(head.casefold(), "other")
        items = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("items"))
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
