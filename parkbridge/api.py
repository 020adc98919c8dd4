"""The REST API: one NinjaAPI, one router per domain app. Docs at /api/docs."""

from ninja import NinjaAPI

api = NinjaAPI(
    title="ParkBridge API",
    version="1",
    description="Registry of sites, organisations, events, agreements and targets.",
    urls_namespace="api",
)
