"""Russian named entities: natasha's NER model (PER/ORG/LOC) typed by domain head words, plus
a quoted-name grammar for parks, zones and forums («Великий камень», форум «Россия – Китай»).

natasha ships its embeddings and tagger weights inside the wheel, so this runs offline; the
models are loaded once per process on first use.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from parkbridge.extraction.dates import find_dates
from parkbridge.extraction.gazetteer import Gazetteer, OrgEntry, SiteEntry
from parkbridge.extraction.lexicon import (
    EVENT_HEADS_RU,
    ORG_HEADS_RU,
    RU_COUNTRY_ADJ,
    SITE_HEADS_RU,
    news_outlets,
)
from parkbridge.extraction.mentions import Mention
from parkbridge.extraction.numbers import parse_ordinal
from parkbridge.extraction.russian_case import to_nominative
from parkbridge.extraction.segment import Sentence, tokenize
from parkbridge.extraction.textnorm import norm

_ROLE_WORDS = (
    "президент", "премьер", "министр", "глава", "главы", "директор", "председател", "губернатор",
    "заместител", "руководител", "член", "депутат", "посол", "мэр", "генеральн", "исполнительн",
    "основател", "советник", "начальник", "ректор", "вице",
    # Heads of regions in Kazakhstan and Uzbekistan, envoys and speakers.
    "аким", "хоким", "полпред", "полномочн", "спикер", "сенатор", "управляющ", "раис",
)  # fmt: skip
# A role in apposition after a name: "Иван Петров, генеральный директор компании «Х», сказал".
_ROLE_AFTER_RE = re.compile(
    r"^\s*,\s*(?P<role>[А-ЯЁа-яё][\w-]*(?:\s+(?:[\w-]+|«[^»\n]{1,60}»)){0,10}?)"
    r"(?=\s*(?:[,.;:—–]|$))"
)


def _role_after(rest: str) -> str | None:
    m = _ROLE_AFTER_RE.match(rest)
    if m and m.group("role").lower().startswith(_ROLE_WORDS):
        return m.group("role")
    return None


_HEAD_PATTERN = (
    r"(?:[А-ЯЁа-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ых|их|ого|его|ую|юю|ом|ем|ому|ему|ым|им)\s+){0,3}?"
    r"(?:технопарк\w*|технополис\w*|индустриальн\w+\s+парк\w*|промышленн\w+\s+парк\w*|"
    r"научн\w+\s+парк\w*|(?:особ|специальн|свободн)\w+\s+экономическ\w+\s+зон\w*|"
    r"(?:промышленн|индустриальн)\w+\s+зон\w*|(?:IT|ИТ)-парк\w*|"
    r"центр\w*\s+приграничного\s+сотрудничества|"
    r"инновационн\w+\s+(?:научно-технологическ\w+\s+)?центр\w*|"
    r"территори\w+\s+опережающего\s+(?:социально-экономического\s+)?развития|"
    r"свободн\w+\s+порт\w*|парк\w*|"
    # An acronym is a word of its own: "директор «X»", "оператор «X»" do not end in ТОР.
    r"(?<![А-ЯЁа-яё])(?:ОЭЗ|СЭЗ|ТОР|ТОСЭР|МЦПС)(?![А-ЯЁа-яё])|кластер\w*|форум\w*|выставк\w*|ярмарк\w*|саммит\w*|конференци\w*|"
    r"конгресс\w*|бизнес-мисси\w*)"
)
_HEAD_RE = re.compile(_HEAD_PATTERN, re.I)
_QUOTED_RE = re.compile(
    rf"(?P<head>{_HEAD_PATTERN})"
    # Genitive words between an event's head and its quoted name: "форуме индустриально-
    # инновационного сотрудничества «Центральная Азия – Китай»".
    # Two genitives may be joined by "и" ("форуму территорий развития и инвестиций «…»").
    r"(?P<gen>(?:\s+(?:и\s+)?[а-яё-]+(?:ого|его|ой|ей|ых|их|ия|ства|ества|ения|ции|ии|ов|ев|ий)){0,4})"
    # A zone's type: "ОЭЗ промышленно-производственного типа «…»".
    r"(?P<type>\s+[а-яё-]+(?:ого|его)\s+типа)?"
    # An apposition after a dash: "шести индустриальных парков — «А», «Б» и «В»".
    # Or after a colon: "шесть технопарков: «А», «Б» и «В»".
    r"(?:\s+\([А-ЯЁA-Z]{2,6}\))?(?:\s+[—–]|:)?\s+[«„“\"](?P<name>[^»“”\"\n]{2,100})[»“”\"]"
    # A list of quoted names after a plural head: зоны (СЭЗ) "А", "Б" и "В".
    # Each may be followed by its town: «А» в Пензе, «Б» в Тольятти и «В» в Омске.
    # Or by its country in brackets: «А» (ОАЭ) и «Б» (Турция).
    r"(?P<more>(?:(?:\s+во?\s+[А-ЯЁ][\w-]+)?(?:\s*\([А-ЯЁ][^()\n]{1,30}\))?\s*(?:,|\sи)\s*"
    r"[«„“\"][^»“”\"\n]{2,60}[»“”\"])*)",
    re.I,
)
_MORE_NAMES_RE = re.compile(r"[«„“\"]([^»“”\"\n]{2,60})[»“”\"]")
# Unquoted: "свободного порта Владивосток", "ТОР Михайловский" (a head, then a capitalised name),
# and "томской особой экономической зоны" (a place adjective before the head).
_SITE_HEAD_RU = (
    r"(?:(?:особ|специальн|свободн)\w+\s+экономическ\w+\s+зон\w*|"
    r"свободн\w+\s+порт\w*|территори\w+\s+опережающего\s+(?:социально-экономического\s+)?развития|"
    r"технопарк\w*|индустриальн\w+\s+парк\w*|промышленн\w+\s+парк\w*|ОЭЗ|СЭЗ|ТОР|ТОСЭР)"
)
_HEAD_THEN_NAME_RE = re.compile(
    rf"(?<![А-ЯЁа-яё]){_SITE_HEAD_RU}\s+(?P<name>[А-ЯЁ][а-яё]+(?:[-\s][А-ЯЁ][а-яё]+)?"
    # A Latin name after a Russian head: "промышленного парка Technoland".
    r"|[A-Z][A-Za-z]+(?:[A-Z][a-z]+)*(?![\w-]))"
)
# A head in the plural names a class of sites ("индустриальные парки Подмосковья", "особых
# экономических зон России"), not one site: an adjective with a plural-only ending, or a
# plural form of the head noun.
_PLURAL_ADJ_RE = re.compile(r"[а-яё]{2,}(?:ые|ие|ых|их|ыми|ими)$", re.I)
_PLURAL_NOUN_RE = re.compile(
    r"^(?:техно)?(?:парк(?:и|ов|ам|ах|ами)|порт(?:ы|ов|ам|ах|ами)|зон(?:|ам|ах|ами)"
    r"|территорий|кластер(?:ы|ов|ам|ах|ами))$",
    re.I,
)


def _plural_head(head: str) -> bool:
    """Whether the kind phrase is plural; words after its head noun are complements
    ("Парк высоких технологий" is one park)."""
    for w in head.split():
        if _PLURAL_ADJ_RE.search(w) or _PLURAL_NOUN_RE.match(w):
            return True
        if re.match(r"(?:техно)?(?:парк|зон|порт|кластер|территори)|ОЭЗ|СЭЗ|ТОР", w, re.I):
            return False  # the head noun, in the singular
    return False


# A regional agency or corporation written in lower case: "агентства инвестиционного развития
# Новосибирской области", "корпорация развития Калужской области" (governments are places); a
# ministry lists its portfolios with commas ("министерства инвестиций, промышленности и науки").
_REGIONAL_BODY_RE = re.compile(
    r"(?<![А-ЯЁа-яё-])(?:агентств|корпораци|министерств|департамент|комитет|фонд)[а-яё]*\s+"
    r"(?:[а-яё-]+,?\s+){1,6}?[А-ЯЁ][а-яё]+(?:ой|ого|ких|ской)\s+(?:области|края|республики|округа)"
)
# A ministry written in lower case ("министерством коммерции Китая"); its portfolio follows.
_LOWER_MINISTRY_RE = re.compile(r"(?<![А-ЯЁа-яё-])министерств[а-яё]*")
_WORD_OR_JOINER_RE = re.compile(r",?\s+и(?=\s)|,(?=\s)|\s+(?P<word>[А-ЯЁа-яё][А-ЯЁа-яё-]*)")
_COMPANY_LIST_RE = re.compile(
    r"(?<![А-ЯЁа-яё])(?:компани|предприяти|фирм|корпораци|холдинг)[а-яё]*"
    r"(?:\s+[а-яё-]+){0,2}?(?:,?\s+(?:как|в\s+том\s+числе|среди\s+них))?\s+"
    r"(?P<list>«[^«»\n]{2,60}»(?:\s*(?:,|\sи)\s*«[^«»\n]{2,60}»)+)"
)
# China's development zones in Russian: "Зона высокотехнологичного промышленного развития X".
_DEVELOPMENT_ZONE_RE = re.compile(r"^[Зз]он\w*\s+(?:[\w-]+\s+){0,5}развития\s+[А-ЯЁ]")
_DEVELOPMENT_ZONE_TEXT_RE = re.compile(
    r"(?<![А-ЯЁа-яё])Зон[аыеуо]\w*\s+(?:[а-яё-]+\s+){1,5}?развития\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?"
)
# "Парк высоких технологий", "Парке информационных технологий": a technopark by its name.
_TECH_PARK_TEXT_RE = re.compile(
    r"(?<![А-ЯЁа-яё-])Парк[а-яё]{0,2}\s+(?:[а-яё]+(?:ых|их)\s+)?технологий"
)
# A legal form and an opening quote before a site's head make the head part of a company's name:
# "АО «ОЭЗ „Технополис“»" is the company that runs the zone, named after it.
_LEGAL_FORM_BEFORE_RE = re.compile(
    r"(?<![А-ЯЁа-яё])(?:ООО|ОАО|ПАО|ЗАО|АО|НАО|АНО|ГУП|ФГУП|МУП)\s*[«„“\"][^«»„“”\"\n]{0,40}[«„“\"]?$"
)
# A park named by its partners, written in lower case too: "казахстанско-китайского
# современного индустриального парка масличных культур" (with its genitive complement).
_BILATERAL_SITE_RE = re.compile(
    r"(?<![А-ЯЁа-яё-])[А-ЯЁа-яё]+о-[а-яё]+(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое)"
    r"(?:\s+[а-яё]+(?:ый|ий|ой|ая|ое|ого|ому|ым|ом|ую|ей)){0,2}"
    rf"\s+{_SITE_HEAD_RU}"
    r"(?:\s+(?!(?:которых|таких|этих|своих|других|обеих|двух|трех)\b)[а-яё]{4,}(?:ых|их)\s+[а-яё]{4,}"
    r"(?=[\s,.;)]))?"
)
_PLACE_ADJ_THEN_HEAD_RE = re.compile(
    rf"(?<![А-ЯЁа-яё])(?P<adj>[А-ЯЁа-яё]+(?:ск|цк)(?:ая|ой|ую|ий|ого|ом|ие|их))\s+{_SITE_HEAD_RU}",
)
# A zone named by the bare noun ("в зоне «Кайрат»") and the zone whose residents the text
# counts ("резидентами «Z»", "число резидентов «Z»"): a quoted name there is a site.
_BARE_ZONE_RE = re.compile(
    r"(?<![А-ЯЁа-яё-])(?P<head>[Зз]он(?:а|ы|е|у|ой))\s+[«„“\"](?P<name>[^»“”\"\n]{2,60})[»“”\"]"
    r"|(?<![А-ЯЁа-яё-])[Рр]езидент(?:ом|ами|ов)\s+[«„“\"](?P<zone>[^»“”\"\n]{2,60})[»“”\"]"
)
# A body named after the sites it runs or joins ("Ассоциация технопарков", "Федеральное
# агентство по управлению особыми экономическими зонами") is an organisation.
_BODY_OF_SITES_RE = re.compile(
    r"(?:[А-ЯЁа-яё-]+(?:ое|ая|ый|ий|ой)\s+){0,2}(?:агентств|ассоциаци|министерств|фонд|союз|палат"
    r"|корпораци|компани|дирекци|департамент|комитет)",
    re.I,
)
# A foreign event written in Latin letters after a Russian head: "выставке Canton Fair",
# "форуме Astana International Forum".
_LATIN_EVENT_RE = re.compile(
    r"(?<![А-ЯЁа-яё-])(?P<head>(?:форум|выставк|ярмарк|конференци|саммит|конгресс)[а-яё]*)\s+"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|in|on|for|the|\d{4})){0,6})"
)
# A capitalised kind noun inside a sentence opens a name, its genitive complement included:
# "включил в реестр Кластер производителей мебели и игрушек".
_CAPITALISED_HEAD_RE = re.compile(
    r"(?<=[а-яё,]\s)(?P<name>(?:Кластер|Технопарк|Технополис|Индустриальн[а-яё]+\s+парк|Промышленн[а-яё]+\s+парк)"
    r"[а-яё]{0,3}(?:\s+(?:и\s+)?[а-яё-]{2,}(?:ов|ей|ий|ых|их|ого|его|ой|ия|ства|ений|ций|ок|ек|ин|и|ы|а|я)){1,6})"
    r"(?=[\s,.;:)]|$)"
)
# A capitalised adjective inside a sentence opens a proper name: "создание Российской
# промышленной зоны", "в Экономической зоне Суэцкого канала", "резиденты Арктической зоны
# РФ". Singular adjectives only (a plural head is a class); a genitive complement (an
# abbreviation, a capitalised word, or a capitalised adjective with its noun) ends the name.
_SG_ADJ = r"[а-яё-]+(?:ая|ой|ую|ый|ий|ого|ому|ом|ое|ей|его)"
_CAPITALISED_ZONE_RE = re.compile(
    rf"(?<=[а-яё,]\s)(?P<name>[А-ЯЁ]{_SG_ADJ}\s+(?:{_SG_ADJ}\s+){{0,2}}"
    r"(?:зон[аыеуо]й?|(?:техно)?парк(?:а|е|у|ом)?|кластер(?:а|е|у|ом)?)"
    r"(?:\s+(?:[А-ЯЁ]{2,5}(?![А-ЯЁа-яё])|[А-ЯЁ][а-яё]+(?:ого|его|ой|ей)\s+[а-яё]+(?:а|я|и|ы)"
    r"|[А-ЯЁ][а-яё]+(?:а|я|и|ы)(?![А-ЯЁа-яё])))?)"
    r"(?![А-ЯЁа-яё-])"
)
# "Восточный экономический форум": a capitalised adjective, adjectives, the head noun.
_ADJ = r"[а-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ых|их|ого|его|ую|юю|ом|ем)"
_EVENT_OF_PLACES_RE = re.compile(
    r"(?<![А-ЯЁа-яё])(?P<name>[Фф]орум\w*\s+[а-яё]+(?:ов|ей|ий)\s+"
    r"[А-ЯЁ][а-яё]+(?:\s+(?:и\s+)?[А-ЯЁ][а-яё]+){0,3})"
)
_EVENT_RE = re.compile(
    rf"(?<![А-ЯЁа-яё])(?P<name>[А-ЯЁ]{_ADJ}(?:\s+{_ADJ}){{0,3}}\s+(?:бизнес-)?(?:форум|выставк[аеиу]|ярмарк[аеиу]|саммит|конгресс|конференци[яиюей]|съезд)\w*"
    # "Международного форума ОЭЗ": the acronym of the body or field it gathers names it.
    r"(?P<acr>\s+(?!СМИ\b)[А-ЯЁ]{2,6}(?![\w-]))?"
    # "Российская энергетическая неделя": a week of events with a proper name is a forum.
    rf"|[А-ЯЁ]{_ADJ}\s+{_ADJ}(?:\s+{_ADJ})?\s+недел[яеиюь]\w*)",
)


@functools.lru_cache(maxsize=1)
def _models() -> dict[str, Any]:
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return {"segmenter": Segmenter(), "ner": NewsNERTagger(NewsEmbedding())}


_ADJECTIVE_STEMS = {
    "особ",
    "специальн",
    "свободн",
    "территори",
    "порт",
    "научн",
    "индустриальн",
    "промышленн",
}


def _site_kind(text: str) -> str | None:
    low = text.lower()
    if re.match(r"(?:международн\w+\s+)?центр\w*\s+приграничного\s+сотрудничества", low):
        return "fez"  # a cross-border cooperation centre is a free zone, though a "центр"
    if re.match(r"мцпс(?![а-яё])", low):
        return "fez"  # международный центр приграничного сотрудничества
    if re.match(r"парк\w*\s+(?:высоких\s+|информационных\s+)?технологи", low):
        return "technopark"  # "Парк высоких технологий"
    if re.search(r"инновационн\w+\s+(?:(научно-технологическ)\w+\s+)?центр", low):
        # "инновационный центр «Вектор»", "инновационный научно-технологический центр «…»":
        # special legal territories for research and technology companies.
        return "science_park" if "научно" in low else "technopark"
    if low.startswith(ORG_HEADS_RU):
        return None  # "Министерство промышленности ...": an organisation, whatever follows
    for stem, kind in SITE_HEADS_RU:
        # Abbreviations ("тор", "оэз") must be whole words; stems may inflect.
        tail = r"(?![а-яё])" if len(stem) <= 3 else ""
        if re.search(rf"(?<![а-яё]){stem}{tail}", low):
            # Adjective stems only count with their noun: "особая экономическая зона".
            if stem in _ADJECTIVE_STEMS and not re.search(r"зон|парк|порт|развити", low):
                continue
            return kind
    return None


def _event_kind(text: str) -> str | None:
    low = text.lower()
    for stem, kind in EVENT_HEADS_RU.items():
        # A head starts a word, and "экспо" is a word of its own ("ЭКСПО-2024"), not the start
        # of "экспортного" (Российский экспортный центр is an organisation).
        tail = r"(?![а-яё])" if stem == "экспо" else ""
        if re.search(rf"(?<![а-яё]){re.escape(stem)}{tail}", low):
            return kind
    return None


class RussianGrammar:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def _city(self, word: str, lemma: str | None) -> str | None:
        for w in (word, lemma):
            if w and self.gaz.city(w):
                return w
        return None

    def mentions(self, sentences: list[Sentence], default_year: int | None) -> list[Mention]:
        from natasha import Doc

        m = _models()
        # One NER pass over the whole article: the tagger batches sentences, which is several
        # times faster than one call per sentence. Spans are mapped back by character offset.
        joined = "\n".join(s.text for s in sentences)
        doc = Doc(joined)
        doc.segment(m["segmenter"])
        doc.tag_ner(m["ner"])
        offsets: list[int] = []
        pos = 0
        for s in sentences:
            offsets.append(pos)
            pos += len(s.text) + 1
        spans_by_sentence: dict[int, list[Any]] = {}
        for span in _join_bare_heads(doc.spans, joined):
            idx = max(i for i, o in enumerate(offsets) if o <= span.start)
            spans_by_sentence.setdefault(idx, []).append(span)
        out: list[Mention] = []
        as_written: set[int] = set()
        for i, sent in enumerate(sentences):
            base = offsets[i]
            dates = find_dates(sent.text, default_year)
            taken: list[tuple[int, int]] = []
            for qm in _QUOTED_RE.finditer(sent.text):
                mention = self._quoted(qm, sent.text, dates)
                if mention:
                    out.append(mention)
                    listed = self._more_quoted(qm, sent.text)
                    out.extend(listed)
                    # Quoted names after a head keep the nominative («Адана» is not «Адан»).
                    as_written.update(id(x) for x in listed)
                    if mention.category == "events" and qm.group("more"):
                        # "на выставках «А» и «Б»": each quoted name is one event.
                        for q in _MORE_NAMES_RE.finditer(qm.group("more")):
                            at = qm.start("more") + q.start()
                            out.append(self._event(f"«{q.group(1)}»", at, sent.text, dates))
                            out[-1].kind = mention.kind
                    taken.append((qm.start(), qm.end()))
            for lm in _LATIN_EVENT_RE.finditer(sent.text):
                if any(s <= lm.start() < e for s, e in taken):
                    continue
                kind = _event_kind(lm.group("head"))
                one_word = len(lm.group("name").split()) == 1
                if kind and not (one_word and not re.fullmatch(r"[A-Z]{3,6}", lm.group("name"))):
                    out.append(self._event(lm.group("name"), lm.start("name"), sent.text, dates))
                    out[-1].kind = kind
                    taken.append((lm.start(), lm.end()))
            people = [
                (sp.start - base, sp.stop - base)
                for sp in spans_by_sentence.get(i, [])
                if sp.type == "PER"
            ]
            for om in _REGIONAL_BODY_RE.finditer(sent.text):
                before = sent.text[: om.start()].split()
                if any(s <= om.start() < e for s, e in taken) or (
                    before and before[-1].lower().startswith(_ROLE_WORDS)
                ):
                    continue  # "руководитель департамента … области": part of a role
                out.append(Mention("organizations", om.group(0), sent.text))
                taken.append((om.start(), om.end()))
            for om in _LOWER_MINISTRY_RE.finditer(sent.text):
                before = sent.text[: om.start()].split()
                name = self._lower_case_ministry(sent.text, om)
                if (
                    name is None
                    or any(s <= om.start() < e for s, e in taken)
                    or (before and before[-1].lower().startswith(_ROLE_WORDS))
                ):
                    continue
                out.append(Mention("organizations", name, sent.text))
                taken.append((om.start(), om.start() + len(name)))
            for zm in _BARE_ZONE_RE.finditer(sent.text):
                if any(s <= zm.start() < e or s < zm.end() <= e for s, e in taken):
                    continue
                if zm.group("zone"):
                    out.append(Mention("sites", zm.group("zone"), sent.text))
                else:
                    name = f"{zm.group('head')} «{zm.group('name')}»"
                    out.append(Mention("sites", name, sent.text, kind="other"))
                taken.append((zm.start(), zm.end()))
            for cm in _CAPITALISED_HEAD_RE.finditer(sent.text):
                kind = _site_kind(cm.group("name"))
                if kind and not any(s <= cm.start() < e or s < cm.end() <= e for s, e in taken):
                    out.append(Mention("sites", cm.group("name"), sent.text, kind=kind))
                    taken.append((cm.start(), cm.end()))
            for zm in _CAPITALISED_ZONE_RE.finditer(sent.text):
                if any(s <= zm.start() < e or s < zm.end() <= e for s, e in taken):
                    continue
                name = zm.group("name")
                kind = _site_kind(name) or ("sez" if "кономическ" in name else "other")
                out.append(Mention("sites", name, sent.text, kind=kind))
                taken.append((zm.start(), zm.end()))
            for sm in self._unquoted_sites(sent.text, taken, people):
                out.append(sm)
            for em in _EVENT_OF_PLACES_RE.finditer(sent.text):
                if any(s <= em.start() < e for s, e in taken):
                    continue
                out.append(self._event(em.group("name"), em.start(), sent.text, dates))
                taken.append((em.start(), em.end()))
            for em in _EVENT_RE.finditer(sent.text):
                if any(s <= em.start() < e for s, e in taken):
                    continue
                name = em.group("name")
                acr = em.group("acr") or ""
                bare = name[: len(name) - len(acr)]
                if any(self._distinct(w) for w in bare.split()[:-1]):
                    name = bare  # "…форума КРДВ Приморье подписала": the acronym starts a clause
                elif not acr:
                    continue
                out.append(self._event(name, em.start(), sent.text, dates))
                taken.append((em.start(), em.start() + len(name)))
            # Named companies in a list ("такие компании, как «А», «Б» и «В»") name each.
            for lm in _COMPANY_LIST_RE.finditer(sent.text):
                if any(s <= lm.start("list") < e for s, e in taken):
                    continue
                for q in _MORE_NAMES_RE.finditer(lm.group("list")):
                    at = lm.start("list") + q.start()
                    if not any(s <= at < e for s, e in taken):
                        out.append(Mention("organizations", q.group(1), sent.text))
            org_spans = [sp.text for sp in spans_by_sentence.get(i, []) if sp.type == "ORG"]
            out.extend(self._gazetteer(sent.text, org_spans))
            for span in spans_by_sentence.get(i, []):
                start = span.start - base
                if any(s <= start < e for s, e in taken) or "\n" in span.text:
                    continue  # (a span across a line break joins a headline to its text)
                # Names as written (SCHEMA): no lemmatisation, which also saves a model pass.
                if span.type == "PER":
                    if len(span.text.split()) < 2:
                        continue  # a bare surname refers back to a full name
                    role = self._role(sent.text, start, people) or _role_after(
                        sent.text[span.stop - base :]
                    )
                    out.append(Mention("people", span.text, sent.text, role=role))
                elif span.type == "ORG":
                    span = _without_leading_oblique_noun(span, joined)
                    for surface, at in _org_surfaces(span, spans_by_sentence.get(i, []), joined):
                        mention = self._org(surface, at - base, sent.text, dates)
                        if mention:
                            out.append(mention)
        for mention in out:
            if mention.category in ("sites", "organizations") and id(mention) not in as_written:
                _name_in_nominative(mention)
        # "ТОР «Приморье» (бывшая «Надеждинская»)": a former name of a site named beside it.
        out = [m for m in out if m.category not in ("sites", "organizations") or not _former(m)]
        out = [
            m
            for m in out
            if m.category != "organizations"
            or (_is_organisation_name(m.name) and not _common_phrase(m) and not _names_a_thing(m))
        ]
        site_initials = {
            _initials([w for w in m.name.split() if w.lower() != "и"]).upper()
            for m in out
            if m.category == "sites" and len(m.name.split()) >= 2
        }
        # "ПВТ" after "Парк высоких технологий": the acronym of a site is that site.
        out = [
            m
            for m in out
            if not (m.category == "organizations" and m.name.isupper() and m.name in site_initials)
        ]
        _short_forms_of_organisations(out)
        return out

    def _lower_case_ministry(self, text: str, om: re.Match[str]) -> str | None:
        """'министерством экономического развития РФ', 'министерства связи': a ministry written
        in lower case is named by the genitive words of its portfolio (and its country) that
        follow; a bare 'министерство' names none."""
        end = om.end()
        last_word = om.end()
        portfolio = 0
        for wm in _WORD_OR_JOINER_RE.finditer(text, om.end()):
            if wm.start() != end:
                break
            word = wm.group("word")
            if word is None:  # ", " or " и " between the portfolio's words
                if portfolio == 0:
                    break
                end = wm.end()
                continue
            country = self.gaz.country(word)
            if not (country or len(word) >= 3 and _is_genitive(word)) or portfolio >= 10:
                break
            portfolio += 1
            end = last_word = wm.end()
        if portfolio == 0:
            return None
        return text[om.start() : last_word]

    def _distinct(self, word: str) -> bool:
        w = word.lower()
        if re.fullmatch(r"[а-яё]+о-[а-яё]+", w):
            return True  # "Российско-иранский": a bilateral event names its partners
        return not w.startswith(("международн", "российск", "ежегодн", "национальн", "всероссийск"))

    def _role(
        self, text: str, start: int, people: list[tuple[int, int]] | None = None
    ) -> str | None:
        """The title before a name, from its first role word; it does not reach back over
        another person's name or a verb ("Путин и председатель КНР Си Цзиньпин",
        "… встретился с А. Новаком")."""
        from parkbridge.extraction.russian_case import _morph

        before = text[:start].rstrip()
        words = tokenize(before)[-12:]
        cut = 0
        for i, t in enumerate(words):
            person = any(s <= t.start < e for s, e in people or [])
            verb = bool(re.fullmatch(r"[а-яё]+", t.text)) and _morph().parse(t.text)[0].tag.POS in (
                "VERB",
                "INFN",
            )
            if person or verb:
                cut = i + 1
        for t in words[cut:]:
            if t.text.lower().startswith(_ROLE_WORDS):
                role = before[t.start :].strip(" ,")
                return role or None
        return None

    def _edition(self, text: str, start: int) -> int | None:
        prev = tokenize(text[:start])[-1:]
        return parse_ordinal(prev[0].text) if prev else None

    def _event(self, name: str, start: int, text: str, dates: list[Any]) -> Mention:
        city = None
        after = tokenize(text[start + len(name) :])[:8]
        for i, t in enumerate(after[:-1]):
            if t.text.lower() == "в" and self.gaz.city(after[i + 1].text):
                city = after[i + 1].text
        c = self.gaz.city(city) if city else None
        return Mention(
            "events", name, text, kind=_event_kind(name) or "other",
            edition=self._edition(text, start), city=city, country=c.country if c else None,
            start=dates[0].start if dates else None, end=dates[-1].end if dates else None,
        )  # fmt: skip

    def _quoted(self, qm: re.Match[str], text: str, dates: list[Any]) -> Mention | None:
        head = _without_leading_nouns(qm.group("head"))
        gen = qm.group("gen") or ""
        if qm.group("type") and not gen.strip() and not _event_kind(head):
            # "ОЭЗ промышленно-производственного типа «…»": the type is no part of the name.
            return self._quoted_site(qm, head, head.strip(), text)
        country_between = len(gen.split()) == 1 and self.gaz.country(gen.strip())
        if country_between and not qm.group("type") and not _event_kind(head):
            # "инновационный центр России «…»": the country is no part of the name.
            return self._quoted_site(qm, head, head.strip(), text)
        if (gen or qm.group("type")) and not _event_kind(head):
            return None  # words between a site head and its name: not one name
        name = f"{head.strip()}{gen} «{qm.group('name')}»"
        kind = _event_kind(head)
        if kind:
            return self._event(name, qm.start(), text, dates)
        return self._quoted_site(qm, head, name, text)

    def _quoted_site(self, qm: re.Match[str], head: str, name: str, text: str) -> Mention | None:
        if "«" not in name:
            name = f"{name} «{qm.group('name')}»"
        site = _site_kind(head)
        if site is None and re.search(r"(?:^|[\s-])парк", head, re.I):
            # "парк «…»", "агропромышленного парка «…»", "IT-парка «…»"
            site = "technopark" if re.search(r"(?:IT|ИТ)-", head, re.I) else "industrial_park"
        if not site or _LEGAL_FORM_BEFORE_RE.search(text[: qm.start()]):
            return None  # "АО «ОЭЗ …»": a company named after the zone it runs
        if _plural_head(head) or qm.group("more"):
            # "индустриальных парков — «А», «Б»", "четыре технопарка: «А», «Б» и «В»": each
            # quoted name of a list is one park.
            return Mention("sites", qm.group("name"), text, kind=site)
        return Mention("sites", name, text, kind=site)

    def _more_quoted(self, qm: re.Match[str], text: str) -> list[Mention]:
        """The other names of a quoted list after a plural head ("зоны «А», «Б» и «В»")."""
        kind = _site_kind(qm.group("head"))
        if not kind or not qm.group("more"):
            return []
        return [
            Mention("sites", n, text, kind=kind) for n in _MORE_NAMES_RE.findall(qm.group("more"))
        ]

    def _unquoted_sites(
        self,
        text: str,
        taken: list[tuple[int, int]],
        people: list[tuple[int, int]] | None = None,
    ) -> list[Mention]:
        out: list[Mention] = []
        for rx in (
            _BILATERAL_SITE_RE,
            _HEAD_THEN_NAME_RE,
            _PLACE_ADJ_THEN_HEAD_RE,
            _DEVELOPMENT_ZONE_TEXT_RE,
            _TECH_PARK_TEXT_RE,
        ):
            for m in rx.finditer(text):
                if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
                    continue
                if rx is _BILATERAL_SITE_RE:
                    kind = _site_kind(m.group(0))
                    if kind:
                        out.append(Mention("sites", m.group(0), text, kind=kind))
                        taken.append((m.start(), m.end()))
                    continue
                if rx in (_DEVELOPMENT_ZONE_TEXT_RE, _TECH_PARK_TEXT_RE):
                    kind = "sez" if rx is _DEVELOPMENT_ZONE_TEXT_RE else "technopark"
                    out.append(Mention("sites", m.group(0), text, kind=kind))
                    taken.append((m.start(), m.end()))
                    continue
                if rx is _HEAD_THEN_NAME_RE:
                    if any(s <= m.start("name") < e for s, e in people or []):
                        continue  # "директор технопарка Иван Петров": a person, not a name
                    name_word = m.group("name")
                    low = name_word.lower()
                    # "ОЭЗ России", "Ассоциации технопарков России": a country after the head
                    # is a place, and a plural head is a class of sites, not a site's name.
                    if (
                        self.gaz.country(name_word)
                        or low.startswith(ORG_HEADS_RU)
                        or any(low.startswith(stem) for stem, _ in RU_COUNTRY_ADJ)
                        or _plural_head(m.group(0)[: m.start("name") - m.start()])
                    ):
                        continue
                else:
                    adj = m.group("adj").lower()
                    if (
                        any(adj.startswith(stem) for stem, _ in RU_COUNTRY_ADJ)
                        or adj.startswith(
                            ("российск", "международн", "национальн", "федеральн", "региональн")
                        )
                        or _plural_head(m.group(0))
                    ):
                        continue
                kind = _site_kind(m.group(0))
                if kind:
                    out.append(Mention("sites", m.group(0), text, kind=kind))
                    taken.append((m.start(), m.end()))
        return out

    def _org(self, surface: str, start: int, text: str, dates: list[Any]) -> Mention | None:
        name = surface
        site = _site_kind(surface)
        if site and len(_without_leading_nouns(surface).split()) < 2 and "«" not in surface:
            return None  # a bare "ОЭЗ" / "технопарк" ("Резидентами технопарка") is not a name
        if site and "«" not in surface and _plural_head(surface):
            return None  # "Индустриальные парки России": a class of sites, not a name
        head = _HEAD_RE.match(surface)
        if site and head and "«" not in surface and self.gaz.country(surface[head.end() :].strip()):
            return None  # "ОЭЗ России": the country's zones, a class of sites, not a name
        if site and _BODY_OF_SITES_RE.match(surface):
            site = None  # "Федеральное агентство по управлению особыми экономическими зонами"
        if site is None and _DEVELOPMENT_ZONE_RE.match(surface):
            site = "sez"  # "Зона экономического и технологического развития Тяньцзиня"
        if site:
            return Mention("sites", name, text, kind=site)
        ev = _event_kind(surface)
        if ev:
            return self._event(surface, start, text, dates)
        country = None
        for w in name.split():
            country = country or self.gaz.country(w)
        return Mention("organizations", name, text, country=country)

    @functools.cached_property
    def _cyrillic_names(self) -> list[tuple[str, str, SiteEntry | OrgEntry]]:
        """(normalised alias, alias, entry) for every Cyrillic gazetteer name, built once."""
        out: list[tuple[str, str, SiteEntry | OrgEntry]] = []
        entries: list[SiteEntry | OrgEntry] = [*self.gaz.sites, *self.gaz.organizations]
        for e in entries:
            for alias in (e.name, *e.aliases):
                if len(alias) > 3 and any("\u0400" <= ch <= "\u04ff" for ch in alias):
                    out.append((f" {norm(alias)} ", alias, e))
        return out

    def _gazetteer(self, text: str, org_spans: list[str] | None = None) -> list[Mention]:
        out: list[Mention] = []
        key = f" {norm(text)} "
        # A known name inside a longer tagged name ("Газпром" in "ПАО «Газпром нефть»") is
        # part of that name, not a mention of its own.
        longer = [f" {norm(x)} " for x in org_spans or []]
        seen: set[str] = set()
        for nalias, alias, e in self._cyrillic_names:
            if e.name in seen or nalias not in key:
                continue
            if isinstance(e, SiteEntry) and _only_in_company_names(text, alias):
                continue
            inside = sum(x.count(nalias) for x in longer if x.strip() != nalias.strip())
            if isinstance(e, OrgEntry) and inside and inside >= key.count(nalias):
                continue
            seen.add(e.name)
            if isinstance(e, SiteEntry):
                out.append(Mention("sites", alias, text, kind=e.kind, city=e.city,
                                   country=e.country, canonical=e.name))  # fmt: skip
            else:
                out.append(Mention("organizations", alias, text, country=e.country,
                                   canonical=e.name))  # fmt: skip
        return out


def _only_in_company_names(text: str, alias: str) -> bool:
    """Whether every mention of a site's name is inside a company's quoted name ("АО «ОЭЗ
    „Технополис“»" names the company that runs the zone, not the zone)."""
    words = re.findall(r"\w+", alias)
    if not words:
        return False
    rx = re.compile(r"[\s«»„“\"]+".join(map(re.escape, words)), re.I)
    hits = list(rx.finditer(text))
    return bool(hits) and all(_LEGAL_FORM_BEFORE_RE.search(text[: h.start()]) for h in hits)


def _without_leading_nouns(head: str) -> str:
    """The adjective slots before a head also take nouns with adjective-like endings
    ("Резидентом особой экономической зоны"): such leading words are not part of the name."""
    from parkbridge.extraction.russian_case import _morph

    words = head.split(" ")
    while len(words) > 1 and re.fullmatch(r"[А-ЯЁа-яё]+", words[0]):
        parses = _morph().parse(words[0])
        rest = " ".join(words[1:])
        if any(p.tag.POS in ("ADJF", "PRTF") for p in parses[:2]) or not _HEAD_RE.fullmatch(rest):
            break
        words = words[1:]
    return " ".join(words)


# Heads that open a second organisation after "и" inside one tagged span ("Научно-
# образовательного комитета и бюро науки").
_SECOND_ORG_HEADS = (*ORG_HEADS_RU, "бюро", "управлени", "департамент", "отдел")


def _is_genitive(word: str) -> bool:
    from parkbridge.extraction.russian_case import _morph

    return any(p.tag.case == "gent" for p in _morph().parse(word))


def _org_surfaces(span: Any, spans: list[Any], text: str) -> list[tuple[str, int]]:
    """The organisation names one natasha ORG span stands for, with their offsets.

    The tagger ends an organisation where a place begins, so "Компартии Китая" and
    "Корпорации развития Московской области" come as ORG + LOC: a place in the genitive right
    after the organisation is part of its name. A closing quote left outside the span is put
    back, and "X и бюро Y" names two organisations."""
    surface, end = span.text, span.stop
    nxt = next((o for o in spans if o.start > span.start), None)
    if (
        nxt is not None
        and nxt.type == "LOC"
        and text[end : nxt.start] == " "
        and _is_genitive(nxt.text.split()[0])
    ):
        surface, end = f"{surface} {nxt.text}", nxt.stop
    if surface.count("«") > surface.count("»") and text[end : end + 1] == "»":
        surface += "»"
    parts = re.split(r"\s+и\s+", surface)
    if len(parts) == 2 and parts[1].lower().startswith(_SECOND_ORG_HEADS) and len(parts[0]) > 3:
        return [(parts[0], span.start), (parts[1], span.start + surface.index(parts[1]))]
    return [(surface, span.start)]


_BRACKET_ACRONYM_RE = re.compile(r"\s*\(([А-ЯЁA-Z][А-ЯЁA-Z0-9-]{1,9})\)\s*$")


def _name_in_nominative(m: Mention) -> None:
    """One entity, one name: a trailing acronym in brackets ("... Арктики (КРДВ)") becomes an
    alias, and a declined name is given in the nominative (the form as written is kept as an
    alias for merging)."""
    acr = _BRACKET_ACRONYM_RE.search(m.name)
    if acr and acr.start() > 0:
        m.aliases.append(acr.group(1))
        m.name = m.name[: acr.start()]
    nominative = to_nominative(m.name)
    if nominative != m.name:
        m.aliases.append(m.name)
        m.name = nominative


def is_org_head(word: str) -> bool:
    return word.lower().startswith(ORG_HEADS_RU)


# Nouns that head an organisation's name but are no name alone: "Фонд", "Союза" left over when
# the tagger splits "Союза НТП Казахстана" in two, or a bare back-reference ("вице-президент Фонда").
_BARE_HEADS = frozenset((
    "союз", "фонд", "центр", "компания", "корпорация", "ассоциация", "агентство", "министерство",
    "банк", "палата", "университет", "институт", "комитет", "совет", "биржа", "завод", "комбинат",
    "холдинг", "группа", "служба", "дирекция", "администрация", "правительство", "организация",
    "предприятие", "объединение", "общество",
    # Section labels of news sites, tagged as names when they stand alone on a line.
    "новость", "экономика", "бизнес", "политика", "регион", "главное",
))  # fmt: skip
# A name does not open with a preposition, conjunction, particle, gerund or adverb
# ("Благодаря взаимодействию ...": the tagger read a sentence's first words as a name).
_NOT_NAME_START = frozenset({"PREP", "CONJ", "PRCL", "GRND", "ADVB", "INTJ"})
_CHANNEL_RE = re.compile(r"^(?:telegram|телеграм)[\s-]*канал\w*$", re.I)
_QUOTED_PART_RE = re.compile(r"[«„“\"]([^«»„“”\"]+)")


def _lemma(word: str) -> str:
    from parkbridge.extraction.russian_case import _morph

    return str(_morph().parse(word)[0].normal_form)


def _is_bare_head(word: str) -> bool:
    return not word.isupper() and _lemma(word) in _BARE_HEADS


_REGION_OF_RE = re.compile(
    r"[А-ЯЁ][а-яё-]+(?:ой|ого|ских|ской)\s+(?:области|края|республики|округа|района)"
)


def _is_organisation_name(name: str) -> bool:
    """Whether a tagged organisation span can be a name (it is kept) or is a fragment, a bare
    head noun, a channel or an outlet's office (it is dropped)."""
    words = name.split()
    if len(name.strip(' «»„“"')) < 2 or not words or _CHANNEL_RE.match(name.strip()):
        return False
    if len(words) == 1 and _is_bare_head(words[0]):
        return False
    if _is_governing_body(words):
        return False
    if name.strip() in _generic_abbreviations():
        return False  # "МСБ", "ГЧП", "ДФО": a term or a place, not a body
    if len(words) <= 3 and words[-1] in _generic_abbreviations() and _common_words(words[:-1]):
        return False  # "Поддержка МСП": a common noun and a term
    if words[0] in _generic_abbreviations() and _REGION_OF_RE.fullmatch(" ".join(words[1:])):
        return False  # "МПЗ Наманганской области": a term or a class of zones of a region
    first = words[0]
    if re.fullmatch(r"[А-ЯЁа-яё][а-яё]+", first):
        from parkbridge.extraction.russian_case import _morph

        if _morph().parse(first)[0].tag.POS in _NOT_NAME_START:
            return False
    # 'информационный центр «ТАСС Кавказ»': an outlet's regional office is that outlet.
    quoted = _QUOTED_PART_RE.findall(name)
    outlets = _cyrillic_outlets()
    return not any(q.split()[0] in outlets for q in quoted if q.split())


_PROPER_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"})
# A country's adjective opens names of national companies written in common words.
_NATIONAL_ADJ = ("российск", "белорусск", "казахстанск", "китайск", "узбекск", "евразийск")


def _common_words(words: list[str]) -> bool:
    """Dictionary words, none a proper noun or an organisation's head."""
    from parkbridge.extraction.russian_case import _morph

    if not all(re.fullmatch(r"[А-ЯЁа-яё][а-яё]{2,}", w) for w in words):
        return False
    for w in words:
        parse = _morph().parse(w.lower())[0]
        if not parse.is_known or _PROPER_TAGS & set(parse.tag.grammemes):
            return False
        if parse.normal_form in _BARE_HEADS or w.lower().startswith(
            (*_SECOND_ORG_HEADS, "отделени")
        ):
            return False
    return True


def _common_words_only(words: list[str]) -> bool:
    """'Новые резиденты', 'Минское отделение': two or three dictionary words, none a proper
    noun, an organisation's head or an acronym, are a phrase the tagger took for a name
    ("Фонд развития промышленности" keeps its head, "Российские железные дороги" its
    country)."""
    if not 2 <= len(words) <= 3 or words[0].lower().startswith(_NATIONAL_ADJ):
        return False
    return _common_words(words)


# Nouns whose quoted name is a programme, product, award or project, not a body: "нацпроект
# «Производительность труда»", "машины «Урал»", "премия «Индустрия»".
_THING_BEFORE_QUOTE = re.compile(
    r"(?<![А-ЯЁа-яё])(?:нац|гос)?(?:проект|программ|стратеги|концепци|бренд|марк|модел|машин"
    r"|автомобил|продукт|конкурс|преми|рейтинг|акци[яиюей]|фестивал|платформ|систем|приложени"
    r"|трасс|маршрут|поезд|судн|самол[её]т|вертол[её]т)[а-яё]*"
    r"(?:\s+[«„“\"][^«»„“”\"\n]{1,60}[»“”\"](?:,|\s+и))*\s+[«„“\"]$"
)


def _names_a_thing(m: Mention) -> bool:
    """An organisation mention whose quoted name follows a programme's, product's or award's
    noun ("машины «Стрела» и «Урал-1»")."""
    return _quoted_after(m, _THING_BEFORE_QUOTE, 200)


_FORMER_RE = re.compile(
    r"(?<![А-ЯЁа-яё])[Бб]ывш(?:ая|ий|ее|ей|его|ую|им|ем)\s+(?:[А-ЯЁа-яё]+\s+){0,3}?[«„“\"]$"
)


def _former(m: Mention) -> bool:
    """A site or organisation named as what something used to be ("бывшая ОЭЗ «X»")."""
    return bool(re.match(r"[Бб]ывш", m.name)) or _quoted_after(m, _FORMER_RE, 80)


def _quoted_after(m: Mention, before: re.Pattern[str], reach: int) -> bool:
    """Whether a quoted naming of the mention follows words that ``before`` matches (within
    ``reach`` characters, up to and including the opening quote)."""
    for n in {m.name, *m.aliases}:
        for q in '«"„“':
            at = m.sentence.find(q + n)
            if at >= 0 and before.search(m.sentence, max(0, at - reach), at + 1):
                return True
    return False


def _common_phrase(m: Mention) -> bool:
    """An organisation mention of common words only, not written in quotes."""
    if not _common_words_only(m.name.split()):
        return False
    return not any(q + n in m.sentence for n in (m.name, *m.aliases) for q in '«"„“')


# A body's own board ("Наблюдательный совет", "Совет директоров") is part of it, not a name.
_BOARD_ADJECTIVES = frozenset({"наблюдательный", "попечительский", "экспертный", "координационный",
                               "консультативный", "общественный", "управляющий"})  # fmt: skip
_BOARD_NOUNS = frozenset({"совет", "комитет", "правление"})


def _is_governing_body(words: list[str]) -> bool:
    low = [w.lower() for w in words]
    if low[:2] == ["совет", "директоров"] and len(low) == 2:
        return True
    return len(low) == 2 and _lemma(low[0]) in _BOARD_ADJECTIVES and _lemma(low[1]) in _BOARD_NOUNS


@functools.lru_cache(maxsize=1)
def _generic_abbreviations() -> frozenset[str]:
    path = Path(__file__).with_name("data") / "generic_abbreviations_ru.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip() for s in lines if s.strip() and not s.startswith("#"))


@functools.lru_cache(maxsize=1)
def _cyrillic_outlets() -> frozenset[str]:
    return frozenset(o for o in news_outlets() if re.search(r"[А-ЯЁа-яё]", o))


def _join_bare_heads(spans: list[Any], text: str) -> list[Any]:
    """natasha may tag "Союза НТП Казахстана" as two organisations, a bare head noun and the rest:
    the two are one name."""
    out: list[Any] = []
    for span in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == span.type == "ORG"
            and text[prev.stop : span.start] == " "
            and " " not in prev.text
            and _is_bare_head(prev.text)
        ):
            out[-1] = SimpleNamespace(
                start=prev.start, stop=span.stop, type="ORG", text=text[prev.start : span.stop]
            )
            continue
        out.append(span)
    return out


