"""Registry benchmark: import throughput and API latency at 100,000 sites and 1,000,000
organisations, on SQLite and on PostgreSQL.

    .venv/bin/python benchmarks/registry.py [--sites 100000] [--organisations 1000000]
                                            [--databases sqlite,postgresql] [--queries 200]

Each database is measured in its own process (Django reads DATABASE_URL once); PostgreSQL is a
throw-away server started by the benchmark. Prints a table; goals: filtered list and search
p95 under 50 ms on PostgreSQL, import at least 20,000 rows/s.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# Shares of the real bundled registry, so filters see realistic selectivity.
COUNTRIES = {"CN": 45, "RU": 16, "VN": 12, "UZ": 4, "KZ": 4, "BY": 3, "IN": 3, "KG": 2, "IR": 2,
             "MN": 2, "EG": 2, "TJ": 1, "AM": 1, "OM": 1, "AE": 1, "GE": 1}  # fmt: skip
KINDS = {"industrial_park": 45, "high_tech_zone": 20, "sez": 10, "fez": 9, "tad": 6,
         "technopark": 5, "other": 3, "cluster": 1, "science_park": 1}  # fmt: skip
SECTORS = ["logistics", "automotive", "electronics", "chemicals", "pharmaceuticals", "textiles",
           "food", "it", "machinery", "metallurgy", "energy", "agriculture"]  # fmt: skip
SYLLABLES = ["al", "bek", "chen", "dar", "el", "fu", "gor", "han", "is", "jin", "kam", "lin",
             "mir", "nov", "or", "pol", "qing", "ros", "sung", "tash", "ur", "vol", "wen", "xin",
             "yan", "zhu", "ka", "ra", "to", "mi"]  # fmt: skip
RU_WORDS = ["Индустриальный парк", "Технопарк", "ОЭЗ", "Промышленная зона"]
ZH_WORDS = ["工业园", "高新区", "经济开发区", "科技园"]
ORG_WORDS = ["Holding", "Machinery", "Trading", "Group", "Industries", "Logistics", "Energy",
             "Technologies", "Foods", "Chemical"]  # fmt: skip


def weighted(rng: random.Random, table: dict[str, int]) -> str:
    return rng.choices(list(table), weights=list(table.values()))[0]


def made_up_name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def write_sites(path: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name_en", "name_ru", "name_zh", "kind", "country", "city",
                         "latitude", "longitude", "area_ha", "area_free_ha", "power_mw",
                         "sectors", "established"])  # fmt: skip
        for number in range(count):
            stem = made_up_name(rng, rng.randint(2, 4))
            total = round(rng.lognormvariate(4.5, 1.2), 1)
            writer.writerow([
                f"bench-site-{number}", f"{stem} Industrial Park {number}",
                f"{rng.choice(RU_WORDS)} «{stem}»" if rng.random() < 0.3 else "",
                f"{stem}{rng.choice(ZH_WORDS)}" if rng.random() < 0.4 else "",
                weighted(rng, KINDS), weighted(rng, COUNTRIES), made_up_name(rng, 2),
                round(rng.uniform(-50, 70), 5), round(rng.uniform(-20, 150), 5), total,
                round(total * rng.random(), 1), round(rng.expovariate(1 / 40), 1),
                ";".join(rng.sample(SECTORS, rng.randint(0, 3))), rng.randint(1990, 2025),
            ])  # fmt: skip


def write_organisations(path: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name_en", "kind", "country", "city"])
        for number in range(count):
            name = f"{made_up_name(rng, rng.randint(2, 3))} {rng.choice(ORG_WORDS)} {number}"
            kind = "company" if rng.random() < 0.9 else rng.choice(["agency", "university", "fund"])
            writer.writerow([f"bench-org-{number}", name, kind, weighted(rng, COUNTRIES),
                             made_up_name(rng, 2)])  # fmt: skip


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure(database: str, sites_csv: Path, orgs_csv: Path, queries: int, seed: int) -> dict:
    """Runs inside a child process whose DATABASE_URL is already set."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parkbridge.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from rich.progress import Progress

    from parkbridge.organisations.imports import OrganisationImporter
    from parkbridge.sites.imports import SiteImporter

    settings.PARKBRIDGE_IMPORT_MAX_BYTES = 2 * 1024**3
    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    results: dict = {"database": database}
    with Progress(transient=True) as bar:
        for label, importer, path in [
            ("sites", SiteImporter(), sites_csv),
            ("organisations", OrganisationImporter(), orgs_csv),
        ]:
            task = bar.add_task(f"{database}: importing {label}", total=None)
            started = time.perf_counter()
            report = importer.run(
                path,
                progress=lambda done, total, t=task: bar.update(t, completed=done, total=total),
            )
            seconds = time.perf_counter() - started
            results[f"import_{label}_rows_per_s"] = report.rows / seconds
            results[f"import_{label}_rows"] = report.rows
    if database == "postgresql":
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    rng = random.Random(seed)
    client = Client()
    from parkbridge.organisations.models import Organisation
    from parkbridge.sites.models import Site

    site_names = list(Site.objects.order_by("?").values_list("name_en", flat=True)[:queries])
    org_names = list(Organisation.objects.order_by("?").values_list("name_en", flat=True)[:queries])
    workloads = {
        "sites filtered list": lambda: (
            f"/api/sites?country={weighted(rng, COUNTRIES)}"
            f"&kind={weighted(rng, KINDS)}&min_free_area_ha={rng.choice([0, 10, 50])}&limit=50"
        ),
        "sites name search": lambda: "/api/sites?q=" + rng.choice(site_names).split()[0][:8],
        "organisations filtered list": lambda: (
            f"/api/organisations?country={weighted(rng, COUNTRIES)}&kind=agency&limit=50"
        ),
        "organisations name search": lambda: (
            "/api/organisations?q=" + " ".join(rng.choice(org_names).split()[::2])
        ),
    }
    with Progress(transient=True) as bar:
        for name, make_url in workloads.items():
            task = bar.add_task(f"{database}: {name}", total=queries)
            client.get(make_url())  # warm caches
            samples = []
            for _ in range(queries):
                url = make_url()
                started = time.perf_counter()
                response = client.get(url)
                samples.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (url, response.status_code)
                bar.advance(task)
            results[f"{name} p50"] = percentile(samples, 0.5)
            results[f"{name} p95"] = percentile(samples, 0.95)
    return results


