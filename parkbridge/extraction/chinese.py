"""Chinese: jieba part-of-speech tags (nr person, nt organisation) typed by suffix heads, and a
small figure grammar (阿拉伯/汉字 numerals with 万/亿, 多/余/以上/左右 qualifiers, currency)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parkbridge.extraction.chinese_events import (
    counted_or_listed,
    edition_before,
    edition_festivals,
    edition_titles,
    framed_titles,
    held_meeting,
    short_fairs,
    split_run_together,
)
from parkbridge.extraction.chinese_orgs import (
    after_descriptor,
    bodies_before_their_officers,
    companies_before_titles,
    company_before_facility,
    company_name_from,
    departments,
    is_generic_company,
    is_unnamed_bureau,
    joined_field_bodies,
    listed_organisations,
    names_a_project,
    split_joined_companies,
    with_branch,
)
from parkbridge.extraction.chinese_sites import (
    _ASSOCIATION,
    clean_site_name,
    described_not_named,
    find_sites,
    only_inside_a_company,
    only_inside_a_part,
)
from parkbridge.extraction.dates import find_dates
from parkbridge.extraction.described_events import joined_title_of
from parkbridge.extraction.gazetteer import Gazetteer
from parkbridge.extraction.lexicon import (
    EVENT_HEADS_ZH,
    ORG_HEAD_LOOKALIKES_ZH,
    ORG_HEADS_ZH,
    SITE_HEADS_ZH,
)
from parkbridge.extraction.mentions import Mention
from parkbridge.extraction.numbers import parse_zh_number
from parkbridge.extraction.quantities import FigureMention
from parkbridge.extraction.segment import Sentence

_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)[万亿]*"
_FIG_RE = re.compile(
    # (the 约 of 签约, 合约, 预约 is no "about": "签约8个项目" counts exactly 8)
    rf"(?P<pre>超过|超|逾|近|(?<![签簽合预預节節制契邀])约|大约|至少|不少于|不到|不超过|最多|多达)?"
    rf"(?P<num>{_NUM})(?P<post>多|余)?(?:\s(?=[^\d\s]))?"
    r"(?P<unit>%|％|个百分点|兆瓦|兆(?:元|人民币|美元|令吉)|千瓦(?!时)|令吉|吉瓦|越南盾|苏姆|索姆|图格里克|美元|亿元|万元|元|人民币|卢布|欧元|坚戈|卢比|英镑|日元|公顷|平方公里|平方千米|平方米|公里|千米|亩|年|个月|天|"
    r"个|家|户|名|人|项|国|座|场|份|位|次|辆|台|套|架|艘|栋|吨|大|期)?(?P<tail>以上|左右|以下)?"
)
_QUAL = {
    "超过": "more_than", "超": "more_than", "逾": "more_than", "多": "more_than", "余": "more_than",
    "以上": "more_than", "近": "about", "约": "about", "大约": "about", "左右": "about",
    "至少": "at_least", "不少于": "at_least", "不到": "less_than", "以下": "less_than",
    "不超过": "up_to", "最多": "up_to", "多达": "up_to",
}  # fmt: skip
_UNIT = {
    "%": "percent", "％": "percent", "个百分点": "percent", "美元": "USD", "元": "CNY", "人民币": "CNY", "卢布": "RUB",
    "欧元": "EUR", "令吉": "MYR", "坚戈": "KZT", "卢比": "INR", "英镑": "GBP", "日元": "JPY", "公顷": "ha",
    "兆瓦": "MW", "吉瓦": "GW", "越南盾": "VND", "苏姆": "UZS", "索姆": "KGS", "图格里克": "MNT",
    "吨": "tonnes", "平方公里": "km2", "平方千米": "km2", "平方米": "m2", "公里": "km", "千米": "km", "年": "years", "个月": "months", "天": "days",
}  # fmt: skip
# "亿元以上项目", "5000万元以上企业": a size class before what it classifies.
_SIZE_CLASS = re.compile(r"(?:的)?(?:项目|企业|工业企业|重大项目)")
# A money threshold names a class of projects, firms or parks, it measures none of them:
# "超百亿元的专业园区", "10亿元以上重大产业化项目", "千万美元的项目有10项", "超过100亿元的达到20个".
_CLASS_NOUN = re.compile(
    r"(?:以上)?(?:的)?(?:[\u4e00-\u9fff]{0,6}?(?:项目|企业|园区|产业园|集群|基地)"
    r")"
)
_PREVIOUS_CLASS = re.compile(
    r"(?:元|美元)(?:以上(?:、|以及|及|和)|(?:以上)?(?:至|到|~|～|-|－|—))$"
)
_GRADE = re.compile(r"级|及以上")
_COUNT_AFTER = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:个|项|家)")
_COUNTED_CLASS = re.compile(r"(?:以上)?的(?:达到|有|达)(?:\d|[一二两三四五六七八九十])")
_MEASURED_BEFORE = re.compile(
    r"(?:投资|投资额|总额|金额|资金|收入|产值|规模|达|达到|为|实现|完成)$"
)
# "30亿元以上、50亿元以上以及百亿元…项目": the items of a list of classes.
_CLASS_LIST_GAP = re.compile(r"(?:以上)?(?:、|以及|及|和|或|[~～至到\-－—–])")
# Multiples ("增长1倍多"), decades ("90年代") and points in time after a span ("6个月后") are
# no figures; nor is a number inside a short quoted label ("“两个加快”", "“三基地、一中心”").
_AFTER_NOT_A_FIGURE = re.compile(r"倍|(?<=年)代|(?<=[年月天])(?:以后|之后|后)")
_QUOTED_LABEL = re.compile(r"“[^“”]{1,10}”")
# "一个", "一座", "一家" without a qualifier stand for "a", not for the count one.
_ARTICLE_MEASURES = frozenset("个座家项位名份")
_RANGE_LOW = re.compile(r"(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*[-－—–~～至到]\s*$")
_DATA = Path(__file__).with_name("data")


def _data_lines(name: str) -> list[str]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return [x.strip() for x in lines if x.strip() and not x.startswith("#")]


# Chinese surnames in characters (data/chinese_surnames_zh.txt; compound ones like 欧阳 too).
_ZH_SURNAME_LIST = tuple(_data_lines("chinese_surnames_zh.txt"))
_ZH_SURNAMES = frozenset(x for x in _ZH_SURNAME_LIST if len(x) == 1)
_ZH_COMPOUND_SURNAMES = tuple(x for x in _ZH_SURNAME_LIST if len(x) > 1)
# Titles before a name ("国家主席习近平", "总经理王某某"): data/chinese_titles.txt, longest first.
_ZH_ROLES = tuple(sorted(_data_lines("chinese_titles.txt"), key=len, reverse=True))
# Transliterated names join their parts with a middle dot; pages carry several look-alikes
# (· • ∙ ・ ‧), and a lost one often shows as "?" between two Chinese characters.
_DOT = "·•∙・‧"


def _is_org_name(name: str) -> bool:
    """Ends in an organisation head and is not a common word that merely ends in one."""
    return name.endswith(ORG_HEADS_ZH) and not name.endswith(ORG_HEAD_LOOKALIKES_ZH)


def _has_surname(name: str) -> bool:
    return name[:1] in _ZH_SURNAMES or name.startswith(_ZH_COMPOUND_SURNAMES)


# A collective title before a list of names: "市领导王某、李某某", "省领导张某".
_LEADERS_RE = re.compile(
    r"((?:省|市|区|县|州|自治区)(?:委|政府)?领导)"
    r"([\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){0,8})(?=[，,。；;]|等|出席|参加|陪同)"
)
_DOCUMENT = re.compile(
    r"(?:合同|协议|备忘录|规划|方案|意见|通知|办法|目录|纲要|计划|报告|条例|决定|公告|细则)"
    r"(?:[（(][^（）()]{0,16}[）)])?$"
)
_GOVERNMENT_MEETING = re.compile(
    r"^(?:全省|全市|全区|全县|全国|省|市|区|县)[\u4e00-\u9fff]{0,12}工作(?:会议|大会|推进会)$"
)
_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz", "j", "eng"})
_NOT_A_NAME = re.compile(r"(?:先生|女士|小姐)$|.[区县市省镇乡村]$")
_DOT_NAME_RE = re.compile(
    rf"[\u4e00-\u9fff]{{1,20}}(?:(?:[{_DOT}]|(?<=[\u4e00-\u9fff])\?(?=[\u4e00-\u9fff]))[\u4e00-\u9fff]{{1,20}}?)+"
    r"(?=在|表示|说|指出|称|认为|强调|的|和|与|是|出席|会见|今年|目前|已|将|新增|对|于|应|向|同|等|一行|率"
    r"|[^\u4e00-\u9fff]|$)"
)
_TRANSLIT = "".join(dict.fromkeys("".join(_data_lines("chinese_transliteration_chars.txt"))))
# A name after a title ends where a verb, preposition or punctuation follows it.
_AFTER_NAME = (
    r"(?=表示|说|指出|称|认为|强调|介绍|在|对|与|和|同|会见|会晤|出席|率|一行|等|的|就|向|于|将|为"
    r"|访问|参加|致辞|宣布|签署|主持|举行|会谈|讲话|发表|视察|考察|接受|共同|带队|带领|陪同"
    r"|：|:|，|,|、|。|\s|$"
    r"|日前|近日|\d{1,2}日)"
)
_ROLE_NAME_RE = re.compile(rf"({'|'.join(_ZH_ROLES)})([\u4e00-\u9fff]{{2,4}}?){_AFTER_NAME}")
# A foreign name after a title, written in transliteration characters ("总统托卡耶夫").
_ROLE_FOREIGN_RE = re.compile(rf"({'|'.join(_ZH_ROLES)})([{_TRANSLIT}]{{2,7}}?){_AFTER_NAME}")
# A name before its title at the start of a clause: "，崔某某特派员率…", "王某某董事长表示".
_NAME_ROLE_RE = re.compile(
    rf"(?:^|(?<=[，,。；;：:、\s]))([{''.join(sorted(_ZH_SURNAMES))}][\u4e00-\u9fff]{{1,2}}?)"
    rf"({'|'.join(_ZH_ROLES)})(?=率|表示|说|指出|强调|介绍|出席|会见|在|一行)"
)
_NAME_RE = re.compile(r"[\u4e00-\u9fff·]{2,20}")
_QUOTED_RE = re.compile(r"[“「《]([^”」》]{2,40})[”」》]")
_QUOTED_HEAD_RE = re.compile(
    r"[“「][^”」]{2,20}[”」][\u4e00-\u9fff]{0,8}?(?:"
    + "|".join(sorted((re.escape(h) for h, _ in SITE_HEADS_ZH), key=len, reverse=True))
    + r")"
)


@functools.lru_cache(maxsize=1)
def _posseg() -> Any:
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg


_MONEY_WORDS = frozenset({"美元", "亿元", "万元", "元", "人民币", "卢布", "欧元", "坚戈", "卢比", "英镑",
                          "日元", "越南盾", "苏姆", "索姆", "图格里克"})  # fmt: skip


def _is_threshold(sentence: str, m: re.Match[str], depth: int = 0) -> bool:
    """Whether the amount ``m`` is the threshold of a class ("超百亿元的专业园区"), directly or
    as an item of a list of classes ("30亿元以上、50亿元以上以及百亿元龙头型重大项目")."""
    if _COUNTED_CLASS.match(sentence, m.end()):
        return True  # "销售收入超过100亿元的达到20个": the parks past the threshold are counted
    if _GRADE.match(sentence, m.end()):
        return True  # "百亿级项目", "30亿元及以上66个": a grade of projects, or those above it
    qualified = m.group("pre") in ("超", "超过", "逾") or m.group("tail") == "以上"
    direct = _CLASS_NOUN.match(sentence, m.end())
    if direct and qualified:
        return True  # "投资超20亿元的重大产业项目": over a threshold names a class
    if _MEASURED_BEFORE.search(sentence, max(0, m.start() - 3), m.start()):
        return False  # "总投资10亿元的项目": the project's own amount
    # The list's last item may drop "以上": "…50亿元以上以及百亿元龙头型重大项目"; a range's
    # end keeps the class of its start: "10亿元至50亿元的项目有32个".
    after_class = _PREVIOUS_CLASS.search(sentence, max(0, m.start() - 8), m.start())
    if direct and (depth or after_class or _COUNT_AFTER.match(sentence, direct.end())):
        return True  # "…千万元投资建设项目11个": the projects of that size are counted
    gap = _CLASS_LIST_GAP.match(sentence, m.end())
    if gap and depth < 8:
        nxt = _FIG_RE.match(sentence, gap.end())
        if nxt and nxt.group("num") and nxt.group("unit") in _MONEY_WORDS:
            return _is_threshold(sentence, nxt, depth + 1)
    return False


def find_figures(sentence: str) -> list[FigureMention]:
    out: list[FigureMention] = []
    date_spans = [(d.begin, d.finish) for d in find_dates(sentence)]
    labels = list(_QUOTED_LABEL.finditer(sentence))
    for m in _FIG_RE.finditer(sentence):
        if not m.group("num") or any(s <= m.start("num") < e for s, e in date_spans):
            continue
        unit_word = m.group("unit") or ""
        if unit_word == "年" and re.fullmatch(r"(?:19|20)\d{2}", m.group("num")):
            continue  # a calendar year
        scale_class = (
            not unit_word
            and m.group("num")[-1] in "亿万"
            and sentence[m.end() : m.end() + 1] == "级"
        )
        if not unit_word and not m.group("pre") and not m.group("tail") and not scale_class:
            continue
        if m.group("num") == "两" and sentence[m.end("num") : m.end("num") + 1] in "国地岸党院":
            continue  # "两国" is "the two countries", an anaphor, not a count
        if sentence[max(0, m.start("num") - 1) : m.start("num")] == "几":
            continue  # "几十年" (decades) is vague, not a number
        if sentence[max(0, m.start() - 1) : m.start()] == "第":
            continue  # "第七次": an ordinal
        if unit_word == "位" and sentence[m.end() : m.end() + 1] == "数":
            continue  # "两位数增长": double-digit growth, no count
        if unit_word == "大" and (
            m.group("num") in ("一", "1")
            or not re.match(r"[\u4e00-\u9fff]", sentence[m.end() : m.end() + 1])
        ):
            continue  # "三大产业" counts three industries; "一大批" is "a large batch"
        if unit_word == "期" and sentence[max(0, m.start() - 1) : m.start()] != "分":
            continue  # "分三期建设" counts phases; "二期" names the second phase
        if unit_word == "亩":
            continue  # the mu is not in SCHEMA's closed list of units, and units are not converted
        if m.group("tail") == "以上" and _SIZE_CLASS.match(sentence, m.end()):
            continue  # "亿元以上项目": a size class of projects, not an amount
        if _AFTER_NOT_A_FIGURE.match(sentence, m.end()):
            continue
        if not scale_class and any(q.start() < m.start() and m.end() < q.end() for q in labels):
            continue
        if unit_word in _MONEY_WORDS and _is_threshold(sentence, m):
            continue
        if (
            m.group("num") == "一"
            and unit_word in _ARTICLE_MEASURES
            and not (m.group("pre") or m.group("post") or m.group("tail"))
        ):
            continue  # "建设一座气站", "建立一个园区": the indefinite article, not a count
        value = parse_zh_number(m.group("num"))
        if value is None or value == 0:
            continue
        if scale_class:
            # "百亿级产业集群", "打造成100亿级产业规模": a size in yuan, stated roughly.
            out.append(FigureMention(value, "CNY", "about", sentence[m.end() + 1 : m.end() + 7] or None,
                                     m.start(), m.end() + 1, 0))  # fmt: skip
            continue
        if unit_word in ("亿元", "万元"):
            value = value * (100_000_000 if unit_word == "亿元" else 10_000)
            unit = "CNY"
        elif unit_word.startswith("兆") and unit_word != "兆瓦":
            # "8.7兆人民币": 兆 is a trillion in Taiwanese and Malaysian Chinese writing
            value, unit = round(value * 1_000_000_000_000), _UNIT.get(unit_word[1:], "CNY")
        elif unit_word == "千瓦":
            value, unit = value / 1000, "MW"  # "装机10万千瓦": 100,000 kW is 100 MW
        else:
            unit = _UNIT.get(unit_word, "count")
        q = _QUAL.get(m.group("pre") or m.group("post") or m.group("tail") or "", "exact")
        measure = sentence[m.end() : m.end() + 6] or None
        low = _RANGE_LOW.search(sentence, max(0, m.start() - 8), m.start("num"))
        if low and not m.group("pre") and (low_value := parse_zh_number(low.group(1))):
            # "2-3年", "5至8个": a range gives two figures.
            out.append(FigureMention(low_value, unit, q, measure, low.start(), low.end(), 0))
        out.append(FigureMention(value, unit, q, measure, m.start(), m.end(), 0))
    return out


def _kind(name: str, heads: list[tuple[str, str]] | dict[str, str]) -> str | None:
    items = heads.items() if isinstance(heads, dict) else heads
    for suffix, kind in items:
        if len(name) <= len(suffix):
            continue  # the head alone ("博览会") is not a name
        # Inside the name only for long heads ("工业园区管委会"); short ones ("合作区") also
        # start ordinary phrases ("合作区累计"), so they must end the name.
        if name.endswith(suffix) or (suffix in name and len(suffix) >= 4):
            return kind
    return None


_BYLINE_RE = re.compile(r"[（(][^（）()]{0,30}[）)]")
_BYLINE_WORDS = re.compile(r"记者|通讯员|摄影|编辑|作者|报道")
_PERSON_BEFORE = re.compile(
    rf"(?:{'|'.join(_ZH_ROLES)}|书记|总书记|领导人|负责人|经理|专家|教授|代表|董事|首席执行官|助理)$"
)
# After a name: a speech or meeting verb, or a title and then one ("崔某某特派员率…").
_PERSON_AFTER = re.compile(
    rf"^(?:{'|'.join(_ZH_ROLES)})?"
    r"(?:表示|说|指出|称|认为|强调|介绍|会见|出席|在|：|:|率|率领|一行|先生|女士|等|与|和|同|对|向|应|于"
    r"|\d{1,2}日)"
)
# A Latin-script name after a Chinese role: "撒马尔罕省省长Erkinjon Turdimov".
_ROLE_LATIN_RE = re.compile(
    rf"(?:{'|'.join(_ZH_ROLES)}|书记|助理)\s*([A-Z][a-z]+(?:[ -][A-Z][a-z]+){{1,3}})"
)


@dataclass(frozen=True)
class _Word:
    word: str
    flag: str


def _join_split_names(words: list[Any]) -> list[Any]:
    """jieba splits some names into surname + given name ("李" + "惠来"): join them back."""
    out: list[Any] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if (
            nxt is not None
            and w.flag.startswith("nr")
            and len(w.word) == 1
            and w.word in _ZH_SURNAMES
            and nxt.flag.startswith("nr")
            and 1 <= len(nxt.word) <= 2
        ):
            out.append(_Word(w.word + nxt.word, "nr"))
            i += 2
            continue
        out.append(w)
        i += 1
    return out


def _event_head_follows(words: list[Any], k: int) -> bool:
    """ "和"/"与" stays inside an event's name when the few nouns after it end in an event head
    ("商务与投资峰会") and the words before it are nouns too."""
    if not words[k - 1].flag.startswith(("n", "vn", "j")):
        return False
    if words[k - 1].word.endswith((*ORG_HEADS_ZH, "管委会", "管委")):
        return False  # "某管委会与某促进会": two bodies, not one meeting's name
    tail = ""
    for w in words[k + 1 : k + 6]:
        if not w.flag.startswith(("n", "vn", "j")):
            return False
        tail += w.word
        if tail.endswith(tuple(EVENT_HEADS_ZH)):
            return True
    return False


def _split_meeting_words(words: list[Any]) -> list[Any]:
    """jieba reads "推进会上" as "推进" + "会上" (at the meeting): give "会" back to the meeting's
    head ("推进会" + "上"), so the event's name ends in its head."""
    out: list[Any] = []
    for w in words:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(w.word) >= 2
            and w.word[0] in "会會"
            and w.word[1:] in ("上", "后", "後", "前", "中", "期间", "期間")
            and (prev.word + w.word[0]).endswith(tuple(EVENT_HEADS_ZH))
        ):
            out[-1] = _Word(prev.word + w.word[0], "n")
            out.append(_Word(w.word[1:], "f"))
            continue
        out.append(w)
    return out


