"""Where a site lies when the sentence does not say: its city, a place in its name or sentence,
then the article's subject (the country its places point to most often).

A bilateral name ("China-Belarus Industrial Park") names countries of cooperation, not the
site's location, so country words inside a site's name are not used; city words are.
"""

from __future__ import annotations

import re
from collections import Counter

from parkbridge.extraction.gazetteer import Gazetteer
from parkbridge.extraction.model import ArticleFacts
from parkbridge.extraction.textnorm import is_cjk

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


def _cap_words(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(text) if w[:1].isupper()]


def _city_country(words: list[str], gaz: Gazetteer) -> str | None:
    for w in words:
        if gaz.country(w):
            continue
        c = gaz.city(w) or gaz.city_of_adjective(w)  # "томская ОЭЗ": Томск
        if c is not None and len(w) > 3:
            return c.country
    return None


def _cjk_countries(text: str, gaz: Gazetteer) -> list[str]:
    return [code for name, code in gaz.countries.items() if len(name) >= 2
            and all(is_cjk(ch) for ch in name) for _ in range(text.count(name))]  # fmt: skip


def article_country(text: str, gaz: Gazetteer) -> str | None:
    """The country the article's places point to most often (cities count for their country)."""
    votes: Counter[str] = Counter()
    if any(is_cjk(ch) for ch in text[:200]):
        votes.update(_cjk_countries(text, gaz))
    else:
        # "China-Belarus …" names partners, not a location: hyphen-joined countries do not vote.
        text = re.sub(r"\b[A-Z][a-z]+(?:[-–][A-Z][a-z]+)+\b", " ", text)
        for w in _cap_words(text):
            code = gaz.country(w)
            if code is None:
                city = (gaz.city(w) or gaz.city_of_adjective(w)) if len(w) > 3 else None
                code = city.country if city else None
            if code:
                votes[code] += 1
    return votes.most_common(1)[0][0] if votes else None


# "MINSK, May 14. /BelTA/." or "ASTANA – …": a wire date line opens with the city of writing.
# South Asian papers write "LAHORE: …", "Shimla: …".
_DATELINE_RE = re.compile(r"^\s*([A-ZА-ЯЁ][A-Za-zА-Яа-яЁё'’ -]{1,30}?)\s*(?:[,.]|:\s|\s[–—-]\s)")


def dateline_country(header: str, body: str, gaz: Gazetteer) -> str | None:
    for line in (header.strip().splitlines()[-1:] if header.strip() else []) + [body.lstrip()]:
        m = _DATELINE_RE.match(line)
        if m:
            city = gaz.city(m.group(1).strip().title())
            if city is not None:
                return city.country
    return None


# "新华社开罗9月10日电", "人民网合肥8月21日电": a Chinese date line names the city of writing
# before the day.
_CJK_DATELINE_RE = re.compile(r"([\u4e00-\u9fff]{2,12}?)\s*\d{1,2}月\d{1,2}日电")
_CJK_DASH = "—－–-·•"


def _cjk_city(text: str, gaz: Gazetteer) -> str | None:
    """The country of a city that opens ``text`` (longest name first)."""
    for n in (8, 7, 6, 5, 4, 3, 2):  # transliterated cities are long ("符拉迪沃斯托克")
        c = gaz.city(text[:n]) if len(text) > n else None
        if c is not None:
            return c.country
    return None


def cjk_dateline_country(header: str, body: str, gaz: Gazetteer) -> str | None:
    m = _CJK_DATELINE_RE.search((header + "\n" + body)[:300])
    if m is None:
        return None
    run = m.group(1)
    for i in range(len(run) - 1):  # the agency's name comes first: "新华社|开罗"
        c = gaz.city(run[i:])
        if c is not None:
            return c.country
    return None


def _country_before(text: str, gaz: Gazetteer) -> int:
    """The length of a Chinese country name that ``text`` ends with, or 0."""
    for n in (6, 5, 4, 3, 2):
        if len(text) >= n and text[-n:] in gaz.countries:
            return n
    return 0


def _cjk_name_country(name: str, gaz: Gazetteer) -> str | None:
    """A country or city that opens a Chinese site name ("老挝沙湾绿洲经济特区",
    "洛阳北岸高新区"); a bilateral name ("中国—白俄罗斯工业园", "中埃·泰达…") gives none."""
    countries = sorted(
        (k for k in gaz.countries if len(k) >= 2 and all(is_cjk(ch) for ch in k)),
        key=len,
        reverse=True,
    )
    body = name.lstrip("“”「」")
    for country in countries:
        if body.startswith(country):
            rest = body[len(country) :]
            if rest[:1] in _CJK_DASH or any(rest.startswith(c) for c in countries):
                return None  # two countries: partners, not the location
            return gaz.countries[country]
    if any(d in body[:4] for d in _CJK_DASH):
        return None
    return _cjk_city(body, gaz)


