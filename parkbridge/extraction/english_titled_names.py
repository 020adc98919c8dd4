"""A person named right after a title that ends in a body's name, without a comma: "Member of
BEPZA Jane Doe", "Secretary of the Education Department in the State Government John Roe",
"Ambassador to Russia John Roe", "the Zone Authority's Commissioner John Roe".

English news writes such titles before the name; the capitalised run then reads as one name,
and both the chunker and the learned model take the body and the person for one organisation.
The run is split: the body (or place) before, the person after, whose role is the title.
"""

from __future__ import annotations

import re

from parkbridge.extraction.gazetteer import Gazetteer
from parkbridge.extraction.lexicon import (
    EN_GENERIC,
    LEGAL_FORMS,
    ORG_HEADS_EN,
    PLACE_WORDS_EN,
    ROLE_HEADS_EN,
    SITE_HEADS_EN,
)
from parkbridge.extraction.mentions import Mention
from parkbridge.extraction.textnorm import strip_possessive

_SITE_WORDS = {w for seq, _ in SITE_HEADS_EN for w in seq}
# A role word, maybe a bracketed portfolio ("Member (Finance)"), then of/to/for/in and "the".
_ROLE_BEFORE = re.compile(
    r"\b(?P<role>[A-Za-z][\w-]*)(?:\s+\([^()]{1,40}\))?\s+(?:of|to|for|in|at)\s+(?:the\s+)?$"
)
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?$")


def _key(word: str) -> str:
    return strip_possessive(word).casefold()


def _name_like(word: str) -> bool:
    k = _key(word)
    return (
        bool(_NAME_WORD.match(word))
        and k not in ORG_HEADS_EN
        and k not in LEGAL_FORMS
        and k not in ROLE_HEADS_EN
        and k not in _SITE_WORDS
        and k not in PLACE_WORDS_EN
        and k not in EN_GENERIC
    )


def _ends_a_body(word: str, gaz: Gazetteer) -> bool:
    """The last word of a body's or place's name: a head, an acronym or a place."""
    k = _key(word)
    return (
        k in ORG_HEADS_EN
        or k in PLACE_WORDS_EN
        or (len(word) >= 2 and word.isupper() and word.isalpha())
        or gaz.country(word) is not None
        or gaz.city(word) is not None
        or gaz.is_region(word)
    )


def split_titled_name(name: str, sentence: str, gaz: Gazetteer) -> tuple[str, str, str] | None:
    """(body, person, role) when ``name`` is a body's name run on into a person's name after a
    title, else None."""
    words = name.split()
    if len(words) < 3 or len(name) > 200:
        return None
    at = sentence.find(name)
    if at < 0:
        return None
    for n in (3, 2):
        if len(words) - n < 1:
            continue
        body, person = words[:-n], words[-n:]
        if not all(_name_like(w) for w in person):
            continue
        last = body[-1]
        if _key(last) in ROLE_HEADS_EN and len(body) >= 2:
            # "the Zone Authority's Commissioner John Roe": the title inside the run.
            owner = strip_possessive(" ".join(body[:-1]))
            return owner, " ".join(person), f"{body[-1]} of {owner}"
        before = _ROLE_BEFORE.search(sentence[max(0, at - 80) : at])
        if before is None or _key(before.group("role")) not in ROLE_HEADS_EN:
            continue
        if not _ends_a_body(last, gaz):
            continue
        start = at - (min(at, 80) - before.start())
        role = (sentence[start:at] + " ".join(body)).strip()
        return " ".join(body), " ".join(person), role
    return None


def split_titled_names(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Organisation mentions with a titled person's name split off, and those persons."""
    out: list[Mention] = []
    for m in mentions:
        split = (
            split_titled_name(m.name, m.sentence, gaz) if m.category == "organizations" else None
        )
        if split is None:
            out.append(m)
            continue
        body, person, role = split
        m.name = body
        out.append(m)
        out.append(Mention("people", person, m.sentence, role=role))
    return out
