"""Benchmark of the B2B meeting scheduler against a greedy baseline and plain CP-SAT.

    .venv/bin/python benchmarks/scheduling.py [--presets small,medium] [--time-limit 30]
        [--seeds 1,2] [--generator PATH] [--markdown docs/benchmarks.md]

Instances come from the shared generator (every preset, two seeds by default). Every method
runs in its own subprocess so time and peak memory (max RSS) are measured per run; every
schedule is checked by the validator. W% is W over the LP bound B of the instance (and which relaxation gave it; tight when
W == B); G is idle
gaps per participant; fairness is the share of participants with a request who got a meeting.
Goals checked at the end: W >= 99.9 % of B, G <= half the greedy's G, forum < 30 s and < 3 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GENERATOR = ROOT.parent / "shared" / "bench" / "b2b" / "generate.py"
PRESETS = ["small", "medium", "forum", "tight", "mission"]
METHODS = ["scheduler", "greedy", "cp-sat", "two-stage"]
# The two-stage CP-SAT (best W, then fewest idle slots) only runs where it can finish.
TWO_STAGE_PRESETS = {"mission"}
SECTION = "## B2B scheduling"


def worker(method: str, instance_path: str, time_limit: float) -> None:
    """Run one method on one instance and print a JSON line (called in a subprocess)."""
    sys.path.insert(0, str(ROOT))
    from parkbridge.scheduling import Schedule, load_instance, score, solve, validate_schedule
    from parkbridge.scheduling.problem import build_problem
    from parkbridge.scheduling.solver import to_meetings

    instance = load_instance(instance_path)
    started = time.monotonic()
    bound = None
    bound_from = None
    status = "ok"
    if method == "scheduler":
        schedule = solve(instance, time_limit)
        assert schedule.stats is not None
        bound = schedule.stats.bound
        bound_from = schedule.stats.bound_source
    elif method == "two-stage":
        # Stage 1: the scheduler's W, proven best when it reaches its bound (else plain CP-SAT
        # would be needed); stage 2: CP-SAT for the fewest idle slots at that W, from its schedule.
        from parkbridge.scheduling.cpsat import fewest_idle_at_weight
        from parkbridge.scheduling.state import Assignment

        first = solve(instance, time_limit / 2)
        assert first.stats is not None
        problem = build_problem(instance)
        st = Assignment(problem)
        index = {pid: i for i, pid in enumerate(problem.ids)}
        for m in first.meetings:
            a, b = index[m.a], index[m.b]
            st.place(problem.edge_of_pair[(min(a, b), max(a, b))], m.slot)
        left = time_limit - (time.monotonic() - started)
        second = fewest_idle_at_weight(problem, st.weight(), st, max(0.5, left), workers=2)
        if second.assignment is not None:
            st = second.assignment
        w_proven = first.stats.proven_optimal
        status = (
            "optimal"
            if w_proven and (second.proven or st.total_idle() == 0)
            else ("W optimal" if w_proven else "feasible")
        )
        schedule = Schedule(instance.name, tuple(to_meetings(problem, st, {})))
    else:
        problem = build_problem(instance)
        if method == "greedy":
            from parkbridge.scheduling.greedy import greedy_assignment

            st = greedy_assignment(problem)
        else:
            from parkbridge.scheduling.cpsat import solve_full

            result = solve_full(problem, time_limit, workers=2)
            st = result.assignment
            status = "optimal" if result.optimal else "feasible"
            if st is None:
                print(json.dumps({"status": "no solution", "seconds": time.monotonic() - started}))
                return
        schedule = Schedule(instance.name, tuple(to_meetings(problem, st, {})))
    seconds = time.monotonic() - started
    errors = validate_schedule(instance, schedule)
    s = score(instance, schedule)
    print(
        json.dumps(
            {
                "status": status if not errors else f"INVALID ({len(errors)})",
                "weight": s.weight,
                "meetings": s.meetings,
                "gaps": s.gaps,
                "fairness": s.fairness,
                "bound": bound,
                "bound_from": bound_from,
                "seconds": seconds,
            }
        )
    )


def run_measured(method: str, instance: Path, time_limit: float) -> dict:
    """Like run_one but with the child's own max RSS (Popen + wait4 on its pid)."""
    cmd = [sys.executable, __file__, "--worker", method, str(instance), str(time_limit)]
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True)
        deadline = time.monotonic() + time_limit * 3 + 120
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                return {"status": "timed out", "seconds": None, "rss_mb": None}
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        lines = [line for line in out.read().splitlines() if line.startswith("{")]
        if proc.returncode != 0 or not lines:
            tail = err.read().strip().splitlines()
            return {"status": f"error: {tail[-1] if tail else proc.returncode}", "rss_mb": None}
    result = json.loads(lines[-1])
    result["rss_mb"] = usage.ru_maxrss / 1024
    return result


def generate(generator: Path, preset: str, seed: int, folder: Path) -> Path:
    path = folder / f"{preset}-{seed}.json"
    subprocess.run(
        [
            sys.executable,
            str(generator),
            "--preset",
            preset,
            "--seed",
            str(seed),
            "--out",
            str(path),
        ],
        check=True,
    )
    return path


def fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--generator", type=Path, default=DEFAULT_GENERATOR)
    ap.add_argument("--presets", default=",".join(PRESETS), help="comma-separated presets")
    ap.add_argument("--seeds", default="1,2", help="comma-separated seeds")
    ap.add_argument(
        "--time-limit", type=float, default=30.0, help="seconds per method and instance"
    )
    ap.add_argument("--methods", default=",".join(METHODS))
    ap.add_argument("--markdown", type=Path, help=f"update the '{SECTION}' section of this file")
    ap.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker[0], args.worker[1], float(args.worker[2]))
        return 0

    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    # A wide table also when piped to a file (rich would otherwise wrap at 80 columns).
    console = Console() if sys.stdout.isatty() else Console(width=140)
    if not args.generator.exists():
        console.print(f"[red]generator not found: {args.generator}[/red] (use --generator PATH)")
        return 2
    presets = [p for p in args.presets.split(",") if p]
    unknown = set(presets) - set(PRESETS)
    if unknown:
        console.print(f"[red]unknown presets: {', '.join(sorted(unknown))}[/red]")
        return 2
    seeds = [int(s) for s in args.seeds.split(",") if s]
    methods = [m for m in args.methods.split(",") if m]
    rows: list[tuple[str, str, dict]] = []
    goals: list[tuple[str, bool]] = []
    with (
        tempfile.TemporaryDirectory() as tmp,
        Progress(console=console, transient=True, disable=not sys.stdout.isatty()) as bar,
    ):
        task = bar.add_task("benchmark", total=len(presets) * len(seeds) * len(methods))
        for preset in presets:
            for seed in seeds:
                instance = generate(args.generator, preset, seed, Path(tmp))
                results: dict[str, dict] = {}
                for method in methods:
                    if method == "two-stage" and preset not in TWO_STAGE_PRESETS:
                        bar.advance(task)
                        continue
                    bar.update(task, description=f"{preset}-{seed} {method}")
                    results[method] = run_measured(method, instance, args.time_limit)
                    bar.advance(task)
                bound = results.get("scheduler", {}).get("bound")
                bound_from = results.get("scheduler", {}).get("bound_from")
                for method in [m for m in methods if m in results]:
                    r = results[method]
                    r["bound"] = bound
                    r["bound_from"] = bound_from
                    if bound is not None and r.get("weight") is not None:
                        r["tight"] = "yes" if r["weight"] >= bound else "no"
                    if bound and r.get("weight") is not None:
                        r["w_pct"] = 100.0 * r["weight"] / bound
                    rows.append((f"{preset}-{seed}", method, r))
                ours, greedy = results.get("scheduler", {}), results.get("greedy", {})
                name = f"{preset}-{seed}"
                if ours.get("w_pct") is not None:
                    goals.append((f"{name}: W >= 99.9% of B", ours["w_pct"] >= 99.9))
                if ours.get("gaps") is not None and greedy.get("gaps") is not None:
                    goals.append((f"{name}: G <= greedy G / 2", ours["gaps"] <= greedy["gaps"] / 2))
                if preset == "forum" and ours.get("seconds") is not None:
                    goals.append((f"{name}: < 30 s", ours["seconds"] < 30))
                    goals.append((f"{name}: < 3 GB", (ours.get("rss_mb") or 0) < 3072))

    headers = [
        "instance",
        "method",
        "status",
        "W",
        "B",
        "B from",
        "tight",
        "W/B %",
        "G",
        "fairness",
        "seconds",
        "peak MB",
    ]
    table = Table(title=f"B2B scheduling (time limit {args.time_limit:g} s)")
    for h in headers:
        table.add_column(h, justify="left" if h in ("instance", "method", "status") else "right")
    md_rows = []
    for name, method, r in rows:
        cells = [
            name,
            method,
            r.get("status", ""),
            fmt(r.get("weight"), "d"),
            fmt(r.get("bound"), "d"),
            r.get("bound_from") or "-",
            r.get("tight") or "-",
            fmt(r.get("w_pct"), ".2f"),
            fmt(r.get("gaps"), ".4f"),
            fmt(r.get("fairness"), ".3f"),
            fmt(r.get("seconds"), ".2f"),
            fmt(r.get("rss_mb"), ".0f"),
        ]
        table.add_row(*cells)
        md_rows.append("| " + " | ".join(cells) + " |")
    console.print(table)
    for label, ok in goals:
        console.print(f"{'[green]PASS' if ok else '[red]FAIL'}[/] {label}")

    if args.markdown:
        _update_markdown(args, headers, md_rows, goals)
        console.print(f"updated {args.markdown}")
    return 0 if all(ok for _, ok in goals) else 1


def _update_markdown(
    args: argparse.Namespace, headers: list[str], rows: list[str], goals: list
) -> None:
    body = [
        SECTION,
        "",
        f"`{' '.join(['.venv/bin/python', 'benchmarks/scheduling.py'] + sys.argv[1:])}` "
        f"on {os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}. "
        "W% is W over the LP upper bound B of our scheduler; G = idle gaps per participant; "
        "fairness = share of participants with a request who got a meeting; peak MB = max RSS "
        "of the run's process. `cp-sat` is the plain full model with the same time limit; "
        "`two-stage` (mission size) takes the scheduler's W and lets CP-SAT minimise idle slots at that W in the time left "
        "(status optimal: both W and G proven). "
        "B from: the relaxation that gave B (slot-free LP, full LP or CP-SAT); tight: W == B, "
        "so W is proven optimal.",
        "",
        "| " + " | ".join(headers) + " |",
        "|" + "|".join("---" for _ in headers) + "|",
        *rows,
        "",
        "Goals: " + ", ".join(f"{label} {'PASS' if ok else 'FAIL'}" for label, ok in goals),
        "",
    ]
    path: Path = args.markdown
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    lines = text.splitlines()
    if SECTION in lines:
        start = lines.index(SECTION)
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines)
        )
        lines[start:end] = body
    else:
        if lines and lines[-1].strip():
            lines.append("")
        lines.extend(body)
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
