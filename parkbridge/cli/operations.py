"""Placeholder: filled in by the feature's own work."""

import click

commands: list[click.Command] = []