def _without_leading_oblique_noun(span: Any, text: str) -> Any:
    """ "Резидентами Парка высоких технологий": the tagger may take the common noun that opens
    a sentence into the name; a plural noun in an oblique case before a capitalised word is
    not part of it."""
    from parkbridge.extraction.russian_case import _morph

    words = span.text.split(" ")
    if len(words) < 2 or not words[1][:1].isupper() or not re.fullmatch(r"[А-ЯЁ][а-яё]+", words[0]):
        return span
    p = _morph().parse(words[0])[0]
    if p.tag.POS != "NOUN" or p.tag.number != "plur" or p.tag.case in ("nomn", None):
        return span
    cut = len(words[0]) + 1
    return SimpleNamespace(
        start=span.start + cut, stop=span.stop, type=span.type, text=span.text[cut:]
    )


def _initials(words: list[str]) -> str:
    return "".join(part[:1] for w in words for part in w.split("-") if part)


def _expands(short: list[str], long: list[str]) -> bool:
    """'Ассоциация ТП Урала' and 'Ассоциация технологических парков Урала': the same
    words around an acronym whose letters start the other name's middle words."""
    for i, w in enumerate(short):
        if not (w.isupper() and 2 <= len(w) <= 6):
            continue
        head, tail = short[:i], short[i + 1 :]
        if long[: len(head)] != head or (tail and long[-len(tail) :] != tail):
            continue
        middle = long[len(head) : len(long) - len(tail)]
        if middle and _initials(middle).upper() == w:
            return True
    return False


