"""Which countries a name mentions: "China-Belarus Industrial Park", «Российско-китайский
технопарк», "中白工业园", "中哈霍尔果斯国际边境合作中心" → {CN, BY}, {RU, CN}, {CN, BY}, {CN, KZ}.

Used to find sites named for two countries (joint parks) and the countries of a forum named for
them ("Forum of the Regions of Belarus and Russia"). Covers the countries of the registry's
cooperation in English, Russian and Chinese; plain Python.
"""

from __future__ import annotations

import re

# English words (whole words, case-folded) and Russian word beginnings per country.
_EN: dict[str, tuple[str, ...]] = {
    "RU": ("russia", "russian", "russo"),
    "CN": ("china", "chinese", "sino", "prc"),
    "BY": ("belarus", "belarusian", "belarussian", "byelorussian"),
    "KZ": ("kazakhstan", "kazakh", "kazakhstani"),
    "EG": ("egypt", "egyptian"),
    "UZ": ("uzbekistan", "uzbek"),
    "KG": ("kyrgyzstan", "kyrgyz", "kirghiz"),
    "TJ": ("tajikistan", "tajik"),
    "MN": ("mongolia", "mongolian"),
    "VN": ("vietnam", "vietnamese", "viet"),
    "IN": ("india", "indian"),
    "RS": ("serbia", "serbian"),
    "IR": ("iran", "iranian"),
    "AM": ("armenia", "armenian"),
    "NG": ("nigeria", "nigerian"),
    "ET": ("ethiopia", "ethiopian"),
    "SA": ("saudi",),
    "OM": ("oman", "omani"),
    "AE": ("emirates", "emirati", "uae"),
    "TR": ("turkey", "turkish", "turkiye"),
    "JP": ("japan", "japanese"),
    "KR": ("korea", "korean"),
    "DE": ("germany", "german"),
    "SG": ("singapore", "singaporean"),
    "MY": ("malaysia", "malaysian"),
    "ID": ("indonesia", "indonesian"),
    "TH": ("thailand",),
    "PK": ("pakistan", "pakistani"),
}
_RU: dict[str, tuple[str, ...]] = {
    "RU": ("росси", "русск", "рф"),
    "CN": ("кита", "кнр", "синь"),
    "BY": ("белорус", "беларус"),
    "KZ": ("казах",),
    "EG": ("египе", "египт"),
    "UZ": ("узбек",),
    "KG": ("кыргыз", "киргиз"),
    "TJ": ("таджик",),
    "MN": ("монгол",),
    "VN": ("вьетнам",),
    "IN": ("индий", "индия", "индии"),
    "RS": ("серб",),
    "IR": ("иран",),
    "AM": ("армян", "армени"),
    "TR": ("турец", "турци"),
}
# Full Chinese names first (so 白俄罗斯 is not read as 白 + 俄), then one-character forms
# that appear in pairs: 中白 (China-Belarus), 中俄, 中哈, 俄中 ...
_ZH_FULL: dict[str, str] = {
    "白俄罗斯": "BY", "俄罗斯": "RU", "中国": "CN", "哈萨克斯坦": "KZ", "埃及": "EG",
    "乌兹别克斯坦": "UZ", "吉尔吉斯斯坦": "KG", "塔吉克斯坦": "TJ", "蒙古": "MN", "越南": "VN",
    "印度": "IN", "塞尔维亚": "RS", "伊朗": "IR", "俄": "RU",
}  # fmt: skip
_ZH_SHORT: dict[str, str] = {
    "中": "CN", "俄": "RU", "白": "BY", "哈": "KZ", "埃": "EG", "蒙": "MN", "吉": "KG",
    "乌": "UZ", "塔": "TJ", "越": "VN",
}  # fmt: skip
_ZH_PAIR = re.compile(f"([{''.join(_ZH_SHORT)}])([{''.join(_ZH_SHORT)}])")
_WORD = re.compile(r"[a-zа-яё]+")


def countries_named(text: str) -> set[str]:
    """ISO codes of the countries a name mentions."""
    found: set[str] = set()
    folded = text.casefold().replace("ё", "е")
    words = _WORD.findall(folded)
    for code, names in _EN.items():
        if any(word in names for word in words):
            found.add(code)
    for code, stems in _RU.items():
        if any(word.startswith(stem) for word in words for stem in stems):
            found.add(code)
    rest = text
    for name, code in sorted(_ZH_FULL.items(), key=lambda item: -len(item[0])):
        if len(name) > 1 and name in rest:
            found.add(code)
            rest = rest.replace(name, " ")
    for first, second in _ZH_PAIR.findall(rest):
        if first != second:
            found |= {_ZH_SHORT[first], _ZH_SHORT[second]}
    return found