# An investment promotion association ("经济促进会") is an organisation; it is a meeting only
# where the sentence holds or attends it ("召开投资促进会"; chinese_events.held_meeting).
_ASSOCIATION_OR_MEETING = ("促进会", "促進會")
# An exchange meeting is an event where it joins two places or communities ("某省—某国企业家
# 交流会", "某县·某区合作交流会"); otherwise it is a working meeting.
_EXCHANGE_HEADS = ("交流会", "交流會")
_TWO_SIDES = re.compile(r"[-—–·•]|合作交流")
_EVENT_BODY = re.compile(r"组委会|秘书处|执委会")
# Heads that make a name a company even when a site's name is inside it.
_COMPANY_HEADS_ZH = ("公司", "集团", "银行")
_USER_WORDS: set[str] = set()
# China and one partner, as news abbreviates them (not "中新", "中意", "中非": common words).
_BILATERAL_ZH = tuple("中" + c for c in "俄哈白蒙乌吉塔巴埃柬老越泰欧阿德法印韩")


def add_user_words(gaz: Gazetteer) -> None:
    """jieba's user dictionary from the registry: titles, kind heads, and the Chinese names of
    known sites and organisations, so that "国家主席习近平" splits at the title and a known park's name stays
    one word. Added once per process (jieba's dictionary is global)."""
    posseg = _posseg()
    del posseg  # the dictionary is loaded with the tagger
    import jieba

    words: list[tuple[str, str]] = [(t, "n") for t in _ZH_ROLES]
    # Kind heads are nouns: jieba tags some as verbs ("促进会"), which would end a name run.
    words += [(h, "n") for h in (*EVENT_HEADS_ZH, *(h for h, _ in SITE_HEADS_ZH), *ORG_HEADS_ZH)]
    # Bilateral abbreviations open names ("中俄博览会", "中哈合作中心"); jieba reads "中" apart
    # as a direction word, which would end the name there.
    words += [(w, "j") for w in _BILATERAL_ZH]
    words += [(name, "nz") for name, _ in gaz.site_index.cjk]
    words += [(name, "nt") for name, _ in gaz.org_index.cjk]
    for word, tag in words:
        if word not in _USER_WORDS and 2 <= len(word) <= 30:
            jieba.add_word(word, tag=tag)
            _USER_WORDS.add(word)


