"""Side-by-side comparison of chosen sites: one column per site, one row per fact or score."""

from __future__ import annotations

from dataclasses import dataclass

from parkbridge.siteselection.models import CRITERIA
from parkbridge.siteselection.phrases import Phrases
from parkbridge.siteselection.results import SelectionResult, SiteResult

FACT_ROWS = (
    ("Country", "country", ""),
    ("Region", "region", ""),
    ("Kind", "kind", ""),
    ("Status", "status", ""),
    ("Free area", "free_area_ha", "ha"),
    ("Premises", "premises_m2", "m²"),
    ("Power", "power_mw", "MW"),
    ("Gas", "gas_m3h", "m³/h"),
    ("Water", "water_m3day", "m³/day"),
    ("Rail siding", "rail_siding", ""),
    ("To highway", "km_to_highway", "km"),
    ("To airport", "km_to_airport", "km"),
    ("To sea port", "km_to_seaport", "km"),
    ("To border", "km_to_border", "km"),
    ("Land price per m²", "land_price_per_m2", ""),
    ("Rent per m² a month", "rent_per_m2_month", ""),
)


@dataclass(slots=True)
class ComparisonTable:
    columns: list[str]  # site names
    site_ids: list[str]
    rows: list[tuple[str, list[str]]]  # (label, one cell per site)

    def as_records(self) -> list[dict[str, str]]:
        """One dict per row, for CSV/XLSX writers and JSON."""
        return [
            {"criterion": label, **dict(zip(self.site_ids, cells, strict=True))}
            for label, cells in self.rows
        ]


def _cell(value: object, unit: str) -> str:
    if value is None or value == "":
        return "unknown"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.6g} {unit}".strip()
    return f"{value} {unit}".strip()


def compare(selection: SelectionResult, site_ids: list[str]) -> ComparisonTable:
    index, project = selection.index, selection.project
    missing = [s for s in site_ids if s not in index.position]
    if missing:
        raise KeyError(f"unknown site id(s): {', '.join(missing)}")
    results: list[SiteResult] = []
    rank_of = {int(p): r + 1 for r, p in enumerate(selection.ranking)}
    for site_id in site_ids:
        position = index.position[site_id]
        results.append(selection.result_at(position, rank_of[position]))
    sites = [index.sites[index.position[s]] for s in site_ids]
    rows: list[tuple[str, list[str]]] = [
        ("Rank", [str(r.rank) for r in results]),
        ("Eligible", ["yes" if r.eligible else "no" for r in results]),
        ("Score", [f"{r.score:.3f}" for r in results]),
    ]
    rows += [(f"Score: {c}", [f"{r.breakdown[c]:.3f}" for r in results]) for c in CRITERIA]
    rows.append(
        (
            f"Incentives, present value ({project.currency})",
            [f"{r.incentive_value:,.0f}" for r in results],
        )
    )
    rows.append(("Confidence", [f"{r.confidence:.0%}" for r in results]))
    for label, attribute, unit in FACT_ROWS:
        unit_here = unit
        cells = []
        for site in sites:
            if attribute in ("land_price_per_m2", "rent_per_m2_month"):
                unit_here = site.currency
            cells.append(_cell(getattr(site, attribute), unit_here))
        rows.append((label, cells))
    rows.append(("Sectors", [", ".join(s.sectors) or "unknown" for s in sites]))
    rows.append(("Violations", [Phrases("; ", r.violations) or "none" for r in results]))
    rows.append(("Reasons", [Phrases("; ", r.reasons) for r in results]))
    return ComparisonTable(columns=[s.name for s in sites], site_ids=site_ids, rows=rows)
