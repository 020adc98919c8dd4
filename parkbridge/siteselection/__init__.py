"""Site selection: rank every site of the registry for an investor's project.

Plain Python and numpy, no Django: `SiteIndex.build(sites)` once, then `select(index, project)`
per query; results carry scores, incentive values, violations and plain-word reasons.
"""

from parkbridge.siteselection.compare import ComparisonTable, compare
from parkbridge.siteselection.index import SiteIndex
from parkbridge.siteselection.models import IncentiveTerm, Project, SiteFacts, Weights
from parkbridge.siteselection.project_io import ProjectError, load_project, project_from_dict
from parkbridge.siteselection.results import SelectionResult, SiteResult, rank_sites, select

__all__ = [
    "ComparisonTable",
    "IncentiveTerm",
    "Project",
    "ProjectError",
    "SelectionResult",
    "SiteFacts",
    "SiteIndex",
    "SiteResult",
    "Weights",
    "compare",
    "load_project",
    "project_from_dict",
    "rank_sites",
    "select",
]
