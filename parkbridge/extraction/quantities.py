"""Figure grammar: numbers with qualifiers, scale words, units, ranges and what they count.

Works on the tokens of one sentence (English or Russian; Chinese has its own small grammar in
:mod:`parkbridge.extraction.chinese`). Dates, calendar years, times, ordinals and numbers that
are part of names are not figures (SCHEMA.md, "Conventions").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from parkbridge.extraction.dates import find_dates
from parkbridge.extraction.lexicon import _wordlist
from parkbridge.extraction.numbers import (
    EN_SCALE_ABBR,
    EN_TENS,
    EN_UNITS,
    RU_DURATION_ADJ_RE,
    RU_SCALE_AFTER_QUALIFIER,
    RU_SCALE_ALONE,
    RU_SCALES,
    parse_digits,
    parse_en_words,
    parse_ordinal,
    parse_ru_word,
)
from parkbridge.extraction.segment import Token, tokenize

# Qualifier phrases, lower-case token sequences, longest first within each language.
QUALIFIERS: list[tuple[tuple[str, ...], str]] = sorted(
    [
        (("more", "than"), "more_than"),
        (("over",), "more_than"),
        (("above",), "more_than"),
        (("exceeding",), "more_than"),
        (("exceeded",), "more_than"),
        (("exceeds",), "more_than"),
        (("surpassed",), "more_than"),
        (("превысил",), "more_than"),
        (("превысила",), "more_than"),
        (("превысило",), "more_than"),
        (("превысили",), "more_than"),
        (("превышает",), "more_than"),
        (("in", "excess", "of"), "more_than"),
        (("upwards", "of"), "more_than"),
        (("over", "than"), "more_than"),
        (("at", "least"), "at_least"),
        (("no", "less", "than"), "at_least"),
        (("not", "less", "than"), "at_least"),
        (("no", "fewer", "than"), "at_least"),
        (("a", "minimum", "of"), "at_least"),
        (("minimum", "of"), "at_least"),
        (("about",), "about"),
        (("around",), "about"),
        (("approximately",), "about"),
        (("roughly",), "about"),
        (("nearly",), "about"),
        (("almost",), "about"),
        (("some",), "about"),
        (("an", "estimated"), "about"),
        (("estimated",), "about"),
        (("close", "to"), "about"),
        (("approx",), "about"),
        (("circa",), "about"),
        (("up", "to"), "up_to"),
        (("a", "maximum", "of"), "up_to"),
        (("at", "most"), "up_to"),
        (("less", "than"), "less_than"),
        (("fewer", "than"), "less_than"),
        (("under",), "less_than"),
        (("below",), "less_than"),
        (("более",), "more_than"),
        (("свыше",), "more_than"),
        (("больше",), "more_than"),
        (("не", "менее"), "at_least"),
        (("не", "меньше"), "at_least"),
        (("как", "минимум"), "at_least"),
        (("минимум",), "at_least"),
        (("около",), "about"),
        (("порядка",), "about"),
        (("примерно",), "about"),
        (("почти",), "about"),
        (("приблизительно",), "about"),
        (("почти",), "about"),
        (("до",), "up_to"),
        (("не", "более"), "up_to"),
        (("максимум",), "up_to"),
        (("менее",), "less_than"),
        (("меньше",), "less_than"),
    ],  # fmt: skip
    key=lambda q: -len(q[0]),
)

_PHYSICAL_UNITS = {"MW", "GW", "ha", "km", "km2", "m2", "tonnes"}
# Unit words -> SCHEMA unit, matched on lower-case token prefixes for Russian stems.
_UNIT_EXACT: dict[str, str] = {
    "%": "percent", "percent": "percent", "per": "percent", "pct": "percent",
    "$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD",
    "₽": "RUB", "rub": "RUB", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rouble": "RUB", "руб": "RUB", "¥": "CNY", "yuan": "CNY", "cny": "CNY", "rmb": "CNY",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "евро": "EUR",
    "hectares": "ha", "hectare": "ha", "ha": "ha", "га": "ha", "m2": "m2", "m²": "m2",
    "sqm": "m2", "sq.m": "m2", "sq.km": "km2", "mw": "MW", "мвт": "MW", "megawatts": "MW", "megawatt": "MW",
    "gw": "GW", "гвт": "GW", "gigawatts": "GW", "gigawatt": "GW",
    "tons": "tonnes", "tonnes": "tonnes", "ton": "tonnes", "tonne": "tonnes",
    "mt": "tonnes", "т": "tonnes",
    "years": "years", "year": "years", "yrs": "years", "months": "months", "month": "months",
    "days": "days", "day": "days", "weeks": "weeks", "week": "weeks", "лет": "years",
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "год": "years", "года": "years", "годы": "years", "дней": "days", "дня": "days",
    "день": "days", "km": "km", "км": "km", "km2": "km2", "km²": "km2", "км2": "km2",
    "square-metre": "m2", "square-meter": "m2", "square-metres": "m2", "square-meters": "m2",
    "square-kilometre": "km2", "square-kilometer": "km2",
    # Currencies of the region, by their usual English names (ISO 4217 codes as units).
    "tenge": "KZT", "kzt": "KZT", "dram": "AMD", "drams": "AMD", "amd": "AMD",
    "soum": "UZS", "soums": "UZS", "uzs": "UZS", "som": "KGS", "soms": "KGS", "kgs": "KGS",
    "rupees": "INR", "rupee": "INR", "inr": "INR", "dong": "VND", "vnd": "VND",
    "tugrik": "MNT", "tugriks": "MNT", "togrog": "MNT", "mnt": "MNT", "rials": "IRR",
    "rial": "IRR", "irr": "IRR", "dirhams": "AED", "dirham": "AED", "aed": "AED",
    "lari": "GEL", "manats": "AZN", "manat": "AZN", "lira": "TRY", "liras": "TRY",
    "ringgit": "MYR", "baht": "THB", "riyals": "SAR", "riyal": "SAR",
    "taka": "BDT", "bdt": "BDT", "pkr": "PKR", "lkr": "LKR", "npr": "NPR",
    "rupiah": "IDR", "rp": "IDR", "naira": "NGN", "birr": "ETB", "yen": "JPY", "rand": "ZAR",
    "cedis": "GHS", "cedi": "GHS", "kyat": "MMK", "riel": "KHR", "renminbi": "CNY",
    "сум": "UZS", "сумов": "UZS", "сома": "KGS", "сомов": "KGS", "сом": "KGS",
    "м²": "m2", "м2": "m2", "км²": "km2",
}  # fmt: skip
# A country adjective before "рубль" names the currency: "белорусских рублей" is BYN.
_RU_CURRENCY_ADJ: list[tuple[str, str]] = [
    ("белорусск", "BYN"), ("российск", "RUB"), ("американск", "USD"), ("китайск", "CNY"),
    ("казахстанск", "KZT"), ("узбекск", "UZS"), ("киргизск", "KGS"), ("кыргызск", "KGS"),
]  # fmt: skip
_UNIT_STEMS: list[tuple[str, str]] = [
    ("процент", "percent"), ("доллар", "USD"), ("долл", "USD"), ("рубл", "RUB"),
    ("юан", "CNY"), ("гектар", "ha"), ("месяц", "months"), ("недел", "weeks"),
    ("тонн", "tonnes"), ("мегаватт", "MW"), ("гигаватт", "GW"), ("километр", "km"), ("тенге", "KZT"), ("драм", "AMD"), ("рупи", "INR"),
    ("донг", "VND"), ("тугрик", "MNT"), ("риал", "IRR"), ("дирхам", "AED"), ("манат", "AZN"),
]  # fmt: skip
# Words between a number and "dollars" that name the dollar: "18.2 billion U.S. dollars".
_DOLLAR_PREFIXES = {"u.s", "u.s.", "us", "american", "usa"}
_MONEY = {"USD", "RUB", "CNY", "EUR"}
_PREFIX_CURRENCY = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR",
                    "₽": "RUB", "rub": "RUB", "¥": "CNY", "cny": "CNY", "rmb": "CNY",
                    "rs": "INR", "₹": "INR", "inr": "INR", "£": "GBP", "gbp": "GBP",
                    "tk": "BDT", "pkr": "PKR",
                    # Local signs written before the amount: Indonesian rupiah ("Rp 18.8
                    # trillion"), Kenyan shilling ("KSh 387.5 million"), naira, ringgit,
                    # dirham, dong.
                    "rp": "IDR", "ksh": "KES", "kshs": "KES", "₦": "NGN", "rm": "MYR",
                    "dh": "AED", "dhs": "AED", "₫": "VND", "₩": "KRW", "₱": "PHP",
                    "₺": "TRY", "₸": "KZT", "৳": "BDT"}  # fmt: skip
# ISO 4217 codes written before the amount ("AED 1.2 billion", "KES 500 million").
_PREFIX_CURRENCY.update(
    {
        c.lower(): c
        for c in [
            "AED",
            "SAR",
            "QAR",
            "OMR",
            "KWD",
            "BHD",
            "EGP",
            "NGN",
            "KES",
            "ZAR",
            "ETB",
            "GHS",
            "TZS",
            "UGX",
            "MAD",
            "DZD",
            "TND",
            "PKR",
            "BDT",
            "LKR",
            "NPR",
            "IDR",
            "MYR",
            "THB",
            "VND",
            "PHP",
            "SGD",
            "HKD",
            "JPY",
            "KRW",
            "TRY",
            "KZT",
            "UZS",
            "KGS",
            "TJS",
            "AZN",
            "GEL",
            "AMD",
            "BYN",
            "MNT",
            "IRR",
            "IQD",
            "JOD",
            "CHF",
            "CAD",
            "AUD",
            "BRL",
            "MXN",
            "RWF",
            "XOF",
            "XAF",
        ]
    }
)
# Units outside SCHEMA's closed list: a number measured in them is left out, not a count
# ("415 acres", "20,000 square feet").
_OFF_LIST_UNITS = {"acres", "acre", "feet", "foot", "ft", "sq.ft", "sqft", "miles", "mile",
                   # hours are no unit of the list ("a two-hour meeting", "полтора часа")
                   "hours", "hour", "час", "часа", "часов",
                   "kanals", "kanal", "marlas", "bighas", "gallons", "barrels", "rai",
                   # electrical and data units ("a 200 MVA substation", "132 kV lines")
                   "mva", "kva", "kv", "kw", "kwh", "mwh", "gwh", "twh", "mbps", "gbps"}  # fmt: skip
# Lengths in metres are not in the list either ("a berth 350 metres wide"); only after the
# number, since "square metres" is an area (m2).
_OFF_LIST_LENGTHS = {"metres", "meters", "metre", "meter", "centimetres", "centimeters",
                     "inches", "yards"}  # fmt: skip
# A currency sign or code glued to its number ("USD3.5", "Rs5", "Rs.500", "RMB10"): split in
# two tokens so the number reads as if written apart.
_GLUED_CURRENCY_RE = re.compile(
    r"^(US\$|USD|RMB|CNY|EUR|RUB|INR|Rs|Rp|KShs|KSh|RM)(\.?)(\d[\d.,]*)(bn|mn|mln|bln|cr|m|k)?$",
    re.I,
)
# Two-letter signs of Gulf and Egyptian currencies, upper case and right before a number
# ("RO20.1bn" Omani rials, "SR18 billion" Saudi riyals, "QR 2bn", "KD 5 million", "BD 1m",
# "LE 300 million" Egyptian pounds).
# One-letter signs, the Philippine peso ("P3.8 billion") and the naira ("N19.45 billion"), and
# the Kenyan shilling's "Sh" ("Sh493 million") count only with a scale word, since "P3", "N2" or
# "Sh 2" alone may name anything.
_LOCAL_SIGNS = {"RO": "OMR", "SR": "SAR", "QR": "QAR", "KD": "KWD", "BD": "BHD", "LE": "EGP",
                "P": "PHP", "N": "NGN", "Sh": "KES"}  # fmt: skip
_LOCAL_SIGN_RE = re.compile(
    r"^(RO|SR|QR|KD|BD|LE|P|N|Sh)(?:(\d[\d.,]*)(?:-?(bn|mn|mln|bln|billion|million|m|k))?)?$"
)
_SCALE_WORDS = ("million", "billion", "trillion", "bn", "mn", "mln")


def _scaled_number_at(toks: list[Token], k: int) -> bool:
    """A number with its scale word next ("18 billion"): a sign written apart from it is money,
    where "BD 5" alone may be anything."""
    return (
        k + 1 < len(toks)
        and toks[k].text[:1].isdigit()
        and toks[k + 1].text.lower() in _SCALE_WORDS
    )


def _local_sign(toks: list[Token], k: int) -> list[Token] | None:
    """The tokens of an amount in a local currency sign ("RO20.1bn", "SR 18 billion",
    "P21.207-billion"), with the sign read as its ISO code; None for anything else."""
    t = toks[k]
    m = _LOCAL_SIGN_RE.match(t.text)
    if m is None:
        return None
    sign, number, scale = m.groups()
    scaled_next = k + 1 < len(toks) and toks[k + 1].text.lower() in _SCALE_WORDS
    if number is None:
        return (
            [Token(_LOCAL_SIGNS[sign], t.start, t.end)] if _scaled_number_at(toks, k + 1) else None
        )
    if (len(sign) == 1 or sign == "Sh") and not (scale or scaled_next):
        return None
    out = [Token(_LOCAL_SIGNS[sign], t.start, t.start + len(sign))]
    out.append(Token(number, t.start + m.start(2), t.start + m.end(2)))
    if scale:
        out.append(Token(scale, t.start + m.start(3), t.end))
    return out


# Any ISO code of _PREFIX_CURRENCY glued to its amount, in capitals or as a word ("AED1.2bn",
# "Rwf120 billion").
_GLUED_CODE_RE = re.compile(r"^([A-Z][A-Za-z]{2})()(\d[\d.,]*)(bn|mn|mln|bln|cr|m|k)?$")
# "Rs" and "rupees" are Indian unless the article is written from another rupee country
# ("KARACHI: … Rs60 billion" is PKR); "₹", "INR" and "Indian rupees" stay INR.
_RUPEE_OF = {"PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR", "SC": "SCR"}
_INDIAN_RUPEE = re.compile(r"₹|\bINR\b|\bIndian\s+rupees?\b", re.I)


def local_rupee(unit: str, evidence: str, country: str | None) -> str:
    """The rupee of the article's country for a figure read as INR from "Rs"/"rupees"."""
    if unit != "INR" or country not in _RUPEE_OF or _INDIAN_RUPEE.search(evidence):
        return unit
    return _RUPEE_OF[country]


