"""Cooperation marketplace matching: offers ↔ requests over structured fields, a trilingual
taxonomy (sectors, HS codes) and BM25 text similarity. Plain Python + numpy, no Django."""

from parkbridge.marketplace_matching.index import ProfileIndex, Reranker
from parkbridge.marketplace_matching.models import Match, Profile, ProfileError

__all__ = ["Match", "Profile", "ProfileError", "ProfileIndex", "Reranker"]
