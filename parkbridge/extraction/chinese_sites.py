"""Chinese park and zone names: where a name begins.

Chinese writes no spaces, so a name's left edge must be found. jieba's word runs glue on a verb
("建设中白工业园"), drop a one-character bilateral prefix ("中马钦州产业园区" read as "马钦州…"),
or break at a mis-tagged character ("鹏盛工业园"). Here a name is read from its kind head
leftwards: it starts after the last boundary word (data/zh_name_boundaries.txt: verbs,
prepositions, particles, measure words) or punctuation, and loses the parent province, a city
written with 市 and a country in front of it ("江苏省苏州工业园区" -> "苏州工业园区"), as long as a
proper part of two characters or more stays before the head. A bilateral name keeps both
countries ("中国—白俄罗斯工业园").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from parkbridge.extraction.chinese_orgs import _sector_words
from parkbridge.extraction.lexicon import COUNTRY_ALIASES, SITE_HEADS_ZH

_MAX_NAME = 20
_MAX_HEADS = 64
_DASHES = "—－–-"
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff“”「」—－–·-]")
# Descriptions, not names, when they are all that stands before the head.
_GENERIC = re.compile(
    r"^(?:中[\u4e00-\u9fff]合资|现代化?|国家级|省级|大型|新|首个|国际|综合|跨境|经济|边境|重点|"
    r"特色|现代农业|农业|物流|高新技术|境外|海外|该|这个|一个|多个|各|各类|成长型|以上|"
    # The parks of a whole province or country ("全省开发区", "省级以上开发区", "中国自贸试验区")
    # are a class, not one park.
    r"全省|全市|全区|全县|全国|我省|我市|我区|我国|中国|级以上|双创|开放|创业|自由贸易|绿色)+$"
)
# jieba tags of function words (prepositions, conjunctions, particles, pronouns, numerals,
# measure words): a name never starts before one. Verbs count from two characters on, because
# jieba tags single characters of names as verbs ("鹏盛": "盛").
_FUNCTION_FLAGS = {"p", "c", "uj", "ul", "ud", "ug", "uz", "uv", "r", "m", "q", "i"}  # i: idioms
_PROVINCE = re.compile(
    r"^[俄中蒙哈白乌吉塔]?[\u4e00-\u9fff]{2,8}?(?:省|自治区|特别行政区|边疆区|自治州|共和国)"
)
_BRACKETED = re.compile(r" ?[（(][\u4e00-\u9fff]{1,6}[）)]$")
# A bracket inside a name follows a place or a rank of the name, two characters or more:
# "某某 (国家级)经济技术开发区", "某省(中俄)自由贸易区", "某市(长江)经济开发区", "中德(欧)…".
_NAMED_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}$")
_BYLINE = re.compile(r"记者|通讯员|摄|编辑|报道")  # "某地电(记者某某)": a byline, no name
_PILOT_ZONE_HEADS = ("自由贸易试验区", "自贸试验区", "自由贸易区", "自贸区")
# "…高新区块": a block of a zone's area, named after the zone, not the zone.
_BLOCK = re.compile("[块塊]")
# A park's management committee is the park's own administration: the site, not a second name.
ADMINISTRATION = ("管理委员会", "管委会", "管委")
_AREA = re.compile(r"[\u4e00-\u9fff]{2,4}?片区")
_ASSOCIATION = re.compile(r"联盟|协会|商会|联合会|聯盟|協會|商會|聯合會")
# A bilateral abbreviation before a bracketed city: "中德（某市）…", "中韩（某市）…".
_BILATERAL_END = re.compile(r"中[德韩俄哈白蒙乌吉塔巴埃柬老越泰欧阿法印日新马以英意美](?=$)")
# A rank before a name describes the park ("世界级某某产业园"), it is no part of the name.
_RANK = re.compile(r"^(?:世界级|国家级|省级|市级|一流|首个|全球)")
_COUNTED = re.compile(r"[一二三四五六七八九十两\d]+大$|^[一二三四五六七八九十两\d]+大")
_CITY = re.compile(r"^[\u4e00-\u9fff]{1,6}?市")
_REGION = re.compile(r"^[\u4e00-\u9fff]{2,6}?州")


@lru_cache(maxsize=1)
def _boundaries() -> frozenset[str]:
    path = Path(__file__).with_name("data") / "zh_name_boundaries.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip() for s in lines if s.strip() and not s.startswith("#"))


@lru_cache(maxsize=1)
def _countries() -> tuple[str, ...]:
    names = {k for k in COUNTRY_ALIASES if re.fullmatch(r"[\u4e00-\u9fff]{2,}", k)}
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _head_re() -> re.Pattern[str]:
    heads = sorted({h for h, _ in SITE_HEADS_ZH}, key=len, reverse=True)
    return re.compile("|".join(re.escape(h) for h in heads))


def _kind(head: str) -> str:
    return next(k for h, k in SITE_HEADS_ZH if h == head)


# Words that say what a park does, not which park it is.
_DESCRIBING = ("科技", "智慧", "智能", "都市", "传统", "优势", "综合", "服务", "现代", "高端",
               "绿色", "数字", "供应链", "智造", "产业", "创新", "创业",
               # Words of praise, size and type that describe what a park is or should become
               # ("建成国家一流经济技术开发区", "中国在海外最大的产业园区", "开放性科技产业园区").
               "国家", "世界", "国内", "一流", "中高端", "最大", "整个", "规划", "友好", "城市",
               "开放性", "综合性", "国际化", "现代化", "生态化", "智能化", "城市型")  # fmt: skip


@lru_cache(maxsize=1)
def _park_describers() -> tuple[str, ...]:
    return tuple(sorted(set(_sector_words()) | set(_DESCRIBING), key=len, reverse=True))


def _sectors_only(body: str) -> bool:
    """Whether the words before a head are only industries and describing words: no place,
    brand or quoted name (real names carry one)."""
    words = _park_describers()
    while body:
        w = next((w for w in words if body.startswith(w)), None)
        if w is None:
            return False
        body = body[len(w) :]
    return True


def _is_country(word: str) -> bool:
    from parkbridge.extraction.gazetteer import default_gazetteer

    return default_gazetteer().country(word) is not None


def _strip_parents(name: str, head: str) -> str:
    """Drop a province, a city with 市, a region with 州, a country or a rank ("世界级") before
    the proper part."""
    changed = True
    while changed:
        changed = False
        body = name[: len(name) - len(head)]
        candidates = [
            m.group(0) for rx in (_PROVINCE, _CITY, _REGION, _RANK) if (m := rx.match(body))
        ]
        candidates += [c for c in _countries() if body.startswith(c)]
        for prefix in candidates:
            rest = body[len(prefix) :]
            if rest[:1] in _DASHES + "（(" or any(rest.startswith(c) for c in _countries()):
                continue  # "中国—白俄罗斯…": a bilateral name keeps both sides
            if len(rest.strip("“”「」")) >= 2 and not _GENERIC.match(rest):
                name = name[len(prefix) :]
                changed = True
                break
    return name


def site_name_ending_at(text: str, head_start: int, head_end: int) -> str | None:
    """The name of the site whose kind head is ``text[head_start:head_end]``, or None when no
    proper name stands before the head."""
    head = text[head_start:head_end]
    k = head_start
    while k > 0 and head_start - k < _MAX_NAME:
        if _NAME_CHAR.match(text[k - 1]):
            k -= 1
        elif (bracket := _BRACKETED.search(text, max(0, k - 8), k)) and (
            text[: bracket.start()].endswith(_countries())
            or _BILATERAL_END.search(text, 0, bracket.start())
            or (
                _NAMED_BEFORE.search(text, max(0, bracket.start() - 3), bracket.start())
                and not _BYLINE.search(bracket.group(0))
            )
        ):
            # A bracketed province or city in the name: "中国（甘肃）自由贸易试验区",
            # "中德（某市）产业园".
            k = bracket.start()
        else:
            break
    left = text[k:head_start]
    if "——" in left:
        left = left[left.rindex("——") + 2 :]  # "标志性项目——某某产业园": a description first
    if "暨" in left:
        left = left[left.rindex("暨") + 1 :]  # "某某日暨某某产业园交流会": two titles joined
    # Cut after the last boundary word, read as jieba's words so that a character of a
    # longer word ("自由", "成都", "国家") does not cut: "由", "都", "家" alone do.
    from parkbridge.extraction.chinese import _posseg

    # A park inside a zone is named after the zone's head ("…产业集聚区光电产业园" is
    # 光电产业园; "工业园——临川顺德产业园").
    inner = [m for m in _head_re().finditer(left) if len(left) - m.end() >= 2]
    if inner:
        left = left[inner[-1].end() :]
    cut = pos = 0
    quoted = text[head_end : head_end + 1] == "”" and "“" in left
    if quoted:
        # "“某某知识合作先行示范区”": a quoted name is whole, verbs inside it ("合作") included.
        left = left[left.rindex("“") :]
    for w in () if quoted else _posseg().cut(left):
        at, pos = pos, pos + len(w.word)
        # "创建", "入驻"; not "盛" of "鹏盛", nor an industry jieba tags as a verb ("装备制造").
        verb = w.flag.startswith("v") and len(w.word) >= 2 and w.word not in _sector_words()
        # A verb that alone stands before the head is the name's first word as jieba misreads
        # it ("联创|示范区"); boundary words always cut.
        verb_cuts = verb and (pos < len(left) or (at > cut and w.flag == "v"))
        # "…大型项目中韩产业园": a project word before the name describes it.
        project = w.word.endswith("项目") and pos < len(left)
        if w.word in _boundaries() or w.flag in _FUNCTION_FLAGS or verb_cuts or project:
            cut = pos
    left = left[cut:].lstrip(_DASHES + "”」")  # a quote closing before the name is not in it
    # A quoted name starts at its opening quote ("…边疆区“共青城”跨越式发展区"); an unclosed
    # quote is dropped.
    if "”" in left and len(left) - left.rindex("”") > 2:
        left = left[left.rindex("”") + 1 :]  # "“友谊平台”中蒙工业园": a quote closed before it
    if "“" in left:
        left = left[left.rindex("“") :]
    if left.count("“") > left.count("”") and text[head_end : head_end + 1] != "”":
        left = left.replace("“", "")
    if _sectors_only(left):
        return None  # "电子科技产业园", "都市农业产业园": a park described by its industry
    name = _strip_parents(left + head, head)
    if name.count("“") > name.count("”") and text[head_end : head_end + 1] == "”":
        name += "”"  # "“风帆工业园”": the quote closes after the head
    body = name[: len(name) - len(head)].strip("“”「」")
    if body in _countries() or _is_country(body):
        return None  # "泰国工业园": a country's parks, a class (a bilateral name has two sides)
    if body[:1] in ("型", "性", "化"):
        return None  # "城市型生态产业园" cut inside a word: the end of a description
    if _COUNTED.search(body):
        return None  # "…四大功能区", "三大产业园": a count of a class of parks, no name
    if len(body) < 2 or _GENERIC.match(body) or body.endswith(("型", "部")) or _sectors_only(body):
        return None  # "内陆型综保区": a type of zone; "某部自贸区": a ministry's FTZ department
    if (
        head not in _PILOT_ZONE_HEADS
        and _PROVINCE.fullmatch(body)
        and body.endswith(("省", "自治区"))
    ):
        return None  # "某省综保区", "某自治区产业园区": a province holds many; it has one pilot FTZ
    province = _PROVINCE.match(body)
    if province and _GENERIC.match(body[province.end() :]):
        return None  # "某省境外经贸合作区": the province's zones abroad, a class
    words = list(_posseg().cut(body))
    if len(words) == 1 and words[0].flag == "vn" and body == left:
        return None  # "发展工业园": a verbal noun alone is no name
    return name


def find_sites(text: str) -> list[tuple[str, str]]:
    """(name, kind) of every named park or zone in one Chinese sentence, left to right."""
    out: list[tuple[str, str]] = []
    # A sentence names a handful of sites; a run of heads past this is not prose (and each
    # head costs a word segmentation of its left context).
    for _, m in zip(range(_MAX_HEADS), _head_re().finditer(text), strict=False):
        if text.startswith("——", m.end()):
            continue  # "飞地工业园——临川顺德产业园": a description before the name
        if _ASSOCIATION.match(text, m.end()):
            continue  # "工业园区联盟", "开发区协会": a body of many parks, not a park
        if _BLOCK.match(text, m.end()):
            continue
        name = site_name_ending_at(text, m.start(), m.end())
        if name and m.group(0) in _PILOT_ZONE_HEADS:
            # A pilot free trade zone's area is the site named ("…自由贸易试验区喀什片区").
            area = _AREA.match(text, m.end())
            name += area.group(0) if area else ""
        if name:
            out.append((name, _kind(m.group(0))))
    return out


def clean_site_name(name: str, text: str) -> str | None:
    """A site name found by the word runs, with its left edge re-read from the text; None when
    only a description stands before the kind head."""
    at = text.find(name)
    heads = list(_head_re().finditer(name))
    if at < 0 or not heads:
        return name
    last = heads[-1]
    if name.endswith(last.group(0)) and _BLOCK.match(text, at + len(name)):
        return None
    fixed = site_name_ending_at(text, at + last.start(), at + last.end())
    tail = name[last.end() :]
    if tail.startswith(ADMINISTRATION):
        tail = ""  # "…工业园区管理委员会" is the park itself
    if fixed and last.group(0) in _PILOT_ZONE_HEADS:
        # "…自贸区合肥片区": the area is the site named, however the word run cut it.
        area = _AREA.match(text, at + last.end())
        tail = area.group(0) if area else tail
    return fixed + tail if fixed else None


# "将某港打造成示范性经济特区", "全力打造国家物流枢纽经济区": what a place is to be made into is
# a goal that describes it, not a site the article names.
_MADE_INTO = re.compile(r"打造|建设成为|建设成|建成为")
_CLAUSE_END = re.compile(r"[，。；：、,;:！？!?\n]")


def described_not_named(name: str, text: str) -> bool:
    """Whether every occurrence of a site name in a sentence describes rather than names: the
    goal of 打造 in its clause, or one of a class ("…的枢纽经济区之一")."""
    starts = [m.start() for m in re.finditer(re.escape(name), text)][:8]
    if not starts:
        return False
    for at in starts:
        clause = _CLAUSE_END.split(text[max(0, at - 30) : at])[-1]
        one_of_many = text.startswith("之一", at + len(name))
        if not (_MADE_INTO.search(clause) or one_of_many):
            return False
    return True


_PART_AFTER = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:片区|功能区)")


def only_inside_a_part(name: str, text: str) -> bool:
    """Whether a zone's name stands in a sentence only as the start of one of its areas'
    names ("…自由贸易试验区喀什片区"): the area is named, not the zone."""
    ends = [m.end() for m in re.finditer(re.escape(name), text)][:8]
    return bool(ends) and all(_PART_AFTER.match(text, at) for at in ends)


# "某某开发区投资集团有限公司", "某某合作区投资有限公司": a company named after the zone it
# develops; the zone itself is not named there.
_COMPANY_AFTER = re.compile(
    r"(?:投资|开发|建设|发展|运营|管理|控股|实业|产业){0,3}(?:有限责任公司|有限公司|股份公司|集团|公司)"
)


def only_inside_a_company(name: str, text: str) -> bool:
    """Whether a site's name stands in a sentence only as the start of a company's name."""
    ends = [m.end() for m in re.finditer(re.escape(name), text)][:8]
    return bool(ends) and all(_COMPANY_AFTER.match(text, at) for at in ends)