_HYPHEN_UNITS = {"day": "days", "year": "years", "month": "months", "week": "weeks",
                 "дневн": "days", "летн": "years",
                 # "a one-kilometre berth", "a two-hectare plot": a number word glued to a unit.
                 "kilometre": "km", "kilometer": "km", "hectare": "ha", "megawatt": "MW",
                 "gigawatt": "GW"}  # fmt: skip
# Words before a number that make it an identifier, not a quantity.
_ID_WORDS = {"no", "no.", "№", "article", "part", "clause", "paragraph", "resolution",
             "decree", "law", "статья", "статьи", "пункт", "часть", "постановление", "page",
             "phase", "stage", "version", "room", "hall", "pavilion", "booth", "gate"}  # fmt: skip
# Determiners before a number word make it anaphoric ("the two countries"): not a statement.
_ANAPHORIC = {"the", "these", "those", "both", "its", "our", "their", "his", "her", "all",
              "эти", "этих", "оба", "обе"}  # fmt: skip
_YEAR_PREPS = {"in", "since", "by", "until", "till", "of", "from", "to", "before", "after",
               "for", "в", "с", "к", "до", "по", "от", "за", "на", "year", "early", "late",
               "mid", "end", "beginning", "spring", "summer", "autumn", "fall", "winter"}  # fmt: skip
