"""Placeholder: filled in by the feature's own work."""

from ninja import Router

router = Router(tags=["marketplace"])

selection_router = Router(tags=["site selection"])
