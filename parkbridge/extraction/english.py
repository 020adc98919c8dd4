"""English named-entity grammar: a capitalised-span chunker with gazetteers and head words.

No statistical model ships offline for English, so names are found the way a news reader does:
runs of capitalised words joined by connectors ("of", "on", "and") when a head word
("Association", "Forum", "Technopark") licenses them, then typed by that head. People come from a
given-name gazetteer or from role/speech context. Sites also come from lower-case kind words next
to a name ("the industrial park Veliky Kamen", "Vladivostok free port").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from parkbridge.extraction.dates import find_dates
from parkbridge.extraction.english_site_lists import listed_sites
from parkbridge.extraction.gazetteer import Gazetteer, OrgEntry, SiteEntry
from parkbridge.extraction.lexicon import (
    EN_GENERIC,
    EN_STOP_CAPS,
    EVENT_HEADS_EN,
    LEGAL_FORMS,
    ORG_HEADS_EN,
    PLACE_WORDS_EN,
    ROLE_HEADS_EN,
    SITE_HEADS_EN,
    SUBUNIT_HEADS_EN,
    ZONE_AUTHORITY_HEADS,
)
from parkbridge.extraction.mentions import Mention
from parkbridge.extraction.numbers import parse_ordinal
from parkbridge.extraction.segment import Sentence, Token, tokenize
from parkbridge.extraction.textnorm import norm, strip_possessive

# Nationality adjectives ("German", "Chinese", "Turkish", "Israeli", "Dutch"); country names
# with these endings ("Oman", "Iran", "Japan") are told apart by what follows them.
_DEMONYM_RE = re.compile(r"(?:an|ese|ish|i|ch)$")
_CLAUSE_WORDS = frozenset(
    {"and", "or", "has", "have", "had", "is", "was", "will", "to", "in", "on"}
)
_OPEN_QUOTES = {"“", "«", '"', "„"}
_CLOSE_QUOTES = {"”", "»", '"', "“"}
# Lower-case words that end a title before a name: a verb or a clause word starts another part
# of the sentence ("Governor X met Prime Minister Y"), while "member of the Committee on Trade
# and Industry" or "Governor of the free zone" stay one title.
_CLAUSE_WORDS = {"met", "meets", "said", "says", "told", "tells", "signed", "signs", "held",
                 "including", "with", "by", "as", "was", "is", "were", "are", "has", "have",
                 "had", "will", "would", "while", "where", "when", "who", "which", "that",
                 "between", "from", "to", "also", "then", "after", "before"}  # fmt: skip
# Capitals with full stops that are not a person's initials.
_NOT_INITIALS = {
    "U.S",
    "U",
    "U.K",
    "U.N",
    "E.U",
    "U.A.E",
    "P.R",
    "D.C",
    "S.A",
    "N.V",
    "H.E",
    "H.H",
    "H.R.H",
}
_SPEECH_VERBS = {"said", "told", "stated", "noted", "added", "emphasized", "emphasised",
                 "stressed", "explained", "says", "announced", "reported", "remarked"}  # fmt: skip
_CONNECT_PREPS = {"of", "for", "on", "in", "at"}
# Words that open a role phrase after a name's comma without being roles themselves.
_ROLE_MODIFIERS = {"managing", "executive", "general", "first", "acting", "senior", "vice",
                   "former", "honorary", "founding"}  # fmt: skip
# Words that make a capitalised span a site name: each kind phrase's noun ("zone", "park",
# "estate") and the modifiers that only occur in kind phrases; words such as "export" or
# "business" also start company names and stay ordinary words.
_SITE_MODIFIERS = {"special", "economic", "industrial", "technology", "tech", "hi", "high",
                   "science", "research", "innovation", "advanced", "development", "trade", "eco"}  # fmt: skip
_SITE_NOUNS = {seq[-1] for seq, _ in SITE_HEADS_EN}
_SITE_PHRASE_WORDS = {w for seq, _ in SITE_HEADS_EN for w in seq}
_SITE_HEAD_WORDS = {seq[-1] for seq, _ in SITE_HEADS_EN} | (
    {w for seq, _ in SITE_HEADS_EN for w in seq} & _SITE_MODIFIERS
)


# Name particles (SCHEMA.md: names keep "bin", "al", "van"); lower-case ones join two
# capitalised parts, capitalised "Al"/"El" only continue a name already found.
_PARTICLES = {"bin", "ibn", "bint", "al", "el", "van", "von", "der", "den", "de", "da", "di",
              "du", "dos", "ben", "abu", "ould", "la", "le"}  # fmt: skip
_PARTICLE_NAME = re.compile(r"(?:[Aa]l|[Ee]l|[Uu]l|[Bb]in|[Ii]bn|[Aa]bu|[Oo]uld)-[A-Z][\w'’]+")
_DAYS_AND_MONTHS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
}  # fmt: skip
# Honorifics before a name make it a person's ("Mr. Joe Bloggs", "Engineer Sami Haddad").
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "engr", "eng", "engineer", "sir", "dame",
               "madam", "mister", "professor", "h.e", "shri", "sri", "smt",
               "shrimati",
               # Gulf and royal styles: "HH Sayyid X", "His Majesty Sultan X", "His Highness".
               "hh", "sayyid", "majesty", "highness", "excellency"}  # fmt: skip
# Initials transliterated from one Cyrillic letter are two Latin letters ("Kh. Nyambaatar",
# "Ts.Davaasuren", "Ya. Petrov": Х, Ц, Ч, Ш, Ж, Я, Ю, Е, Ё).
_INITIAL = r"(?:[A-Z]|Kh|Ts|Ch|Sh|Zh|Ya|Yu|Ye|Yo)"
_INITIAL_NAME = re.compile(rf"{_INITIAL}\.(?:{_INITIAL}\.)?[A-Z][a-z]{{2,}}(?:-[A-Z][a-z]+)?")


# "<role> of <body>, <Name Name>," / "<role> of <ACRONYM> <Name Name>": the name after a role's
# complement, before a comma, "and", a speech verb or the sentence's end.
_ROLE_OF_NAME = re.compile(
    r"\b(?P<role>[A-Za-z-]+)\s+(?:of|for|at)\s+(?P<body>(?:the\s+)?[A-Z][\w'’&.-]*"
    r"(?:\s+(?:[A-Z][\w'’&.-]*|\([A-Z]{2,8}\)|of|and|for|the|in)){0,10})(?P<comma>,)?\s+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,3})"
    r"(?=\s*,|\s+and\s|\s+(?:said|says|told|noted|added|stressed|pointed|praised|announced)\b"
    r"|\s*\.?$)"
)


# What may follow a site's number: the end of the name, not a counted noun ("Zone 3 firms").
_NAME_ENDS = frozenset({",", ".", ";", ":", ")", "in", "at", "of", "and", "is", "was", "will",
                        "has", "had", "would", "to", "on", "near"})  # fmt: skip


# Words inside a role's complement before the name: "Governor of the Fergana region".
_ROLE_COMPLEMENT = {"of", "the", "and", "for", "&", "region", "province", "city", "district",
                    "state", "county", "oblast", "municipality", "prefecture"}  # fmt: skip


_JOINERS = {"of", "the", "and", "for", "&"}


def _is_cap(tok: str) -> bool:
    return bool(tok) and tok[0].isupper() and any(c.isalpha() for c in tok)


# Nouns after a bare "Park" that make it an attribute of the park's members.
_PARK_MEMBERS = {"company", "companies", "firm", "firms", "tenant", "tenants", "enterprises",
                 "startups", "start-ups", "residents"}  # fmt: skip


def _is_acronym(tok: str) -> bool:
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _key(tok: str) -> str:
    return norm(strip_possessive(tok))


def _site_kind(tokens: list[str]) -> tuple[str, int, int] | None:
    """(kind, start, end) of the site head sequence that ends last in normalised tokens, the
    longest of those ("Hi-Tech Park": "hi tech park", not "park")."""
    best = None
    for seq, kind in SITE_HEADS_EN:
        n = len(seq)
        for i in range(len(tokens) - n + 1):
            if tuple(tokens[i : i + n]) == seq and (
                best is None or i + n > best[2] or (i + n == best[2] and i < best[1])
            ):
                best = (kind, i, i + n)
    return best


def _plural_word(word: str) -> bool:
    """Whether a kind word is in the plural: "zones", not "SEZ", "FEZ" or "Technopolis"."""
    return (
        word.endswith("s") and word not in ("sez", "fez") and not word.endswith(("is", "ss", "us"))
    )


def _singular(word: str) -> str:
    return (
        word[:-1] if word.lower().endswith(("parks", "zones", "technoparks", "clusters")) else word
    )


# "the Union of Free Zones of Africa (UFZA) Conference": an organisation's
# name and acronym before an event head name that body's event (the body stays an
# organisation as well).
_ORGANISERS_EVENT = re.compile(
    r"\b(?P<name>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|the|for|and))*\s+\([A-Z][A-Za-z]{1,9}\)\s+"
    r"(?P<head>Conference|Forum|Summit|Congress|Expo|Exhibition|Fair|Symposium))\b"
)


def _organisers_events(text: str) -> list[Mention]:
    out = []
    for m in _ORGANISERS_EVENT.finditer(text):
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group("name"))
        out.append(Mention("events", name, text, kind=EVENT_HEADS_EN[m.group("head").lower()]))
    return out


class EnglishGrammar:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    # -- token classes ---------------------------------------------------------------------
    def _is_head(self, tok: str) -> bool:
        k = _key(tok)
        return (
            k in ORG_HEADS_EN or k in EVENT_HEADS_EN or k in _SITE_HEAD_WORDS or k in LEGAL_FORMS
            or k in PLACE_WORDS_EN
        )  # fmt: skip

    def _distinctive(self, tok: str) -> bool:
        parts = [p for p in re.split(r"[-–]", _key(tok)) if p]
        return any(
            p not in EN_GENERIC
            and p not in ORG_HEADS_EN
            and p not in EVENT_HEADS_EN
            and p not in _SITE_HEAD_WORDS
            and p not in EN_STOP_CAPS
            and self.gaz.country(p) is None
            for p in parts
        )

    def _is_given(self, tok: str) -> bool:
        return tok.casefold() in self.gaz.given_names

    # -- people ----------------------------------------------------------------------------
    def _initialled_people(self, texts: list[str]) -> list[tuple[int, int]]:
        """Names with spaced initials: "A. K. Sharma", "N. Chandrasekaran", "John F. Smith",
        "Mark T. Evans Jr." (initials are single capitals, each with its full stop)."""
        spans: list[tuple[int, int]] = []
        n = len(texts)
        k = 0
        while k < n:
            start = k
            # A given name before the initials ("John F. Smith"); a capitalised word after "of"
            # ends a title instead ("Minister of Industry A. K. Sharma").
            prev = texts[k - 1] if k > 0 else ""
            given = (
                self._name_part(texts[k])
                and len(texts[k]) > 1
                and texts[k].isalpha()
                and (self._is_given(texts[k]) or not prev or not prev[:1].isalpha()
                     or (prev.islower() and prev not in _CONNECT_PREPS | {"the", "and"}))
            )  # fmt: skip
            j = k + 1 if given else k
            initials = []
            while (
                j + 1 < n
                and re.fullmatch(rf"{_INITIAL}(?:\.{_INITIAL})*", texts[j])
                and texts[j + 1] == "."
            ):
                initials.append(texts[j])
                j += 2
            surname = strip_possessive(texts[j]) if j < n else ""
            # After a role a surname may also be a town's name ("Chief Minister K.R. Salem").
            role_before = start > 0 and texts[start - 1].lower() in ROLE_HEADS_EN | _HONORIFICS
            surname_ok = (
                initials
                and len(surname) > 1
                and (
                    self._name_part(surname)
                    or (role_before and _is_cap(surname) and not self._is_head(surname)
                        and _key(surname) not in EN_STOP_CAPS)
                )
                and ".".join(initials) not in _NOT_INITIALS
            )  # fmt: skip
            if surname_ok:
                end = j + 1
                if end + 1 < n and texts[end] in ("Jr", "Sr") and texts[end + 1] == ".":
                    end += 2
                spans.append((start, end))
                k = end
            else:
                k += 1
        return spans

    def _people(self, toks: list[Token]) -> list[tuple[int, int]]:
        texts = [t.text for t in toks]
        spans: list[tuple[int, int]] = self._initialled_people(texts)
        i = 0
        # An initial glued to a surname ("L.Batnasan", Mongolian and Central Asian usage): a
        # person after a role word or next to a speech verb.
        for k, t in enumerate(texts):
            if _INITIAL_NAME.fullmatch(t):
                before = {x.lower() for x in texts[max(0, k - 6) : k]}
                after = texts[k + 1].lower() if k + 1 < len(texts) else ""
                if before & (ROLE_HEADS_EN | _SPEECH_VERBS) or after in _SPEECH_VERBS:
                    spans.append((k, k + 1))
        while i < len(toks) - 1:
            a, b = texts[i], strip_possessive(texts[i + 1])
            ok_b = _is_cap(b) and b.isalpha() is not False and not self._is_head(b)
            # After an honorific a surname may also be a town's ("Dr. Omar Hassan").
            honorific = i > 1 and texts[i - 1] == "." and texts[i - 2].lower() in _HONORIFICS
            honorific = honorific or (i > 0 and texts[i - 1].lower() in _HONORIFICS)
            # ... and so may a Chinese given name after a role ("Managing Director Li Wei").
            honorific = honorific or (
                i > 0
                and texts[i - 1].lower() in ROLE_HEADS_EN
                and a in self.gaz.chinese_surnames
                and not self.gaz.country(b)
            )
            ok_b = ok_b and _key(b) not in EN_STOP_CAPS
            ok_b = ok_b and (honorific or not self.gaz.is_place(b))
            ok_b = ok_b and _key(b) not in _DAYS_AND_MONTHS  # "Rana Tariq Mehmood Monday"
            # "Kelmora Kh. Borjigan": an initial begins the next name, it ends none.
            ok_b = ok_b and not (
                re.fullmatch(_INITIAL, b) and i + 2 < len(texts) and texts[i + 2] == "."
            )
            if (
                not ok_b
                or not _is_cap(a)
                or _key(a) in EN_STOP_CAPS
                or _key(a) in ROLE_HEADS_EN
                or _key(a) in _HONORIFICS
            ):
                i += 1
                continue
            known = self._is_given(a) or (a in self.gaz.chinese_surnames and len(b) >= 3)
            prev = texts[i - 1].lower() if i > 0 else ""
            if prev == "." and i > 1 and texts[i - 2].lower() in _HONORIFICS:
                prev = "mr"  # "Mr. Joe Bloggs": the full stop of the honorific
            nxt = texts[i + 2].lower() if i + 2 < len(toks) else ""
            nxt2 = texts[i + 3].lower() if i + 3 < len(toks) else ""
            third_ok = i + 2 < len(toks) and self._name_part(texts[i + 2])
            after3 = texts[i + 3].lower() if i + 3 < len(toks) else ""
            after4 = texts[i + 4].lower() if i + 4 < len(toks) else ""
            # Three-part names ("Tran Duy Dong", "Waleid Gamal El-Dien") need a role or speech
            # verb right around them, and nothing capitalised after them.
            three = third_ok and (
                prev in ROLE_HEADS_EN
                or self._after_role_phrase(texts, i)
                or prev in _HONORIFICS
                or (after3 == "," and (after4 in ROLE_HEADS_EN or after4 in _ROLE_MODIFIERS))
                or (self._after_title(texts, i) and i > 0 and _is_cap(texts[i - 1]))
            ) and after3 not in _SPEECH_VERBS | {"and", "of", "at"} and not (
                i + 3 < len(toks) and _is_cap(texts[i + 3]) and after3 not in _DAYS_AND_MONTHS
            )  # fmt: skip
            context = (
                prev in ROLE_HEADS_EN
                or (self._after_role_phrase(texts, i) and _key(b) not in ROLE_HEADS_EN)
                or prev in _HONORIFICS
                or nxt in _SPEECH_VERBS
                or (nxt == "," and (nxt2 in ROLE_HEADS_EN or nxt2 in _ROLE_MODIFIERS))
                or (self._verb_after(texts, i + 2) and self._after_title(texts, i)
                    and _key(a) not in EN_GENERIC and _key(b) not in EN_GENERIC)
            )  # fmt: skip
            plain = not self._is_head(a) and not _is_acronym(a)
            after_role = prev in ROLE_HEADS_EN or self._after_role_phrase(texts, i)
            plain = plain and (
                self._is_given(a)
                or prev in _HONORIFICS
                or not self.gaz.is_place(a)
                or (after_role and a in self.gaz.chinese_surnames)  # "Chairperson Lu Shan"
            )
            # A name followed by an organisation head is that organisation's name ("Xin Feng
            # Ming Holding", "Wang Jianlin Foundation"), not a person mentioned in the text.
            after_name = (
                texts[i + 3 if three else i + 2] if i + (3 if three else 2) < len(toks) else ""
            )
            # ... and so is one before a park's, event's or company's head ("Peng Sheng
            # Industrial Park LLC", "Wang Jianlin Forum", "Li Ning Co").
            after_key = _key(after_name)
            plain = plain and after_key not in ORG_HEADS_EN
            plain = plain and after_key not in _SITE_MODIFIERS | _SITE_NOUNS | LEGAL_FORMS
            plain = plain and after_key not in EVENT_HEADS_EN
            if plain and (known or context or three) and not _is_acronym(b):
                end = i + 3 if three else i + 2
                spans.append((i, end))
                i = end
            else:
                i += 1
        return self._role_led_names(texts, self._with_particles(texts, spans))

    @staticmethod
    def _after_role_phrase(texts: list[str], k: int) -> bool:
        """A role phrase ends right before token ``k``, so a name follows it: "State Minister
        of Industry, Sisay Gemetchu", "Governor of the Fergana region Khayrullo Bozorov",
        "CRBC Chairperson Lu Shan". Read backwards over the role's complement (capitalised
        words, "of", "the", "and", a lower-case place noun) to its head word."""
        j = k - 1
        # Only a comma or a lower-case place noun marks where the role ends and the name starts;
        # inside one capitalised run ("Minister for Economic Affairs Airlangga") it is unclear.
        if j < 0 or not (texts[j] == "," or texts[j] in _ROLE_COMPLEMENT - _JOINERS):
            return False
        j -= 1
        for _ in range(8):
            if j < 0:
                return False
            word = texts[j].lower()
            if word in ROLE_HEADS_EN:
                return True
            if not (_is_cap(texts[j]) or word in _ROLE_COMPLEMENT):
                return False
            j -= 1
        return False

    def _role_led_names(
        self, texts: list[str], spans: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """A run of three to six name words right after a role word and before a verb or
        punctuation is one person's name, honorifics and initials included ("Minister Datuk
        Seri Karim Abdul Rahman said", "chief minister YS Rajan Mohan Reddy said"): the shorter
        names found inside it are its parts."""
        n = len(texts)
        runs: list[tuple[int, int]] = []
        for r in range(n - 3):
            if texts[r].lower() not in ROLE_HEADS_EN:
                continue
            k = r + 1
            if k < n and _is_acronym(texts[k]) and len(texts[k]) == 2 and texts[k].isalpha():
                k += 1  # "YS": a name's initials written as one capitalised pair
            while (
                k < n
                and k - r <= 6
                and texts[k].isalpha()
                and (
                    self._name_part(texts[k])
                    # Surnames are often towns' names too ("Rao"); countries end the run.
                    or (k > r + 1 and self._name_part_or_town(texts[k]))
                )
            ):
                k += 1
            after = texts[k].lower() if k < n else ""
            if not 3 <= k - r - 1 <= 6 or (after[:1].isalpha() and not after.islower()):
                continue
            if any(_key(t) in ORG_HEADS_EN or _key(t) in LEGAL_FORMS for t in texts[r + 1 : k]):
                continue
            if after in ("of", "for", "at"):
                continue  # "Minister Ali Khan Tariq of …": a title may go on
            runs.append((r + 1, k))
        if not runs:
            return spans
        inside = {x for s, e in runs for x in range(s, e)}
        return runs + [(s, e) for s, e in spans if not inside & set(range(s, e))]

    def _with_particles(
        self, texts: list[str], spans: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Names keep their particles (SCHEMA.md): "Walid Gamal El-Dien", "Ahmed Al Jaber",
        "Hans van der Berg"; and "Mohammed bin Salman" is a name after a role or before a
        speech verb even though its second word is lower-case."""
        n = len(texts)
        out: list[tuple[int, int]] = []
        for s, e in spans:
            if e < n and texts[e - 1].casefold() in _PARTICLES and _is_cap(texts[e]):
                e += 1  # "Ahmed Al" + "Jaber"
            while e < n:
                if _PARTICLE_NAME.fullmatch(texts[e]):
                    e += 1  # "El-Dien", "al-Swaha"
                    continue
                k = e
                while k < n and texts[k].casefold() in _PARTICLES:
                    k += 1
                if k > e and k < n and _is_cap(texts[k]) and _key(texts[k]) not in EN_STOP_CAPS:
                    e = k + 1
                    continue
                break
            out.append((s, e))
        covered = {k for s, e in out for k in range(s, e)}
        for i in range(n - 2):
            if i in covered or not _is_cap(texts[i]) or texts[i + 1] not in _PARTICLES:
                continue
            k = i + 1
            while k < n and texts[k] in _PARTICLES:
                k += 1
            if k >= n or not _is_cap(texts[k]) or _key(texts[i]) in EN_STOP_CAPS:
                continue
            start = i - 1 if i > 0 and self._name_part(texts[i - 1]) else i
            before = {x.lower() for x in texts[max(0, start - 3) : start]}
            after = texts[k + 1].lower() if k + 1 < n else ""
            end = k + 1
            while end < n and _PARTICLE_NAME.fullmatch(texts[end]):
                end += 1  # "Salim bin Rashid Al-Harthy"
            after = texts[end].lower() if end < n else ""
            after2 = texts[end + 1].lower() if end + 1 < n else ""
            if (
                before & (ROLE_HEADS_EN | _HONORIFICS)
                or after in _SPEECH_VERBS
                or (after == "," and (after2 in ROLE_HEADS_EN or after2 in _ROLE_MODIFIERS))
                or self._is_given(texts[start])
            ):
                out.append((start, end))
                covered.update(range(start, end))
        return out  # in order found: earlier rules (initialled names) win overlaps

    def _name_part(self, tok: str) -> bool:
        """A capitalised word that can continue a person's name (not a head, place or stop)."""
        return (
            _is_cap(tok)
            and _key(tok) not in _DAYS_AND_MONTHS
            and _key(tok) not in _HONORIFICS
            and not self._is_head(tok)
            and not _is_acronym(tok)
            and _key(tok) not in EN_STOP_CAPS
            and _key(tok) not in ROLE_HEADS_EN
            and not self.gaz.is_place(tok)
        )

    def _named_after_role_of(
        self, toks: list[Token], text: str, found: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """ "the executive director of the X Agency, Nardos Bekele Thomas, said", "chairman of
        BEZA Paban Chowdhury,": a name of two to four words right after a role's "of" phrase
        (set off by a comma, or after an acronym or a country) is a person."""
        out: list[tuple[int, int]] = []
        starts = [t.start for t in toks]
        taken = {k for s, e in found for k in range(s, e)}
        for m in _ROLE_OF_NAME.finditer(text):
            if m.group("role").lower() not in ROLE_HEADS_EN:
                continue
            s = bisect_left(starts, m.start("name"))
            e = bisect_left(starts, m.end("name"))
            if not m.group("comma"):
                # Without a comma the body ends at an acronym or a place ("chairman of BEZA
                # Karim Rahman", "Minister of Uzbekistan Rustam Karimov"); the name follows.
                b = bisect_left(starts, m.start("body"))
                cut = next(
                    (k for k in range(e - 1, b - 1, -1)
                     if _is_acronym(toks[k].text) or self.gaz.country(toks[k].text)
                     or (self.gaz.is_place(toks[k].text) and not self._is_given(toks[k].text))),
                    None,
                )  # fmt: skip
                if cut is None:
                    continue
                s = cut + 1
            words = toks[s:e]
            if not 2 <= len(words) <= 4 or taken & set(range(s, e)):
                continue
            if not all(self._name_part(t.text) or self._name_part_or_town(t.text) for t in words):
                continue
            if self.gaz.is_place(words[0].text) and not self._is_given(words[0].text):
                continue
            out.append((s, e))
            taken.update(range(s, e))
        return out

    def _name_part_or_town(self, tok: str) -> bool:
        return (
            _is_cap(tok)
            and self.gaz.is_place(tok)
            and not self.gaz.country(tok)
            and not self._is_head(tok)
            and not _is_acronym(tok)
            and _key(tok) not in EN_STOP_CAPS | ROLE_HEADS_EN | _DAYS_AND_MONTHS | _HONORIFICS
        )

    @staticmethod
    def _verb_after(texts: list[str], k: int) -> bool:
        """The word after a candidate name starts a predicate, not more of a title."""
        if k >= len(texts):
            return False
        t = texts[k]
        return t[:1].islower() and t not in ("of", "and", "at", "in", "for", "on", "to", "the")

    def _after_title(self, texts: list[str], i: int) -> bool:
        """'Minister of Economy and Development <Name Surname>': a capitalised title phrase
        (role word, then capitalised words joined by of/and/for) right before the name."""
        k = i - 1
        while k >= 0 and i - k <= 10:
            t = texts[k]
            if t.lower() in ROLE_HEADS_EN:
                return True
            if not (_is_cap(t) or t.lower() in ("of", "and", "for", "the", "&")):
                return False
            k -= 1
        return False

    def _role(
        self,
        toks: list[Token],
        start: int,
        end: int,
        sentence: str,
        others: frozenset[int] = frozenset(),
    ) -> str | None:
        # Role after the name: "Name, President of X and Head of Y, said".
        if (
            end + 1 < len(toks)
            and toks[end].text == ","
            and toks[end + 1].text.lower() in ROLE_HEADS_EN
        ):
            s = toks[end + 1].start
            stop = len(sentence)
            for t in toks[end + 1 :]:
                if t.text in {",", ".", ";", ":", "("}:
                    stop = t.start
                    break
            return sentence[s:stop].strip() or None
        # An apposition before the name: "the park's director, Name, said".
        if (
            start >= 2
            and toks[start - 1].text == ","
            and toks[start - 2].text.lower() in ROLE_HEADS_EN
        ):
            k = start - 2
            while k > 0 and toks[k - 1].text.lower() in ROLE_HEADS_EN | _ROLE_MODIFIERS:
                k -= 1
            return sentence[toks[k].start : toks[start - 2].end]
        # Role before the name: "Russian President Name", "member of X Name". The scan stops
        # at another person's name and at a verb, so a neighbour's role is not taken
        # ("Putin and Xi Jinping", "Governor X met Prime Minister Y").
        k = start - 1
        first_role = None
        while k >= 0 and start - k <= 16:
            t = toks[k].text
            if t in {",", ".", ";", ":", "(", ")", '"', "“", "”", "«", "»"} or k in others:
                break
            low = t.lower()
            if low in ROLE_HEADS_EN:
                first_role = k
            elif t.islower() and (low in _CLAUSE_WORDS or (low.endswith("ed") and len(low) > 4)):
                break
            k -= 1
        if first_role is None:
            return None
        while first_role > 0 and self.gaz.country(toks[first_role - 1].text):
            first_role -= 1
        return sentence[toks[first_role].start : toks[start].start].strip() or None

    # -- chunker ---------------------------------------------------------------------------
    @staticmethod
    def _site_number(texts: list[str], i: int, j: int) -> bool:
        """A number of one to three digits right after a site's name ("Industrial Park PK 24",
        "Science Park 2 in …") is part of it, when nothing that it could count follows."""
        if not re.fullmatch(r"\d{1,3}", texts[j]) or not any(
            _key(x) in _SITE_HEAD_WORDS for x in texts[i:j]
        ):
            return False
        after = texts[j + 1].lower() if j + 1 < len(texts) else ""
        return after in _NAME_ENDS or not after

    def _chunks(self, toks: list[Token], blocked: set[int]) -> list[tuple[int, int]]:
        texts = [t.text for t in toks]
        chunks: list[tuple[int, int]] = []
        i = 0
        n = len(toks)
        while i < n:
            if (
                i in blocked
                or not _is_cap(texts[i])
                or (
                    _key(texts[i]) in EN_STOP_CAPS
                    and not (i + 1 < n and texts[i + 1] in _OPEN_QUOTES)
                )
            ):
                i += 1
                continue
            j = i + 1
            complement = False  # inside "X of ..." after a head word
            rollback: int | None = None
            while j < n and j not in blocked:
                t = texts[j]
                if _is_cap(t) and _key(t) not in {"the"}:
                    j += 1
                    continue
                if self._site_number(texts, i, j):
                    j += 1  # "Industrial Park PK 24": a site's number ends its name
                    continue
                if t in _OPEN_QUOTES and self._is_head(texts[j - 1]):
                    k = j + 1
                    while k < n and k - j < 20 and texts[k] not in _CLOSE_QUOTES - {"“"}:
                        k += 1
                    if k < n and k - j < 20:
                        j = k + 1
                    break
                low = t.lower()
                if low in _CONNECT_PREPS | {"and", "&", ","}:
                    k = j + 1
                    if k < n and texts[k].lower() == "the":
                        k += 1
                    if k >= n or k in blocked or not _is_cap(texts[k]):
                        break
                    span_has_head = any(self._is_head(x) for x in texts[i:j])
                    if low in ("and", "&") and texts[j + 1].lower() == "the":
                        # "the Ministry of X and the Ministry of Y", "Delta Mines and the
                        # Orion Company": a second "the" starts a second name.
                        break
                    if low in _CONNECT_PREPS:
                        nxt_caps = []
                        m = k
                        while m < n and _is_cap(texts[m]):
                            nxt_caps.append(_key(texts[m]))
                            m += 1
                        # "Nile Delta for Glass Industries": a company name of the Egyptian
                        # and Gulf kind, "<name> for <activity> <head>".
                        for_company = (
                            low == "for"
                            and k == j + 1
                            and not span_has_head
                            and not any(t.lower() in ROLE_HEADS_EN for t in texts[i:j])
                            and not all(self.gaz.is_place(t) for t in texts[i:j])
                            and any(x in ORG_HEADS_EN or x in LEGAL_FORMS for x in nxt_caps)
                        )
                        if _key(texts[k]) in _DAYS_AND_MONTHS:
                            break  # "X Fair on Monday", "X Forum in May": a date, not the name
                        # "the SEZ in Batam", "the new KEK in Lakeview City": a kind phrase
                        # alone is named by the place after it (not by a country).
                        kind_only = (
                            low in ("in", "at")
                            and k == j + 1
                            and all(_key(x) in _SITE_PHRASE_WORDS for x in texts[i:j])
                            and not self.gaz.country(" ".join(texts[k:m]))
                            and not _SITE_HEAD_WORDS & set(nxt_caps)
                        )
                        if not kind_only and (
                            (not span_has_head and not for_company)
                            or (
                                low in ("in", "at")
                                and (
                                    self.gaz.is_place(texts[k]) or _SITE_HEAD_WORDS & set(nxt_caps)
                                )
                            )
                        ):
                            break  # "Volga Tractor Plant in the Kama Technopark": two names
                        complement = True
                    else:
                        nxt_run = []
                        m = k
                        while m < n and _is_cap(texts[m]):
                            nxt_run.append(texts[m])
                            m += 1
                        run_has_head = any(
                            _key(x) in ORG_HEADS_EN or _key(x) in LEGAL_FORMS for x in nxt_run
                        )
                        # "Economic and Trade Cooperation Zone", "Science and Technology
                        # Park": two kind modifiers joined inside one site name.
                        # "China-Africa Economic and Trade Expo": the same pair in an event's
                        # name.
                        site_pair = (
                            low == "and"
                            and _key(texts[j - 1]) in _SITE_MODIFIERS
                            and any(
                                _key(x) in _SITE_NOUNS or _key(x) in EVENT_HEADS_EN for x in nxt_run
                            )
                        )
                        # "Belt and Road Forum": one word, "and", then a run with an event
                        # head is one name ("Egypt and the X Forum" is two: a place, "the").
                        # So is "China Import and Export Fair": the word before "and" is no
                        # place and the span no head of its own.
                        site_pair = site_pair or (
                            low == "and"
                            and j - i <= 3
                            and k == j + 1
                            and not self.gaz.is_place(texts[j - 1])
                            and not any(self._is_head(x) for x in texts[i:j])
                            and any(_key(x) in EVENT_HEADS_EN for x in nxt_run)
                        )
                        # "Rashakai SEZ in KPK and Dhabajee SEZ": after a site's complement, a
                        # run with a site head of its own is a second site.
                        second_site = (
                            complement
                            and any(_key(x) in _SITE_HEAD_WORDS for x in texts[i:j])
                            and not any(_key(x) in ORG_HEADS_EN for x in texts[i:j])
                            and _key(nxt_run[-1]) in _SITE_HEAD_WORDS
                            if nxt_run
                            else False
                        )
                        if second_site:
                            break
                        if not (
                            complement
                            or site_pair
                            or (run_has_head and not span_has_head and low == "and")
                        ):
                            break
                        if low == ",":
                            rollback = j if rollback is None else rollback
                        if low in ("and", "&"):
                            rollback = None
                    j = k
                    continue
                break
            if rollback is not None:
                j = rollback
            while j > i + 1 and texts[j - 1].lower() in _CONNECT_PREPS | {"and", ",", "the"}:
                j -= 1
            chunks.append((i, j))
            i = j
        return chunks

    # -- main ------------------------------------------------------------------------------
    def mentions(self, sentences: list[Sentence], default_year: int | None) -> list[Mention]:
        out: list[Mention] = []
        acronyms: dict[str, Mention] = {}
        for sent in sentences:
            out.extend(self._sentence(sent, default_year, acronyms))
        return out

    def _gazetteer_hits(self, toks: list[Token], sentence: str) -> list[tuple[int, int, Mention]]:
        # Punctuation tokens are dropped for matching; ``pos`` maps back to sentence tokens.
        pos = [i for i, t in enumerate(toks) if _key(t.text)]
        ntoks = [_key(toks[i].text) for i in pos]
        hits: list[tuple[int, int, Mention]] = []
        for index in (self.gaz.site_index, self.gaz.org_index):
            for ns, ne, entry in index.scan(ntoks):
                s, e = pos[ns], pos[ne - 1] + 1
                if not _is_cap(toks[s].text):
                    continue
                # A known name inside a longer name ("State Duma Committee on ...") is not it.
                if e < len(toks) and _is_cap(toks[e].text) and not _is_acronym(toks[s].text):
                    continue
                after_cap = (
                    s > 0
                    and _is_cap(toks[s - 1].text)
                    and _key(toks[s - 1].text) not in EN_STOP_CAPS
                )
                possessive_country = s > 0 and bool(
                    self.gaz.country(toks[s - 1].text) and toks[s - 1].text.endswith(("’s", "'s"))
                )
                if after_cap and not possessive_country:
                    continue
                text = sentence[toks[s].start : toks[e - 1].end]
                aliases: list[str] = []
                if "(" in text:
                    # A known name and its acronym in brackets matched as one alias: the name
                    # is what stands before the bracket, the acronym an alias of it.
                    head, _, acr = text.partition("(")
                    text, aliases = head.strip(), [acr.strip(" )")]
                    if e < len(toks) and toks[e].text == ")":
                        e += 1
                if isinstance(entry, SiteEntry):
                    m = Mention("sites", text, sentence, kind=entry.kind, city=entry.city,
                                country=entry.country, canonical=entry.name)  # fmt: skip
                    m.aliases.extend(aliases)
                else:
                    assert isinstance(entry, OrgEntry)
                    m = Mention("organizations", text, sentence, country=entry.country,
                                canonical=entry.name)  # fmt: skip
                hits.append((s, e, m))
        return hits

    def _sentence(
        self, sent: Sentence, default_year: int | None, acronyms: dict[str, Mention]
    ) -> list[Mention]:
        text = sent.text
        toks = tokenize(text)
        if not toks:
            return []
        out: list[Mention] = []
        letters = [c for c in text if c.isalpha()]
        headline_caps = letters and sum(c.isupper() for c in letters) > 0.7 * len(letters)
        words = [t.text for t in toks if len(t.text) > 3 and t.text[0].isalpha()]
        # A title-case headline capitalises every word: a name cannot run on past its head.
        self._title_case = len(words) >= 3 and all(w[0].isupper() for w in words)
        out.extend(self._missions_and_visits(text, default_year))
        out.extend(_organisers_events(text))
        blocked: set[int] = set()
        for s, e, m in self._gazetteer_hits(toks, text):
            out.append(m)
            blocked.update(range(s, e))
        if headline_caps:
            return out
        people = self._people(toks)
        people += self._named_after_role_of(toks, text, people)
        in_names = frozenset(k for s, e in people for k in range(s, e))
        for s, e in people:
            if blocked & set(range(s, e)):
                continue
            name = " ".join(strip_possessive(t.text) for t in toks[s:e])
            if any(t.text == "." for t in toks[s:e]):
                name = strip_possessive(text[toks[s].start : toks[e - 1].end])
            role = self._role(toks, s, e, text, in_names - set(range(s, e)))
            out.append(Mention("people", name, text, role=role))
            blocked.update(range(s, e))
        dates = find_dates(text, default_year)
        site_starts = {
            s: m for s, _, m in self._gazetteer_hits(toks, text) if m.category == "sites"
        }
        for s, e in self._chunks(toks, blocked):
            m = self._classify(toks, s, e, text)
            if m is not None and m.category == "organizations":
                site = self._authority_of_site(toks, s, e, site_starts)
                if site is not None:
                    # SCHEMA: a zone is a site only, even when it is also an organisation; its
                    # authority's name is another name of the site.
                    site.aliases.append(text[toks[s].start : toks[e - 1].end])
                    continue
            if m is None:
                # A bare acronym refers back to an entity defined earlier ("the EEF").
                continue
            if m.category == "events" and dates:
                m.start, m.end = dates[0].start, dates[-1].end
            out.append(m)
            # "Name (ACR)" defines an acronym: keep it as an alias of the mention.
            if e + 2 < len(toks) and toks[e].text == "(":
                k = e + 1
                acr = []
                while k < len(toks) and toks[k].text != ")" and k - e < 5:
                    acr.append(toks[k].text)
                    k += 1
                # "China Import and Export Fair (Canton Fair)": a bracketed name with the same
                # kind of head is another name of the same thing.
                same_head = (
                    m.category == "events"
                    and len(acr) >= 2
                    and all(_is_cap(x) for x in acr)
                    and _key(acr[-1]) in EVENT_HEADS_EN
                )
                if acr and (_is_acronym(acr[0]) or same_head):
                    alias = " ".join(acr)
                    m.aliases.append(alias)
                    m.aliases.append(re.sub(r"[-\s]\d{4}$", "", alias))
        out.extend(self._plural_sites(toks, text))
        out.extend(listed_sites(text, self.gaz))
        return out

    def _authority_of_place(self, tail: list[str], words: list[str], first_prep: int) -> bool:
        """Whether a zone's kind phrase is followed by an authority head and then "of|in|at"
        and a place's proper name (one to three capitalised words, not a country)."""
        if "of" not in tail and "in" not in tail and "at" not in tail:
            return False
        p = next(i for i, k in enumerate(tail) if k in ("of", "in", "at"))
        place = words[first_prep + 1 :]
        return (
            p >= 1
            and all(k in ZONE_AUTHORITY_HEADS for k in tail[:p])
            and 1 <= len(place) <= 3
            and first_prep < len(words)
            and _key(words[first_prep]) in ("of", "in", "at")
            and all(w[:1].isupper() for w in place)
            and not self.gaz.country(" ".join(place))
        )

    @staticmethod
    def _authority_of_site(
        toks: list[Token], s: int, e: int, site_starts: dict[int, Mention]
    ) -> Mention | None:
        """The site a chunk such as "General Authority" governs ("... for <known site>")."""
        keys = [_key(t.text) for t in toks[s:e]]
        if not keys or keys[-1] not in ZONE_AUTHORITY_HEADS:
            return None
        k = e
        if k < len(toks) and toks[k].text.lower() in ("for", "of"):
            k += 1
            if k < len(toks) and toks[k].text.lower() == "the":
                k += 1
            return site_starts.get(k)
        return None

    def _classify(self, toks: list[Token], s: int, e: int, sentence: str) -> Mention | None:
        words = [t.text for t in toks[s:e]]
        edition = None
        # Leading ordinal: "III International Forum", "Third International Forum".
        if (
            len(words) > 1
            and parse_ordinal(words[0])
            and not self.gaz.given_names & {words[0].casefold()}
            # A Roman numeral past 80 is an acronym ("CII", "CCI"), not an edition.
            and (parse_ordinal(words[0]) or 0) <= 80
        ):
            edition = parse_ordinal(words[0])
            s += 1
            words = words[1:]
        elif s > 0 and parse_ordinal(toks[s - 1].text) and not toks[s - 1].text[0].isupper():
            edition = parse_ordinal(toks[s - 1].text)
        elif (
            s > 1
            and toks[s - 1].text.lower() in ("st", "nd", "rd", "th")
            and toks[s - 2].text.isdigit()
            and toks[s - 2].end == toks[s - 1].start
        ):
            edition = int(toks[s - 2].text)  # "136th" reaches here as "136" + "th"
        country = None
        if len(words) > 1 and re.search(r"['’]s$", words[0]) and self.gaz.country(words[0]):
            country = self.gaz.country(words[0])
            s += 1
            words = words[1:]
        keys = [_key(w) for w in words]
        flat: list[str] = []
        for k in keys:
            flat.extend(p for p in re.split(r"\s+", k) if p)
        name = sentence[toks[s].start : toks[e - 1].end]
        name = name.strip(" ,")
        first_prep = next((i for i, k in enumerate(keys) if k in _CONNECT_PREPS), len(keys))
        core = keys[:first_prep]
        if not any(self._is_head(w) for w in words):
            # Lower-case kind word next to the name: "industrial park Veliky Kamen".
            return self._site_by_context(toks, s, e, sentence, name)
        # A kind phrase that ends the name makes it a site even when its noun is also a place
        # word ("Dholera Special Investment Region") or the rest is a city ("Kinshasa Economic
        # Zone"); a plural one is a class of sites.
        end_site = _site_kind(flat)
        site_named = (
            end_site is not None
            and end_site[2] == len(flat)
            and end_site[1] > 0
            and not _plural_word(flat[-1])
        )
        if not site_named and (
            keys[-1] in PLACE_WORDS_EN
            or (keys[0] in PLACE_WORDS_EN and len(keys) > 1 and keys[1] == "of")
        ):
            # "Lakeview City industrial area": a place-like name with a kind phrase after it.
            return self._site_by_context(toks, s, e, sentence, name)
        # "Dubai Expo", "Canton Fair": a city and a capitalised expo or fair head name one show
        # (a bare "Kazan Forum" may be any forum held there).
        city_show = (
            len(words) == 2
            and self.gaz.city(words[0]) is not None
            and keys[-1] in ("expo", "fair")
            and words[-1][:1].isupper()
        )
        city_series = city_show or (
            len(words) >= 3 and self.gaz.city(words[0]) is not None and keys[-1] in EVENT_HEADS_EN
        )
        generic_series = keys[-1] in EVENT_HEADS_EN and self._generic_series(toks, s, words)
        # "the Sixth Regional Business Forum": an edition number names a recurring event even
        # when each of its words is generic.
        generic_series = generic_series or (
            edition is not None and len(words) >= 2 and keys[-1] in EVENT_HEADS_EN
        )
        if (
            not city_series
            and not site_named
            and not generic_series
            and all(
                (self.gaz.is_place(w) and not self._is_head(w)) or _key(w) in EN_GENERIC
                for w in words
            )
        ):
            return None
        site = _site_kind(
            flat[: len(flat) if first_prep == len(keys) else sum(len(k.split()) for k in core)]
        )
        org_in_core = any(k in ORG_HEADS_EN or k in LEGAL_FORMS for k in core)
        alias = None
        if site and org_in_core:
            tail = [k for k in flat[site[2] :] if k not in ("the",)]
            # "… Zone Authority of Jordan": the country the authority belongs to.
            if len(tail) >= 3 and tail[-2] == "of" and self.gaz.country(tail[-1]):
                tail = tail[:-2]
            if (
                tail
                and all(k in ZONE_AUTHORITY_HEADS for k in tail)
                and all(self.gaz.country(k) for k in flat[: site[1]])
            ):
                # "Philippine Economic Zone Authority", "SEZ Authority", "Special Economic Zones
                # Authority of Kenya": no zone's own name before the kind phrase, so the body
                # is a country's agency for its zones, an organisation.
                ctry = country or next(
                    (self.gaz.country(w) for w in flat if self.gaz.country(w)), None
                )
                return Mention("organizations", name, sentence, country=ctry)
        # "Philippine Economic Zone Authority", "CDC's Cambodian Special Economic Zone Board": a
        # body named by a nationality and a kind phrase is the country's agency for its zones.
        owner = max((i + 1 for i, w in enumerate(words) if w.endswith(("'s", "’s"))), default=0)
        national = flat[owner : site[1]] if site else []
        national_body = bool(national) and all(self.gaz.country(w) for w in national)
        if site and org_in_core and not _plural_word(flat[site[2] - 1]) and not national_body:
            # "Lagos Free Zone Authority", "X Industrial Park Administration": the body that
            # runs one zone is the zone (SCHEMA). A body for many zones ("Export Processing
            # Zones Authority") is an agency, an organisation.
            tail = [k for k in flat[site[2] :] if k not in ("the",)]
            if len(tail) >= 3 and tail[-2] == "of" and self.gaz.country(tail[-1]):
                tail = tail[:-2]
            if tail and all(k in ZONE_AUTHORITY_HEADS for k in tail):
                alias = name
                cut = self._token_end_of_flat(toks, s, e, site[2])
                name = sentence[toks[s].start : toks[cut - 1].end]
                words = [t.text for t in toks[s:cut]]
                org_in_core = False
            elif site[1] == 0 and self._authority_of_place(tail, words, first_prep):
                # "Special Economic Zone Authority of Duqm": the body that runs the zone at
                # one place is that zone, "Special Economic Zone of Duqm" (SCHEMA).
                alias = name
                cut = self._token_end_of_flat(toks, s, e, site[2])
                name = " ".join([sentence[toks[s].start : toks[cut - 1].end], *words[first_prep:]])
                words = [t.text for t in toks[s:cut]] + words[first_prep:]
                org_in_core = False
        elif not site and first_prep < len(keys) and core and core[-1] in ZONE_AUTHORITY_HEADS:
            # "General Authority for Suez Canal Economic Zone": the zone after the preposition.
            rest = [w for w in words[first_prep + 1 :] if _key(w) != "the"]
            rest_flat = [p for w in rest for p in _key(w).split()]
            inner = _site_kind(rest_flat)
            if inner and not _plural_word(rest_flat[inner[2] - 1]):
                k = s + first_prep + 1
                while toks[k].text.lower() == "the":
                    k += 1
                m = self._classify(toks, k, e, sentence)
                if m is not None and m.category == "sites":
                    m.aliases.append(name)
                    return m
        event_in_core = [k for k in core if k in EVENT_HEADS_EN]
        distinct = any(self._distinctive(w) for w in words)
        city = self._city_in(words)
        if site and not org_in_core:
            if _plural_word(flat[site[2] - 1]):
                return None  # plural: a class of sites, or a list handled by _plural_sites
            if (
                site[2] - site[1] == 1
                and flat[site[1]] == "park"
                and e < len(toks)
                and toks[e].text.lower() in _PARK_MEMBERS
            ):
                return None  # "Another Park company", "X Park tenants": the park's members
            if getattr(self, "_title_case", False) and site[2] < len(flat) and site[1] > 0:
                cut = self._token_end_of_flat(toks, s, e, site[2])
                name = sentence[toks[s].start : toks[cut - 1].end]
                words = [t.text for t in toks[s:cut]]
            if not distinct and not city:
                return None
            ctry = country or next(
                (self.gaz.country(w) for w in words if self.gaz.country(w)), None
            )
            if city is None:
                city = self._city_after(toks, e)
            if ctry is None and city:
                # "… in Khyber Pakhtunkhwa": a province names its country.
                entry = self.gaz.city(city)
                ctry = entry.country if entry else self.gaz.region_country(city)
            # "Bole Lemi Park at Addis Ababa": the place after the name is where it lies.
            at = len(name) < 200 and re.match(r"^(.+?\S)\s+(?:at|in)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$",
                          name)  # fmt: skip
            before_at = [p for w in at.group(1).split() for p in _key(w).split()] if at else []
            kind_before = _site_kind(before_at) if at else None
            # "the Special Economic Zone at Kelmora": a kind phrase alone needs its place as name.
            if at and kind_before and (kind_before[1] > 0 or len(before_at) > kind_before[2]):
                name, city = at.group(1), city or at.group(2)
            elif at and kind_before:
                city = city or at.group(2).split()[0]
            if ctry is None and city:
                entry = self.gaz.city(city)
                ctry = entry.country if entry else self.gaz.region_country(city)
            ctry = ctry or self._country_in(sentence)
            m = Mention("sites", name, sentence, kind=site[0], city=city, country=ctry)
            if alias:
                m.aliases.append(alias)
            return m
        # An event head closing the name wins over a body word inside it ("CII Partnership
        # Summit", "Business Council Forum"): the body's event.
        if event_in_core and (not org_in_core or core[-1] in EVENT_HEADS_EN):
            countries = sum(
                1 for w in words for p in re.split(r"[-–]", _key(w)) if self.gaz.country(p)
            )
            # A city plus a qualifier and the head names a series ("Astana International
            # Forum"); a bare "Kazan Forum" or "the Forum" does not.
            if not (
                distinct
                or edition
                or countries >= 2
                or (city and len(words) >= 3)
                or city_show
                or self._generic_series(toks, s, words)
            ):
                return None
            city = city or self._city_after(toks, e)
            ctry = self.gaz.city(city).country if city else None  # type: ignore[union-attr]
            return Mention("events", name, sentence, kind=EVENT_HEADS_EN[event_in_core[-1]],
                           edition=edition, city=city, country=ctry)  # fmt: skip
        if any(k in ORG_HEADS_EN or k in LEGAL_FORMS for k in keys):
            if keys[0] in SUBUNIT_HEADS_EN:
                return None
            if (
                len(words) < 2
                or not any(self._distinctive(w) or _is_acronym(w) for w in words)
                and len(words) < 2
            ):
                return None
            if not any(
                self._distinctive(w)
                or _is_acronym(w)
                or _key(w) in ("federal", "state", "national")
                for w in words
            ) and not self._acronym_follows(toks, e, words):
                return None
            ctry = country or next(
                (self.gaz.country(w) for w in words if self.gaz.country(w)), None
            )
            return Mention("organizations", name, sentence, country=ctry)
        return None

    def _generic_series(self, toks: list[Token], s: int, words: list[str]) -> bool:
        """Three or more capitalised words ending in an event head in running text name a series
        even when each word is generic ("Global Investment Summit", "World Business Congress"); a
        title-case headline capitalises every word, so it does not count there."""
        caps = [w for w in words if _is_cap(w)]
        return (
            len(caps) >= 3
            and len(caps) == len(words)
            and s > 0
            and toks[s - 1].text.isalpha()
            and toks[s - 1].text.islower()
            and not getattr(self, "_title_case", False)
            and _key(words[0]) not in EN_STOP_CAPS
        )

    @staticmethod
    def _acronym_follows(toks: list[Token], e: int, words: list[str]) -> bool:
        """'Industrial Parks Development Corporation (IPDC)': a name defined with its initials
        is a proper name even when each of its words is generic."""
        if not (e + 2 < len(toks) and toks[e].text == "(" and toks[e + 2].text == ")"):
            return False
        acr = toks[e + 1].text
        initials = "".join(w[0] for w in words if w[:1].isupper())
        return _is_acronym(acr) and acr.upper() == initials.upper()

    @staticmethod
    def _token_end_of_flat(toks: list[Token], s: int, e: int, n_flat: int) -> int:
        """The token index after the first ``n_flat`` normalised words of toks[s:e]."""
        seen = 0
        for k in range(s, e):
            seen += len(_key(toks[k].text).split())
            if seen >= n_flat:
                return k + 1
        return e

    def _country_in(self, sentence: str) -> str | None:
        """The first country named in the sentence: where an unlocated site most likely is.

        A nationality word before a noun ("a German firm", "Chinese investors") tells who
        takes part, not where the site lies, so it does not count.
        """
        toks = tokenize(sentence)
        for i, t in enumerate(toks):
            if _is_cap(t.text):
                code = self.gaz.country(t.text)
                nxt = toks[i + 1].text if i + 1 < len(toks) else ""
                if code and not (_DEMONYM_RE.search(t.text) and nxt[:1].islower() and nxt.isalpha()
                                 and nxt not in _CLAUSE_WORDS):  # fmt: skip
                    return code
        return None

    def _city_in(self, words: list[str]) -> str | None:
        for w in words:
            for part in [w, *re.split(r"[-–]", w)]:
                c = self.gaz.city(part)
                if c and not self._is_head(part):
                    return strip_possessive(part)  # as written: "Gomel", not "Homyel'"
        return None

    def _city_after(self, toks: list[Token], e: int) -> str | None:
        """'... held in Vladivostok', '... operates in Moscow': the city right after a name."""
        for k in range(e, min(len(toks), e + 12)):
            if (toks[k].text.lower() == "in" or (k == e and toks[k].text.lower() == "at")) and (
                k + 1 < len(toks)
            ):
                c = self.gaz.city(toks[k + 1].text)
                if c:
                    return strip_possessive(toks[k + 1].text)
            if toks[k].text in {".", ";"}:
                break
        return None

    def _site_by_context(
        self, toks: list[Token], s: int, e: int, sentence: str, name: str
    ) -> Mention | None:
        low = [t.text.lower() for t in toks]
        # Kind words before: "the industrial park Veliky Kamen".
        for seq, kind in SITE_HEADS_EN:
            n = len(seq)
            if (
                s - n >= 0
                and tuple(low[s - n : s]) == seq
                and not any(
                    t.endswith("s") and t not in ("sez", "fez") and len(t) > 4 and t.endswith("ks")
                    for t in low[s - n : s]
                )
            ):
                full = sentence[toks[s - n].start : toks[e - 1].end]
                return self._site(full, kind, toks[s:e], sentence)
            # "Latin American free trade zones": kind words in the plural name a class.
            plural = seq[-1].endswith("s") and not seq[-1].endswith(
                ("is", "ss", "us", "sez", "fez")
            )
            if e + n <= len(toks) and tuple(low[e : e + n]) == seq and not plural:
                full = sentence[toks[s].start : toks[e + n - 1].end]
                return self._site(full, kind, toks[s:e], sentence)
            # "the industrial city of Al-Kharj", "the free zone of Kelmora": a singular kind
            # phrase after "the" names the site by the place after "of".
            if (
                s - n - 2 >= 0
                and low[s - 1] == "of"
                and tuple(low[s - n - 1 : s - 1]) == seq
                and low[s - n - 2] == "the"
                and (not seq[-1].endswith("s") or seq[-1] in ("sez", "fez"))
            ):
                full = sentence[toks[s - n - 1].start : toks[e - 1].end]
                return self._site(full, kind, toks[s:e], sentence)
        return None

    def _site(self, full: str, kind: str, name_toks: list[Token], sentence: str) -> Mention | None:
        words = [t.text for t in name_toks]
        if not any(self._distinctive(w) or self.gaz.city(w) for w in words):
            return None
        if all(self.gaz.country(w) for w in words):
            return None
        city = self._city_in(words)
        country = self.gaz.city(city).country if city else self._country_in(sentence)  # type: ignore[union-attr]
        return Mention("sites", full, sentence, kind=kind, city=city, country=country)

    def _plural_sites(self, toks: list[Token], sentence: str) -> list[Mention]:
        """'Russian-Chinese Technology Parks operate in Changchun, Harbin and Yantai'."""
        out: list[Mention] = []
        low = [t.text.lower() for t in toks]
        for idx, t in enumerate(low):
            if t not in ("parks", "technoparks", "zones", "clusters") or not _is_cap(
                toks[idx].text
            ):
                continue
            s = idx
            while (
                s > 0 and _is_cap(toks[s - 1].text) and _key(toks[s - 1].text) not in EN_STOP_CAPS
            ):
                s -= 1
            stem_name = " ".join(_singular(x.text) for x in toks[s : idx + 1])
            k = idx + 1
            while k < len(toks) and k - idx < 4 and low[k] != "in":
                k += 1
            if k >= len(toks) or low[k] != "in":
                continue  # no "in": the words after the phrase are no list of its cities
            cities: list[str] = []
            k += 1
            while k < len(toks):
                c = self.gaz.city(toks[k].text) if _is_cap(toks[k].text) else None
                if c:
                    cities.append(toks[k].text)
                elif low[k] not in (",", "and"):
                    break
                k += 1
            if len(cities) >= 2:
                for c in cities:
                    entry = self.gaz.city(c)
                    kind = _site_kind([norm(x) for x in stem_name.split()])
                    out.append(Mention("sites", f"{stem_name} in {c}", sentence,
                                       kind=kind[0] if kind else "other", city=entry.name if entry else c,
                                       country=entry.country if entry else None))  # fmt: skip
        return out

    def _missions_and_visits(self, text: str, default_year: int | None) -> list[Mention]:
        out: list[Mention] = []
        for m in re.finditer(
            r"((?:\b[A-Z][\w.-]*\s+){0,4})(?i:business mission)(?:\s+to\s+(?:the\s+)?([A-Z][\w-]+(?:\s+of\s+[A-Z][\w-]+)?)"
            r"|\s+(?:of|from)\s+(?:the\s+)?((?:[A-Z][\w-]*|of|and)(?:\s+(?:[A-Z][\w-]*|of|and))*))?",
            text,
        ):
            prefix = [w for w in m.group(1).split() if _is_cap(w) and _key(w) not in EN_STOP_CAPS]
            if not prefix and not m.group(2) and not m.group(3):
                continue
            name = " ".join(prefix + ["business mission"])
            if m.group(2):
                name += f" to {m.group(2)}"
            if m.group(3):
                owner = re.sub(r"\s+(?:of|and)$", "", m.group(3))
                name += f" of {owner}"
            ctry = self.gaz.country(m.group(2)) if m.group(2) else None
            dates = find_dates(text, default_year)
            out.append(Mention("events", name, text, kind="business_mission", country=ctry,
                               start=dates[0].start if dates else None,
                               end=dates[-1].end if dates else None))  # fmt: skip
        for m in re.finditer(r"\b(state|official|working)\s+visit\s+to\s+([A-Z][\w-]+)", text):
            ctry = self.gaz.country(m.group(2))
            if not ctry:
                continue
            dates = find_dates(text[m.end() :], default_year)
            start = dates[0].start if dates else None
            end = dates[0].end if dates else None
            out.append(Mention("events", f"{m.group(1)} visit to {m.group(2)}", text,
                               kind="other", country=ctry, start=start, end=end))  # fmt: skip
        return out
