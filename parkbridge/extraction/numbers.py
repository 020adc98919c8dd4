"""Parsers for written numbers: digits with separators, number words (EN/RU/ZH), scale words,
Roman numerals and ordinals.

They are pure functions on short strings so they can be property-tested in isolation; the
figure grammar in :mod:`parkbridge.extraction.quantities` decides *where* numbers are.
"""

from __future__ import annotations

import re

EN_UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
EN_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
EN_SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "dozen": 12,
}  # fmt: skip

# Russian number words by stem: inflected forms ("пяти", "пятью", "двух") share the stem, so a
# prefix match on the lower-cased word covers the paradigm without a morphological analyser.
RU_WORDS: list[tuple[str, int]] = [
    ("одиннадцат", 11), ("двенадцат", 12), ("тринадцат", 13), ("четырнадцат", 14),
    ("пятнадцат", 15), ("шестнадцат", 16), ("семнадцат", 17), ("восемнадцат", 18),
    ("девятнадцат", 19), ("двадцат", 20), ("тридцат", 30), ("сорок", 40),
    ("пятьдесят", 50), ("шестьдесят", 60), ("семьдесят", 70), ("восемьдесят", 80),
    ("девяност", 90), ("двест", 200), ("двухсот", 200), ("трист", 300), ("трехсот", 300),
    ("трёхсот", 300), ("четырест", 400), ("пятьсот", 500), ("сто", 100),
    ("одн", 1), ("один", 1), ("дв", 2), ("тр", 3), ("четыр", 4), ("пят", 5), ("шест", 6),
    ("сем", 7), ("восем", 8), ("восьм", 8), ("девят", 9), ("десят", 10),
]  # fmt: skip
RU_EXACT: dict[str, int] = {
    "один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "два": 2, "две": 2, "двух": 2,
    "двум": 2, "двумя": 2, "три": 3, "трех": 3, "трёх": 3, "трем": 3, "тремя": 3,
    "четыре": 4, "четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5, "пятью": 5, "шесть": 6,
    "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9,
    "десять": 10, "десяти": 10, "сто": 100, "ста": 100, "сорок": 40, "сорока": 40,
    "девяносто": 90, "девяноста": 90,
}  # fmt: skip
RU_SCALES: dict[str, int] = {
    "тыс": 1_000, "тысяча": 1_000, "тысячи": 1_000, "тысяч": 1_000, "тысячу": 1_000,
    "млн": 1_000_000, "миллион": 1_000_000, "миллиона": 1_000_000, "миллионов": 1_000_000,
    "млрд": 1_000_000_000, "миллиард": 1_000_000_000, "миллиарда": 1_000_000_000,
    "миллиардов": 1_000_000_000, "трлн": 1_000_000_000_000, "триллион": 1_000_000_000_000,
    "триллиона": 1_000_000_000_000, "триллионов": 1_000_000_000_000,
    # Other case forms: "около 1 тысячью", "с миллионом", "о двух миллиардах".
    "тысячей": 1_000, "тысячью": 1_000, "тысячам": 1_000, "тысячами": 1_000, "тысячах": 1_000,
    "миллионом": 1_000_000, "миллионам": 1_000_000, "миллионами": 1_000_000,
    "миллионах": 1_000_000, "миллиардом": 1_000_000_000, "миллиардам": 1_000_000_000,
    "миллиардами": 1_000_000_000, "миллиардах": 1_000_000_000,
    "триллионом": 1_000_000_000_000, "триллионах": 1_000_000_000_000,
}  # fmt: skip
# A scale word alone is one of it: "тысячу рабочих мест", "миллиард рублей". Forms that also
# read as a plural ("тысячи компаний": thousands) count so only after a qualifier ("около
# тысячи", "более миллиона").
RU_SCALE_ALONE = frozenset({"тысяча", "тысячу", "тысячей", "тысячью", "миллион", "миллиард",
                            "триллион"})  # fmt: skip
RU_SCALE_AFTER_QUALIFIER = frozenset({"тысячи", "миллиона", "миллиарда", "триллиона"})
# Compound adjectives of duration: "двухлетний", "трехдневный", "пятимесячный".
RU_DURATION_ADJ_RE = re.compile(
    r"^(двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти|одиннадцати"
    r"|двенадцати|пятнадцати|двадцати|тридцати|сорока|пятидесяти|ста)(летн|дневн|месячн)[а-яё]{1,3}$"
)
EN_SCALE_ABBR: dict[str, int] = {
    "k": 1_000, "thousand": 1_000, "mn": 1_000_000, "mln": 1_000_000, "m": 1_000_000,
    "million": 1_000_000, "bn": 1_000_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000, "bln": 1_000_000_000,
    "mio": 1_000_000, "mil": 1_000_000, "trn": 1_000_000_000_000,
    # Currencies with many digits are quoted in quadrillions ("VND 2.2 quadrillion").
    "quadrillion": 1_000_000_000_000_000,
    # Indian numbering: a lakh is 10^5, a crore 10^7 ("Rs 500 crore" = 5e9 INR).
    "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000,
    "crore": 10_000_000, "crores": 10_000_000, "cr": 10_000_000,
}  # fmt: skip
ZH_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9,
}  # fmt: skip
ZH_SMALL: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
ZH_LARGE: dict[str, int] = {"万": 10_000, "亿": 100_000_000}

