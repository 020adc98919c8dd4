"""Browser libraries are copied from installed packages, never committed."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from parkbridge.web import assets

PROJECT_DIR = Path(__file__).resolve().parents[3]


def fake_node_modules(root: Path) -> None:
    for item in assets.NPM_FILES:
        path = root / "node_modules" / item.source
        if item.source.endswith("images"):
            path.mkdir(parents=True, exist_ok=True)
            (path / "marker-icon.png").write_bytes(b"png")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"/* {item.source} */")
    (root / "package-lock.json").write_text("{}")
    marker = root / "node_modules" / ".package-lock.json"
    marker.write_text("{}")
    later = time.time() + 5
    os.utime(marker, (later, later))


def test_vendor_files_are_copied_from_the_packages(tmp_path):
    fake_node_modules(tmp_path)
    vendor = tmp_path / "static_vendor"
    copied = assets.copy_vendor_files(tmp_path, vendor)
    assert (vendor / "leaflet" / "leaflet.js").read_text() == "/* leaflet/dist/leaflet.js */"
    assert (vendor / "leaflet" / "images" / "marker-icon.png").exists()
    assert (vendor / "plotly" / "plotly.min.js").stat().st_size > 1_000_000  # the real bundle
    assert len(copied) == len(assets.NPM_FILES) + 1


def test_npm_ci_runs_only_when_node_modules_is_missing_or_stale(tmp_path):
    assert assets._needs_npm_ci(tmp_path)
    fake_node_modules(tmp_path)
    assert not assets._needs_npm_ci(tmp_path)
    later = time.time() + 60
    os.utime(tmp_path / "package-lock.json", (later, later))
    assert assets._needs_npm_ci(tmp_path)


def test_missing_npm_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(assets.shutil, "which", lambda name: None)
    with pytest.raises(assets.AssetError, match="npm is not installed"):
        assets.run_npm_ci(tmp_path)


def test_a_missing_package_file_is_a_clear_error(tmp_path):
    (tmp_path / "node_modules").mkdir()
    with pytest.raises(assets.AssetError, match="missing after `npm ci`"):
        assets.copy_vendor_files(tmp_path, tmp_path / "static_vendor")


def test_no_third_party_script_is_committed_in_the_app():
    static = PROJECT_DIR / "parkbridge" / "web" / "static"
    names = {p.name for p in static.rglob("*") if p.is_file()}
    assert names <= {"app.css", "app.js", "map.js"}


def test_package_lock_pins_every_npm_dependency():
    import json

    package = json.loads((PROJECT_DIR / "package.json").read_text())
    lock = json.loads((PROJECT_DIR / "package-lock.json").read_text())
    for name in package["dependencies"]:
        assert lock["packages"][f"node_modules/{name}"]["integrity"].startswith("sha512-")