# Verbs of attending or holding inside a candidate event name: the name starts after them.
_COUNTED_ZH = re.compile(r"[\d一二三四五六七八九十两]+(?:大|项|个|场)")
_HOLDS_ZH = re.compile(r"(?:出席|主持|参加|参与|召开|举行|举办|莅临|列席)了?")


class ChineseGrammar:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        add_user_words(gazetteer)

    def _names_a_place(self, dotted: str) -> bool:
        """ "…港·成都锦西数智港": a part after the dot that opens with a city's name is a
        project or brand joined to a place, not a transliterated person's name."""
        parts = re.split(rf"[{_DOT}?]", dotted)[1:]
        return any(p[:n] in self.gaz.cities for p in parts for n in (2, 3, 4) if len(p) > n)

    def _generic_title(self, name: str) -> bool:
        """A meeting named by common words only: no place, person, body, brand, number, quote
        or bracket ("高层论坛", "项目对接会", "经贸合作论坛")."""
        if re.search(r"[A-Za-z\d“”\"《》()（）·—\-]", name):
            return False
        return not any(
            w.flag in _PROPER_TAGS or self._is_place(w.word) for w in _posseg().cut(name)
        )

    def _is_place(self, name: str) -> bool:
        return name in self.gaz.cities or name in self.gaz.countries

    def _unnamed_centre(self, name: str) -> bool:
        """ "监控中心", "药物安全评价中心", "省级企业技术中心": a centre named by what it does,
        with no place, person, body or brand in its name, is a facility, not an organisation."""
        if not name.endswith("中心") or re.search(r"[A-Za-z]", name):
            return False
        words = list(_posseg().cut(name[:-2]))
        return not any(w.flag in _PROPER_TAGS or self._is_place(w.word) for w in words)

    def _person_in_context(self, name: str, text: str) -> bool:
        """jieba's person tag is noisy on common words (卫星, 明珠, 卢布): a name needs a
        surname, a role before it or a speech verb after it, and no byline around it."""
        if not 2 <= len(name) <= 4 or not _has_surname(name):
            return False
        for m in _BYLINE_RE.finditer(text):
            inner = m.group(0)[1:-1]
            if name in inner and (
                _BYLINE_WORDS.search(inner) or re.fullmatch(r"[\u4e00-\u9fff·,，、\s]+", inner)
            ):
                return False  # "(记者毛卫华)", "(朱景超,李明)": the article's authors
        for m in re.finditer(re.escape(name), text):
            if (
                m.start() > 0
                and text[m.start() - 1] in _TRANSLIT
                and all(ch in _TRANSLIT for ch in name)
            ):
                continue  # "亚|罗申科": the tail of a transliterated name jieba cut
            if _PERSON_BEFORE.search(text[: m.start()]) or _PERSON_AFTER.match(text[m.end() :]):
                return True
        return False

    def mentions(self, sentences: list[Sentence], default_year: int | None) -> list[Mention]:
        posseg = _posseg()
        out: list[Mention] = []
        for sent in sentences:
            text = sent.text
            dates = find_dates(text, default_year)
            words = _split_meeting_words(_join_split_names(list(posseg.cut(text))))
            for m in _ROLE_LATIN_RE.finditer(text):
                out.append(Mention("people", m.group(1), text))
            # Proper-noun runs ending in a head word: "中白工业园", "东方经济论坛".
            # A document's title in 《》 ("《某某产业园区开发合同》", "《某省工业园区布局规划》")
            # names the document, not the park it is about.
            candidates: list[str] = [q for q in _QUOTED_RE.findall(text) if not _DOCUMENT.search(q)]
            # A quoted name with its kind after the quotes: "“共青城”跨越式发展区".
            candidates += [m.group(0) for m in _QUOTED_HEAD_RE.finditer(text)]
            # "在<title>上": the meeting's whole title (chinese_events.py).
            candidates += framed_titles(text)
            # "第二届…(某地)峰会": a title after its edition runs to its head.
            candidates += edition_titles(text)
            run: list[str] = []
            proper = False  # the run holds a place or proper name, not only generic words
            pending: str | None = None  # an organisation name a longer one may still extend
            named_site = False  # the run already gave a site or event; only an org may follow
            for k, w in enumerate(words):
                time_word = w.flag == "t" and re.search(r"[年月日今明昨时期\d]", w.word)
                if run and w.word in ("—", "-", "–", "·"):
                    run.append(w.word)  # "二连浩特—扎门乌德…合作区": one name across a dash
                    continue
                nxt = words[k + 1] if k + 1 < len(words) else None
                if (
                    run
                    and w.word in ("和", "与")
                    and words[k - 1].flag == "ns"
                    and nxt is not None
                    and nxt.flag == "ns"
                ):
                    run.append(w.word)  # "远东和北极发展集团": two places joined inside one name
                    continue
                if (
                    run
                    and w.word in ("和", "与")
                    and _event_head_follows(words, k)
                    and not "".join(run).endswith(tuple(EVENT_HEADS_ZH))
                ):  # ("某博览会和某洽会": a whole title before "和" makes two events)
                    run.append(w.word)  # "中国—东盟商务与投资峰会": two fields of one meeting
                    continue

                # Verbs end a name run: "企业入驻中白工业园" names 中白工业园 only.
                if not (w.flag.startswith(("u", "p", "c", "d", "m", "r", "q", "f"))
                        or w.flag == "v" or time_word) and re.fullmatch(r"[\u4e00-\u9fff]+", w.word):  # fmt: skip
                    if not run:
                        proper = named_site = False
                    run.append(w.word)
                    proper = proper or w.flag in ("ns", "nr", "nrt", "nt", "nz", "j", "nrfg")
                    name = "".join(run)
                    is_site = not named_site and _kind(name, SITE_HEADS_ZH)
                    # An event may be named after a site ("…工业园区联盟年度会议").
                    if is_site or _kind(name, EVENT_HEADS_ZH):
                        named_site = True
                        # "现代化工业园区", "跨境经济合作区": a kind phrase without a proper
                        # name is a description, not a site's name.
                        if not is_site or proper:
                            candidates.append(name[-24:].lstrip("—-–"))
                        # The run goes on: "…合作中心国家股份公司" is the company that runs
                        # the centre, a second entity whose name holds the site's. A body named
                        # before a meeting's head holds the meeting ("…联盟工作会议").
                        if pending and not is_site and _ASSOCIATION.search(pending[-3:]):
                            candidates.append(pending)
                        pending = None
                    elif _is_org_name(name):
                        # The longest naming wins: "…合作中心国家股份公司" is one company, not
                        # "…合作中心" and "国家股份公司".
                        pending = name[-24:].lstrip("—-–")
                else:
                    run = []
                    if pending:
                        candidates.append(pending)
                        pending = None
                if w.flag in ("nr", "nrfg", "nrt") and self._person_in_context(w.word, text):
                    out.append(Mention("people", w.word, text))
                elif w.flag == "nt":
                    candidates.append(w.word)
            if pending:
                candidates.append(pending)
            # Transliterated foreign names join their parts with "·" ("卡济别克·沙伊赫特金诺夫");
            # jieba splits them into pieces, so they are read here and the pieces dropped.
            taken: list[str] = []
            for m in _DOT_NAME_RE.finditer(text):
                name = m.group(0)
                head_end = max((name.rfind(h) + len(h) for h, _ in SITE_HEADS_ZH if h in name),
                               default=0)  # fmt: skip
                cut = max((name.rfind(r) + len(r) for r in _ZH_ROLES if r in name), default=0)
                person = name[cut:]
                if cut and _DOT_NAME_RE.fullmatch(person):
                    # "…股份公司总裁德·扎金?卡哈曼": the part after the last title is the person.
                    out.append(Mention("people", person, text, role=name[:cut]))
                elif head_end:
                    candidates.append(name[:head_end])
                elif event_end := max(
                    (name.rfind(h) + len(h) for h in EVENT_HEADS_ZH if h in name), default=0
                ):
                    # "成都·新都…投资环境推介会": places joined by "·" in an event's name; the
                    # shorter run jieba found inside it is the same event.
                    candidates = [c for c in candidates if c not in name[:event_end]]
                    candidates.append(name[:event_end])
                elif (
                    not _is_org_name(name)
                    and _DOT_NAME_RE.fullmatch(person)
                    and not self._names_a_place(person)
                ):
                    out.append(Mention("people", person, text))
                taken.append(name)
            for m in _ROLE_FOREIGN_RE.finditer(text):
                if not _has_surname(m.group(2)) and m.group(2) not in self.gaz.cities:
                    out.append(Mention("people", m.group(2), text, role=m.group(1)))
                    taken.append(m.group(2))
            for m in _NAME_ROLE_RE.finditer(text):
                if m.group(1) not in self.gaz.cities:
                    out.append(Mention("people", m.group(1), text, role=m.group(2)))
                    taken.append(m.group(1))
            for m in _LEADERS_RE.finditer(text):
                # "市领导王某、李某某等出席": each name after a collective title.
                for given in m.group(2).split("、"):
                    if _has_surname(given) and given not in self.gaz.cities:
                        out.append(Mention("people", given, text, role=m.group(1)))
                        taken.append(given)
            for m in _ROLE_NAME_RE.finditer(text):
                given = m.group(2)
                if _has_surname(given) and len(given) <= (
                    4 if given[:2] in _ZH_COMPOUND_SURNAMES else 3
                ):
                    out.append(Mention("people", m.group(2), text, role=m.group(1)))
                    taken.append(m.group(2))
            out = [
                x for x in out if not (x.category == "people" and _NOT_A_NAME.search(x.name))
            ]  # "陈先生": a polite form without the given name; "某某区": a district
            out = [
                x for x in out
                if not (x.category == "people" and x.sentence == text and not _DOT_NAME_RE.fullmatch(x.name)
                        and x.role is None and (any(x.name in t for t in taken)
                                                or x.name in self.gaz.cities or x.name.endswith("方")))
            ]  # fmt: skip
            # "…交易会某地专场招商会": two titles run together are two events.
            candidates = [part for c in candidates for part in split_run_together(c)]
            for name in dict.fromkeys(candidates):
                if name in self.gaz.cities or name in self.gaz.countries:
                    continue
                site = _kind(name, SITE_HEADS_ZH)
                event = _kind(name, EVENT_HEADS_ZH)
                if event and name.endswith(tuple(EVENT_HEADS_ZH)):
                    site = None  # "…工业园区联盟年度会议": a meeting named after parks
                if site and _ASSOCIATION.search(name[-3:]):
                    site = None  # "…工业园区联盟": an alliance of parks is an organisation
                if name.endswith(_COMPANY_HEADS_ZH) and (
                    len(name) >= 4 or name in _COMPANY_HEADS_ZH
                ):
                    # A company named after the site it runs ("…合作中心国家股份公司"); jieba
                    # cuts unknown names short ("远航|集团": "远航" read as a verb), so the
                    # name is re-read leftwards, each time it occurs.
                    for at in [m.start() for m in re.finditer(re.escape(name), text)][:8]:
                        full = company_name_from(text, at, at + len(name))
                        if len(full) >= 4 and not is_generic_company(full, "公司"):
                            out.append(Mention("organizations", full, text))
                            if len(name) >= 4:
                                break
                elif site:
                    at = text.find(name)
                    if at >= 0 and _ASSOCIATION.match(text, at + len(name)):
                        continue  # "工业园区联盟": a body of many parks, not a park
                    cleaned = clean_site_name(name, text)
                    if cleaned:  # else a description ("中乌合资工业园区"), not a name
                        out.append(Mention("sites", cleaned, text, kind=site))
                elif (
                    event
                    and name.endswith(_ASSOCIATION_OR_MEETING)
                    and not held_meeting(name, text)
                ):
                    out.append(Mention("organizations", name, text))
                elif event:
                    if _COUNTED_ZH.match(name):
                        continue  # "六大平行论坛", "18项…签约活动": a count of events, no name
                    verbs = list(_HOLDS_ZH.finditer(name))
                    if verbs:
                        # "市长张明出席会议": who attends is no part of the meeting's name.
                        name = name[verbs[-1].end() :]
                        if len(name) < 3 or name in EVENT_HEADS_ZH:
                            continue
                    if name.endswith(_EXCHANGE_HEADS) and not _TWO_SIDES.search(name):
                        continue  # "经验交流会": an exchange meeting counts between two sides
                    if _GOVERNMENT_MEETING.match(name):
                        continue  # "全省产业园区工作会议": a government's working meeting
                    if (
                        re.sub(r"^(?:该|該|此|这|這|本|上述)(?:届|屆|次)?", "", name)
                        in EVENT_HEADS_ZH
                    ):
                        continue  # "該論壇", "本届博览会": the event named before, not a name
                    # "…推介会暨项目签约仪式": "暨" joins two titles of one meeting.
                    joined = joined_title_of(name, text)
                    if joined:
                        name = joined
                    # "第三届某某博览会": the title as written keeps its edition.
                    edition = None
                    if with_edition := edition_before(name, text):
                        name, edition = with_edition
                    if (
                        event in ("conference", "forum")
                        and self._generic_title(name)
                        and counted_or_listed(name, text)
                    ):
                        continue  # "21个高层论坛", "首场…推介会", "…、项目对接会、…": a class
                    out.append(Mention("events", name, text, kind=event, edition=edition,  # type: ignore[arg-type]
                                       start=dates[0].start if dates else None,
                                       end=dates[-1].end if dates else None))  # fmt: skip
                elif _is_org_name(name) and len(name) >= 4:
                    at = text.find(name)
                    if at > 0 and text[at - 1].isdigit() and name[0] in "家个所名":
                        name = name[1:]  # "6家母基金": the measure word is not the name's
                    head = next(h for h in ORG_HEADS_ZH if name.endswith(h))
                    if not is_generic_company(name, head):
                        out.append(Mention("organizations", name, text))
            # "东博会", "第20届东博会": a fair by its short form (chinese_events.py).
            for name, edition in short_fairs(text):
                out.append(Mention("events", name, text, kind="expo", edition=edition,
                                   start=dates[0].start if dates else None,
                                   end=dates[-1].end if dates else None))  # fmt: skip
            # "第三届某某文化节": a festival named with its edition.
            for name, edition in edition_festivals(text):
                out.append(Mention("events", name, text, kind="other", edition=edition,
                                   start=dates[0].start if dates else None,
                                   end=dates[-1].end if dates else None))  # fmt: skip
            # "A、B、C等15家企业": each item names a company.
            for name in listed_organisations(text, self._is_place):
                out.append(Mention("organizations", name, text))
            for name in companies_before_titles(text, self._is_place):
                out.append(Mention("organizations", name, text))
            for name in departments(text):
                out.append(Mention("organizations", name, text))
            for name in bodies_before_their_officers(text, self._is_place):
                out.append(Mention("organizations", name, text))
            joined = joined_field_bodies(text)
            if joined:  # "某某贸易和信息化委": pieces of the joined name are no names
                out = [x for x in out if not (x.category == "organizations" and x.sentence == text
                                              and any(x.name in j and x.name != j for j in joined))]  # fmt: skip
                out += [Mention("organizations", name, text) for name in joined]
            for x in [x for x in out if x.sentence == text]:
                # "某某博览会秘书处", "某某博览会组委会": the body that runs a named event.
                if x.category == "events" and (
                    m := _EVENT_BODY.match(text, text.find(x.name) + len(x.name))
                ):
                    out.append(Mention("organizations", x.name + m.group(0), text))
                elif x.category == "organizations":
                    x.name = with_branch(x.name, text, self._is_place)  # "某某银行某某市分行"
            # Names read from their kind head leftwards, where jieba's runs break a name.
            for site_name, site_kind in find_sites(text):
                out.append(Mention("sites", site_name, text, kind=site_kind))
            for entry_name, entry in self.gaz.site_index.cjk:
                if entry_name in text and not only_inside_a_part(entry_name, text):
                    out.append(Mention("sites", entry_name, text, kind=entry.kind,  # type: ignore[attr-defined]
                                       country=entry.country, canonical=entry.name))  # type: ignore[attr-defined]  # fmt: skip
        for x in [x for x in out if x.category == "organizations"]:
            x.name = after_descriptor(x.name)  # "园区建设单位某某公司": the name after what it is
            x.name = company_before_facility(x.name)  # "某某集团研发中心": the company
            parts = split_joined_companies(x.name, self._is_place)
            if len(parts) > 1:
                x.name = parts[1]
                out.append(Mention("organizations", parts[0], x.sentence))
        return [
            x
            for x in out
            if not (
                x.category == "organizations"
                and (
                    self._unnamed_centre(x.name)
                    or names_a_project(x.name, x.sentence)
                    or is_unnamed_bureau(x.name)
                )
            )
            and not (
                x.category == "sites"
                and not x.canonical
                and (
                    described_not_named(x.name, x.sentence)
                    or only_inside_a_company(x.name, x.sentence)
                )
            )
        ]
