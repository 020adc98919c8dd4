"""Chinese: jieba part-of-speech tags (nr person, nt organisation) typed by suffix heads, and a
small figure grammar (阿拉伯/汉字 numerals with 万/亿, 多/余/以上/左右 qualifiers, currency)."""

from __future__ import annotations

import functools
import re
from typing import Any

from parkbridge.extraction.dates import find_dates
from parkbridge.extraction.gazetteer import Gazetteer
from parkbridge.extraction.lexicon import EVENT_HEADS_ZH, ORG_HEADS_ZH, SITE_HEADS_ZH
from parkbridge.extraction.mentions import Mention
from parkbridge.extraction.numbers import parse_zh_number
from parkbridge.extraction.quantities import FigureMention
from parkbridge.extraction.segment import Sentence

_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)[万亿]*"
_FIG_RE = re.compile(
    rf"(?P<pre>超过|逾|近|约|大约|至少|不少于|不到|不超过|最多|多达)?"
    rf"(?P<num>{_NUM})(?P<post>多|余)?"
    r"(?P<unit>%|％|个百分点|美元|亿元|万元|元|人民币|卢布|欧元|公顷|平方米|年|个月|天|"
    r"个|家|名|人|项|国|座|场|份|位|次)?(?P<tail>以上|左右|以下)?"
)
_QUAL = {
    "超过": "more_than", "逾": "more_than", "多": "more_than", "余": "more_than",
    "以上": "more_than", "近": "about", "约": "about", "大约": "about", "左右": "about",
    "至少": "at_least", "不少于": "at_least", "不到": "less_than", "以下": "less_than",
    "不超过": "up_to", "最多": "up_to", "多达": "up_to",
}  # fmt: skip
_UNIT = {
    "%": "percent", "％": "percent", "美元": "USD", "元": "CNY", "人民币": "CNY", "卢布": "RUB",
    "欧元": "EUR", "公顷": "ha", "平方米": "m2", "年": "years", "个月": "months", "天": "days",
}  # fmt: skip
_NAME_RE = re.compile(r"[\u4e00-\u9fff·]{2,20}")
_QUOTED_RE = re.compile(r"[“「《]([^”」》]{2,40})[”」》]")


@functools.lru_cache(maxsize=1)
def _posseg() -> Any:
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg


def find_figures(sentence: str) -> list[FigureMention]:
    out: list[FigureMention] = []
    date_spans = [(d.begin, d.finish) for d in find_dates(sentence)]
    for m in _FIG_RE.finditer(sentence):
        if not m.group("num") or any(s <= m.start("num") < e for s, e in date_spans):
            continue
        unit_word = m.group("unit") or ""
        if unit_word == "年" and re.fullmatch(r"(?:19|20)\d{2}", m.group("num")):
            continue  # a calendar year
        if not unit_word and not m.group("pre") and not m.group("tail"):
            continue
        value = parse_zh_number(m.group("num"))
        if value is None or value == 0:
            continue
        if unit_word in ("亿元", "万元"):
            value = value * (100_000_000 if unit_word == "亿元" else 10_000)
            unit = "CNY"
        else:
            unit = _UNIT.get(unit_word, "count")
        q = _QUAL.get(m.group("pre") or m.group("post") or m.group("tail") or "", "exact")
        measure = sentence[m.end() : m.end() + 6] or None
        out.append(FigureMention(value, unit, q, measure, m.start(), m.end(), 0))
    return out


def _kind(name: str, heads: list[tuple[str, str]] | dict[str, str]) -> str | None:
    items = heads.items() if isinstance(heads, dict) else heads
    for suffix, kind in items:
        if len(name) <= len(suffix):
            continue  # the head alone ("博览会") is not a name
        if name.endswith(suffix) or (suffix in name and len(suffix) >= 2):
            return kind
    return None


class ChineseGrammar:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def mentions(self, sentences: list[Sentence], default_year: int | None) -> list[Mention]:
        posseg = _posseg()
        out: list[Mention] = []
        for sent in sentences:
            text = sent.text
            dates = find_dates(text, default_year)
            words = list(posseg.cut(text))
            # Proper-noun runs ending in a head word: "中白工业园", "东方经济论坛".
            candidates: list[str] = [q for q in _QUOTED_RE.findall(text)]
            run: list[str] = []
            for w in words:
                if not w.flag.startswith(
                    ("u", "p", "c", "d", "m", "r", "q", "f", "t")
                ) and re.fullmatch(r"[\u4e00-\u9fff]+", w.word):
                    run.append(w.word)
                    name = "".join(run)
                    if (
                        _kind(name, SITE_HEADS_ZH)
                        or _kind(name, EVENT_HEADS_ZH)
                        or name.endswith(ORG_HEADS_ZH)
                    ):
                        candidates.append(name[-20:])
                        run = []
                else:
                    run = []
                if w.flag == "nr" and len(w.word) >= 2:
                    out.append(Mention("people", w.word, text))
                elif w.flag == "nt":
                    candidates.append(w.word)
            for name in dict.fromkeys(candidates):
                if name in self.gaz.cities or name in self.gaz.countries:
                    continue
                site = _kind(name, SITE_HEADS_ZH)
                event = _kind(name, EVENT_HEADS_ZH)
                if site:
                    out.append(Mention("sites", name, text, kind=site))
                elif event:
                    ed = re.search(
                        rf"第([零〇一二两三四五六七八九十\d]+)届\s*{re.escape(name)}", text
                    )
                    edition = parse_zh_number(ed.group(1)) if ed else None
                    out.append(Mention("events", name, text, kind=event, edition=edition,  # type: ignore[arg-type]
                                       start=dates[0].start if dates else None,
                                       end=dates[-1].end if dates else None))  # fmt: skip
                elif name.endswith(ORG_HEADS_ZH) and len(name) >= 4:
                    out.append(Mention("organizations", name, text))
            for entry_name, entry in self.gaz.site_index.cjk:
                if entry_name in text:
                    out.append(Mention("sites", entry_name, text, kind=entry.kind,  # type: ignore[attr-defined]
                                       country=entry.country, canonical=entry.name))  # type: ignore[attr-defined]  # fmt: skip
        return out
