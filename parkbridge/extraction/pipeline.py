"""``extract_article``: one article's text in, :class:`ArticleFacts` out.

Steps: header/date line and language (segment), sentences, language grammar for named entities
(english / russian / chinese), merging of mentions (resolve), and per-sentence figures, targets
and agreements (quantities, facts).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from parkbridge.extraction import facts as facts_grammar
from parkbridge.extraction.english_bodies import is_not_a_body, is_place_unit, is_unit_or_title
from parkbridge.extraction.gazetteer import Gazetteer, default_gazetteer
from parkbridge.extraction.lexicon import (
    LEGAL_FORMS,
    clean_org_name,
    is_government_or_generic,
    is_outlet,
)
from parkbridge.extraction.mentions import Mention
from parkbridge.extraction.model import (
    Agreement,
    ArticleFacts,
    Event,
    Figure,
    Organization,
    Person,
    Site,
    Target,
)
from parkbridge.extraction.quantities import FigureMention, local_rupee
from parkbridge.extraction.quantities import find_figures as find_figures_en
from parkbridge.extraction.reporting import is_reporting_source, is_venue, reporting_sources
from parkbridge.extraction.resolve import first, merge, pick_name, ru_name_stems, without_possessive
from parkbridge.extraction.segment import prepare, split_sentences, tokenize
from parkbridge.extraction.textnorm import initials, norm

MAX_CHARS = 5_000_000


class ExtractionError(ValueError):
    """The input cannot be analysed (not text, empty, too large)."""


def _mentions(lang: str, gaz: Gazetteer, sentences: list, year: int | None) -> list[Mention]:
    if lang == "ru":
        from parkbridge.extraction.russian import RussianGrammar

        return RussianGrammar(gaz).mentions(sentences, year)
    if lang == "zh":
        from parkbridge.extraction.chinese import ChineseGrammar
        from parkbridge.extraction.chinese_model import (
            find_organisations,
            without_places_named_as_people,
        )

        texts = [s.text for s in sentences]
        found = without_places_named_as_people(ChineseGrammar(gaz).mentions(sentences, year), texts)
        found += find_organisations(texts, gaz, found)
        from parkbridge.extraction.chinese_orgs import defined_short_name

        for m in found:  # "某某商会(以下简称“商会”)": one body by two names
            if m.category == "organizations" and (short := defined_short_name(m.name, m.sentence)):
                m.aliases.append(short)
        return found
    from parkbridge.extraction.english import EnglishGrammar
    from parkbridge.extraction.english_model import EnglishModel
    from parkbridge.extraction.english_titled_names import split_titled_names

    # "Member of BEPZA Jane Doe": a titled person's name run on after a body's is split off.
    found = split_titled_names(EnglishGrammar(gaz).mentions(sentences, year), gaz)
    return found + split_titled_names(
        EnglishModel(gaz).mentions([s.text for s in sentences], found), gaz
    )


def _described_events(
    lang: str,
    sentences: list,
    found: list[Mention],
    gaz: Gazetteer,
    home: str | None,
    year: int | None,
) -> list[Mention]:
    """Visits, delegations and ceremonies the article describes; one per kind of description
    (a restated visit is the same event), and none inside an event already named."""
    from parkbridge.extraction.chinese_events import ceremony_of
    from parkbridge.extraction.described_events import (
        find_described_events,
        find_unnamed_events,
        find_year_named_events,
        must_cross_borders,
    )

    named = [norm(m.name) for m in found if m.category == "events"]
    out: list[Mention] = [
        m for m in find_year_named_events([s.text for s in sentences])
        if not any(norm(m.name) in n or n in norm(m.name) for n in named)
    ]  # fmt: skip
    named_initials = {
        "".join(w[0] for w in re.findall(r"[^\W\d_]+", m.name)).casefold()
        for m in found
        if m.category == "events"
    }
    kinds: set[str] = set()
    for sent in sentences:
        for m in find_described_events(sent.text, lang):
            key = norm(m.name)
            slot = m.kind or "other"  # one event per kind of description
            if slot == "other" and _A_TRIP.search(m.name):
                slot = "other trip"  # an official visit and a signing ceremony are two events
            if " ceremony between " in m.name:
                slot = key  # a ceremony between two named parties is one of its own
            if (
                lang == "ru"
                and (m.kind == "forum" or re.search(r"выставк|ярмарк", m.name))
                and m.name[:1].islower()
                and any(x.category == "events" and x.kind == m.kind for x in found)
            ):
                continue  # "на экономическом форуме" after a named forum: that forum again
            if slot in kinds or any(
                key in n or (n in key and not (lang == "zh" and ceremony_of(key, n))) for n in named
            ):
                continue  # (a named fair's signing ceremony, "第N届…博览会签约仪式", is its own)
            if m.name.isupper() and m.name.casefold() in named_initials:
                continue  # "Восточного экономического форума (ВЭФ)": the named forum again
            if lang == "ru" and _forum_of_a_named_city(m.name, found):
                continue  # "инвестфорум в Новосибирске" after the named forum held there
            if (
                must_cross_borders(m.name)
                and not (lang == "ru" and _RU_WORKING_TRIP.search(m.name))
                and not (_to_a_country(m.name, gaz) or _between_countries(sent.text, gaz, home))
            ):
                continue  # an official's working visit inside his own country (SCHEMA.md); in
                # Russian news an official's "рабочая поездка" to a region is an official visit
            kinds.add(slot)
            out.append(m)
    if lang == "en":
        for sent in sentences:
            for m in find_unnamed_events(sent.text, year):
                key = norm(m.name)
                if any(key in norm(x.name) for x in out) or any(
                    w in n for w in key.split()[:-1] for n in named
                ):
                    continue  # "the economic forum" after "Eastern Economic Forum": that forum
                if named and (_BY_LENGTH_ONLY.match(m.name) or " " not in m.name):
                    continue  # "the two-day summit" in an article that names its summit
                out.append(m)
    return out


_RU_WORKING_TRIP = re.compile(r"рабоч\w+\s+(?:визит|поездк)", re.I)
_A_TRIP = re.compile(r"visit|trip|tour|визит|поездк|访问|訪問|考察|赴", re.I)
_FORUM_IN_CITY = re.compile(r"форум\w*\s+во?\s+([А-ЯЁ][\w-]+)$")


def _forum_of_a_named_city(name: str, found: list[Mention]) -> bool:
    """A forum described by its city ("инвестфоруме в Новосибирске") when the article names
    a forum held in that city: the named forum again."""
    m = _FORUM_IN_CITY.search(name)
    if not m:
        return False
    city = m.group(1)[:5].lower()
    return any(
        x.category == "events" and x.kind == "forum" and (x.city or "")[:5].lower() == city
        for x in found
    )


_BY_LENGTH_ONLY = re.compile(r"^(?:\d+|one|two|three|four|five)-day\s+\w+$", re.I)


def _countries_in(text: str, gaz: Gazetteer) -> set[str]:
    from parkbridge.extraction.site_country import _cjk_countries

    if any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return set(_cjk_countries(text, gaz))
    codes: set[str] = set()
    for t in tokenize(text):
        code = gaz.country(t.text)
        if code is None and t.text[:1].isupper() and len(t.text) > 3:
            city = gaz.city(t.text)
            code = city.country if city else None
        if code:
            codes.add(code)
    return codes


def _to_a_country(name: str, gaz: Gazetteer) -> bool:
    """A visit "to Egypt" crosses a border whoever makes it (a city could be at home)."""
    m = re.search(r"\bto\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)", name)
    return bool(m and gaz.country(m.group(1)))


def _between_countries(sentence: str, gaz: Gazetteer, home: str | None) -> bool:
    """A visit is international when its sentence names two countries, or a place outside the
    country the article is written from."""
    codes = _countries_in(sentence, gaz)
    return len(codes) >= 2 or bool(home and codes and codes != {home})


# Author and photo credits: a line "By Jane Doe, Reuters", "(Reporting by X; Editing by Y)",
# "Автор: …", "Фото: …".
_BYLINE = re.compile(
    r"(?m)^\s*(?:[Bb]y|[Tt]ext\s+by|[Pp]hotos?\s+by|Автор|Текст|Фото)\s*:?\s+"
    r"([A-ZА-ЯЁ][\w.'’-]*(?:\s+[A-ZА-ЯЁ][\w.'’-]*){1,3}(?:\s*(?:,|and|и|\||/|—|-)\s*[^\n]{0,60})?)$"
    r"|\((?i:reporting|writing|editing|additional\s+reporting)\s+by\s+([^)]{2,200})\)"
)
_MEASURE_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


# From this size on, the same count stated twice in one article is a restatement ("3,500
# workers" in the lead, "about 3,500 people" in a quote): two different things of the same
# large count are rare, while small counts (2, 5, 300) often count different things.
_RESTATED_COUNT = 1000


@lru_cache(maxsize=1)
def _measure_groups() -> list[frozenset[str]]:
    path = Path(__file__).with_name("data") / "measure_synonyms.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [frozenset(x.split()) for x in lines if x.strip() and not x.startswith("#")]


def _measure_keys(measure: str | None) -> set[str]:
    """The words of a measure and the synonym groups they belong to ("firms" ~ "companies")."""
    text = (measure or "").casefold()
    keys = {w[:5] for w in _MEASURE_WORD.findall(text)}
    for i, group in enumerate(_measure_groups()):
        if keys & group or any(g in text for g in group if not g.isascii() and len(g) <= 2):
            keys.add(f"#group{i}")
    return keys


def _own_parties(a: str, b: str, parties: list[str]) -> bool:
    """Two sentences that each name a party the other does not ("A signed a deal worth $5
    million", "B signed one worth $5 million") state two facts of the same size."""
    pa = {p for p in parties if p in a}
    pb = {p for p in parties if p in b}
    return bool(pa) and bool(pb) and not (pa & pb)


def _one_figure_per_fact(
    figures: list[Figure], headline: str = "", parties: list[str] | None = None
) -> list[Figure]:
    """One fact, one entry: the same amount restated (lead and quote, headline and body) is
    listed once. Counts of the same number are one fact only when they count the same thing
    ("20 companies" and "20 firms" are one, "20 companies" and "20 countries" two), when the
    number is large, or when one of them is the headline's (a headline restates the body)."""
    kept: list[Figure] = []
    for f in figures:
        same = None
        for k in kept:
            if k.unit != f.unit or abs(float(k.value) - float(f.value)) > 1e-9 * max(
                1.0, abs(float(f.value))
            ):
                continue
            if f.unit != "count":
                if k.evidence != f.evidence and _own_parties(k.evidence, f.evidence, parties or []):
                    continue
                same = k
                break
            wa, wb = _measure_keys(k.measure), _measure_keys(f.measure)
            in_headline = bool(headline) and headline in (k.evidence, f.evidence)
            if wa & wb or abs(float(f.value)) >= _RESTATED_COUNT or in_headline:
                same = k
                break
        if same is None:
            kept.append(f)
        elif not same.measure and f.measure:
            same.measure = f.measure
    return kept


def tidy_value(value: float | int) -> float | int:
    """A scaled amount without binary noise: "4.1 billion" is 4100000000, not 4099999999.9999995
    (what a reviewer reads and what is stored)."""
    if isinstance(value, int) or value != value or value in (float("inf"), float("-inf")):
        return value
    nearest = round(value)
    if abs(value - nearest) <= 1e-9 * max(1.0, abs(value)):
        return int(nearest)
    return float(f"{value:.12g}")


def _one_target_per_goal(targets: list[Target]) -> list[Target]:
    """One goal, one entry: the same value by the same deadline restated (lead and quote,
    headline and body) is listed once, with the first statement's measure and scope."""
    kept: list[Target] = []
    for t in targets:
        v = float(t.value)
        if not any(
            # one sentence's two equal values aim at two things ("40 projects signed and 40
            # started")
            (k.evidence != t.evidence or k.measure == t.measure)
            and k.deadline == t.deadline
            and k.unit == t.unit
            and abs(float(k.value) - v) <= 1e-9 * max(1.0, abs(v))
            for k in kept
        ):
            kept.append(t)
    return kept


_ROMAN = re.compile(r"^[ivxlc]+$")
# Words that make a longer name another site: a part, a stage or a direction ("North X Zone").
_OTHER_SITE_WORDS = {"phase", "stage", "block", "area", "zone", "park", "extension", "north",
                     "south", "east", "west", "northern", "southern", "eastern", "western",
                     "central", "new", "greater", "upper", "lower", "second", "third"}  # fmt: skip


_CORRIDOR = re.compile(r"^(?:the\s+)?(?P<sides>\S+)\s+Economic\s+Corridor$", re.I)


def _corridor_between_countries(name: str, gaz: Gazetteer) -> bool:
    """'China-Pakistan Economic Corridor' is a programme between countries, not a site; a
    country's own corridor ('Eastern Economic Corridor') is a zone by law."""
    m = _CORRIDOR.match(name.strip())
    if not m:
        return False
    sides = re.split(r"[-–—]", m.group("sides"))
    return len(sides) >= 2 and all(gaz.country(x) for x in sides)


def _shorter_naming(site: Site, sites: list[Site], gaz: Gazetteer) -> bool:
    """'Dongo Kundu Industrial Park' after 'Dongo Kundu Integrated Industrial Park': a site whose
    words all stand in a longer site's name of the same kind, the extra words being describing
    words (not a number, a phase or a place), is that site named short."""
    words = set(norm(site.name).split())
    if len(words) < 3:
        return False
    for other in sites:
        if other is site or other.kind != site.kind:
            continue
        other_words = set(norm(other.name).split())
        extra = other_words - words
        if (
            extra
            and words < other_words
            and all(w.isalpha() and len(w) >= 4 and not _ROMAN.match(w) for w in extra)
            and not any(gaz.is_place(w) or gaz.country(w) for w in extra)
            and not extra & _OTHER_SITE_WORDS
        ):
            return True
    return False


_GOES_ON = re.compile(r"^(?:This|It|These|That)\s+(?:will|would|is\s+to|are\s+to)\b")


# A wire dateline opening a sentence: "Sri City (Andhra Pradesh), Aug 19 (PTI)".
_WIRE_DATELINE = re.compile(
    r"^[^,.;:]{1,60},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([A-Za-z-]{2,12}\))?"
)


def _headline(body: str, sentences: list) -> str:
    """The article's headline: its first line when that is short and not a full sentence."""
    first_line = body.strip().split("\n", 1)[0].strip()
    # "Deal signed; X to develop Y": a headline may be cut in parts at a semicolon; its first
    # part is the headline's statement.
    if not sentences or not first_line.startswith(sentences[0].text.strip()):
        return ""
    if len(first_line) > 160 or first_line.endswith((".", "。", "!", "?")):
        return ""
    return sentences[0].text


_TITLE_START = re.compile(
    r"^(?:minister|deputy|vice|president|chairman|chairwoman|chair|director|head|governor"
    r"|ambassador|secretary|mayor|ceo|chief|министр|заместител\w*|председател\w*|директор\w*"
    r"|губернатор\w*|глав[аы])\b",
    re.I,
)
_AUTHORITY_TAIL = re.compile(
    r"\s+(?:authority|administration|directorate|management|management\s+board)$"
    r"|^(?:администраци\w*|дирекци\w*|(?:(?:ООО|АО|ОАО|ПАО|ЗАО)\s*[«\"„“]?)?управляющ\w+\s+компани\w*)\s+"
    r"|(?:管委会|管理委员会|管理总局|管理局)$",
    re.I,
)


def _is_title(name: str) -> bool:
    """'Minister of Trade and Industry', 'Chairman of X': a person's title, not a body."""
    return bool(_TITLE_START.match(name.strip()))


def _runs_a_site(name: str, site_keys: set[str]) -> bool:
    """'SCZone Authority', 'администрация ОЭЗ «Алабуга»': the body that runs a site the article
    names is that site (SCHEMA: a zone is a site only)."""
    rest = _AUTHORITY_TAIL.sub("", name.strip()).strip()
    return rest != name.strip() and norm(rest) in site_keys


def _link_gazetteer(mentions: list[Mention], gaz: Gazetteer) -> None:
    """Give a found site the gazetteer's identity when its name (or quoted part) is known."""
    for m in mentions:
        if m.category != "sites" or m.canonical:
            continue
        quoted = re.findall(r"[«“\"]([^»”\"]+)[»”\"]", m.name)
        for key in (m.name, *quoted):
            entry = gaz.site_by_name.get(norm(key))
            if entry:
                m.canonical = entry.name
                m.kind = m.kind or entry.kind
                m.country = m.country or entry.country
                m.city = m.city or entry.city
                break


def _scope(sentence: str, gaz: Gazetteer, event: str | None) -> str | None:
    for t in tokenize(sentence):
        code = gaz.country(t.text)
        if code:
            return code
    return event


_LEGAL_FORM_WORDS = LEGAL_FORMS | {"private"}  # "(Private) Limited"


def _without_legal_form(name: str) -> str:
    """An English company's name without its legal form words ("(Pvt) Ltd", "Co., Ltd")."""
    words = [w for w in norm(name).split() if w not in _LEGAL_FORM_WORDS]
    return " ".join(words) or norm(name)


def extract_article(text: str, gazetteer: Gazetteer | None = None) -> ArticleFacts:
    """Extract SCHEMA.md facts from one article (English, Russian or Chinese)."""
    if not isinstance(text, str):
        raise ExtractionError("article text must be a str")
    if len(text) > MAX_CHARS:
        raise ExtractionError(f"article is longer than {MAX_CHARS} characters")
    if not text.strip():
        raise ExtractionError("article is empty")
    from parkbridge.extraction.chinese_script import (
        is_traditional,
        restore_characters,
        strip_pinyin_glosses,
        to_simplified,
    )

    text = strip_pinyin_glosses(text)
    if is_traditional(text) and (simple := to_simplified(text)) != text:
        # Traditional characters are read as simplified and reported as written.
        return restore_characters(extract_article(simple, gazetteer), simple, text)
    gaz = gazetteer or default_gazetteer()
    art = prepare(text)
    year = int(art.published[:4]) if art.published else None
    sentences = split_sentences(art.body, art.language)
    mentions = _mentions(art.language, gaz, sentences, year)
    from parkbridge.extraction.site_country import article_country, dateline_country

    # The dateline may follow the headline and a byline: look at the article's first lines.
    top = [ln for ln in art.body.splitlines() if ln.strip()][:6]
    home = dateline_country(art.header, art.body, gaz) or next(
        (c for ln in top if (c := dateline_country("", ln, gaz))), None
    )
    home = home or article_country(art.body, gaz)
    mentions += _described_events(art.language, sentences, mentions, gaz, home, year)
    _link_gazetteer(mentions, gaz)
    clusters = merge(mentions, lambda t: gaz.country(t) is not None)

    out = ArticleFacts(published=art.published, language=art.language)
    # Outlets cited as the source of the news are neither organisations nor people (SCHEMA).
    outlets = reporting_sources(art.body)
    reporters = reporting_sources(art.body, people=True)
    from parkbridge.extraction.dateline_names import dateline_names, is_dateline_date

    dateline = dateline_names(art.body)
    bylines = [m.group(1) or m.group(2) for m in _BYLINE.finditer(text)]
    # Every name the article's sites go by, with their registry aliases ("SCZone").
    registry_aliases = {e.name: e.aliases for e in gaz.sites}
    site_keys = {
        norm(x)
        for cl in clusters
        if cl[0].category == "sites"
        for m in cl
        for x in (
            m.name,
            *m.aliases,
            m.canonical or "",
            *registry_aliases.get(m.canonical or "", ()),
        )
        if x
    }
    site_stems = {ru_name_stems(k) for k in site_keys} - {frozenset()}
    for cl in clusters:
        cat, ev = cl[0].category, cl[0].sentence
        name = pick_name(cl)
        if cat == "sites":
            name = without_possessive(name)
            out.sites.append(Site(name, first(cl, "kind") or "other", first(cl, "country"),  # type: ignore[arg-type]
                                  first(cl, "city"), ev))  # type: ignore[arg-type]  # fmt: skip
        elif cat == "events":
            out.events.append(
                Event(name, first(cl, "kind") or "other", first(cl, "edition"), first(cl, "city"),  # type: ignore[arg-type]
                      first(cl, "country"), first(cl, "start"), first(cl, "end"), ev)  # type: ignore[arg-type]
            )  # fmt: skip
        elif cat == "organizations":
            name = clean_org_name(name)
            if not name or is_outlet(name) or is_government_or_generic(name) or gaz.country(name):
                continue
            if norm(name) in dateline or is_dateline_date(name):
                continue  # "КУРГАН, 9 июля, ФедералПресс.": the dateline's place and outlet
            if any(is_reporting_source(m.name, outlets) for m in cl) or is_venue(name):
                continue
            if _is_title(name) or _runs_a_site(name, site_keys):
                continue
            if art.language == "en" and _without_legal_form(name) in site_keys:
                continue  # "X Industrial Park Sdn Bhd" where "X Industrial Park" is named: the park
            if art.language == "ru" and ru_name_stems(name) in site_stems:
                continue  # "доля «Алабуги»" after "ОЭЗ «Алабуга»": the site in another case
            if art.language == "en" and (
                is_unit_or_title(name)
                or gaz.is_region(name)
                or is_place_unit(name)
                or is_not_a_body(name)
            ):
                continue  # "Board of Directors", "Trade Minister" (english_bodies.py)
            if any(norm(o.name) == norm(name) for o in out.organizations):
                continue  # "Wanda Group Chairman" cleaned is the "Wanda Group" already listed
            if art.language == "en" and any(
                _without_legal_form(o.name) == _without_legal_form(name) for o in out.organizations
            ):
                continue  # "Orbis Steel (Pvt) Ltd" and "Orbis Steel Ltd" are one company
            out.organizations.append(Organization(name, first(cl, "country"), ev))  # type: ignore[arg-type]
        elif cat == "people":
            if any(is_reporting_source(m.name, reporters) for m in cl):
                continue
            if any(name in b for b in bylines):
                continue  # the article's author or photographer (SCHEMA.md)
            out.people.append(Person(name, first(cl, "role"), ev))  # type: ignore[arg-type]

    # "BEPZA" left of "BEPZA Executive Chairman" once the title is cut: the initials of a body
    # listed in full ("Bangladesh Export Processing Zones Authority") are that body.
    full_initials = {initials(o.name, least=3) for o in out.organizations} - {""}
    out.organizations = [
        o for o in out.organizations
        if not (o.name.isupper() and o.name.isalpha() and o.name.casefold() in full_initials)
    ]  # fmt: skip
    # A Chinese short form of a site's name ("合作中心" for "…国际边境合作中心") is that site.
    out.organizations = [
        o for o in out.organizations
        if not (re.search(r"[\u4e00-\u9fff]", o.name)
                and any(s.name.endswith(o.name) and s.name != o.name for s in out.sites))
    ]  # fmt: skip
    # A Chinese short form of a company listed in full ("瑞拓公司" for "佛山市瑞拓科技实业有限
    # 公司") is that company.
    from parkbridge.extraction.chinese_orgs import is_short_form

    out.organizations = [
        o for o in out.organizations
        if not any(is_short_form(o.name, x.name, h) for x in out.organizations
                   for h in ("公司", "集团") if o.name.endswith(h))
    ]  # fmt: skip
    from parkbridge.extraction.site_country import infer_site_countries

    if art.language == "en" and len(out.sites) <= 300:  # pairwise: bounded on hostile input
        out.sites = [x for x in out.sites if not _shorter_naming(x, out.sites, gaz)]
    out.sites = [x for x in out.sites if not _corridor_between_countries(x.name, gaz)]
    infer_site_countries(out, art.body, gaz, art.header)
    main_event = out.events[0].name if out.events else None
    party_names = [e.name for e in out.organizations] + [s.name for s in out.sites]
    agreements: list[facts_grammar.AgreementMention] = []
    list_goal: str | None = None  # the deadline of the list of goals being read, if any
    previous = ""
    horizon = facts_grammar.plan_horizon(art.body, year)
    last_currency: str | None = None  # the money unit stated last (Russian elided units)
    goal_before: str | None = None  # the one deadline of the goals of the sentence before
    plan_year: tuple[int, str] | None = None  # (paragraph, year) of a plan a paragraph opened
    for sent in sentences:
        if plan_year and plan_year[0] != sent.paragraph:
            plan_year = None
        opened = facts_grammar.paragraph_plan_year(sent.text, year)
        carried_year = plan_year[1] if plan_year else None
        if opened:
            plan_year = (sent.paragraph, opened)
        if list_goal and not facts_grammar.continues_list(previous, sent.text):
            list_goal = None
        carried, previous_text, previous = list_goal, previous, sent.text
        list_goal = facts_grammar.list_deadline(sent.text, year) or (
            carried if sent.text.rstrip()[-1:] in ":：;；" else None
        )
        figs: list[FigureMention]
        if art.language == "zh":
            from parkbridge.extraction.chinese import find_figures as find_figures_zh

            figs = find_figures_zh(sent.text)
        else:
            figs = find_figures_en(sent.text, year, currency=last_currency)
        last_currency = next(
            (f.unit for f in reversed(figs) if len(f.unit) == 3 and f.unit.isupper()),
            last_currency,
        )
        if not figs and not facts_grammar.mentions_agreement(sent.text):
            continue
        scope = _scope(sent.text, gaz, main_event)
        for f in figs:
            out.figures.append(
                Figure(tidy_value(f.value), f.unit, f.qualifier, f.measure, scope, sent.text)
            )  # type: ignore[arg-type]
        found = facts_grammar.find_targets(sent.text, figs, year)
        if not found and carried:
            found = facts_grammar.list_item_targets(sent.text, figs, carried)
        if not found and horizon:
            after_plan = facts_grammar.mentions_plan(previous_text)
            found = facts_grammar.plan_targets(sent.text, figs, horizon, after_plan)
        if not found and goal_before and _GOES_ON.match(sent.text):
            # "The zone aims to attract $2 billion by 2030. This will create 5,000 jobs.": the
            # next sentence's "this will" goes on with the same goal and deadline.
            found = facts_grammar.list_item_targets(sent.text, figs, goal_before)
        if not found and carried_year:
            # "2025年，该区将…。…全年新增企业7家以上；力争引进项目40个以上": the paragraph's plan
            # year is the deadline of the goals that follow it.
            found = facts_grammar.plan_year_targets(sent.text, figs, carried_year)
        deadlines = {t.deadline for t in found}
        goal_before = deadlines.pop() if len(deadlines) == 1 else None
        for t in found:
            f = t.figure
            out.targets.append(Target(tidy_value(f.value), f.unit, f.qualifier, f.measure, scope, t.deadline,  # type: ignore[arg-type]
                                      sent.text))  # fmt: skip
        undated = _WIRE_DATELINE.sub("", sent.text, count=1)
        names = [n for n in party_names if n in undated]
        agreements.extend(facts_grammar.find_agreements(sent.text, figs, names))
    # Headline and lede summarise; one that names a site or organisation reports a signing
    # of its own ("met X and signed agreements").
    # (the dateline's place is where the news comes from, not a party: "Sri City (Andhra
    # Pradesh), Aug 19 (PTI) … inked deals")
    leads = tuple(
        s.text
        for s in sentences[:2]
        if not any(n and n in _WIRE_DATELINE.sub("", s.text, count=1) for n in party_names)
    )
    merged = facts_grammar.merge_agreements(agreements, leads, _headline(art.body, sentences))
    if not merged and art.language == "zh":
        ceremony = facts_grammar.ceremony_signing([s.text for s in sentences])
        merged = [ceremony] if ceremony else []
    for a in merged:
        out.agreements.append(Agreement(a.count, a.qualifier, a.status, a.parties,  # type: ignore[arg-type]
                                        main_event, a.evidence))  # fmt: skip
        if (
            a.count
            and a.count >= 2
            and not any(f.unit == "count" and float(f.value) == a.count for f in out.figures)
        ):
            # SCHEMA.md: the number of agreements is also a figure ("deals totaled 258").
            out.figures.append(Figure(a.count, "count", a.qualifier or "exact", "agreements",  # type: ignore[arg-type]
                                      None, a.evidence))  # fmt: skip
    for item in (*out.figures, *out.targets):
        item.unit = local_rupee(item.unit, item.evidence or "", home)  # type: ignore[assignment]
    out.figures = _one_figure_per_fact(
        out.figures, _headline(art.body, sentences), [o.name for o in out.organizations]
    )
    out.targets = _one_target_per_goal(out.targets)
    from parkbridge.extraction.backend import settings_from_env, with_model

    # The optional model back-end proposes, the checks in backend.py dispose (off by default).
    return with_model(out, art.body, settings_from_env())


def main_country(facts: ArticleFacts) -> str | None:
    c = Counter(x.country for x in [*facts.sites, *facts.events] if x.country)
    return c.most_common(1)[0][0] if c else None