def run_child(database: str, args: argparse.Namespace, workdir: Path) -> dict:
    command = [sys.executable, __file__, "--child", database, "--workdir", str(workdir),
               "--queries", str(args.queries), "--seed", str(args.seed)]  # fmt: skip
    env = {**os.environ, "PARKBRIDGE_VAR_DIR": str(workdir / database)}
    env.pop("DATABASE_URL", None)
    if database == "postgresql":
        from parkbridge.testing.postgres import temporary_postgres

        with temporary_postgres() as url:
            env["DATABASE_URL"] = url
            output = subprocess.run(command, env=env, check=True, stdout=subprocess.PIPE).stdout
    else:
        output = subprocess.run(command, env=env, check=True, stdout=subprocess.PIPE).stdout
    return json.loads(output.decode().strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=1_000_000)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--child", choices=["sqlite", "postgresql"], help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = measure(
            args.child, args.workdir / "sites.csv", args.workdir / "organisations.csv",
            args.queries, args.seed,
        )  # fmt: skip
        print(json.dumps(result))
        return

    from rich.console import Console
    from rich.table import Table

    console = Console()
    with tempfile.TemporaryDirectory(prefix="parkbridge-bench-") as tmp:
        workdir = Path(tmp)
        with console.status(
            f"generating {args.sites:,} sites and {args.organisations:,} organisations"
        ):
            write_sites(workdir / "sites.csv", args.sites, args.seed)
            write_organisations(workdir / "organisations.csv", args.organisations, args.seed + 1)
        results = [run_child(db, args, workdir) for db in args.databases.split(",")]

    table = Table(title=f"Registry: {args.sites:,} sites, {args.organisations:,} organisations")
    table.add_column("measure")
    for result in results:
        table.add_column(result["database"], justify="right")
    table.add_column("goal", justify="right")
    rows = [
        ("import sites (rows/s)", "import_sites_rows_per_s", "≥ 20,000", "{:,.0f}"),
        ("import organisations (rows/s)", "import_organisations_rows_per_s", "≥ 20,000", "{:,.0f}"),
    ]
    for workload in ["sites filtered list", "sites name search", "organisations filtered list",
                     "organisations name search"]:  # fmt: skip
        for stat in ["p50", "p95"]:
            goal = "< 50 ms (PostgreSQL)" if stat == "p95" else ""
            rows.append((f"{workload} {stat} (ms)", f"{workload} {stat}", goal, "{:.1f}"))
    for label, key, goal, fmt in rows:
        table.add_row(label, *[fmt.format(r[key]) for r in results], goal)
    console.print(table)


if __name__ == "__main__":
    main()
