"""Optional external-model backend: off unless ``PARKBRIDGE_EXTRACTION_URL`` is set.

The service receives ``{"text": ...}`` as JSON and must answer with a SCHEMA.md object; its
answer replaces the offline result only when it parses and has the right shape, so a broken
service never loses the offline facts.
"""

from __future__ import annotations

import json
import os
import urllib.request
from typing import Any

ENV_URL = "PARKBRIDGE_EXTRACTION_URL"
TIMEOUT_S = 30.0


def backend_url() -> str | None:
    url = os.environ.get(ENV_URL, "").strip()
    return url if url.startswith(("http://", "https://")) else None


def call_backend(text: str, url: str) -> dict[str, Any] | None:
    """POST the article; None on any network or format error (the caller keeps offline facts)."""
    req = urllib.request.Request(
        url,
        data=json.dumps({"text": text}).encode("utf-8"),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT_S) as resp:  # noqa: S310 (configured URL)
            doc = json.loads(resp.read(5_000_000).decode("utf-8"))
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) and "published" in doc and "figures" in doc else None
