"""The site-selection comparison in the reader's language. The core
(`parkbridge.siteselection.compare`) builds it in English with codes (its CSV/XLSX/PDF exports
and the API keep that form); the page shows the row labels, yes/no/unknown, site kinds,
statuses and countries in words of the current language."""

from __future__ import annotations

from dataclasses import dataclass, replace

from django.utils.translation import get_language, gettext, gettext_noop

from parkbridge.core.countries import country_name
from parkbridge.sites.models import IncentiveTax, SiteKind, SiteStatus
from parkbridge.siteselection.compare import ComparisonTable
from parkbridge.siteselection.phrases import Phrase, Phrases
from parkbridge.siteselection.results import SiteResult

# Row labels and cell words of the core's comparison, for the catalogue.
WORDS: tuple[str, ...] = (
    gettext_noop("Rank"),
    gettext_noop("Eligible"),
    gettext_noop("Score"),
    gettext_noop("Confidence"),
    gettext_noop("Country"),
    gettext_noop("Region"),
    gettext_noop("Kind"),
    gettext_noop("Status"),
    gettext_noop("Free area"),
    gettext_noop("Premises"),
    gettext_noop("Power"),
    gettext_noop("Gas"),
    gettext_noop("Water"),
    gettext_noop("Rail siding"),
    gettext_noop("To highway"),
    gettext_noop("To airport"),
    gettext_noop("To sea port"),
    gettext_noop("To border"),
    gettext_noop("Land price per m²"),
    gettext_noop("Rent per m² a month"),
    gettext_noop("Sectors"),
    gettext_noop("Violations"),
    gettext_noop("Reasons"),
    gettext_noop("yes"),
    gettext_noop("no"),
    gettext_noop("unknown"),
    gettext_noop("none"),
    # siteselection.models.CRITERIA
    gettext_noop("area"),
    gettext_noop("utilities"),
    gettext_noop("transport"),
    gettext_noop("sector"),
    gettext_noop("cost"),
    gettext_noop("incentives"),
)
CELL_WORDS = frozenset({"yes", "no", "unknown", "none"})
SCORE_PREFIX = "Score: "
INCENTIVES_PREFIX = "Incentives, present value ("


@dataclass(frozen=True)
class ShownComparison:
    columns: list[str]
    site_ids: list[str]
    rows: list[tuple[str, list[str]]]


def _label(label: str) -> str:
    if label.startswith(SCORE_PREFIX):
        criterion = label[len(SCORE_PREFIX) :]
        return gettext("Score: %(criterion)s") % {"criterion": gettext(criterion)}
    if label.startswith(INCENTIVES_PREFIX) and label.endswith(")"):
        currency = label[len(INCENTIVES_PREFIX) : -1]
        return gettext("Incentives, present value (%(currency)s)") % {"currency": currency}
    return gettext(label)


def _value(key: str, value: object, language: str) -> object:
    """A value of a phrase in the reader's words (codes become labels, ISO codes names)."""
    if isinstance(value, (Phrase, Phrases)):
        return say(value)
    if not isinstance(value, str):
        return value
    if key == "kind" and value.replace(" ", "_") in SiteKind.values:
        return gettext(SiteKind(value.replace(" ", "_")).label)
    if key == "kinds":
        return ", ".join(str(_value("kind", k.strip(), language)) for k in value.split(","))
    if key == "status" and value in SiteStatus.values:
        return gettext(SiteStatus(value).label)
    if key == "tax" and value.replace(" ", "_") in IncentiveTax.values:
        return gettext(IncentiveTax(value.replace(" ", "_")).label).lower()
    if key == "country" and len(value) == 2:
        return country_name(value, language)
    if key == "countries":
        return ", ".join(country_name(c.strip(), language) for c in value.split(",") if c.strip())
    if value in CELL_WORDS:
        return gettext(value)
    return value


def say(text: object) -> str:
    """A result's sentence (or sentences) in the current language."""
    language = (get_language() or "en").lower()
    if isinstance(text, Phrases):
        return text.separator.join(say(part) for part in text.parts)
    if isinstance(text, Phrase):
        values = {k: _value(k, v, language) for k, v in text.values.items()}
        return gettext(text.template) % values if values else gettext(text.template)
    text = str(text)
    return gettext(text) if text in CELL_WORDS else text


def said(result: SiteResult) -> SiteResult:
    """The result with its reasons and violations in the current language, for the page."""
    return replace(
        result,
        reasons=[say(r) for r in result.reasons],
        violations=[say(v) for v in result.violations],
    )


def _cell(label: str, cell: str, language: str) -> str:
    if isinstance(cell, (Phrase, Phrases)):
        return say(cell)
    if cell in CELL_WORDS:
        return gettext(cell)
    if label == "Kind" and cell in SiteKind.values:
        return gettext(SiteKind(cell).label)
    if label == "Status" and cell in SiteStatus.values:
        return gettext(SiteStatus(cell).label)
    if label == "Country" and len(cell) == 2:
        return country_name(cell, language)
    return cell


def shown(table: ComparisonTable) -> ShownComparison:
    language = (get_language() or "en").lower()
    rows = [
        (_label(label), [_cell(label, c, language) for c in cells]) for label, cells in table.rows
    ]
    return ShownComparison(table.columns, table.site_ids, rows)
