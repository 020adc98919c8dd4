"""Chinese event names that the word runs of ``chinese.py`` cut or miss (SCHEMA.md, events).

Three conventions of Chinese news writing:

- An edition opens the title ("第三届…博览会", "首届…论坛"): the title as written keeps it, and
  two editions named in one article are two events.
- Big fairs go by a short form of one character and "博会" or "交会" ("东博会" for an
  "…东盟博览会", "广交会" for a "…交易会"), often after "本届" (this edition).
- A meeting is named in full in the frame "在<title>上" (at the meeting): "在2026某某投资与贸易
  对接会上" names the whole title, of which the word runs keep only the last words.

Plain Python on simplified characters (the pipeline reads traditional text as simplified).
"""

from __future__ import annotations

import re

from parkbridge.extraction.lexicon import EVENT_HEADS_ZH
from parkbridge.extraction.numbers import parse_zh_number

_NUMERAL = r"[零〇一二两三四五六七八九十百\d]+"
# "第十七届", "第3届", "首届": the edition before a title.
_EDITION_BEFORE = re.compile(rf"(?:第({_NUMERAL})[届屆]|(首)[届屆])\s*$")

# The short form of a fair: one character, then "博会" (an expo) or "交会" (a trade fair), not
# the verb "交会" of roads and rivers ("交会处", "交会点").
_SHORT_FAIR = re.compile(
    rf"(?P<edition>第{_NUMERAL}[届屆]|首[届屆]|本[届屆]|该[届屆]|今年|去年|明年)?"
    r"(?P<name>[\u4e00-\u9fff](?:博会|交会))(?![处点口])"
)
# Words before a short form that make it a reference, not a name of its own.
_NOT_A_FAIR_PREFIX = frozenset("世")  # "世博会" is named so in full; kept as it is written

_HEADS = sorted(set(EVENT_HEADS_ZH), key=len, reverse=True)
_HEAD_ALT = "|".join(re.escape(h) for h in _HEADS)
# "在<title>上", "在这次<title>上", "在当天召开的<title>上": the meeting's full title. The
# title holds no punctuation (a quoted title is read from its quotes) and no verb of holding.
_FRAMED = re.compile(
    r"[在从](?:这次|此次|本次|今年|去年|当天|当日|昨天|昨日|今天|今日)?"
    r"(?:(?:召开|举行|举办|开幕)的)?"
    rf"(?P<name>[\u4e00-\u9fff\d—\-·]{{2,36}}?(?:{_HEAD_ALT}))(?:上|期间)"
)
_HOLDING = re.compile(r"召开|举行|举办|出席|参加|主持|开幕|闭幕")
# "…委员会第三次会议": a commission's numbered session (described_events.py), not a title.
_SESSION = re.compile(rf"第{_NUMERAL}次")
# A title opens with a proper word, never with a pronoun of reference ("该", "本", "此").
_REFERENCE_START = re.compile(r"^(?:该|本|此|这|那|上述|各|首|会|第)")


def edition_before(name: str, text: str) -> tuple[str, int] | None:
    """The edition written right before the first ``name`` in ``text``: the title with its
    edition ("第三届某某博览会") and the number, or None."""
    at = text.find(name)
    while at >= 0:
        m = _EDITION_BEFORE.search(text, max(0, at - 16), at)
        if m:
            number = 1 if m.group(2) else parse_zh_number(m.group(1))
            if number:
                return text[m.start() : at] + name, int(number)
        at = text.find(name, at + 1)
    return None


def short_fairs(text: str) -> list[tuple[str, int | None]]:
    """Fairs named by their short form: ("东博会", None), ("第20届东博会", 20). "本届东博会"
    is this edition, the short form alone."""
    out: list[tuple[str, int | None]] = []
    for m in _SHORT_FAIR.finditer(text):
        name = m.group("name")
        if name[0] in _NOT_A_FAIR_PREFIX or (m.start("name") > 0 and text[m.start("name") - 1] == "届"
                                             and not m.group("edition")):  # fmt: skip
            continue
        edition = m.group("edition") or ""
        if edition.startswith(("第", "首")):
            number = edition_before(name, text[max(0, m.start() - 16) : m.end()])
            if number:
                out.append(number)
                continue
        out.append((name, None))
    return out


