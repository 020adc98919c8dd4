"""Press-monitoring extraction core: article text in, SCHEMA.md facts out (no Django).

Public API::

    from parkbridge.extraction import extract_article
    facts = extract_article(text)           # ArticleFacts
    facts.to_json()                         # the SCHEMA.md object
    facts.to_json(evidence=True)            # plus each fact's source sentence
"""

from parkbridge.extraction.gazetteer import Gazetteer, OrgEntry, SiteEntry, default_gazetteer
from parkbridge.extraction.model import (
    Agreement,
    ArticleFacts,
    Event,
    Figure,
    Organization,
    Person,
    Site,
    Target,
)
from parkbridge.extraction.pipeline import ExtractionError, extract_article

__all__ = [
    "Agreement",
    "ArticleFacts",
    "Event",
    "ExtractionError",
    "Figure",
    "Gazetteer",
    "OrgEntry",
    "Organization",
    "Person",
    "Site",
    "SiteEntry",
    "Target",
    "default_gazetteer",
    "extract_article",
]
