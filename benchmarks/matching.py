"""Benchmark: site selection over 100,000 sites and marketplace matching over 1,000,000 profiles.

    .venv/bin/python benchmarks/matching.py [--sites 100000] [--profiles 1000000] [--queries 200]

Synthesises both data sets (seeded, realistic shapes: skewed countries and HS headings, missing
facts, multilingual descriptions), builds the indexes, runs random queries and prints build
time, p50/p95 query latency and peak memory (max RSS) as a rich table.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import time
from collections.abc import Callable

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
from rich.table import Table

from parkbridge.marketplace_matching import Profile, ProfileIndex
from parkbridge.marketplace_matching.models import KINDS
from parkbridge.marketplace_matching.taxonomy import load_entries
from parkbridge.siteselection import IncentiveTerm, Project, SiteFacts, SiteIndex, select

COUNTRIES = {
    "CN": 40,
    "RU": 20,
    "VN": 12,
    "UZ": 6,
    "KZ": 6,
    "BY": 4,
    "IN": 4,
    "KG": 2,
    "IR": 2,
    "MN": 1,
    "AM": 1,
    "TJ": 1,
    "EG": 1,
}
CURRENCY = {
    "CN": "CNY",
    "RU": "RUB",
    "VN": "VND",
    "UZ": "UZS",
    "KZ": "KZT",
    "BY": "BYN",
    "IN": "INR",
    "KG": "KGS",
    "IR": "IRR",
    "MN": "MNT",
    "AM": "AMD",
    "TJ": "TJS",
    "EG": "EGP",
}
USD_PER_M2 = {
    "CN": 60,
    "RU": 15,
    "VN": 90,
    "UZ": 10,
    "KZ": 8,
    "BY": 12,
    "IN": 70,
    "KG": 6,
    "IR": 20,
    "MN": 5,
    "AM": 15,
    "TJ": 5,
    "EG": 25,
}
KIND_WEIGHTS = {
    "industrial_park": 45,
    "high_tech_zone": 20,
    "sez": 10,
    "fez": 10,
    "tad": 5,
    "technopark": 8,
    "science_park": 1,
    "free_port": 1,
}
SECTORS = [
    "automotive",
    "automotive components",
    "machinery",
    "mechanical engineering",
    "electronics",
    "pharmaceuticals",
    "chemicals",
    "petrochemicals",
    "logistics",
    "food",
    "textiles",
    "construction materials",
    "metallurgy",
    "information technology",
    "biotechnology",
    "new materials",
    "agro-processing",
    "renewable energy",
    "plastics",
    "medical devices",
    "furniture",
    "warehousing",
    "aerospace",
    "shipbuilding",
]
UNITS_PER_USD = {
    "CNY": 7.2,
    "RUB": 90,
    "VND": 25000,
    "UZS": 12700,
    "KZT": 500,
    "BYN": 3.3,
    "INR": 84,
    "KGS": 87,
    "IRR": 42000,
    "MNT": 3400,
    "AMD": 390,
    "TJS": 10.9,
    "EGP": 48,
}


def maybe(rng: random.Random, p_known: float, value: float) -> float | None:
    return value if rng.random() < p_known else None


def regime_templates(rng: random.Random) -> dict[tuple[str, str], list[tuple[IncentiveTerm, ...]]]:
    """A few incentive schedules per (country, kind): holidays, steps, reduced rates."""
    out: dict[tuple[str, str], list[tuple[IncentiveTerm, ...]]] = {}
    taxes = [
        "property_tax",
        "land_tax",
        "social_contributions",
        "customs_duty",
        "vat",
        "transport_tax",
        "other",
    ]
    for country in COUNTRIES:
        for kind in KIND_WEIGHTS:
            variants = []
            for _ in range(3):
                standard = rng.choice([15.0, 20.0, 25.0])
                holiday = rng.choice([2, 3, 5, 10])
                terms = [
                    IncentiveTerm("profit_tax", "exemption", 0.0, standard, holiday),
                    IncentiveTerm(
                        "profit_tax",
                        "reduced_rate",
                        standard / 2,
                        standard,
                        rng.choice([3, 5, None]),
                        float(holiday),
                    ),
                ]
                for tax in rng.sample(taxes, rng.randint(1, 5)):
                    terms.append(
                        IncentiveTerm(
                            tax,
                            "exemption",
                            0.0,
                            maybe(rng, 0.5, rng.choice([1.5, 2.2, 5.0, 12.0, 30.0])),
                            rng.choice([5.0, 10.0, None]),
                        )
                    )
                variants.append(tuple(terms))
            out[(country, kind)] = variants
    return out


def synth_sites(n: int, rng: random.Random, tick: Callable[[int], None]) -> list[SiteFacts]:
    countries, weights = zip(*COUNTRIES.items(), strict=True)
    kinds, kind_weights = zip(*KIND_WEIGHTS.items(), strict=True)
    regimes = regime_templates(rng)
    sites = []
    for i in range(n):
        country = rng.choices(countries, weights)[0]
        kind = rng.choices(kinds, kind_weights)[0]
        total = rng.lognormvariate(4.5, 1.2)
        currency = CURRENCY[country] if rng.random() < 0.5 else "USD"
        price_usd = USD_PER_M2[country] * rng.lognormvariate(0, 0.5)
        price = price_usd * (UNITS_PER_USD[currency] if currency != "USD" else 1.0)
        sites.append(
            SiteFacts(
                id=f"site-{i}",
                name=f"{country} {kind.replace('_', ' ')} {i}",
                kind=kind,
                country=country,
                region=f"{country}-region-{rng.randint(1, 30)}",
                status=rng.choices(["operating", "building", "planned", "closed"], [80, 10, 8, 2])[
                    0
                ],
                free_area_ha=maybe(rng, 0.7, total * rng.random()),
                total_area_ha=total,
                premises_m2=maybe(rng, 0.4, rng.lognormvariate(8.5, 1.0)),
                power_mw=maybe(rng, 0.6, rng.lognormvariate(3, 1)),
                gas_m3h=maybe(rng, 0.5, rng.lognormvariate(7, 1)),
                water_m3day=maybe(rng, 0.5, rng.lognormvariate(7, 1)),
                rail_siding=rng.random() < 0.4 if rng.random() < 0.7 else None,
                km_to_highway=maybe(rng, 0.7, rng.expovariate(1 / 15)),
                km_to_airport=maybe(rng, 0.7, rng.expovariate(1 / 60)),
                km_to_seaport=maybe(rng, 0.6, rng.expovariate(1 / 600)),
                km_to_border=maybe(rng, 0.6, rng.expovariate(1 / 300)),
                sectors=tuple(rng.sample(SECTORS, rng.choice([0, 1, 2, 3, 4]))),
                land_price_per_m2=maybe(rng, 0.6, price),
                rent_per_m2_month=maybe(rng, 0.4, price_usd / 20),
                currency=currency,
                incentives=rng.choice(regimes[(country, kind)]) if rng.random() < 0.8 else (),
            )
        )
        if (i + 1) % 5000 == 0:
            tick(i + 1)
    return sites


def random_project(rng: random.Random) -> Project:
    return Project(
        sectors=tuple(rng.sample(SECTORS, rng.randint(1, 2))),
        plot_area_ha=rng.choice([None, 1.0, 5.0, 20.0, 50.0]),
        premises_m2=rng.choice([None, None, 2000.0]),
        power_mw=rng.choice([None, 2.0, 10.0]),
        gas_m3h=rng.choice([None, 500.0]),
        rail_siding=rng.random() < 0.2,
        countries=tuple(rng.sample(list(COUNTRIES), rng.choice([0, 1, 3]))),
        max_km_to_border=rng.choice([None, None, 500.0]),
        land_budget=rng.choice([None, 2_000_000.0]),
        annual_profit=rng.choice([1e6, 5e6]),
        property_value=2e7,
        annual_payroll=3e6,
        annual_imports=5e6,
        discount_rate=rng.choice([0.08, 0.12]),
        horizon_years=rng.choice([5, 10, 15]),
        standard_rates={"RU": {"customs_duty": 5.0}},
    )


FILLER = {
    "en": [
        "reliable",
        "high",
        "quality",
        "certified",
        "factory",
        "direct",
        "warranty",
        "service",
        "delivery",
        "export",
        "spare",
        "parts",
        "training",
        "installation",
        "capacity",
        "hydraulic",
        "diesel",
        "electric",
        "automatic",
        "modern",
        "durable",
        "efficient",
        "low",
        "emission",
        "heavy",
        "duty",
        "compact",
        "model",
        "series",
        "production",
        "line",
        "plant",
        "technology",
        "licence",
        "joint",
        "venture",
        "localisation",
        "assembly",
        "distributor",
        "dealer",
    ],
    "ru": [
        "надежный",
        "качественный",
        "сертифицированный",
        "завод",
        "гарантия",
        "сервис",
        "поставка",
        "экспорт",
        "запчасти",
        "обучение",
        "монтаж",
        "мощность",
        "гидравлический",
        "дизельный",
        "электрический",
        "автоматический",
        "современный",
        "долговечный",
        "эффективный",
        "тяжелый",
        "компактный",
        "модель",
        "серия",
        "производство",
        "линия",
        "технология",
        "лицензия",
        "совместное",
        "предприятие",
        "локализация",
        "сборка",
        "дистрибьютор",
    ],
    "zh": [
        "可靠",
        "优质",
        "认证",
        "工厂",
        "直销",
        "保修",
        "服务",
        "交付",
        "出口",
        "备件",
        "培训",
        "安装",
        "产能",
        "液压",
        "柴油",
        "电动",
        "自动",
        "现代",
        "耐用",
        "高效",
        "低排放",
        "重型",
        "紧凑",
        "型号",
        "系列",
        "生产线",
        "技术",
        "许可",
        "合资",
        "本地化",
        "组装",
        "经销商",
    ],
}
LEAD = {
    ("en", "offer"): ["We offer {t}.", "Manufacturer supplies {t}.", "{T} available."],
    ("en", "seek"): ["Looking for {t}.", "We need {t} for our project.", "Wanted: {t}."],
    ("ru", "offer"): ["Предлагаем {t}.", "Завод поставляет {t}.", "В наличии {t}."],
    ("ru", "seek"): ["Ищем {t}.", "Требуется {t} для проекта.", "Закупим {t}."],
    ("zh", "offer"): ["我公司提供{t}。", "厂家供应{t}。", "现货{t}。"],
    ("zh", "seek"): ["求购{t}。", "项目需要{t}。", "寻找{t}。"],
}


def synth_profiles(n: int, rng: random.Random, tick: Callable[[int], None]) -> list[Profile]:
    entries = [e for e in load_entries() if e.code.startswith("hs:") and len(e.code) > 5]
    # Zipf-like popularity of headings: a few dominate, most are rare.
    popularity = [1.0 / (rank + 1) ** 0.9 for rank in range(len(entries))]
    rng.shuffle(popularity)
    languages, language_weights = ("en", "ru", "zh"), (45, 30, 25)
    countries = list(COUNTRIES) + ["DE", "TR", "AE", "IT", "KR"]
    profiles = []
    for i in range(n):
        entry = rng.choices(entries, popularity)[0]
        language = rng.choices(languages, language_weights)[0]
        direction = "offer" if rng.random() < 0.55 else "seek"
        kind = rng.choices(KINDS, (20, 15, 50, 10, 5))[0]
        term = rng.choice(entry.terms[language])
        lead = rng.choice(LEAD[(language, direction)]).format(t=term, T=term.capitalize())
        filler = rng.sample(FILLER[language], rng.randint(3, 9))
        joiner = "" if language == "zh" else " "
        model = f"{rng.choice('ABCDEFGHKLMXZ')}{rng.choice('ABCDEFGHKLMXZ')}-{rng.randint(10, 999)}"
        equipment = kind == "equipment"
        profiles.append(
            Profile(
                id=f"p{i}",
                direction=direction,
                kind=kind,
                title=term,
                description=f"{lead} {joiner.join(filler)} {model}",
                country=rng.choice(countries),
                target_countries=tuple(rng.sample(countries, rng.choice([0, 1, 2]))),
                hs_codes=(entry.code[3:],) if rng.random() < 0.3 else (),
                quantity=rng.choice([None, 1.0, 5.0, 20.0]) if equipment else None,
                condition=rng.choice([None, "new", "used"]) if equipment else None,
                deal=rng.choice([None, "sale", "lease"]) if equipment else None,
                amount_usd=rng.choice([1e6, 5e6, 2e7]) if kind == "investment" else None,
            )
        )
        if (i + 1) % 10_000 == 0:
            tick(i + 1)
    return profiles


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def peak_rss_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sites", type=int, default=100_000)
    parser.add_argument("--profiles", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    console = Console()
    rows: list[tuple[str, str, str]] = []
    with Progress(
        "[bold]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
    ) as bar:
        task = bar.add_task("synthesising sites", total=args.sites)
        sites = synth_sites(args.sites, rng, lambda done: bar.update(task, completed=done))
        bar.update(task, completed=args.sites)
        started = time.perf_counter()
        index = SiteIndex.build(sites)
        site_build = time.perf_counter() - started
        task = bar.add_task("site queries", total=args.queries)
        latencies = []
        eligible = []
        for q in range(args.queries):
            project = random_project(rng)
            started = time.perf_counter()
            result = select(index, project)
            top = result.top(10)
            latencies.append((time.perf_counter() - started) * 1000)
            eligible.append(int(result.evaluation.eligible.sum()))
            assert all(r.eligible for r in top)
            bar.update(task, completed=q + 1)
        rows += [
            ("Site selection", "sites indexed", f"{args.sites:,}"),
            ("Site selection", "index build", f"{site_build:.2f} s"),
            (
                "Site selection",
                "query + top 10 with reasons, p50",
                f"{percentile(latencies, 0.5):.1f} ms",
            ),
            (
                "Site selection",
                "query + top 10 with reasons, p95",
                f"{percentile(latencies, 0.95):.1f} ms",
            ),
            (
                "Site selection",
                "eligible sites per query, median",
                f"{statistics.median(eligible):,.0f}",
            ),
            ("Site selection", "peak RSS so far", f"{peak_rss_gb():.2f} GB"),
        ]
        del index, sites, result

        task = bar.add_task("synthesising profiles", total=args.profiles)
        profiles = synth_profiles(args.profiles, rng, lambda done: bar.update(task, completed=done))
        bar.update(task, completed=args.profiles)
        task = bar.add_task("indexing profiles", total=args.profiles)
        started = time.perf_counter()
        pindex = ProfileIndex.build(
            profiles, progress=lambda done: bar.update(task, completed=done)
        )
        profile_build = time.perf_counter() - started
        task = bar.add_task("matching queries", total=args.queries)
        requests = synth_profiles(args.queries, random.Random(args.seed + 1), lambda done: None)
        latencies = []
        found = []
        for q, request in enumerate(requests):
            request.id = f"q{q}"
            started = time.perf_counter()
            matches = pindex.top_matches(request, k=10)
            latencies.append((time.perf_counter() - started) * 1000)
            found.append(len(matches))
            bar.update(task, completed=q + 1)
    rows += [
        ("Marketplace", "profiles indexed", f"{args.profiles:,}"),
        ("Marketplace", "index build", f"{profile_build:.1f} s"),
        ("Marketplace", "index arrays", f"{pindex.nbytes / 1e6:,.0f} MB"),
        (
            "Marketplace",
            "vocabulary terms / taxonomy codes",
            f"{len(pindex.terms):,} / {len(pindex.codes):,}",
        ),
        ("Marketplace", "top-10 with reasons, p50", f"{percentile(latencies, 0.5):.1f} ms"),
        ("Marketplace", "top-10 with reasons, p95", f"{percentile(latencies, 0.95):.1f} ms"),
        ("Marketplace", "matches returned, mean", f"{statistics.mean(found):.1f}"),
        ("All", "peak RSS (profiles + indexes)", f"{peak_rss_gb():.2f} GB"),
    ]
    table = Table(
        title=f"Site selection and matching ({args.queries} queries each, seed {args.seed})"
    )
    for column in ("part", "measure", "value"):
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    console.print(table)


if __name__ == "__main__":
    main()
