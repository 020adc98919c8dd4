"""Browser libraries come from packages at set-up, never from files committed to the repository.

``install_assets()`` runs ``npm ci`` from the committed ``package-lock.json`` (only when
``node_modules`` is missing or older than the lock), then copies the few distribution files the
pages load into ``parkbridge/static_vendor/``, which settings add to ``STATICFILES_DIRS``.
Plotly's JavaScript comes from the ``plotly`` Python package, which ships it.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
VENDOR_DIR = Path(__file__).resolve().parents[1] / "static_vendor"
LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale"


class AssetError(RuntimeError):
    pass


@dataclass(frozen=True)
class VendorFile:
    """One file copied from an installed package to ``static_vendor/<target>``."""

    source: str  # relative to node_modules/
    target: str  # relative to static_vendor/


# Only what the templates load; each path is the package's own published distribution file.
NPM_FILES: tuple[VendorFile, ...] = (
    VendorFile("leaflet/dist/leaflet.js", "leaflet/leaflet.js"),
    VendorFile("leaflet/dist/leaflet.css", "leaflet/leaflet.css"),
    VendorFile("leaflet/dist/images", "leaflet/images"),
    VendorFile("topojson-client/dist/topojson-client.min.js", "topojson/topojson-client.min.js"),
    VendorFile("world-atlas/countries-110m.json", "world-atlas/countries-110m.json"),
    VendorFile("htmx.org/dist/htmx.min.js", "htmx/htmx.min.js"),
)


def _needs_npm_ci(project_dir: Path) -> bool:
    modules = project_dir / "node_modules"
    marker = modules / ".package-lock.json"  # npm writes it after every install
    lock = project_dir / "package-lock.json"
    if not marker.is_file():
        return True
    if any(not (modules / f.source).exists() for f in NPM_FILES):
        return True
    return lock.stat().st_mtime > marker.stat().st_mtime


def run_npm_ci(project_dir: Path = PROJECT_DIR) -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise AssetError(
            "npm is not installed: the web interface's map and scripts come from npm packages "
            "(install Node.js and npm, e.g. `apt-get install nodejs npm`, then rerun "
            "`parkbridge setup-assets`)"
        )
    result = subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=project_dir,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise AssetError(f"`npm ci` failed:\n{result.stderr.strip() or result.stdout.strip()}")


def plotly_js_path() -> Path:
    import plotly

    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    if not path.is_file():
        raise AssetError(f"the plotly package has no bundled plotly.min.js at {path}")
    return path


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if source.is_dir():
        shutil.copytree(source, target, dirs_exist_ok=True)
    else:
        shutil.copy2(source, target)


def copy_vendor_files(project_dir: Path = PROJECT_DIR, vendor_dir: Path = VENDOR_DIR) -> list[Path]:
    modules = project_dir / "node_modules"
    copied: list[Path] = []
    for item in NPM_FILES:
        source = modules / item.source
        if not source.exists():
            raise AssetError(f"{source} is missing after `npm ci`")
        _copy(source, vendor_dir / item.target)
        copied.append(vendor_dir / item.target)
    plotly_target = vendor_dir / "plotly" / "plotly.min.js"
    _copy(plotly_js_path(), plotly_target)
    copied.append(plotly_target)
    return copied


def install_assets(project_dir: Path = PROJECT_DIR, vendor_dir: Path = VENDOR_DIR) -> list[Path]:
    """Install the npm packages if needed and copy their files into ``static_vendor``."""
    if _needs_npm_ci(project_dir):
        run_npm_ci(project_dir)
    copied = copy_vendor_files(project_dir, vendor_dir)
    _add_vendor_dir_to_staticfiles(vendor_dir)
    # Translations are compiled here too, so the interface is translated even where GNU
    # gettext (msgfmt, needed by Django's compilemessages) is not installed.
    from parkbridge.web.i18n_compile import compile_catalogues

    compile_catalogues(LOCALE_DIR)
    return copied


def _add_vendor_dir_to_staticfiles(vendor_dir: Path) -> None:
    """Settings list ``static_vendor`` only when it existed at start-up; on a first set-up it
    did not, so add it now for the ``collectstatic`` that follows in the same process."""
    from django.conf import settings

    if not settings.configured:
        return
    dirs = list(settings.STATICFILES_DIRS)
    if all(Path(str(d)) != vendor_dir for d in dirs):
        settings.STATICFILES_DIRS = [*dirs, vendor_dir]
        from django.contrib.staticfiles import finders

        finders.get_finder.cache_clear()