# Words that end a measure phrase.
_MEASURE_STOP = set(
    _wordlist(
        """
    of in at on by to from with for as and or but that which who whom are were is was will be
    been have has had can could would should may might must do does did than then there this
    these those it its their his her our over under about into within per including such compared
    в на по к от из с со для и или но что которые который которая которых был были будет будут
    является являются из-за при до после через около более менее также уже свыше
    """
    )
)


@dataclass(frozen=True)
class FigureMention:
    value: float | int
    unit: str
    qualifier: str
    measure: str | None
    begin: int  # character offsets in the sentence
    end: int
    token_end: int  # index of the first token after the figure (for targets/agreements)


# Verbs of change whose "до" means "to" (the new level), not "up to".
_CHANGE_VERB_STEMS = ("довест", "довед", "увелич", "нараст", "вырос", "вырас",
                      "сократ", "сниз", "повыс", "расшир", "доведен", "рост")  # fmt: skip
_ESTIMATE_WORDS = (("оценивается", "в"), ("оценивают", "в"), ("estimated", "at"),
                   ("valued", "at"), ("оценена", "в"), ("оценен", "в"))  # fmt: skip
# Nouns after "two" that refer back to the two parties ("двух стран", "two sides").
_PAIR_NOUNS = ("стран", "сторон", "государств", "countries", "sides", "nations", "parties")


