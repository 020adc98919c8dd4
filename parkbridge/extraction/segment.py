"""Article preparation, language detection and sentence/token segmentation.

Sentences come from ``razdel`` (rule-based, shipped with natasha) for Latin and Cyrillic text and
from end punctuation for Chinese. Before splitting, glued sentences ("added.The") are separated
and URLs are removed: both are common in scraped news and break the grammar downstream.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from razdel import sentenize

from parkbridge.extraction.dates import find_full_date
from parkbridge.extraction.textnorm import is_cjk

# A URL is written in ASCII: Chinese text runs on after it without a space ("(www.x.cn)从…获悉"),
# so the match stops at the first non-ASCII character or a bracket.
_URL_RE = re.compile(r"(?:https?://|www\.)[!-'*-~]+", re.I)
_GLUED_RE = re.compile(
    r"(?<=[a-zа-яё0-9][.!?])(?=[\"“«]?[A-ZА-ЯЁ])|(?<=[a-zа-яё][.!?][\"”»])(?=[A-ZА-ЯЁ])"
)
# An ASCII "?" between two Chinese characters is a lost middle dot ("德·扎金?卡哈曼" in a
# mis-encoded page), not a question: Chinese questions end in "？".
_ZH_SENT_RE = re.compile(
    r"(?:[^。！？；!?]|(?<=[\u4e00-\u9fff])\?(?=[\u4e00-\u9fff]))+[。！？；!?]?"
)
_TOKEN_RE = re.compile(
    r"\d+(?:[.,:]\d+)*(?:%)?|[^\W_]+(?:[-–'’.][^\W_]+)*(?:['’]s)?|[“”«»\"„]|[^\w\s]",
    re.UNICODE,
)
# Date-line prefixes: "date 2024-09-06", "VLADIVOSTOK, September 6. /TASS/." and bylines.
_DATELINE_RE = re.compile(
    r"^\s*(?:date\s+\S+\s+)?(?:[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]+,\s+[^./]{1,40}?\.\s*/[^/\n]{1,30}/\.?\s*)?"
)
_AGENCY_RE = re.compile(r"/[A-Za-zА-Яа-яЁё .-]{2,30}/\.?")
# Wire date lines in their common shapes, cut from the first body line:
#   "ASTANA, October 3 (TASS) –", "HANOI, Jan. 15 (Xinhua) --", "YEREVAN, April 22. /ARKA/.",
#   "Ханой. 28 ноября. ИНТЕРФАКС -", "Ташкент, 12 мая /Синьхуа/ --",
#   "Ulaanbaatar, 9 September 2025 (MONTSAME)."
# The date part must hold a digit, so an ordinary sentence with a parenthesis is not cut.
_WIRE_RE = re.compile(
    r"^\s*(?P<city>[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё .'’-]{1,30}?)[,.]\s+(?P<date>[^()/\n]{1,30}?)[.,]?\s*"
    r"(?:\((?P<a1>[^)\n]{2,30})\)\s*\.?|/(?P<a2>[^/\n]{2,30})/\s*\.?"
    r"|(?P<a3>[A-ZА-ЯЁ]{3,20})(?=\s*[-–—]))\s*(?:[-–—]+\s*)?"
)
# A date line without an agency: "MINSK, March 4, 2026 –", "Minsk, 4 March 2026. " — the date
# must carry a year (checked by the caller), so "Paris, 3 firms said" is never cut.
_BARE_DATELINE_RE = re.compile(
    r"^\s*(?P<city>[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё .'’-]{1,30}?),\s+(?P<date>[^()/\n.–—]{4,30}?\d{4})"
    r"\s*(?:[-–—]+|\.(?=\s))\s*"
)
# Chinese agency date lines and bylines: "新华社阿斯塔纳6月18日电", "本报讯", "（记者 张三）".
_ZH_WIRE_RE = re.compile(
    r"^\s*(?:(?:新华社|中新社|中新网|人民网|央视网|国际在线)[^\n。，]{0,15}?"
    r"(?:\d{1,2}月\d{1,2}日)?电|本报讯|据[^\n。，]{1,15}报道[，,])\s*(?:[（(]记者[^）)]{0,20}[）)])?\s*"
)
# A short line before the date line that is a label, not a headline: "PRESS RELEASE",
# "Ministry of ... ", "Пресс-релиз", "News | 2 June 2025".
_MAX_LABEL_WORDS = 8
_MAX_HEADLINE_CHARS = 200
# Spaced Chinese typography ("至 2025 年", "80 %", "5 亿元") puts spaces where Chinese has none;
# the grammars read the unspaced form.
_CJK_DIGIT_SPACE = re.compile(
    r"(?<=[\u4e00-\u9fff])[ \t\u00a0\u3000]+(?=\d)|(?<=\d)[ \t\u00a0\u3000]+(?=[\u4e00-\u9fff%％])"
)
# Hard-wrapped text: enough breaks to judge by, and lines no wider than a page or a mail.
_MIN_WRAPPED_BREAKS = 4
_MAX_WRAPPED_WIDTH = 110
_BULLET_RE = re.compile(r"[-–—•*·▪●]\s|\d{1,2}[.)]\s")
_LINE_END_CHARS = frozenset('.!?:;"”»)。！？；：）')


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    text: str
    index: int
    paragraph: int = 0  # the ordinal of the paragraph (line) the sentence stands in

    def tokens(self) -> list[Token]:
        return tokenize(self.text)


@dataclass(frozen=True)
class PreparedArticle:
    """The body to analyse, the header (date line / byline) and what they tell."""

    header: str
    body: str
    published: str | None
    language: str


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def detect_language(text: str) -> str:
    """'zh', 'ru' or 'en' by the dominant script among letters (other Latin text counts as en)."""
    cjk = cyr = lat = 0
    for ch in text:
        if is_cjk(ch):
            cjk += 1
        elif "\u0400" <= ch <= "\u04ff":
            cyr += 1
        elif ch.isascii() and ch.isalpha():
            lat += 1
    # A CJK character carries about as much as three Latin letters.
    if cjk * 3 > max(cyr, lat):
        return "zh"
    return "ru" if cyr > lat else "en"


def prepare(text: str) -> PreparedArticle:
    """Split off the header, find the publication date there, detect the body's language."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = text.split("\n")
    first_idx = next((i for i, line in enumerate(lines) if line.strip()), None)
    header, body_lines = "", lines
    published = None
    label_end = _label_lines_end(lines, first_idx)
    if label_end is not None:
        # Label lines ("PRESS RELEASE") followed by a short dated line: all of it is header.
        header = "\n".join(x.strip() for x in lines[first_idx:label_end] if x.strip())
        published = find_full_date(header)
        lines = lines[label_end:]
        first_idx = next((i for i, line in enumerate(lines) if line.strip()), None)
        body_lines = lines
    if first_idx is not None and label_end is None:
        first = lines[first_idx]
        published = find_full_date(first[:160])
        has_more = any(line.strip() for line in lines[first_idx + 1 :])
        if published and len(first.strip()) <= 160 and has_more:
            # A short first line with a full date is a date line / byline: not body text.
            header, body_lines = first, lines[first_idx + 1 :]
        else:
            m = _DATELINE_RE.match(first)
            cut = m.end() if m else 0
            if published is None and cut:
                published = find_full_date(first[:cut])
            header = first[:cut]
            body_lines = [first[cut:]] + lines[first_idx + 1 :]
    # The wire date line opens the body, or the line after a headline.
    for lead in [i for i, line in enumerate(body_lines) if line.strip()][:2]:
        cut_line, cut_date = _cut_wire_line(body_lines[lead])
        if cut_line is not None:
            # The date line stays in the header: its city tells where the story was written.
            dateline = body_lines[lead][: len(body_lines[lead]) - len(cut_line)].strip()
            header = f"{header}\n{dateline}" if header else dateline
            body_lines = [*body_lines[:lead], cut_line, *body_lines[lead + 1 :]]
            published = published or cut_date
            break
        if len(body_lines[lead]) > _MAX_HEADLINE_CHARS:
            break
    body = unwrap_hard_lines("\n".join(body_lines))
    body = _URL_RE.sub(" ", body)
    body = _AGENCY_RE.sub(" ", body)
    body = _GLUED_RE.sub(" ", body)
    language = detect_language(body)
    if language == "zh":
        body = _CJK_DIGIT_SPACE.sub("", body)
    return PreparedArticle(header, body, published, language)