def framed_titles(text: str) -> list[str]:
    """Meeting titles read from "在<title>上": the title as a whole, only when it is more than a
    head word with a reference before it ("在该论坛上", "在会上")."""
    out: list[str] = []
    for m in _FRAMED.finditer(text):
        name = m.group("name")
        if _HOLDING.search(name) or _REFERENCE_START.match(name) or _SESSION.search(name):
            continue
        head = next(h for h in _HEADS if name.endswith(h))
        if len(name) - len(head) < 3:
            continue
        out.append(name)
    return out


def same_fair(short: str, full: str) -> bool:
    """ "东博会" and "某国—东盟博览会", "广交会" and "某某进出口商品交易会": a short form whose
    first character stands in the full title, which ends in the same kind of fair."""
    short = re.sub(rf"^(?:第{_NUMERAL}[届屆]|首[届屆])", "", short)
    full = re.sub(rf"^(?:第{_NUMERAL}[届屆]|首[届屆])", "", full)
    if len(short) != 3 or len(full) <= 3:
        return False
    ends = {
        "博会": ("博览会", "博覽會"),
        "交会": ("交易会", "交易會"),
        "洽会": ("洽谈会", "洽談會"),
    }
    tails = ends.get(short[1:])
    return bool(tails) and full.endswith(tails) and short[0] in full[:-3]  # type: ignore[arg-type]


# "第二届某某(某地)峰会", "首届“某某”论坛", "首届某商返乡发展大会": after an edition the title
# runs to its first head, across quotes and brackets and the verbs inside a title that end the
# word runs. A clause (a place, a time, holding) or a fair's short form ends it first.
_EDITION_TITLE = re.compile(
    rf"(?:第{_NUMERAL}[届屆]|首[届屆])"
    rf"(?P<title>[\u4e00-\u9fff\d“”\"()（）—\-·]{{2,40}}?(?:{_HEAD_ALT}))"
)
_CLAUSE = re.compile(r"在|于|於|将|將|期间|期間|\d日|博会|交会|暨")


def edition_titles(text: str) -> list[str]:
    """Titles written after an edition, without the edition (which ``edition_before`` adds)."""
    out: list[str] = []
    for m in _EDITION_TITLE.finditer(text):
        title = m.group("title")
        head = next(h for h in _HEADS if title.endswith(h))
        if len(title) - len(head) < 2 or _CLAUSE.search(title) or _HOLDING.search(title):
            continue
        if title.count("“") != title.count("”") or title.count("(") != title.count(")"):
            continue
        out.append(title)
    return out


# A title that goes on with a conjunction or an opening is one title, not two run together
# ("…推介会和…对接会" is written so as one meeting's name; "…博览会开幕式").
_JOINED_ON = re.compile(r"[和与與及、]|开幕|開幕|闭幕|閉幕")


_OPENING_AND = re.compile(r"(?<=[会會坛壇])(?:开幕|開幕|闭幕|閉幕)式暨")


def split_run_together(name: str) -> list[str]:
    """Two titles written one after the other ("某某经贸交易会某地专场招商会", "某某交流会某地
    招商推介会"): an event name with a head inside it, followed by a title of three or more
    characters before its own head, is two events."""
    if opening := _OPENING_AND.search(name):
        # "…博览会开幕式暨…交流会": the named event's opening, then a meeting of its own.
        return [name[: opening.start()], *split_run_together(name[opening.end() :])]
    if not name.endswith(tuple(_HEADS)) or "暨" in name:
        return [name]  # "…暨…": one meeting's two titles (described_events.py)
    for i in range(3, len(name) - 4):
        left, right = name[:i], name[i:]
        left_head = next((h for h in _HEADS if left.endswith(h)), None)
        right_head = next((h for h in _HEADS if right.endswith(h)), None)
        if (
            left_head
            and right_head
            and len(left) - len(left_head) >= 2
            and len(right) - len(right_head) >= 3
            and not _JOINED_ON.match(right)
        ):
            return [left, *split_run_together(right)]
    return [name]


