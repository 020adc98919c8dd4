"""The site-selection comparison in the reader's language. The core
(`parkbridge.siteselection.compare`) builds it in English with codes (its CSV/XLSX/PDF exports
and the API keep that form); the page shows the row labels, yes/no/unknown, site kinds,
statuses and countries in words of the current language."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import get_language, gettext, gettext_noop

from parkbridge.core.countries import country_name
from parkbridge.sites.models import SiteKind, SiteStatus
from parkbridge.siteselection.compare import ComparisonTable

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


def _cell(label: str, cell: str, language: str) -> str:
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