def _label_lines_end(lines: list[str], first_idx: int | None) -> int | None:
    """Index after a dated header block of up to three short lines, else None.

    The block is: zero to two label lines (short, no end punctuation) and then a short line
    carrying a full date. Nothing is cut when the first lines are ordinary text.
    """
    if first_idx is None:
        return None
    seen = 0
    for i in range(first_idx, len(lines)):
        line = lines[i].strip()
        if not line:
            continue
        seen += 1
        if seen > 3 or len(line) > 100:
            return None
        if find_full_date(line) and len(line.split()) <= _MAX_LABEL_WORDS:
            rest = [x for x in lines[i + 1 :] if x.strip()]
            return i + 1 if rest and seen > 1 else None
        if line[-1] in ".!?:;。！？" or len(line.split()) > _MAX_LABEL_WORDS:
            return None
    return None


def _cut_wire_line(line: str) -> tuple[str | None, str | None]:
    """(line without its wire date line, the date's ISO form if it has a year) or (None, None)."""
    m = _ZH_WIRE_RE.match(line)
    if m and m.end() < len(line):
        return line[m.end() :], find_full_date(m.group(0))
    m = _WIRE_RE.match(line)
    if m and any(ch.isdigit() for ch in m.group("date")) and m.end() < len(line):
        return line[m.end() :], find_full_date(m.group(0))
    m = _BARE_DATELINE_RE.match(line)
    if m and m.end() < len(line) and (date := find_full_date(m.group("date"))):
        return line[m.end() :], date
    return None, None