EN_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
# Russian ordinal stems; the ending varies with gender and case ("девятый", "девятого").
RU_ORDINAL_STEMS: list[tuple[str, int]] = [
    ("перв", 1), ("втор", 2), ("трет", 3), ("четверт", 4), ("пят", 5), ("шест", 6),
    ("седьм", 7), ("восьм", 8), ("девят", 9), ("десят", 10), ("одиннадцат", 11),
    ("двенадцат", 12), ("тринадцат", 13), ("четырнадцат", 14), ("пятнадцат", 15),
    ("двадцат", 20),
]  # fmt: skip
RU_ORDINAL_ENDINGS = ("ый", "ий", "ой", "ая", "ое", "ого", "ому", "ом", "ым", "ую", "ей", "ых")

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_DIGITS_RE = re.compile(
    r"^\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?$|^\d+(?:[.,]\d+)?$"
    r"|^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$"
)
_ORDINAL_SUFFIX_RE = re.compile(r"^(\d{1,3})(?:st|nd|rd|th|-?(?:й|я|е|го|ый|ий|ой))$", re.I)


def parse_digits(text: str, decimal_comma: bool = False) -> float | int | None:
    """Parse '10,000', '10 000', '2.5', '2,5' (decimal comma) into a number.

    A comma followed by exactly three digits is a thousands separator, any other single comma a
    decimal comma. With ``decimal_comma`` (Russian text, where thousands are grouped by spaces)
    a single comma is always the decimal mark: '1,250' is 1.25, and '1 500,75' is 1500.75.
    """
    s = text.strip()
    if not s:
        return None
    if decimal_comma:
        m = re.fullmatch(r"(\d{1,3}(?:[\u00a0\u202f ]\d{3})+|\d+)(?:,(\d+))?", s)
        if m:
            whole = re.sub(r"[\u00a0\u202f ]", "", m.group(1))
            return int(whole) if m.group(2) is None else float(f"{whole}.{m.group(2)}")
        # Otherwise ("2.5", a stray English "1,500.25") the general reading below applies.
    if not _DIGITS_RE.match(s):
        return None
    if re.fullmatch(r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?", s):
        s = re.sub(r"[,\u00a0\u202f ]", "", s)
    elif re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?", s):
        s = s.replace(",", "")  # Indian grouping by lakhs: "2,35,000" is 235,000
    elif "," in s:
        s = s.replace(",", ".")
    value = float(s)
    return int(value) if value.is_integer() and "." not in s else value


def parse_en_words(words: list[str]) -> int | None:
    """Parse English number words ('twenty-five', 'one hundred and five', 'eleven')."""
    tokens: list[str] = []
    for w in words:
        tokens.extend(t for t in re.split(r"[-\s]+", w.lower()) if t)
    if not tokens:
        return None
    total, current, seen = 0, 0, False
    for tok in tokens:
        if tok == "and" and seen:
            continue
        if tok in EN_UNITS:
            current += EN_UNITS[tok]
        elif tok in EN_TENS:
            current += EN_TENS[tok]
        elif tok == "hundred":
            current = max(current, 1) * 100
        elif tok in EN_SCALES:
            total += max(current, 1) * EN_SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return total + current


def parse_ru_word(word: str) -> int | None:
    """Parse one Russian cardinal number word in any case form ('пять', 'пяти', 'двадцать')."""
    w = word.lower().replace("ё", "е")
    if w in RU_EXACT:
        return RU_EXACT[w]
    for stem, value in RU_WORDS:
        # Short stems ("дв", "тр") are too ambiguous for prefix matching; they only count
        # through the exact forms above.
        if len(stem) >= 4 and w.startswith(stem) and len(w) - len(stem) <= 3:
            return value
    return None


def parse_ru_words(words: list[str]) -> int | None:
    """Parse a Russian compound cardinal ('двадцать пять', 'сто двадцать')."""
    if not words:
        return None
    total = 0
    for w in words:
        v = parse_ru_word(w)
        if v is None:
            return None
        total += v
    return total


def parse_zh_number(text: str) -> float | int | None:
    """Parse Chinese numerals and mixed forms: '十一', '三百', '2万', '1.5亿', '两千五百'."""
    s = text.strip()
    if not s:
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([万亿]*)", s)
    if m:
        value = float(m.group(1))
        for ch in m.group(2):
            value *= ZH_LARGE[ch]
        return int(value) if value.is_integer() else value
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in ZH_DIGITS:
            digit = ZH_DIGITS[ch]
        elif ch in ZH_SMALL:
            section += (1 if digit is None else digit) * ZH_SMALL[ch]
            digit = None
        elif ch in ZH_LARGE:
            section += digit or 0
            total += max(section, 1) * ZH_LARGE[ch]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def parse_roman(text: str) -> int | None:
    """Parse an upper-case Roman numeral ('III', 'VIII', 'XXIV'); None if it is not one."""
    s = text.strip()
    if not s or not _ROMAN_RE.match(s):
        return None
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


def to_roman(n: int) -> str:
    """Inverse of :func:`parse_roman`, used by tests and by alias generation."""
    pairs = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]  # fmt: skip
    out = []
    for v, sym in pairs:
        while n >= v:
            out.append(sym)
            n -= v
    return "".join(out)


def parse_ordinal(word: str) -> int | None:
    """Parse an ordinal: 'ninth', '9th', 'IX', 'девятый', '9-й', 'twenty-first'."""
    w = word.strip()
    if not w:
        return None
    roman = parse_roman(w)
    if roman:
        return roman
    m = _ORDINAL_SUFFIX_RE.match(w)
    if m:
        return int(m.group(1))
    low = w.lower()
    if low in EN_ORDINALS:
        return EN_ORDINALS[low]
    parts = low.split("-")
    if len(parts) == 2 and parts[0] in EN_TENS and parts[1] in EN_ORDINALS:
        return EN_TENS[parts[0]] + EN_ORDINALS[parts[1]]
    low = low.replace("ё", "е")
    for stem, value in sorted(RU_ORDINAL_STEMS, key=lambda p: -len(p[0])):
        if low.startswith(stem) and low[len(stem) :] in RU_ORDINAL_ENDINGS:
            return value
    return None