def _time_reference(low: list[str], j: int) -> bool:
    """A duration that dates something: "N weeks ago", "N лет назад", "the first nine months
    of this year" / "of 2023" (a reporting period)."""
    nxt = low[j] if j < len(low) else ""
    if nxt in ("ago", "назад", "earlier", "later", "спустя"):
        return True
    # "за девять месяцев 2024 года", "за 9 месяцев текущего года": a reporting period.
    if re.fullmatch(r"(?:19|20)\d{2}|этого|текущего|прошлого|нынешнего|сего", nxt):
        return j + 1 < len(low) and low[j + 1].startswith("год")
    if nxt == "of" and j + 1 < len(low):
        after = low[j + 1]
        return after in ("this", "last", "the") or bool(re.fullmatch(r"(?:19|20)\d{2}", after))
    return False


# Russian fraction words after a number word: "две трети", "три четверти", "одна пятая".
_FRACTION_STEMS = ("трет", "четверт", "пятых", "пятая", "десятых", "сотых")
# Words that make a number a ratio ("6 times", "в 2,5 раза", "threefold").
_MULTIPLIERS = {"times", "fold", "раза", "раз"}


def _change_verb_before(low: list[str], i: int) -> bool:
    return any(w.startswith(_CHANGE_VERB_STEMS) for w in low[max(0, i - 8) : i])


def _estimate_before(low: list[str], i: int) -> bool:
    return i >= 2 and (low[i - 2], low[i - 1]) in _ESTIMATE_WORDS


def _unit_of(word: str) -> str | None:
    w = word.lower().rstrip(".")
    if w in _UNIT_EXACT:
        return _UNIT_EXACT[w]
    for stem, unit in _UNIT_STEMS:
        if w.startswith(stem):
            return unit
    return None


def _scale_of(word: str) -> int | None:
    w = word.lower().rstrip(".")
    return EN_SCALE_ABBR.get(w) or RU_SCALES.get(w)


# Scale words and units written glued to the number in news: "$3.5bn", "€2.5mn", "40km",
# "200MW", "1.2GW", "150ha", "Rs500cr". One-letter ones ("$10m", "5k") only after a currency
# sign, since "10m" alone may be metres.
_GLUED_SCALES = {"bn", "mn", "mln", "bln", "cr", "tn", "m", "k"}
_GLUED_UNITS = {"km", "mw", "gw", "ha", "km2", "sqm", "sq", "m2", "tonnes", "tons", "млн", "млрд",
                "тыс", "км", "га", "мвт"}  # fmt: skip


def _glued_suffix(low: list[str], i: int, j: int) -> bool:
    word = low[j]
    if word in _GLUED_UNITS or (word in _GLUED_SCALES and len(word) > 1):
        return True
    prev = low[i - 1] if i > 0 else ""
    return word in _GLUED_SCALES and (prev in _PREFIX_CURRENCY or prev in "$€¥₽₹£")


def _is_en_number_word(w: str) -> bool:
    parts = w.lower().split("-")
    return all(p in EN_UNITS or p in EN_TENS or p == "hundred" for p in parts) and bool(parts)


def _decimal_comma(toks: list[Token], i: int, russian: bool) -> bool:
    """Whether a comma in the number at token i is the decimal mark.

    Russian writes decimals with a comma and groups thousands with spaces, so there a comma
    followed by one or two digits, or by digits and then a scale word ("1,250 млрд"), is a
    decimal. A comma and exactly three digits with nothing after it stays a thousands
    separator (wire copy in Russian often keeps the English grouping: "1,500 человек").
    """
    if not russian:
        return False
    t = toks[i].text.rstrip("%")
    m = re.fullmatch(r"\d+,(\d+)", t)
    if not m:
        return False
    if len(m.group(1)) != 3:
        return True
    return i + 1 < len(toks) and _scale_of(toks[i + 1].text) is not None


