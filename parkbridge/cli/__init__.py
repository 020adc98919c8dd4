"""The `parkbridge` console script: one entry point for everything a user runs from a shell.

Each command group lives in its own module and exposes ``commands``; commands that need the
database call :func:`parkbridge.cli.django_env.setup_django` themselves, so the pure cores
(extraction, scheduling) start without loading Django.
"""

from __future__ import annotations

import click

from parkbridge import __version__
from parkbridge.cli import (
    b2b,
    extraction,
    operations,
    press,
    registry,
    scheduling,
    selection,
    server,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="parkbridge")
def main() -> None:
    """ParkBridge: sites, incentives, partners, meetings, agreements and press facts."""


for _module in (server, registry, extraction, press, scheduling, b2b, selection, operations):
    for _command in _module.commands:
        main.add_command(_command)