_MINISTRY_LONG = re.compile(r"^[Мм]инистерств[оау]\w*\s+(.+)$")
_MINISTRY_SHORT_FORM = re.compile(r"^Мин([а-яё]{3,})\b")
# Words a ministry's name adds that its short form leaves out: linking words and the country.
_MINISTRY_FILLER = frozenset(
    {"и", "по", "российской", "федерации", "рф", "россии", "республики", "беларусь", "казахстан"}
)


def _lcp(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def is_ministry_short_form(short: str, long: str) -> bool:
    """'Минэкономразвития' is 'Министерство экономического развития', 'Минпромторг' is
    'Министерство промышленности и торговли': after 'Мин', the short form is the starts of
    the long name's words, in order (three letters or more each, or a whole word)."""
    ms, ml = _MINISTRY_SHORT_FORM.match(short.strip()), _MINISTRY_LONG.match(long.strip())
    if not (ms and ml):
        return False
    rest = ms.group(1).lower()
    words = [w for w in re.findall(r"[а-яё]+", ml.group(1).lower()) if w not in _MINISTRY_FILLER]
    for w in words:
        n = _lcp(rest, w)
        if n < 3 and n < len(w):
            return False
        rest = rest[n:]
    return not rest and bool(words)


def _short_forms_of_organisations(mentions: list[Mention]) -> None:
    """One organisation, one entry: a name that is the last words of another organisation's
    name ("Заря" of "ООО «Хлебозавод Заря»") or that writes its middle words as an
    acronym is that organisation; the longer name is given to it as an alias. Indexed by
    suffix and by first word, so a long article stays linear in its names."""
    orgs = [m for m in mentions if m.category == "organizations"]
    by_suffix: dict[str, str] = {}
    by_first: dict[str, list[str]] = {}
    for o in orgs:
        words = norm(o.name).split()
        for k in range(1, min(len(words), 8)):
            by_suffix.setdefault(" ".join(words[-k:]), o.name)
        if o.name.split():
            by_first.setdefault(o.name.split()[0], []).append(o.name)
    for s in orgs:
        longer = by_suffix.get(norm(s.name))
        if longer is None and any(w.isupper() and len(w) > 1 for w in s.name.split()):
            candidates = by_first.get(s.name.split()[0], [])[:20]
            longer = next(
                (c for c in candidates if c != s.name and _expands(s.name.split(), c.split())),
                None,
            )
        if longer is None and _MINISTRY_SHORT_FORM.match(s.name):
            ministries = [c for k, v in by_first.items() if k.startswith("Министерств") for c in v][
                :20
            ]
            longer = next((c for c in ministries if is_ministry_short_form(s.name, c)), None)
        if longer and longer != s.name and longer not in s.aliases:
            s.aliases.append(longer)