def _join_glued_thousands(toks: list[Token]) -> list[Token]:
    """'VND5,100': the tokenizer ends a letters-and-digits word at the comma; a code glued to
    a number with thousands groups is one amount again ("VND5" "," "100" -> "VND5,100")."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if re.fullmatch(r"[A-Za-z$]{2,4}\d{1,3}", t.text):
            while (
                i + 2 < len(toks)
                and toks[i + 1].text == ","
                and toks[i + 1].start == t.end
                and toks[i + 2].start == toks[i + 1].end
                and re.fullmatch(r"\d{3}(?:[.,]\d+)*", toks[i + 2].text)
            ):
                t = Token(t.text + "," + toks[i + 2].text, t.start, toks[i + 2].end)
                i += 2
        out.append(t)
        i += 1
    return out


def _split_glued_currency(toks: list[Token]) -> list[Token]:
    out: list[Token] = []
    joined = _join_glued_thousands(toks)
    for k, t in enumerate(joined):
        local = _local_sign(joined, k)
        if local is not None:
            out.extend(local)
            continue
        m = _GLUED_CURRENCY_RE.match(t.text) or _GLUED_CODE_RE.match(t.text)
        if m and m.group(1).lower() in _PREFIX_CURRENCY:
            cut = t.start + m.end(2)
            out.append(Token(m.group(1), t.start, t.start + len(m.group(1))))
            out.append(Token(m.group(3), cut, t.start + m.end(3)))
            if m.group(4):
                out.append(Token(m.group(4), t.start + m.end(3), t.end))
        else:
            out.append(t)
    return out


def _is_russian(sentence: str) -> bool:
    cyr = sum(1 for c in sentence if "\u0400" <= c <= "\u04ff")
    latin = sum(1 for c in sentence if c.isascii() and c.isalpha())
    return cyr > latin


def _number_at(
    toks: list[Token], i: int, russian: bool = False
) -> tuple[float | int, int, bool] | None:
    """(value, next index, is_word) for a number starting at token i, else None."""
    t = toks[i].text
    if t[0].isdigit():
        if ":" in t:
            return None
        dec = _decimal_comma(toks, i, russian)
        if t.endswith("%"):
            v = parse_digits(t[:-1], decimal_comma=dec)
            return (v, i + 1, False) if v is not None else None
        v = parse_digits(t, decimal_comma=dec)
        if v is None:
            return None
        # "10 000": a digit group of three after a number is a thousands group ("1 500,5" in
        # Russian: the last group may carry the decimal part).
        j = i + 1
        while (
            j < len(toks)
            and re.fullmatch(r"\d{3}(?:,\d{1,2})?" if russian else r"\d{3}", toks[j].text)
            and toks[j].start == toks[j - 1].end + 1
            and isinstance(v, int)
            and v < 1000
        ):
            group = parse_digits(toks[j].text, decimal_comma=russian)
            assert group is not None
            v = v * 1000 + group
            j += 1
        return v, j, False
    low = t.lower()
    if _is_en_number_word(low):
        j = i + 1
        words = [low]
        while j < len(toks) and (
            _is_en_number_word(toks[j].text) or toks[j].text.lower() in ("hundred", "and", "dozen")
        ):
            if toks[j].text.lower() == "and" and not (
                j + 1 < len(toks) and _is_en_number_word(toks[j + 1].text)
            ):
                break
            words.append(toks[j].text.lower())
            j += 1
        v = parse_en_words(words)
        return (v, j, True) if v else None
    if parse_ordinal(t) is None and not low.startswith("десятк"):
        v = parse_ru_word(t)
        if v:
            return v, i + 1, True
    if low in ("полтора", "полторы", "полутора") and i + 1 < len(toks):
        return 1.5, i + 1, True  # "полтора миллиарда рублей", "полторы тысячи мест"
    if low in RU_SCALE_ALONE or (
        low in RU_SCALE_AFTER_QUALIFIER and _qualifier_before(toks, i)[0] != "exact"
    ):
        return RU_SCALES[low], i + 1, True  # "порядка тысячи мест": one thousand
    return None


_EARLIER_LEVEL = {("up", "from"), ("down", "from"), ("rising", "from"), ("compared", "with"),
                  ("compared", "to")}  # fmt: skip
_LONGEST_QUALIFIER = max(len(seq) for seq, _ in QUALIFIERS)


def _qualifier_before(toks: list[Token], i: int) -> tuple[str, int]:
    # Only the few words before the number are read (lower-casing the whole sentence for each
    # number would be quadratic on long input).
    lo = max(0, i - _LONGEST_QUALIFIER)
    window = [t.text.lower() for t in toks[lo:i]]
    for seq, q in QUALIFIERS:
        n = len(seq)
        if i - n >= 0 and tuple(window[len(window) - n :]) == seq:
            return q, i - n
    return "exact", i


def _measure_after(toks: list[Token], j: int, limit: int = 5) -> str | None:
    words: list[str] = []
    while j < len(toks) and len(words) < limit:
        t = toks[j].text
        if not re.match(r"[^\W\d_]", t) or t.lower() in _MEASURE_STOP:
            break
        words.append(t)
        j += 1
    return " ".join(words) or None


def _number_of_before(toks: list[Token], i: int) -> str | None:
    """'the number of industrial technology parks ... to 100' -> 'industrial technology parks'."""
    low = [t.text.lower() for t in toks[:i]]
    for k in range(len(low) - 2, -1, -1):
        if low[k] in ("number", "число", "количество") and low[k + 1] in ("of",):
            return _measure_after(toks, k + 2)
        if low[k] in ("число", "количество"):
            return _measure_after(toks, k + 1)
    return None


# "a 300-million-U.S.-dollar plant", "a 1.2-billion-yuan park" (Xinhua's English): amount,
# scale and currency hyphenated into one modifier.
_HYPHEN_MONEY = re.compile(
    r"(?<![\w.])(\d+(?:[.,]\d+)*)-(million|billion|trillion)-(?:U\.S\.-|US-)?"
    r"(dollar|yuan|euro|ruble|rouble|rupee)s?\b",
    re.I,
)
_HYPHEN_CURRENCY = {"dollar": "USD", "yuan": "CNY", "euro": "EUR", "ruble": "RUB", "rouble": "RUB",
                    "rupee": "INR"}  # fmt: skip


def _hyphenated_amounts(sentence: str, toks: list[Token]) -> list[FigureMention]:
    out: list[FigureMention] = []
    starts = [t.start for t in toks]
    for m in _HYPHEN_MONEY.finditer(sentence):
        number = parse_digits(m.group(1))
        if number is None:
            continue
        i, j = bisect_left(starts, m.start()), bisect_left(starts, m.end())
        qualifier, qstart = _qualifier_before(toks, i) if i < len(toks) else ("exact", i)
        value = number * EN_SCALE_ABBR[m.group(2).lower()]
        unit = _HYPHEN_CURRENCY[m.group(3).lower()]
        begin = toks[qstart].start if qstart < len(toks) else m.start()
        out.append(
            FigureMention(value, unit, qualifier, _measure_after(toks, j), begin, m.end(), j)
        )
    return out


# What may follow a Russian amount whose currency is left out: an end of clause, not a noun.
_ELIDED_UNIT_FOLLOWERS = {".", ",", ";", ":", ")", "и", "а", "или", "—", "–", "-"}


def _is_currency(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


def find_figures(
    sentence: str,
    default_year: int | None = None,
    language: str | None = None,
    currency: str | None = None,
) -> list[FigureMention]:
    """All quantitative statements in one sentence, left to right.

    ``language`` ("en", "ru") decides how a comma in a number reads; without it the sentence's
    script decides (Cyrillic: decimal comma). ``currency`` is the money unit the text stated
    last before this sentence: a Russian scaled amount without a unit ("вложено 44,5 млрд")
    is in it.
    """
    russian = language == "ru" if language else _is_russian(sentence)
    toks = _split_glued_currency(tokenize(sentence))
    low = [t.text.lower() for t in toks]
    date_spans = [(d.begin, d.finish) for d in find_dates(sentence, default_year)]
    out: list[FigureMention] = []
    compound = _hyphenated_amounts(sentence, toks)
    out.extend(compound)
    # Tokens inside dates and hyphenated amounts, marked once (a scan of every span per token
    # would be quadratic on long hostile input).
    starts = [t.start for t in toks]
    skipped: set[int] = set()
    for s, e in [*date_spans, *((f.begin, f.end) for f in compound)]:
        skipped.update(range(bisect_left(starts, s), bisect_left(starts, e)))
    i = 0
    while i < len(toks):
        tok = toks[i]
        if i in skipped:
            i += 1
            continue
        # "three-day", "20-year": a number glued to a duration word.
        parts = tok.text.split("-")
        if (
            len(parts) == 2
            and parts[1].lower() in _HYPHEN_UNITS
            or (len(parts) == 2 and any(parts[1].lower().startswith(s) for s in ("дневн", "летн")))
        ):
            head = parts[0]
            if head[:1].isupper() and i + 1 < len(toks) and low[i + 1] in ("plan", "programme"):
                i += 1  # "the 14th Five-Year Plan": a plan's name, not a duration
                continue
            v = parse_digits(head) if head[:1].isdigit() else parse_en_words([head])
            if v is None and not head[:1].isdigit():
                v = parse_ru_word(head)
            if v:
                key = next(k for k in _HYPHEN_UNITS if parts[1].lower().startswith(k))
                q, _ = _qualifier_before(toks, i)
                out.append(
                    FigureMention(
                        v, _HYPHEN_UNITS[key], q, _measure_after(toks, i + 1), tok.start,
                        tok.end, i + 1,
                    )
                )  # fmt: skip
                i += 1
                continue
        dur = RU_DURATION_ADJ_RE.match(low[i])
        if dur:
            # "двухлетнее соглашение", "трехдневный форум": a duration in one adjective.
            v = parse_ru_word(dur.group(1))
            if v:
                unit = {"летн": "years", "дневн": "days", "месячн": "months"}[dur.group(2)]
                q, _ = _qualifier_before(toks, i)
                out.append(FigureMention(v, unit, q, _measure_after(toks, i + 1), tok.start,
                                         tok.end, i + 1))  # fmt: skip
                i += 1
                continue
        num = _number_at(toks, i, russian)
        if num is None:
            i += 1
            continue
        value, j, is_word = num
        if low[j : j + 3] == ["and", "a", "half"]:
            value, j = value + 0.5, j + 3  # "three and a half years"
        prev = low[i - 1] if i > 0 else ""
        if prev in _ID_WORDS or prev in ("top", "топ"):
            i = j  # an identifier, or a rank ("top 10 provinces")
            continue
        scaled = j < len(toks) and _scale_of(low[j]) is not None
        if is_word and j < len(toks) and low[j].startswith(_FRACTION_STEMS):
            i = j + 1  # "две трети", "три четверти": a fraction, not a count (SCHEMA)
            continue
        # "one gigawatt", "one hectare": "one" before a physical unit measures; before other
        # nouns it is the article "a".
        measured = j < len(toks) and _UNIT_EXACT.get(low[j]) in _PHYSICAL_UNITS
        if is_word and ((value == 1 and not scaled and not measured) or prev in _ANAPHORIC):
            i = j
            continue
        if is_word and value == 2 and j < len(toks) and low[j].startswith(_PAIR_NOUNS):
            i = j  # "из двух стран", "two sides": the parties already named, not a count
            continue
        # Numbers glued to letters ("EEF-2024", "24.kg") are parts of names.
        if (
            i > 0
            and toks[i - 1].end == tok.start
            and toks[i - 1].text not in '$€¥₽₹£(«"“'
            and prev not in _PREFIX_CURRENCY
            and not (prev == "." and i > 1 and low[i - 2] in _PREFIX_CURRENCY)
        ) or (
            j < len(toks)
            and toks[j].start == toks[j - 1].end
            and re.match(r"[^\W\d_]", toks[j].text)
            and not _glued_suffix(low, i, j)
        ):
            i = j
            continue
        qualifier, qstart = _qualifier_before(toks, i)
        if qualifier == "up_to" and low[qstart] == "до" and _change_verb_before(low, qstart):
            qualifier = "exact"  # "довести ... до 35": the new level, not a ceiling
        if qualifier == "exact" and _estimate_before(low, qstart):
            qualifier = "about"
        # Currency before the number: "$2 billion", "USD 5 mln".
        unit: str | None = None
        begin = toks[qstart].start
        if prev in _PREFIX_CURRENCY:
            unit = _PREFIX_CURRENCY[prev]
            qualifier, qstart = _qualifier_before(toks, i - 1)
            begin = toks[qstart].start
        elif prev == "." and i > 1 and low[i - 2] in _PREFIX_CURRENCY and low[i - 2].isalpha():
            unit = _PREFIX_CURRENCY[low[i - 2]]  # "Rs. 500 crore"
            qualifier, qstart = _qualifier_before(toks, i - 2)
            begin = toks[qstart].start
        if (
            j + 1 < len(toks)
            and low[j] == "-"
            and toks[j].start == toks[j - 1].end
            and toks[j + 1].start == toks[j].end
            and low[j + 1] in _SCALE_WORDS
        ):
            j += 1  # "$1.792-billion": the scale word joined by a hyphen
        scale = _scale_of(low[j]) if j < len(toks) else None
        if scale:
            value = value * scale
            j += 1
            if j < len(toks) and toks[j].text == ".":
                j += 1
            # "1.5 lakh crore", "10 thousand crore": Indian scales stack.
            if j < len(toks) and low[j] in ("crore", "crores", "cr") and scale < 10_000_000:
                value = value * 10_000_000
                j += 1
            # "5 млрд 357 млн руб.": a smaller scale's amount adds to the larger one.
            rest = _number_at(toks, j, russian) if russian and j < len(toks) else None
            if rest is not None and not rest[2] and rest[1] < len(toks):
                small = _scale_of(low[rest[1]])
                if small and small < scale and rest[0] < 1000:
                    value, j = value + rest[0] * small, rest[1] + 1
                    if j < len(toks) and toks[j].text == ".":
                        j += 1
                elif scale == 1000 and isinstance(rest[0], int) and rest[0] < 1000 and not small:
                    value, j = value + rest[0], rest[1]  # "6 тыс. 300 рабочих мест": 6,300
        if tok.text.endswith("%"):
            unit = "percent"
        # "1,500-square-metre", "150-hectare": a hyphen glues the unit to the number.
        if (
            unit is None
            and j + 1 < len(toks)
            and low[j] in ("-", "–")
            and toks[j].start == toks[j - 1].end
            and (_unit_of(low[j + 1]) or low[j + 1].startswith("square"))
        ):
            j += 1
        if unit is None and j < len(toks) and low[j] in _DOLLAR_PREFIXES:
            k = j + 1
            while k < len(toks) and low[k] == ".":
                k += 1
            if k < len(toks) and low[k] in ("dollars", "dollar"):
                unit, j = "USD", k + 1
        if (
            unit is None
            and j < len(toks)
            and (
                low[j] in _OFF_LIST_UNITS
                or low[j] in _OFF_LIST_LENGTHS
                or (
                    low[j] in ("square", "sq")
                    and j + 1 < len(toks)
                    and low[j + 1] in _OFF_LIST_UNITS
                )
            )
        ):
            i = j + 1
            continue
        if (
            unit is None
            and russian
            and j + 1 < len(toks)
            and low[j + 1].startswith(("рубл", "руб", "долл", "юан", "тенге", "сум", "сом"))
        ):
            # "62 млн белорусских рублей", "американских долларов": the adjective names it.
            adj = next((c for a, c in _RU_CURRENCY_ADJ if low[j].startswith(a)), None)
            if adj is not None:
                unit, j = adj, j + 2
                if j < len(toks) and toks[j].text == ".":
                    j += 1
        if unit is None and j + 1 < len(toks) and low[j] == "metric" and _unit_of(low[j + 1]):
            j += 1  # "10,000 metric tons"
        if unit is None and j < len(toks):
            unit = _unit_of(low[j])
            if unit == "percent" and low[j] == "per":
                if j + 1 < len(toks) and low[j + 1] == "cent":
                    j += 1
                else:
                    unit = None
            if unit is None and low[j] in ("кв.м", "кв.км", "sq.m", "sq.km"):
                unit = "km2" if low[j].endswith("км") else "m2"  # written without a space
            square = low[j] in ("square", "sq", "кв") or low[j].startswith("квадратн")
            # "кв. км": the abbreviation's full stop is its own token.
            k = j + 2 if square and j + 2 < len(toks) and low[j + 1] == "." else j + 1
            if unit is None and square and k < len(toks):
                if low[k].startswith(("kilomet", "km", "килом", "км")):
                    unit, j = "km2", k
                elif low[k].startswith(("met", "m", "м")):
                    unit, j = "m2", k
            if unit is not None:
                j += 1
        if (
            unit is None
            and russian
            and j + 1 < len(toks)
            and re.fullmatch(r"[а-яё]{3,}(?:ых|их)", low[j])
            and _unit_of(low[j + 1]) in ("days", "weeks", "months", "years")
        ):
            unit, j = _unit_of(low[j + 1]), j + 2  # "за три прошедших года"
        if (
            unit is None
            and russian
            and scale
            and scale >= 1_000_000
            and (j >= len(toks) or low[j] in _ELIDED_UNIT_FOLLOWERS)
        ):
            # "425 млрд рублей, из них вложено 329 млрд.": the amount's currency is the one
            # of the money just stated (in this sentence or the one before).
            unit = next((f.unit for f in reversed(out) if _is_currency(f.unit)), currency)
        if unit is None:
            unit = "count"
        # Calendar years are not figures.
        if (
            unit == "count"
            and isinstance(value, int)
            and 1900 <= value <= 2100
            and not is_word
            and qualifier == "exact"
            and not scale
        ):
            i = j
            continue
        if unit == "years" and isinstance(value, int) and 1800 <= value <= 2100:
            i = j
            continue
        values = [(value, qualifier)]
        # Ranges: "20-25 years", "from 2.5 to 15 percent", "between 10 and 20".
        if j + 1 < len(toks) and low[j] in ("-", "–", "—", "to", "до", "and"):
            nxt = _number_at(toks, j + 1, russian)
            if nxt is not None and not (low[j] == "and" and prev != "between"):
                v2, k, _ = nxt
                k_unit = k + 1 if k < len(toks) and _scale_of(low[k]) else k
                unit_next = _unit_of(low[k_unit]) if k_unit < len(toks) else None
                # "expanded 15.85 percent to 195.69 billion baht", "rose 12 percent to 300": a
                # change and the new level, two figures, not a range.
                if low[j] == "to" and unit != "count" and unit_next != unit:
                    nxt = None
            if nxt is not None and not (low[j] == "and" and prev != "between"):
                v2, k, _ = nxt
                if k < len(toks) and _scale_of(low[k]):
                    if not scale and value < v2:
                        value = value * _scale_of(low[k])  # type: ignore[operator]
                        values = [(value, qualifier)]  # "10–12 тысяч": both in thousands
                    v2 = v2 * _scale_of(low[k])  # type: ignore[operator]
                    k += 1
                    if k + 1 < len(toks) and low[k] == "." and _unit_of(low[k + 1]):
                        k += 1  # "350-400 млн. долларов": the abbreviation's full stop
                unit2 = _unit_of(low[k]) if k < len(toks) else None
                if unit2 is not None:
                    k += 1
                elif toks[j + 1].text.endswith("%"):
                    unit2 = "percent"  # "10-15%": the sign is glued to the second number
                if unit2 is not None and unit == "count":
                    unit = unit2
                if v2 > value:
                    from_to = prev == "from" or (i > 1 and low[i - 1] in ("от", "с"))
                    if from_to:
                        values = [(value, qualifier), (v2, "exact")]
                    else:
                        values = [(value, "at_least"), (v2, "up_to")]
                    j = k
        measure = _measure_after(toks, j)
        if unit in ("days", "weeks", "months", "years") and _time_reference(low, j):
            i = j  # "three weeks ago", "over nine months of this year": when, not how much
            continue
        if unit == "count" and j < len(toks) and low[j] in _MULTIPLIERS:
            i = j + 1  # "grew 6 times", "в 2,5 раза": a ratio, like "twice", not a quantity
            continue
        if unit == "count" and measure is None:
            measure = _number_of_before(toks, qstart)
            # "86 zones, up from 31 in 2020": the earlier level of the count just stated.
            if measure is None and tuple(low[max(0, qstart - 2) : qstart]) in _EARLIER_LEVEL:
                measure = next((f.measure for f in reversed(out) if f.unit == "count"), None)
            if (
                measure is None
                and russian
                and out
                and prev in ("и", "а", ",")
                and j + 1 < len(toks)
                and low[j] in ("в", "к")
                and re.fullmatch(r"(?:19|20)\d{2}", low[j + 1])
            ):
                # "до 20,5 тысячи мест в 2030 году и 22 тысяч в 2035 году": the second
                # number of a pair by year counts what the first one does.
                measure = out[-1].measure
            part_of = ("них", "которых", "них,")
            if (
                measure is None
                and russian
                and out
                and out[-1].unit == "count"
                and (
                    (low[j : j + 1] == ["из"] and low[j + 1 : j + 2] in (["них"], ["которых"]))
                    or (qstart >= 2 and low[qstart - 2] == "из" and low[qstart - 1] in part_of)
                )
            ):
                # "124 резидента, 28 из них …", "40 компаний, из них 12 …": a part of the
                # count just stated counts the same thing.
                measure = out[-1].measure
            if measure is None and qualifier == "exact":
                i = j
                continue
        for v, q in values:
            out.append(FigureMention(v, unit, q, measure, begin, toks[j - 1].end, j))
        i = j
    out.sort(key=lambda f: f.begin)
    # Weeks are not a SCHEMA unit: a week is seven days.
    return [replace(f, value=f.value * 7, unit="days") if f.unit == "weeks" else f for f in out]