_CEREMONY = re.compile(r"(?:仪式|儀式)$")
# "18项…签约活动", "85场集中签约活动": a count of events, not the name of one.
_COUNTED = re.compile(r"^\d+(?:项|項|场|場)")


def is_ceremony(name: str) -> bool:
    return _CEREMONY.search(name) is not None


def is_counted(name: str) -> bool:
    return _COUNTED.match(name) is not None


def ceremony_of(name: str, event: str) -> bool:
    """ "第二十届某某博览会签约仪式": a ceremony named by the event it is held at opens with that
    event's name and goes on to what it marks, without a second title ("…暨…", "…和…")."""
    return (
        is_ceremony(name)
        and name.startswith(event)
        and not re.search(r"[暨和与與及]|开幕|開幕", name[len(event) :])
    )


_HOLDING_BEFORE = re.compile(r"(?:召开|举行|举办|出席|参加|主持)了?[^，。；,;]{0,12}$")


def held_meeting(name: str, text: str) -> bool:
    """ "召开投资促进会", "在投资促进会上": a promotion meeting is held where a verb of holding
    stands right before its name, or "上"/"期间" right after it; elsewhere ("与某市经济发展促进会
    签订", "某促进会承办", "某促进会会长") it is the association of that name."""
    for m in re.finditer(re.escape(name), text):
        if text.startswith(("上", "期间"), m.end()) or _HOLDING_BEFORE.search(
            text, max(0, m.start() - 16), m.start()
        ):
            return True
    return False


# "第三届某某文化节", "第八届某某开洋节": a festival named with its edition (not "节日",
# "节目", "节点", "节约", "节能"). Without an edition "节" ends too many words to name one.
_EDITION_FESTIVAL = re.compile(
    rf"(?:第{_NUMERAL}[届屆]|首[届屆])(?P<title>[\u4e00-\u9fff()（）“”]{{2,20}}?[节節])(?![日目点點约約能气氣])"
)


def edition_festivals(text: str) -> list[tuple[str, int]]:
    """Festivals named after their edition, as (title with edition, edition)."""
    out: list[tuple[str, int]] = []
    for m in _EDITION_FESTIVAL.finditer(text):
        title = m.group("title")
        if _CLAUSE.search(title) or _HOLDING.search(title):
            continue
        if found := edition_before(title, text[max(0, m.start() - 16) : m.end()]):
            out.append(found)
    return out


def is_festival(name: str) -> bool:
    return name.endswith(("节", "節"))


# A meeting of common words after a count and its classifier ("21个高层论坛", "第一个…会议"),
# opening with "the first" ("首场…推介会"), or one item of a list ("、项目对接会、") is a kind
# of meeting, not the name of one.
_COUNT_BEFORE = re.compile(
    r"(?:[\d零〇一二两三四五六七八九十百几多]+|第一|首)(?:个|個|场|場|次|届|屆)$"
)
_FIRST_OF_A_KIND = re.compile(r"^(?:首场|首場|首次|第一场|第一場)")


def counted_or_listed(name: str, text: str) -> bool:
    if _FIRST_OF_A_KIND.match(name):
        return True
    for m in re.finditer(re.escape(name), text):
        before = text[max(0, m.start() - 8) : m.start()]
        if _COUNT_BEFORE.search(before) or before.endswith("、") or text.startswith("、", m.end()):
            return True
    return False
