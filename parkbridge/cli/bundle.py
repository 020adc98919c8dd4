"""``parkbridge bundle-data``: the bundled starting registry rebuilt from the compiled files,
so the next growth of ``sites.csv`` is one command. Needs no database."""

from __future__ import annotations

import csv
import importlib.util
import shutil
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

from parkbridge.cli.progress import stderr

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
BUILD_SCRIPT = SCRIPTS / "build_bundled_sites.py"
ARTICLES_SCRIPT = SCRIPTS / "build_bundled_articles.py"


def _build_script(path: Path = BUILD_SCRIPT) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None or not path.is_file():
        raise FileNotFoundError(f"{path} is missing: run this from a source checkout")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def rebuild(source: Path, output: Path) -> int:
    from parkbridge.core.imports import ImportRejected
    from parkbridge.core.tabular import read_rows
    from parkbridge.sites.applicability import unknown_site_ids, unmatched_regions
    from parkbridge.sites.incentive_imports import parse_incentives
    from parkbridge.sites.models import regime_scope_of

    sites_in, incentives_in = source / "sites.csv", source / "incentives.csv"
    for path in (sites_in, incentives_in):
        if not path.is_file():
            stderr.print(f"[red]error:[/red] {path} not found", markup=True, highlight=False)
            return 2
    try:
        parsed = parse_incentives(read_rows(incentives_in, 10 * 1024 * 1024), incentives_in.name)
    except ImportRejected as error:
        stderr.print(f"[red]error:[/red] {error}", markup=True, highlight=False)
        return 2
    status = _build_script().build(sites_in, output / "sites.csv")
    if status:
        return status
    shutil.copyfile(incentives_in, output / "incentives.csv")
    with (output / "sites.csv").open(encoding="utf-8", newline="") as handle:
        sites = list(csv.DictReader(handle))
    regions: dict[str, set[str]] = defaultdict(set)
    for site in sites:
        if site["region"]:
            regions[site["country"]].add(site["region"])
    scopes = [regime_scope_of(values) for values in parsed]
    for regime, country, region in unmatched_regions(
        [s for s in scopes if s.scope == "regions"], {k: sorted(v) for k, v in regions.items()}
    ):
        stderr.print(f"note: {regime}: no site in region {region!r} ({country})", highlight=False)
    for regime, slug in unknown_site_ids(scopes, {s["id"] for s in sites}):
        stderr.print(f"[yellow]warning:[/yellow] {regime}: site {slug!r} is not in sites.csv")
    from parkbridge.core.sectors import vocabulary

    unmapped = vocabulary().unmapped(
        word for site in sites for word in site["sectors"].split(";") if word.strip()
    )
    for word, suggestions in unmapped.items():
        stderr.print(
            f"[yellow]unmapped sector:[/yellow] {word!r} (closest: {', '.join(suggestions)});"
            " add it to parkbridge/core/sectors.json",
            highlight=False,
        )
    stderr.print(
        f"{len(sites)} sites, {len(parsed)} incentive rows bundled in {output}; "
        f"{len(unmapped)} unmapped sector word(s)"
    )
    return 0


def rebuild_articles(corpus: list[Path], output: Path) -> int:
    """Add the gold facts of the corpus directories to the bundled articles.json."""
    script = _build_script(ARTICLES_SCRIPT)
    return int(script.main([*(str(c) for c in corpus), "--output", str(output)]))
