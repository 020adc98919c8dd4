"""Screenshots of the main pages for the README, taken in Debian's Chromium.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--url http://127.0.0.1:8000]

Without --url it starts `parkbridge serve` on a free port over a fresh database in a temporary
directory (the bundled registry is loaded), so the pictures show the shipped data and nothing
of a local database.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip

# (file name, path, language, element to wait for)
SHOTS = [
    ("home", "/", "en", None),
    ("sites-map", "/sites/", "en", "#sites-map[data-state=ready]"),
    ("sites-filtered-ru", "/sites/?country=RU&kind=sez", "ru", "#sites-map[data-state=ready]"),
    ("site-card-zh", "/sites/{site}/", "zh-hans", "[data-map][data-state=ready]"),
    ("agreements", "/agreements/", "en", None),
    ("event-itinerary", "/events/{mission}/", "en", None),
    ("target-trajectory", "/targets/{target}/", "en", "[data-chart] .main-svg"),
    ("bilateral-ru-cn", "/bilateral/?a=RU&b=CN", "en", None),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(var_dir: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = os.environ | {
        "PARKBRIDGE_VAR_DIR": var_dir,
        "PARKBRIDGE_STATIC_ROOT": f"{var_dir}/static",
    }
    env.pop("DATABASE_URL", None)
    command = [str(REPO / ".venv" / "bin" / "parkbridge"), "serve", "--no-worker", "--workers", "2",
               "--port", str(port)]  # fmt: skip
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process, f"http://127.0.0.1:{port}"
        except OSError:
            if process.poll() is not None:
                sys.exit("the server stopped while starting")
            time.sleep(0.5)
    process.terminate()
    sys.exit("the server did not start within 3 minutes")


def ids(base_url: str, page) -> dict[str, str]:
    """A site, a business mission and a target, found through the pages' own links."""
    import re

    def first(path: str, pattern: str, default: str) -> str:
        response = page.request.get(base_url + path)
        match = re.search(pattern, response.text()) if response.ok else None
        return match.group(1) if match else default

    return {
        "site": first("/sites/?q=Great+Stone", r'href="/sites/([\w-]+)/"', "by-ip-great-stone"),
        "mission": first("/events/?kind=business_mission", r'href="/events/(\d+)/"', "1"),
        "target": first("/targets/", r'href="/targets/(\d+)/"', "1"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--url", help="an already running ParkBridge (default: start one)")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    args.out.mkdir(parents=True, exist_ok=True)

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="parkbridge-shots-") as tmp:
        server, base_url = (None, args.url.rstrip("/")) if args.url else start_server(tmp)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                context = browser.new_context(viewport={"width": 1280, "height": 860})
                found = ids(base_url, context.new_page())
                for name, path, language, wait_for in SHOTS:
                    context.clear_cookies()
                    context.add_cookies(
                        [{"name": "django_language", "value": language, "url": base_url}]
                    )
                    page = context.new_page()
                    page.goto(base_url + path.format(**found))
                    if wait_for:
                        page.wait_for_selector(wait_for, timeout=30_000)
                    page.wait_for_timeout(600)  # let tiles of borders and charts settle
                    target = args.out / f"{name}.png"
                    page.screenshot(path=str(target))
                    page.close()
                    print(
                        f"wrote {target.relative_to(REPO) if target.is_relative_to(REPO) else target}"
                    )
                browser.close()
        finally:
            if server is not None:
                server.terminate()
                server.wait(timeout=20)


if __name__ == "__main__":
    main()
