"""Region names compared the way people write them.

The registry's sites and the incentive regimes name first-level regions in several spellings:
"Republic of Tatarstan", "Tatarstan", "Республика Татарстан"; "Sakha Republic (Yakutia)" and
"Yakutia"; "Perm Krai" and "Пермский край"; "Minsk Region" and "Minsk Oblast". A region is
reduced to a few *keys* (sets of folded words); two names are one region when they share a key.

Words that only say what kind of region it is are folded to one word per meaning ("oblast",
"region", "province" and "governorate" are the same designator), and the designators that are
often left out ("republic", "city") are dropped. The other designators stay, so "Moscow" (the
federal city) and "Moscow Oblast", or "Almaty" and "Almaty Region", remain different regions.
Plain Python (no Django), so the site-selection loader and the import checks share it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

# Designators with one meaning, written one way.
_DESIGNATORS = {
    "oblast": "region",
    "oblasti": "region",
    "obl": "region",
    "region": "region",
    "province": "region",
    "provintsiia": "region",
    "governorate": "region",
    "prefecture": "region",
    "oblys": "region",
    "voblasts": "region",
    "kray": "krai",
    "krai": "krai",
    "okrug": "okrug",
    "ao": "okrug",
    "autonomous": "autonomous",
    "avtonomnyi": "autonomous",
    "avtonomnaia": "autonomous",
}
# Designators that writers drop freely: "Tatarstan" is the Republic of Tatarstan.
_OPTIONAL = {"republic", "respublika", "city", "gorod", "g", "of", "the", "shi", "sheng"}
# Names whose Russian transliteration is not the English one.
_ALIASES = {
    "moskva": "moscow",
    "moskovskaia": "moscow",
    "sankt": "saint",
    "st": "saint",
    "peterburg": "petersburg",
    "iakutiia": "yakutia",
    "yakutiya": "yakutia",
    "iakutiya": "yakutia",
    "tatarstana": "tatarstan",
}
# Russian adjectival endings: "Пермский" → "Permskii" → "perm", "Perm" → "perm".
_ADJECTIVE = re.compile(r"(skii|skiy|skij|sky|skaia|skaya|skaja|skoe|skiy|sk)$")
_WORD = re.compile(r"[a-z0-9]+")


def _fold_word(word: str) -> str:
    word = _ALIASES.get(word, word)
    if word in _DESIGNATORS:
        return _DESIGNATORS[word]
    if len(word) > 5:
        word = _ADJECTIVE.sub("", word)
    return word


def _words(text: str) -> frozenset[str]:
    folded = unidecode(text).casefold()
    return frozenset(
        _fold_word(w) for w in _WORD.findall(folded) if w not in _OPTIONAL and _fold_word(w)
    )


@lru_cache(maxsize=8192)
def region_keys(name: str) -> frozenset[frozenset[str]]:
    """The keys of one region name: the whole name, and each of its parenthesised alternatives
    ("Sakha Republic (Yakutia)" → sakha+yakutia, sakha, yakutia)."""
    if not name or not name.strip():
        return frozenset()
    keys = {_words(name)}
    inside = re.findall(r"\(([^)]*)\)", name)
    if inside:
        outside = re.sub(r"\([^)]*\)", " ", name)
        keys.add(_words(outside))
        keys.update(_words(part) for part in inside)
    return frozenset(k for k in keys if k)


def same_region(a: str, b: str) -> bool:
    """Whether two spellings name the same region."""
    return bool(region_keys(a) & region_keys(b))


def canonical_region(name: str, known: list[str] | tuple[str, ...]) -> str | None:
    """The spelling in ``known`` that names the same region as ``name``, if any."""
    for candidate in known:
        if same_region(name, candidate):
            return candidate
    return None