# One-character country abbreviations in bilateral Chinese park names. The host country is
# written first: "马中关丹产业园" lies in Malaysia, "泰中罗勇工业园" in Thailand; "中德（某市）…"
# lies in the Chinese city in brackets. ("乌" and "阿" stand for several countries.)
_HOST_CHARS = {
    "俄": "RU", "哈": "KZ", "白": "BY", "蒙": "MN", "吉": "KG", "塔": "TJ", "土": "TR",
    "巴": "PK", "埃": "EG", "越": "VN", "泰": "TH", "印": "IN", "德": "DE", "法": "FR",
    "美": "US", "日": "JP", "韩": "KR", "英": "GB", "意": "IT", "老": "LA", "柬": "KH",
    "缅": "MM", "新": "SG", "马": "MY", "菲": "PH", "以": "IL", "匈": "HU", "捷": "CZ",
    "塞": "RS", "沙": "SA",
}  # fmt: skip
_BRACKET_CITY = re.compile(r"^中.[（(]([\u4e00-\u9fff]{2,6})[）)]")


def bilateral_host(name: str, gaz: Gazetteer) -> str | None:
    """The country a bilateral Chinese park name puts it in, or None."""
    body = name.lstrip("“”「」")
    if len(body) >= 5 and body[1] == "中" and body[0] in _HOST_CHARS:
        return _HOST_CHARS[body[0]]
    m = _BRACKET_CITY.match(body)
    if m and body[1] in _HOST_CHARS:
        city = m.group(1).removesuffix("市")
        c = gaz.city(city) or gaz.city(m.group(1))
        return c.country if c else "CN"
    return None


_LATIN_PAIR = re.compile(r"^(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s?[-–]\s?([A-Z][a-z]+)\b")


def latin_bilateral_host(name: str, gaz: Gazetteer) -> str | None:
    """'China-Belarus Industrial Park' lies in Belarus, 'Sino-Oman Industrial City' in Oman:
    China's partner hosts a park named after both; otherwise the country named first does
    ('Viet Nam-Singapore Industrial Park')."""
    m = _LATIN_PAIR.match(name.strip())
    if not m:
        return None
    sides = [("CN" if x == "Sino" else gaz.country(x)) for x in m.groups()]
    if not all(sides) or sides[0] == sides[1]:
        return None
    return sides[1] if sides[0] == "CN" else sides[0]


def infer_site_countries(facts: ArticleFacts, body: str, gaz: Gazetteer, header: str = "") -> None:
    subject: str | None = None
    subject_done = False
    dateline = dateline_country(header, body, gaz) or cjk_dateline_country(header, body, gaz)
    for site in facts.sites:
        if is_cjk(site.name[-1:]) and (host := bilateral_host(site.name, gaz)):
            site.country = host
            continue
        latin = not is_cjk(site.name[-1:])
        in_a_city = _city_country(re.split(r"[\s\-–—]+", site.name), gaz)
        if latin and not in_a_city and (host := latin_bilateral_host(site.name, gaz)):
            site.country = host
            continue
        if site.country:
            continue
        code = None
        if site.city:
            c = gaz.city(site.city)
            code = c.country if c else None
        code = code or _city_country(re.split(r"[\s\-–—«»\"“”]+", site.name), gaz)
        if code is None and is_cjk(site.name[-1:]):
            code = _cjk_name_country(site.name, gaz)
            at = site.evidence.find(site.name)
            n = _country_before(site.evidence[:at], gaz) if at > 0 else 0
            if code is None and n:
                # "柬埔寨贡布经济特区" is read as 贡布经济特区: the country stood before it.
                code = _cjk_name_country(site.evidence[at - n : at + len(site.name)], gaz)
        if code is None and site.kind == "tad":
            code = "RU"  # territories of advanced development are a Russian legal regime
        if code is None and site.evidence:
            code = _city_country(_cap_words(site.evidence), gaz)
        code = code or dateline
        if code is None:
            if not subject_done:
                subject, subject_done = article_country(body, gaz), True
            code = subject
        if code is None and is_cjk(site.name[-1:]):
            code = "CN"  # a Chinese article that names no other country writes about China
        site.country = code
