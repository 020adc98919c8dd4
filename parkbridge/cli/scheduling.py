"""`parkbridge schedule`: build a B2B meeting timetable from an instance file.

Output contract (scripts parse it): exactly one line on stdout,
``weight=W meetings=M gaps=G bound=B gap=X``; an invalid instance exits with status 2 and
writes nothing. Progress and the list of changes go to stderr.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from parkbridge.scheduling import Meeting


def _write_atomically(path: Path, data: dict) -> None:
    # A crash mid-write must not leave a truncated schedule where a good one was.
    fd, tmp = tempfile.mkstemp(dir=path.parent or Path("."), prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _place(m: Meeting) -> str:
    where = f"table {m.table}" if m.table is not None else f"booth {m.booth}"
    return f"slot {m.slot} {where}"


@click.command("schedule")
@click.argument(
    "instance_path", metavar="INSTANCE.json", type=click.Path(dir_okay=False, path_type=Path)
)
@click.option(
    "--out",
    "out_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the schedule JSON.",
)
@click.option(
    "--time-limit",
    type=click.FloatRange(min=0.1),
    default=60.0,
    show_default=True,
    help="Seconds the solver may use.",
)
@click.option(
    "--fixed",
    "fixed_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Previously published schedule whose meetings must stay where they are.",
)
@click.option(
    "--allow-moves",
    is_flag=True,
    help="With --fixed: published meetings stay scheduled but may change slot.",
)
def schedule_command(
    instance_path: Path,
    out_path: Path,
    time_limit: float,
    fixed_path: Path | None,
    allow_moves: bool,
) -> None:
    """Schedule the meeting requests of INSTANCE.json (B2B format) into slots and tables."""
    # The limit covers the whole command (read, solve, improve, write), so the clock starts here.
    started = time.monotonic()
    from parkbridge.scheduling import (
        InstanceError,
        load_instance,
        load_schedule,
        schedule_to_dict,
        solve,
        validate_schedule,
    )

    if allow_moves and fixed_path is None:
        raise click.UsageError("--allow-moves needs --fixed")
    try:
        instance = load_instance(instance_path)
        previous = load_schedule(fixed_path) if fixed_path is not None else None
    except InstanceError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    if not out_path.parent.exists():
        click.echo(f"error: output folder {str(out_path.parent)!r} does not exist", err=True)
        sys.exit(2)

    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(
            TextColumn("[bold]{task.description:<14}"),
            BarColumn(),
            TextColumn("{task.percentage:>3.0f}%"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        ) as bar:
            task = bar.add_task("prepare", total=None)

            def progress(phase: str, done: float, total: float) -> None:
                bar.update(task, description=phase, completed=done, total=total or None)

            result = solve(
                instance,
                time_limit,
                fixed=previous,
                allow_moves=allow_moves,
                progress=progress,
                started=started,
            )
    else:
        result = solve(
            instance, time_limit, fixed=previous, allow_moves=allow_moves, started=started
        )

    errors = validate_schedule(instance, result)
    if errors:  # a solver bug: never publish an invalid timetable
        for message in errors[:20]:
            click.echo(f"internal error: {message}", err=True)
        sys.exit(1)
    _write_atomically(out_path, schedule_to_dict(result))

    if result.changes is not None:
        ch = result.changes
        click.echo(
            f"changes: added={len(ch.added)} removed={len(ch.removed)} moved={len(ch.moved)}",
            err=True,
        )
        for m in ch.removed:
            click.echo(f"  removed {m.a}-{m.b} slot {m.slot}", err=True)
        for old, new in ch.moved:
            click.echo(f"  moved {new.a}-{new.b} {_place(old)} -> {_place(new)}", err=True)
    assert result.scores is not None and result.stats is not None
    w, b = result.scores.weight, result.stats.bound
    gap = 1.0 - w / b if b > 0 else 0.0
    click.echo(
        f"weight={w} meetings={result.scores.meetings} gaps={result.scores.gaps:.4f} "
        f"bound={b} gap={gap:.4f} "
        f"bound_from={result.stats.bound_source.lower().replace(' ', '-')} "
        f"tight={'yes' if result.stats.proven_optimal else 'no'} "
        f"gaps_minimal={'yes' if result.stats.gaps_proven_minimal else 'no'} "
        f"preferences_met={result.stats.preferences_met}/{result.stats.preferences_total}"
    )


commands: list[click.Command] = [schedule_command]
