"""Traditional Chinese articles read as simplified ones, and reported as written.

The Chinese grammar's lexicons (kind heads, organisation heads, titles, surnames, measure words,
signing verbs) and jieba's dictionary are in simplified characters, so an article from Hong
Kong, Macao or Taiwan ("集團", "簽署", "協議") would miss most of them. The article is converted
character by character (hanziconv's table: one character for one, so every offset stays), read
as simplified text, and every name and quote in the result is given back in the article's own
characters from the same offsets.
"""

from __future__ import annotations

import functools
import re
from dataclasses import fields, is_dataclass
from typing import Any

_CJK = re.compile(r"[\u4e00-\u9fff]")
# Below this share of characters that change, the text is simplified already (a stray
# traditional character in a name or quote is left alone).
_MIN_SHARE = 0.04


@functools.lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    from hanziconv.charmap import simplified_charmap, traditional_charmap

    table: dict[int, str] = {}
    for trad, simple in zip(traditional_charmap, simplified_charmap, strict=True):
        if trad != simple:
            table.setdefault(ord(trad), simple)  # the first reading, as hanziconv takes it
    return table


# Some sites print the reading of a character after it ("經(jīng)濟", "協(xié)議"): the gloss
# splits words ("协议" is no longer one) and is no part of any name.
_PINYIN_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\)"
)


def strip_pinyin_glosses(text: str) -> str:
    """``text`` without the tone-marked readings in brackets some sites put after characters."""
    return _PINYIN_GLOSS.sub("", text) if "(" in text else text


def to_simplified(text: str) -> str:
    """``text`` with traditional characters replaced by simplified ones, offset for offset."""
    return text.translate(_table())


def is_traditional(text: str) -> bool:
    """Whether ``text`` is Chinese written in traditional characters."""
    cjk = _CJK.findall(text)
    if len(cjk) < 6:
        return False
    sample = "".join(cjk)
    changed = sum(a != b for a, b in zip(sample, to_simplified(sample), strict=True))
    return changed >= _MIN_SHARE * len(cjk)


def restore_characters(result: Any, simplified: str, original: str) -> Any:
    """Give every string of ``result`` (dataclasses, lists, strings) that occurs in
    ``simplified`` back in ``original``'s characters at the same offsets."""

    def back(value: Any) -> Any:
        if isinstance(value, str):
            if not _CJK.search(value):
                return value
            at = simplified.find(value)
            return original[at : at + len(value)] if at >= 0 else value
        if isinstance(value, list):
            return [back(v) for v in value]
        if isinstance(value, tuple):
            return tuple(back(v) for v in value)
        if is_dataclass(value) and not isinstance(value, type):
            for f in fields(value):
                setattr(value, f.name, back(getattr(value, f.name)))
            return value
        return value

    return back(result)
