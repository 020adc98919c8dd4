"""A rich progress bar on stderr when it is a terminal, silence otherwise."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

# Messages name files and paths: a line must not be cut at the console width (a pipe or a log
# file would see a path broken in two).
stderr = Console(stderr=True, soft_wrap=True)


@contextmanager
def progress_bar() -> Iterator:
    """Yields ``update(label, done, total)``."""
    if not sys.stderr.isatty():
        yield lambda label, done, total: None
        return
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=False,
    ) as bar:
        tasks: dict[str, int] = {}

        def update(label: str, done: int, total: int) -> None:
            if label not in tasks:
                tasks[label] = bar.add_task(label, total=total)
            bar.update(tasks[label], completed=done, total=total)

        yield update
