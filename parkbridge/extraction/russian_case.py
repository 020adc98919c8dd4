"""Russian names of sites and organisations in the nominative.

A Russian article declines a name with its sentence ("индустриального парка «Кулибин»",
"в Корпорации развития Дальнего Востока"); one entity must come out once, under the form a
reader would look it up by. The leading adjectives and their head noun are put in the
nominative (pymorphy3, whose dictionaries ship in its wheel); what follows the head noun (its
genitive complements, a quoted name) is already in the form the name needs and stays as written.
"""

from __future__ import annotations

import functools
import re
from typing import Any

_WORD_RE = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
# Short names of ministries and federal agencies decline though pymorphy does not know them:
# "Минпромторга", "Росстата", "Росатоме".
_MINISTRY_SHORT = re.compile(r"^(?:Мин|Рос)[а-яё]{3,}(?:а|у|ом|е)$")
_OBLIQUE = {"gent", "datv", "accs", "ablt", "loct", "gen2", "loc2", "acc2"}
# Up to this many adjectives may stand before the head noun ("Китайско-Белорусский
# индустриальный парк").
_MAX_ADJECTIVES = 4


@functools.lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _restore_case(new: str, old: str) -> str:
    """Copy the capitals of each hyphen-separated part of ``old`` onto ``new``."""
    new_parts, old_parts = new.split("-"), old.split("-")
    if len(new_parts) != len(old_parts):
        return new[:1].upper() + new[1:] if old[:1].isupper() else new
    out = []
    for n, o in zip(new_parts, old_parts, strict=True):
        out.append(
            n.upper()
            if o.isupper() and len(o) > 1
            else (n[:1].upper() + n[1:] if o[:1].isupper() else n)
        )
    return "-".join(out)


def _adjective_parse(word: str, case: str, number: str, gender: str | None) -> Any | None:
    for p in _morph().parse(word):
        if p.tag.POS not in ("ADJF", "PRTF") or p.tag.case != case or p.tag.number != number:
            continue
        if number == "sing" and gender and p.tag.gender != gender:
            continue
        return p
    return None


_ENDINGS = [
    # (gender or number, oblique endings, nominative ending) for adjectives whose lexeme
    # pymorphy inflects into another word ("высшей" -> "высочайшая").
    ("femn", ("ей", "ой", "ую", "юю", "ою", "ею"), "ая"),
    ("masc", ("его", "ему", "им", "ем"), "ий"),
    ("masc", ("ого", "ому", "ым", "ом"), "ый"),
    ("neut", ("его", "ему", "им", "ем"), "ее"),
    ("neut", ("ого", "ому", "ым", "ом"), "ое"),
    ("plur", ("ими", "их", "им"), "ие"),
    ("plur", ("ыми", "ых", "ым"), "ые"),
]


def _nominative_adjective(parse: Any, word: str) -> str | None:
    """The nominative of an adjective as written: pymorphy's inflection when it keeps the
    word's stem, else the ending swapped ("Высшей школы" -> "Высшая", not "Высочайшая")."""
    new = parse.inflect({"nomn"})
    low = word.lower()
    endings = sorted({e for _, es, _ in _ENDINGS for e in es}, key=len, reverse=True)
    stem = next((low[: -len(e)] for e in endings if low.endswith(e)), low[:-2])
    if new is not None and new.word.startswith(stem):
        return str(new.word)
    slot = "plur" if parse.tag.number == "plur" else parse.tag.gender
    for gender, endings, nominative in _ENDINGS:
        if gender != slot:
            continue
        for ending in endings:
            if low.endswith(ending):
                return low[: -len(ending)] + nominative
    return None


def _agreeing(head_word: str, adjectives: list[str]) -> tuple[Any, list[Any]] | None:
    """The head noun's reading that its adjectives agree with, nominative readings first (a
    phrase already in the nominative stays), then by pymorphy's score."""
    nouns = [p for p in _morph().parse(head_word) if p.tag.POS == "NOUN" and p.tag.case]
    if adjectives:
        nouns.sort(key=lambda p: (p.tag.case != "nomn", -p.score))
    else:
        # A bare noun's likeliest reading ("Корпорации": genitive singular, not plural).
        nouns.sort(key=lambda p: -p.score)
    for noun in nouns:
        case, number, gender = noun.tag.case, noun.tag.number, noun.tag.gender
        adj = [_adjective_parse(a, case, number, gender) for a in adjectives]
        if all(a is not None for a in adj):
            return noun, adj
    return None


def to_nominative(name: str) -> str:
    """'томской особой экономической зоны' -> 'томская особая экономическая зона'; names that
    do not start with adjectives and a noun in an oblique case are returned unchanged."""
    quote = min((name.find(q) for q in '«"„“(' if q in name), default=len(name))
    words = [w for w in _WORD_RE.finditer(name) if w.end() <= quote][: _MAX_ADJECTIVES + 1]
    head_i = None
    for i, w in enumerate(words):
        if i and w.start() != words[i - 1].end() + 1:
            return name  # only words separated by a single space make one phrase
        text = w.group(0)
        if text.isupper() and len(text) > 1:
            return name  # an abbreviation ("ОЭЗ", "КРДВ") heads an undeclined name
        parses = _morph().parse(text)
        if parses[0].tag.POS == "NOUN":
            # A transliterated name ("Хунань") is not declined here; a ministry's short name
            # ("Минпромторга", "Минфина") is Russian and declines.
            if not (_morph().word_is_known(text.lower()) or _MINISTRY_SHORT.match(text)):
                return name
            head_i = i
            break
        if not any(p.tag.POS in ("ADJF", "PRTF") for p in parses):
            return name
    if head_i is None:
        return name
    found = _agreeing(words[head_i].group(0), [w.group(0) for w in words[:head_i]])
    if found is None or found[0].tag.case == "nomn":
        return name
    noun, adjectives = found
    if noun.tag.case in ("accs", "acc2") and "inan" in noun.tag:
        nom = noun.inflect({"nomn", noun.tag.number}) if noun.tag.number else None
        if nom is None or nom.word == words[head_i].group(0).lower():
            return name  # a masculine inanimate accusative reads as the nominative already
    replaced: list[str] = []
    for w, a in zip(words[:head_i], adjectives, strict=True):
        new = _nominative_adjective(a, w.group(0))
        if new is None:
            return name
        replaced.append(_restore_case(new, w.group(0)))
    new_head = noun.inflect({"nomn", noun.tag.number}) if noun.tag.number else None
    if new_head is None:
        return name
    replaced.append(_restore_case(new_head.word, words[head_i].group(0)))
    return name[: words[0].start()] + " ".join(replaced) + name[words[head_i].end() :]
