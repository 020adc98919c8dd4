"""Sentences of site-selection results that a page can say in another language.

A ``Phrase`` *is* the English sentence (a ``str``: exports, the API and tests read it as
before) and also keeps the template and values it was made from, so the web page translates
the template and puts the values in the reader's words (kinds, statuses, taxes, countries).
This package has no Django import; ``gettext_noop`` below only marks templates for the
catalogue (``makemessages`` finds them by that name)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def gettext_noop(template: str) -> str:
    return template


class Phrase(str):
    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Phrase:
        phrase = super().__new__(cls, template % values if values else template)
        phrase.template = template
        phrase.values = values
        return phrase


class Phrases(str):
    """Phrases joined by ``separator`` (one cell of a table, one reason of several parts)."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, separator: str, parts: Iterable[str]) -> Phrases:
        kept = tuple(parts)
        joined = super().__new__(cls, separator.join(kept))
        joined.parts = kept
        joined.separator = separator
        return joined
