"""Placeholder: filled in by the feature's own work."""

from ninja import Router

router = Router(tags=["press"])