def unwrap_hard_lines(body: str) -> str:
    """Join the lines of a hard-wrapped text (PDF, e-mail) back into paragraphs.

    A line always ends a sentence downstream, so a paragraph wrapped at a fixed width would
    split names and clauses. A text counts as wrapped when most of its line breaks fall where
    no sentence ends; then lines are joined within blank-line-separated blocks. Texts written
    a paragraph per line are left alone.
    """
    lines = body.split("\n")
    pairs = [
        (a.rstrip(), b.strip())
        for a, b in zip(lines, lines[1:], strict=False)
        if a.strip() and b.strip()
    ]
    if len(pairs) < _MIN_WRAPPED_BREAKS:
        return body
    open_breaks = sum(1 for a, _ in pairs if a[-1] not in _LINE_END_CHARS)
    if open_breaks * 2 < len(pairs) or max(len(x) for x in lines) > _MAX_WRAPPED_WIDTH:
        return body
    out: list[str] = []
    for line in lines:
        line = line.strip()
        if not line:
            out.append("")
        elif out and out[-1] and out[-1][-1] not in _LINE_END_CHARS and not _BULLET_RE.match(line):
            prev = out[-1]
            glue = "" if (_is_wide(prev[-1]) and _is_wide(line[0])) or prev.endswith("-") else " "
            out[-1] = prev + glue + line
        else:
            out.append(line)
    return "\n".join(out)


def _is_wide(ch: str) -> bool:
    """A Chinese character or full-width punctuation: Chinese text has no spaces to restore."""
    return is_cjk(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"


# A currency or number abbreviation with its full stop ("Rs. 750 crore", "Tk. 50", "No. 5")
# never ends a sentence when a number follows: razdel splits there, and the figure is lost.
_ABBR_BEFORE_NUMBER = re.compile(r"(?:^|\s)(?:Rs|Re|Tk|Nos?|Sh|Ksh|Approx|approx)\.$")


# "(approx. USD 55 billion)": "approx." ends no sentence, whatever follows it.
_APPROX_END = re.compile(r"(?:^|[\s(])[Aa]pprox\.$")


# A title abbreviation before a name ("Eng. Karim Haddad", "Prof. Li", "Gen. Wu") never ends a
# sentence either: razdel knows "Mr." and "Dr." but splits after the others.
_TITLE_ABBR = re.compile(
    r"(?:^|\s)(?:Eng|Engr|Prof|Gen|Capt|Sen|Rep|Gov|Col|Maj|Lt|Hon|Amb|Sgt|Adm|Rev|Cdr|Brig)\.$"
)


# Nor does an initial transliterated from one Cyrillic letter as two Latin letters
# ("Kh. Nyambaatar", "Ts. Davaasuren": Mongolian and Russian names).
_DIGRAPH_INITIAL = re.compile(r"(?:^|\s)(?:Kh|Ts|Ch|Sh|Zh|Ya|Yu|Ye|Yo)\.$")


def _glue_abbreviations(parts: list[str]) -> list[str]:
    out: list[str] = []
    for p in parts:
        if out and (
            (p[:1].isdigit() and _ABBR_BEFORE_NUMBER.search(out[-1]))
            or _APPROX_END.search(out[-1])
            or (p[:1].isupper() and _TITLE_ABBR.search(out[-1]))
            or (p[:1].isupper() and _DIGRAPH_INITIAL.search(out[-1]))
        ):
            out[-1] = f"{out[-1]} {p}"
        elif out and _open_quote_at_end(out[-1]) and 0 <= p.find("»") < 80:
            out[-1] = f"{out[-1]} {p}"  # «ИННОПРОМ. Центральная Азия»: a full stop in a name
        else:
            out.append(p)
    return out


def _open_quote_at_end(text: str) -> bool:
    """Whether a guillemet opened in the last 80 characters is still open."""
    i = text.rfind("«", max(0, len(text) - 80))
    return i >= 0 and "»" not in text[i:]


def split_sentences(body: str, language: str) -> list[Sentence]:
    """Sentences of the body; paragraphs and headlines (lines) always end a sentence."""
    out: list[Sentence] = []
    for number, para in enumerate(body.split("\n")):
        para = para.strip()
        if not para or set(para) <= set("*-=_ "):
            continue
        if language == "zh":
            parts = [m.group(0).strip() for m in _ZH_SENT_RE.finditer(para)]
        else:
            parts = _glue_abbreviations([s.text.strip() for s in sentenize(para)])
        for p in parts:
            if p:
                out.append(Sentence(p, len(out), number))
    return out
