"""Load and fault benchmark: the production server under mixed traffic, then a database outage.

    .venv/bin/python benchmarks/load.py [--sites 100000] [--organisations 100000]
        [--users 40] [--rate 330] [--seconds 30] [--outage 10] [--workers 4]
        [--markdown docs/benchmarks.md]

One command: starts a throw-away PostgreSQL server, imports a benchmark-sized registry (the
generators of benchmarks/registry.py), starts the production web server (`parkbridge web`: granian, production settings) on
loopback, and drives it with locust (headless, bounded in time):

1. steady phase: mixed reads (filtered lists, search, details) and writes (creates and
   If-Match updates) — throughput, p50/p95/p99 latency, errors;
2. fault phase: the same traffic while PostgreSQL is killed (``pg_ctl stop -m immediate``)
   for ``--outage`` seconds and restarted on the same port and data directory — errors during
   the outage (and whether they were clean 503s), seconds until the service answered again,
   and acknowledged creates missing from the database afterwards (must be 0).

Goals (2 cores): ≥ 300 requests/s at p95 < 100 ms with zero errors; after the outage the
service recovers by itself and loses no acknowledged write.

This file is also the locustfile (locust imports it as a module; ``main`` runs only as a
script).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import random
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
BIN = Path(sys.executable).parent

# ---------------------------------------------------------------------------------------------
# The locust side: imported by `locust -f benchmarks/load.py` in a child process.
# ---------------------------------------------------------------------------------------------

if os.environ.get("PARKBRIDGE_LOAD_ROLE") == "locust":
    from locust import constant_throughput, events, task
    from locust.contrib.fasthttp import FastHttpUser

    TOKEN = os.environ["PARKBRIDGE_LOAD_TOKEN"]
    SITES = int(os.environ["PARKBRIDGE_LOAD_SITES"])
    ACKS = Path(os.environ["PARKBRIDGE_LOAD_ACKS"])
    TASKS_PER_SECOND = float(os.environ["PARKBRIDGE_LOAD_TASK_RATE"])
    COUNTRIES = ["CN", "RU", "VN", "UZ", "KZ", "BY", "IN", "KG"]
    KINDS = ["industrial_park", "high_tech_zone", "sez", "technopark"]
    WORDS = ["park", "industrial", "tech", "zone", "парк", "工业园", "han", "bek"]
    acknowledged: list[str] = []

    @events.test_stop.add_listener
    def _save_acknowledged(**_kwargs) -> None:
        ACKS.write_text("\n".join(acknowledged))

    class RegistryUser(FastHttpUser):
        """One analyst: mostly reads, sometimes writes (80 / 20), at a fixed pace (so the
        offered load is the --rate asked for, and latency is measured at that load)."""

        wait_time = constant_throughput(TASKS_PER_SECOND)

        def on_start(self) -> None:
            self.auth = {"Authorization": f"Bearer {TOKEN}"}
            self.rng = random.Random()

        def _site(self) -> int:
            return self.rng.randint(1, SITES)

        @task(30)
        def list_filtered(self) -> None:
            params = {"country": self.rng.choice(COUNTRIES), "kind": self.rng.choice(KINDS),
                      "limit": 20}  # fmt: skip
            self.client.get("/api/sites", params=params, name="GET /api/sites?filters")

        @task(15)
        def search(self) -> None:
            self.client.get("/api/sites", params={"q": self.rng.choice(WORDS), "limit": 20},
                            name="GET /api/sites?q")  # fmt: skip

        @task(25)
        def site_detail(self) -> None:
            self.client.get(f"/api/sites/{self._site()}", name="GET /api/sites/{id}")

        @task(10)
        def organisations(self) -> None:
            self.client.get("/api/organisations", params={"country": self.rng.choice(COUNTRIES),
                            "limit": 20}, name="GET /api/organisations?country")  # fmt: skip

        @task(12)
        def create_source(self) -> None:
            key = f"load-{secrets.token_hex(8)}"
            body = {"key": key, "title": f"Load test source {key}", "kind": "url"}
            with self.client.post("/api/sources", json=body, headers=self.auth,
                                  name="POST /api/sources", catch_response=True) as response:  # fmt: skip
                if response.status_code == 201:
                    acknowledged.append(key)
                    response.success()
                else:
                    response.failure(f"status {response.status_code}")

        @task(8)
        def update_site(self) -> None:
            site = self._site()
            read = self.client.get(f"/api/sites/{site}", name="GET /api/sites/{id} (for update)")
            if read.status_code != 200:
                return
            headers = {**self.auth, "If-Match": read.headers.get("ETag", "*")}
            with self.client.patch(f"/api/sites/{site}", json={"phone": str(self.rng.random())[:12]},
                                   headers=headers, name="PATCH /api/sites/{id}",
                                   catch_response=True) as response:  # fmt: skip
                # A 409 is the concurrency check doing its job (two users on one site).
                if response.status_code in (200, 409):
                    response.success()
                else:
                    response.failure(f"status {response.status_code}")


# ---------------------------------------------------------------------------------------------
# The orchestrating side.
# ---------------------------------------------------------------------------------------------


class RestartablePostgres:
    """A throw-away PostgreSQL server that can be killed and started again on the same port
    and data directory (parkbridge.testing.postgres starts one only for a whole run)."""

    def __init__(self) -> None:
        from parkbridge.testing.postgres import (
            PostgresUnavailable,
            _free_port,
            _runner,
            find_bin_dir,
        )

        bin_dir = find_bin_dir()
        if bin_dir is None:
            raise PostgresUnavailable("no PostgreSQL binaries (pg_ctl) found")
        self.bin = bin_dir
        self.prefix, owner = _runner()
        self.root = Path(tempfile.mkdtemp(prefix="parkbridge-load-pg-"))
        self.data, self.sockets = self.root / "data", self.root / "sock"
        self.sockets.mkdir()
        if owner is not None:
            os.chown(self.root, owner, -1)
            os.chown(self.sockets, owner, -1)
        self.port = _free_port()
        subprocess.run(
            [*self.prefix, str(self.bin / "initdb"), "-D", str(self.data), "-U", "parkbridge",
             "-A", "trust", "-E", "UTF8", "--locale", "C.UTF-8"],
            check=True, capture_output=True,
        )  # fmt: skip
        self.url = f"postgresql://parkbridge@127.0.0.1:{self.port}/postgres"

    def _ctl(self, *args: str) -> None:
        subprocess.run([*self.prefix, str(self.bin / "pg_ctl"), "-D", str(self.data), *args],
                       check=True, capture_output=True)  # fmt: skip

    def start(self) -> None:
        # Durable settings (fsync on): the fault phase must not lose committed writes.
        options = (f"-h 127.0.0.1 -p {self.port} -k {self.sockets} -c max_connections=200 "
                   "-c shared_buffers=256MB -c synchronous_commit=on")  # fmt: skip
        self._ctl("-l", str(self.root / "log"), "-o", options, "-w", "-t", "60", "start")

    def kill(self) -> None:
        self._ctl("-m", "immediate", "-w", "stop")

    def close(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.kill()
        shutil.rmtree(self.root, ignore_errors=True)


def _django_env(url: str, var: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": url,
        "PARKBRIDGE_VAR_DIR": str(var),
        "PARKBRIDGE_STATIC_ROOT": str(var / "static"),
        "DJANGO_SETTINGS_MODULE": "parkbridge.settings_production",
        "PARKBRIDGE_SECRET_KEY": secrets.token_urlsafe(60),
        "PARKBRIDGE_ALLOWED_HOSTS": "127.0.0.1,localhost",
        # TLS is the proxy's job; the benchmark talks to the web server directly on loopback.
        "PARKBRIDGE_SSL_REDIRECT": "0",
        # The outage makes every request log an error; the benchmark counts them itself.
        "PARKBRIDGE_LOG_LEVEL": "CRITICAL",
    }


PREPARE = """
import sys, time
from pathlib import Path
import django
django.setup()
from django.conf import settings
from django.core.management import call_command
from django.contrib.auth import get_user_model
from parkbridge.accounts.roles_admin import grant_role
from parkbridge.core.models import ApiToken
from parkbridge.organisations.imports import OrganisationImporter
from parkbridge.sites.imports import SiteImporter
settings.PARKBRIDGE_IMPORT_MAX_BYTES = 2 * 1024**3
call_command("migrate", verbosity=0)
call_command("collectstatic", interactive=False, verbosity=0)
for path in sys.argv[1:]:
    importer = SiteImporter() if Path(path).name.startswith("sites") else OrganisationImporter()
    started = time.perf_counter()
    report = importer.run(Path(path))
    print(f"imported {report.rows} rows from {Path(path).name} in {time.perf_counter() - started:.1f} s",
          file=sys.stderr)
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("VACUUM ANALYZE")  # after a bulk load, as an operator would (visibility map, statistics)
user = get_user_model().objects.create_user("load-analyst")
grant_role(user, "analyst")
_, raw = ApiToken.issue(user, name="load benchmark")
print(raw)
"""

COUNT_ACKED = """
import sys
import django
django.setup()
from parkbridge.core.models import Source
keys = [k for k in open(sys.argv[1]).read().split() if k]
present = set()
for start in range(0, len(keys), 5000):
    present |= set(Source.objects.filter(key__in=keys[start:start + 5000]).values_list("key", flat=True))
