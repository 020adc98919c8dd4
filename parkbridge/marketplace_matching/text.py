"""Language-aware tokens: Russian lemmas (pymorphy3), Chinese words (jieba), English stems.

All three scripts can appear in one text; each run of letters goes to its own analyser. The
tokens only need to be consistent between documents and queries of the same language; the
bridge between languages is the taxonomy (`taxonomy.py`), not the tokens.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

_RUN = re.compile(r"[a-z0-9]+|[а-яё]+|[\u3400-\u4dbf\u4e00-\u9fff]+")

STOP_EN = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "for",
        "to",
        "in",
        "on",
        "with",
        "by",
        "from",
        "at",
        "is",
        "are",
        "be",
        "been",
        "we",
        "our",
        "us",
        "you",
        "your",
        "this",
        "that",
        "it",
        "its",
        "as",
        "new",
        "used",
        "sale",
        "lease",
        "offer",
        "offers",
        "offering",
        "seek",
        "seeking",
        "looking",
        "supply",
        "supplier",
        "provide",
        "provides",
        "company",
        "partner",
        "partners",
        "need",
        "needs",
        "want",
        "can",
        "will",
        "per",
    ]
)
STOP_RU = frozenset(
    [
        "и",
        "в",
        "во",
        "на",
        "с",
        "со",
        "по",
        "для",
        "из",
        "от",
        "к",
        "о",
        "об",
        "а",
        "но",
        "или",
        "не",
        "что",
        "это",
        "мы",
        "наш",
        "ваш",
        "который",
        "весь",
        "свой",
        "компания",
        "предлагать",
        "искать",
        "продажа",
        "продавать",
        "аренда",
        "новый",
        "бу",
        "партнёр",
        "партнер",
        "нужный",
        "требоваться",
        "также",
        "быть",
        "год",
        "шт",
        "штука",
    ]
)
STOP_ZH = frozenset(
    [
        "的",
        "和",
        "与",
        "及",
        "在",
        "是",
        "我们",
        "我司",
        "公司",
        "提供",
        "寻求",
        "寻找",
        "出售",
        "出租",
        "有",
        "了",
        "为",
        "对",
        "等",
        "可",
        "台",
        "个",
        "以",
        "全新",
        "二手",
        "需要",
        "合作",
        "伙伴",
    ]
)


def stem_en(word: str) -> str:
    """A light suffix stripper: enough to unify sweeper/sweepers/sweeping, no dictionary."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix, keep in (("ing", 4), ("ed", 4), ("er", 4)):
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            word = word[: -len(suffix)]
            break
    # machine/machining → machin: a final e is dropped so both forms meet.
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


class Analyzer:
    """Turns text into normalised tokens; caches per-word results (vocabularies are small)."""

    def __init__(self, extra_chinese_words: Iterable[str] = ()) -> None:
        import jieba
        import pymorphy3

        jieba.setLogLevel(logging.WARNING)
        self._morph = pymorphy3.MorphAnalyzer()
        # A private jieba tokenizer: our taxonomy words must not leak into other users of jieba.
        self._jieba = jieba.Tokenizer()
        for word in extra_chinese_words:
            self._jieba.add_word(word, freq=200_000)
        self._cache: dict[str, str | None] = {}
        self._zh_cache: dict[str, tuple[str, ...]] = {}

    def _word(self, run: str) -> str | None:
        found = self._cache.get(run, "")
        if found != "":
            return found
        first = run[0]
        if "a" <= first <= "z" or first.isdigit():
            token = stem_en(run)
            result = None if token in STOP_EN or len(token) < 2 else token
        else:
            lemma = self._morph.parse(run)[0].normal_form.replace("ё", "е")
            result = None if lemma in STOP_RU or len(lemma) < 2 else lemma
        if len(self._cache) < 2_000_000:
            self._cache[run] = result
        return result

    def _chinese(self, run: str) -> tuple[str, ...]:
        found = self._zh_cache.get(run)
        if found is None:
            found = tuple(w for w in self._jieba.lcut(run) if w not in STOP_ZH and w.strip())
            if len(self._zh_cache) < 500_000:
                self._zh_cache[run] = found
        return found

    def tokens(self, text: str) -> list[str]:
        out: list[str] = []
        for run in _RUN.findall(text.lower()):
            if "\u3400" <= run[0] <= "\u9fff":
                out.extend(self._chinese(run))
            else:
                token = self._word(run)
                if token is not None:
                    out.append(token)
        return out


def language_of(text: str) -> str:
    """The dominant script: 'zh', 'ru' or 'en' (used to pick label languages in reasons)."""
    zh = sum(1 for ch in text if "\u3400" <= ch <= "\u9fff")
    ru = sum(1 for ch in text if "а" <= ch.lower() <= "я" or ch in "ёЁ")
    latin = sum(1 for ch in text if "a" <= ch.lower() <= "z")
    best = max((zh * 2, "zh"), (ru, "ru"), (latin, "en"))
    return best[1] if best[0] > 0 else "en"
