"""Who reports the news, and where: outlets cited as a report's source, and venues.

SCHEMA.md counts the outlets that publish or report the news as no organisation (and their
names as no person). An article shows them by the way it cites them, in any language:
"..., Business Day reported", "told Reuters", "according to Khaleej Times", "Telegram channel
X", "сообщает X", "по данным издания X", "Telegram-канал «X»", "据X报道". Names that a company
could also carry ("according to Foxconn") count only with an outlet word at their end
(data/outlet_words.txt).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from parkbridge.extraction.textnorm import norm

# Words are bounded in length and a name starts at a word's start, so a scan stays linear on
# hostile input (one 50,000-letter "word" must not be tried from each of its letters).
_WORD = r"[A-ZА-ЯЁ0-9][\w&'’-]{0,40}(?:\.[\w&'’-]{1,40}){0,3}(?![\w&'’-])"
_NAME = (
    rf"(?<![\w&'’.-])(?P<name>[«\"“][A-ZА-ЯЁ0-9][^«»\"“”\n]{{0,60}}[»\"”]"
    rf"|[«\"“]?{_WORD}(?:\s+{_WORD}){{0,4}}[»\"”]?)"
)
_ZH_NAME = r"(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,12}?)"

# Citations that make whatever they name a reporter, whatever the name looks like; the first
# ones cannot name a person either ("Smith reported" is the article's author, not a source).
_NEVER_A_PERSON = 6
_ALWAYS = [
    # "..., Business Day reported." / "Xinhua reported on Monday" / "X reports that"
    re.compile(
        _NAME + r"\s+(?:has\s+|had\s+)?(?:reported|reports|quoted|cited|wrote|writes)"
        r"(?=\s*[.,;:]|\s*$|\s+(?:on|that|citing|quoting|earlier|last|today|yesterday|this|in)\b)"
    ),
    # "..., reports BSS." / "..., reported Xinhua.": the outlet after the verb, closing the
    # sentence.
    re.compile(
        r"(?m),\s+(?:reports|reported|writes|wrote)\s+(?:the\s+)?" + _NAME + r"(?=\s*[.;]?\s*$)"
    ),
    # "(Lakeside Daily) The fair opened ...": a paragraph that opens with a name in brackets
    # credits its source.
    re.compile(r"(?m)^\s*\(" + _NAME + r"\)"),
    re.compile(r"(?i:telegram|телеграм)[\s-]*(?:channel|канал\w*)\s+(?:of\s+)?" + _NAME),
    re.compile(_NAME + r"\s+(?i:telegram)[\s-]*(?:channel|канал\w*)"),
    re.compile(
        r"\b(?:news\s+(?:agency|portal|outlet|site|website)|newspaper|broadcaster|channel|outlet)\s+"
        + _NAME
    ),
    re.compile(
        r"\b(?:told|reported\s+by|quoted\s+by|cited\s+by|in\s+an\s+interview\s+with)\s+(?:the\s+)?"
        + _NAME
    ),
    re.compile(
        r"(?i:сообща\w*|сообщил\w*|переда\w*|пиш\w*|информиру\w*|цитиру\w*)\s+"
        # "национальное информационное агентство «X»", "НИАТ «X»": the agency's quoted name.
        r"(?:(?:[а-яё]+(?:ое|ая)\s+){0,2}(?i:агентство|издание|портал|газета|телеканал|ИА)\s+)?"
        + _NAME
    ),
    re.compile(
        r"(?i:сообща\w*|сообщил\w*|переда\w*|пиш\w*)\s+"
        r"(?P<name>[А-ЯЁ]{2,6}\s+[«\"“][А-ЯЁ][^«»\"“”\n]{0,60}[»\"”])"
    ),
    re.compile(
        r"(?i:по\s+(?:данным|информации|сообщению)|со\s+ссылкой\s+на)\s+"
        r"(?i:агентства|издания|портала|газеты|телеканала|ИА|канала)\s+" + _NAME
    ),
    re.compile(r"据\s*" + _ZH_NAME + r"\s*(?:报道|消息|援引)"),
    re.compile(_ZH_NAME + r"(?:记者|讯|报道称)"),
]
# Citations that name a reporter only when the name ends in an outlet word.
_WITH_OUTLET_WORD = [
    re.compile(r"\b(?i:according\s+to)\s+(?:the\s+)?" + _NAME),
    re.compile(r"(?i:по\s+(?:данным|информации|сообщению))\s+" + _NAME),
]
# Organisation heads: a name with one of these is a body that speaks for itself, not an outlet
# ("according to the Ministry of Economy", "сообщили в Минэкономики").
_BODY_WORDS = re.compile(
    r"(?i)\b(?:ministry|ministries|committee|council|commission|department|authority|agency\s+for"
    r"|government|administration|office|bank|corporation|company|group|university|министерств\w*"
    r"|комитет\w*|правительств\w*|администраци\w*|компани\w*|корпораци\w*|банк\w*)\b"
)


@lru_cache(maxsize=1)
def _outlet_words() -> frozenset[str]:
    path = Path(__file__).with_name("data") / "outlet_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip().casefold() for s in lines if s.strip() and not s.startswith("#"))


def _ends_in_outlet_word(name: str) -> bool:
    words = norm(name).split()
    if not words:
        return False
    last = words[-1]
    return last in _outlet_words() or any(
        last.endswith(w) for w in _outlet_words() if len(w) >= 4 or not w.isascii()
    )


_NOT_A_NAME = re.compile(r"(?i)^(?:the|a|an|it|this|that|he|she|they|telegram|телеграм)\b")


def _names(rx: re.Pattern[str], text: str, outlet_word: bool = False) -> set[str]:
    out: set[str] = set()
    for m in rx.finditer(text):
        name = m.group("name").strip('«»"“” ')
        name = re.sub(r"^(?:The|the)\s+", "", name)
        if not name or _NOT_A_NAME.match(name) or _BODY_WORDS.search(name):
            continue
        if outlet_word and not _ends_in_outlet_word(name):
            continue
        out.add(norm(name))
    return {n for n in out if n}


def reporting_sources(text: str, people: bool = False) -> set[str]:
    """Normalised names that the text cites as the source of its news. With ``people``, only
    citations that cannot name a quoted person ("X reported", "Telegram channel X", a name
    ending in an outlet word): "told X" and "сообщил X" name people too."""
    found: set[str] = set()
    for rx in _ALWAYS[:_NEVER_A_PERSON] if people else _ALWAYS:
        found |= _names(rx, text)
    for rx in _WITH_OUTLET_WORD:
        found |= _names(rx, text, outlet_word=True)
    return found


def is_reporting_source(name: str, sources: set[str]) -> bool:
    """Whether ``name`` is (or is the start of, or ends) a name cited as a report's source."""
    key = norm(name)
    if not key:
        return False
    return any(key == s or s.startswith(key + " ") or s.endswith(" " + key) for s in sources)


@lru_cache(maxsize=1)
def _venue_heads() -> tuple[str, ...]:
    path = Path(__file__).with_name("data") / "venue_heads.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(norm(s) for s in lines if s.strip() and not s.startswith("#"))


def is_venue(name: str) -> bool:
    """A hall, centre or hotel where an event takes place ("Astana International Exhibition
    Centre", "Крокус Экспо ... выставочный центр", "国家会展中心"): a place, not an organisation."""
    key = norm(name)
    return any(key == h or key.endswith(" " + h) or (not h.isascii() and key.endswith(h))
               # Russian puts the head first: "Центр международной торговли", "отель «Х»".
               or (_CYRILLIC.match(h) is not None and key.startswith(h + " "))
               for h in _venue_heads())  # fmt: skip


_CYRILLIC = re.compile(r"[а-яё]")