print(len(keys), len(present))
"""


def prepare(env: dict[str, str], workdir: Path, sites: int, organisations: int) -> str:
    from benchmarks.registry import write_organisations, write_sites

    sites_csv, orgs_csv = workdir / "sites.csv", workdir / "organisations.csv"
    write_sites(sites_csv, sites, seed=7)
    write_organisations(orgs_csv, organisations, seed=8)
    parts = [sites_csv, orgs_csv]
    result = subprocess.run([sys.executable, "-c", PREPARE, *map(str, parts)],
                            env=env, check=True, stdout=subprocess.PIPE, text=True)  # fmt: skip
    return result.stdout.strip().splitlines()[-1]


def start_web_server(env: dict[str, str], port: int, workers: int) -> subprocess.Popen:
    """`parkbridge web`, the production server as systemd runs it."""
    env = {**env, "PARKBRIDGE_BIND": f"127.0.0.1:{port}", "PARKBRIDGE_WEB_WORKERS": str(workers),
           "PARKBRIDGE_ACCESS_LOG": "off"}  # fmt: skip
    process = subprocess.Popen([str(BIN / "parkbridge"), "web"], env=env, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if probe(port) == 200:
            return process
        time.sleep(0.3)
    os.killpg(process.pid, signal.SIGKILL)
    raise RuntimeError("the web server did not answer within 60 s")


def probe(port: int, timeout: float = 2.0) -> int:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/sites/1", timeout=timeout) as r:
            return r.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError, TimeoutError):
        return 0


# The update task sends two requests (a read for the ETag, then the write): 8 of 100 tasks.
REQUESTS_PER_TASK = 1.08


def run_locust(port: int, token: str, sites: int, users: int, seconds: int, workdir: Path,
               name: str, rate: float) -> subprocess.Popen:  # fmt: skip
    env = {**os.environ, "PARKBRIDGE_LOAD_ROLE": "locust", "PARKBRIDGE_LOAD_TOKEN": token,
           "PARKBRIDGE_LOAD_SITES": str(sites),
           "PARKBRIDGE_LOAD_TASK_RATE": str(rate / users / REQUESTS_PER_TASK),
           "PARKBRIDGE_LOAD_ACKS": str(workdir / f"{name}-acks.txt")}  # fmt: skip
    command = [
        str(BIN / "locust"), "-f", str(Path(__file__).resolve()), "--headless",
        "--host", f"http://127.0.0.1:{port}", "-u", str(users), "-r", str(max(1, users // 2)),
        "-t", f"{seconds}s", "--stop-timeout", "5", "--csv", str(workdir / name),
        "--only-summary", "--loglevel", "ERROR",
    ]  # fmt: skip
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def read_stats(workdir: Path, name: str) -> dict:
    with (workdir / f"{name}_stats.csv").open() as handle:
        rows = {row["Name"]: row for row in csv.DictReader(handle)}
    total = rows["Aggregated"]
    statuses: dict[str, int] = {}
    failures = workdir / f"{name}_failures.csv"
    if failures.exists():
        with failures.open() as handle:
            for row in csv.DictReader(handle):
                statuses[row["Error"][:60]] = statuses.get(row["Error"][:60], 0) + int(
                    row["Occurrences"]
                )
    return {
        "requests": int(total["Request Count"]),
        "failures": int(total["Failure Count"]),
        "rps": float(total["Requests/s"]),
        "p50": float(total["50%"]),
        "p95": float(total["95%"]),
        "p99": float(total["99%"]),
        "errors": statuses,
        "per_name": {
            k: (int(v["Request Count"]), float(v["95%"]))
            for k, v in rows.items()
            if k != "Aggregated"
        },  # fmt: skip
    }


def count_acked(env: dict[str, str], workdir: Path, name: str) -> tuple[int, int]:
    acks = workdir / f"{name}-acks.txt"
    if not acks.exists():
        return 0, 0
    out = subprocess.run([sys.executable, "-c", COUNT_ACKED, str(acks)], env=env, check=True,
                         stdout=subprocess.PIPE, text=True).stdout.split()  # fmt: skip
    return int(out[0]), int(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=100_000)
    parser.add_argument("--users", type=int, default=40)
    parser.add_argument("--rate", type=float, default=330,
                        help="offered load, requests/s (the users' pace; what the server "
                             "achieves is measured)")  # fmt: skip
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--outage", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=10, help="seconds of unmeasured traffic")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--markdown", type=Path, help="Replace the '## Load and faults' section.")
    args = parser.parse_args()

    from rich.console import Console
    from rich.progress import Progress

    console = Console(stderr=True)
    with tempfile.TemporaryDirectory(prefix="parkbridge-load-") as tmp:
        workdir = Path(tmp)
        postgres = RestartablePostgres()
        server = None
        try:
            postgres.start()
            env = _django_env(postgres.url, workdir / "var")
            console.print(f"PostgreSQL on port {postgres.port}; importing {args.sites:,} sites "
                          f"and {args.organisations:,} organisations…")  # fmt: skip
            token = prepare(env, workdir, args.sites, args.organisations)
            from parkbridge.testing.postgres import _free_port

            port = _free_port()
            server = start_web_server(env, port, args.workers)
            console.print(f"parkbridge web ({args.workers} workers) on 127.0.0.1:{port}")

            def phase(name: str, seconds: int, fault: bool) -> dict:
                locust = run_locust(port, token, args.sites, args.users, seconds, workdir, name,
                                    args.rate)  # fmt: skip
                outage: dict = {}
                with Progress(console=console, transient=True) as bar:
                    task = bar.add_task(f"{name}: {args.users} users", total=seconds)
                    started = time.monotonic()
                    while locust.poll() is None:
                        elapsed = time.monotonic() - started
                        bar.update(task, completed=min(seconds, elapsed))
                        if fault and not outage and elapsed >= seconds / 4:
                            postgres.kill()
                            outage["killed_at"] = time.monotonic()
                            bar.update(task, description=f"{name}: database down")
                            console.print(f"{elapsed:.0f} s: PostgreSQL killed (immediate)")
                        if (
                            fault
                            and "killed_at" in outage
                            and "restarted_at" not in outage
                            and (time.monotonic() - outage["killed_at"] >= args.outage)
                        ):
                            postgres.start()
                            outage["restarted_at"] = time.monotonic()
                            bar.update(task, description=f"{name}: database back")
                            console.print(f"{elapsed:.0f} s: PostgreSQL restarted")
                        waiting = "restarted_at" in outage and "recovered_at" not in outage
                        if waiting and probe(port, timeout=1.0) == 200:
                            outage["recovered_at"] = time.monotonic()
                        if "killed_at" in outage and "down_status" not in outage:
                            asked = time.monotonic()
                            outage["down_status"] = probe(port, timeout=5.0)
                            outage["down_answer_s"] = time.monotonic() - asked
                        time.sleep(0.2)
                stderr = locust.stderr.read().decode(errors="replace") if locust.stderr else ""
                stats = read_stats(workdir, name)
                acked, present = count_acked(env, workdir, name)
                stats |= {
                    "acked": acked,
                    "present": present,
                    "outage": outage,
                    "log": stderr[-2000:],
                }
                return stats

            # Not measured: workers' first requests, the database's first reads of the pages.
            phase("warm-up", args.warmup, fault=False)
            steady = phase("steady", args.seconds, fault=False)
            faulty = phase("fault", args.seconds + args.outage + 10, fault=True)
        finally:
            if server is not None:
                # SIGTERM to the main process, which stops its workers (as systemd does).
                server.send_signal(signal.SIGTERM)
                try:
                    server.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(server.pid, signal.SIGKILL)
            postgres.close()

    report(console, args, steady, faulty)


def report(console, args: argparse.Namespace, steady: dict, faulty: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    outage = faulty["outage"]
    recovery = outage["recovered_at"] - outage["restarted_at"] if "recovered_at" in outage else None
    steady_ok = steady["rps"] >= 300 and steady["p95"] < 100 and steady["failures"] == 0
    rows = [
        ("steady: requests", f"{steady['requests']:,}", ""),
        ("steady: throughput (req/s)", f"{steady['rps']:.0f}", "≥ 300"),
        ("steady: p50 / p95 / p99 (ms)", f"{steady['p50']:.0f} / {steady['p95']:.0f} / {steady['p99']:.0f}", "p95 < 100"),
        ("steady: errors", f"{steady['failures']}", "0"),
        ("steady: acknowledged creates present", f"{steady['present']:,} / {steady['acked']:,}", "all"),
        ("fault: requests", f"{faulty['requests']:,}", ""),
        ("fault: errors (database down for "
         f"{args.outage} s)", f"{faulty['failures']:,}", "clean 503s"),
        ("fault: error kinds", ", ".join(f"{k} ×{v}" for k, v in faulty["errors"].items()) or "—", ""),
        ("fault: answer while down (status, seconds)",
         f"{outage.get('down_status', '—')}, {outage.get('down_answer_s', 0):.2f}", "503, fast"),
        ("fault: seconds to recover after restart", f"{recovery:.1f}" if recovery is not None else "never", "by itself"),
        ("fault: acknowledged creates present", f"{faulty['present']:,} / {faulty['acked']:,}", "all (0 lost)"),
    ]  # fmt: skip
    table = Table(title=f"Load and faults — {args.sites:,} sites, {args.organisations:,} "
                        f"organisations, {args.users} users, {args.workers} web workers")  # fmt: skip
    for column in ("measure", "value", "goal"):
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    Console().print(table)
    per_name = Table(title="steady phase per request (count, p95 ms)")
    per_name.add_column("request")
    per_name.add_column("count")
    per_name.add_column("p95")
    for name, (count, p95) in sorted(steady["per_name"].items()):
        per_name.add_row(name, str(count), f"{p95:.0f}")
    Console().print(per_name)
    lost = faulty["acked"] - faulty["present"] + steady["acked"] - steady["present"]
    print(json.dumps({"steady_goal_met": steady_ok, "lost_acknowledged_writes": lost,
                      "recovered": recovery is not None}))  # fmt: skip
    if args.markdown:
        write_markdown(args, rows, steady)


def write_markdown(
    args: argparse.Namespace, rows: list[tuple[str, str, str]], steady: dict
) -> None:
    lines = [
        "## Load and faults",
        "",
        f"`.venv/bin/python benchmarks/load.py --sites {args.sites} --organisations "
        f"{args.organisations} --users {args.users} --rate {args.rate:g} --seconds "
        f"{args.seconds} --warmup {args.warmup} --outage {args.outage} --workers "
        f"{args.workers} --markdown docs/benchmarks.md` on {os.cpu_count()} cores, "
        f"{time.strftime('%Y-%m-%d')}. `parkbridge web` (granian, production settings) and a "
        "throw-away PostgreSQL on loopback; locust (headless, on the same cores) offers "
        f"{args.rate:g} requests/s from {args.users} users after {args.warmup} s of unmeasured "
        "warm-up. Mix: 80 % reads (filtered site lists, multilingual search, site details, "
        "organisation lists), 20 % writes (source creates, site updates with `If-Match`; a 409 "
        "there counts as a correct answer). The fault phase kills PostgreSQL (`pg_ctl stop -m "
        f"immediate`) a quarter into the run for {args.outage} s, then starts it again. Machine "
        "load average "
        f"when the run ended (other jobs included): {os.getloadavg()[0]:.1f}.",
        "",
        "| measure | value | goal |",
        "|---|---|---|",
        *[f"| {a} | {b} | {c} |" for a, b, c in rows],
        "",
        "| request (steady phase) | count | p95 ms |",
        "|---|---|---|",
        *[f"| {n} | {c} | {p:.0f} |" for n, (c, p) in sorted(steady["per_name"].items())],
        "",
    ]
    path: Path = args.markdown
    text = path.read_text() if path.exists() else "# Benchmarks\n"
    section = "\n".join(lines)
    start = text.find("## Load and faults")
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + 1)
        text = text[:start] + section + ("\n" + text[end + 1 :] if end != -1 else "")
    path.write_text(text)


if __name__ == "__main__":
    main()
