"""Screenshots of the main pages for the README, taken in Debian's Chromium.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--url http://127.0.0.1:8000]

Without --url it starts `parkbridge serve` on a free port over a fresh database in a temporary
directory (the bundled registry is loaded), so the pictures show the shipped data and nothing
of a local database. It then adds a B2B demo programme (`parkbridge b2b-demo`) and an
administrator, signs in, and takes the pages people work in too: the organiser's console and a
run, a participant's agenda, the press review queue and "My ParkBridge".
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

# Pages of signed-in people, over the demo programme (only when this script starts the server).
SIGNED_IN_SHOTS = [
    ("b2b-console", "/b2b/programmes/{programme}/console/", "en", None),
    ("b2b-run", "/b2b/runs/{run}/", "en", None),
    ("b2b-agenda-ru", "/b2b/agenda/{agenda}/", "ru", None),
    ("b2b-catalogue-zh", "/b2b/programmes/{programme}/catalogue/", "zh-hans", None),
    ("press-review-queue", "/press/", "en", None),
    ("my-parkbridge", "/my/", "en", None),
]
ADMIN = ("demo-admin", "demo-admin@example.org", "screenshots-only passphrase 42")

# A short news item written for the pictures (no real article), so the review queue has
# proposals to show; it names a bundled site and a bundled event.
DEMO_ARTICLE = """Three residents sign up for the Great Stone industrial park
MINSK, March 4, 2026

Three Chinese companies signed investment agreements with the China-Belarus Industrial Park
Great Stone on Tuesday, the park's administration said. The projects are worth more than
120 million U.S. dollars and will create about 900 jobs.

Zhang Wei, general manager of the park development company, said the new residents make
electric motors, medical equipment and packaging. The park plans to have 200 residents by
2030.
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(var_dir: str) -> dict[str, str]:
    env = os.environ | {
        "PARKBRIDGE_VAR_DIR": var_dir,
        "PARKBRIDGE_STATIC_ROOT": f"{var_dir}/static",
    }
    env.pop("DATABASE_URL", None)
    return env


def parkbridge(var_dir: str, *args: str, **extra_env: str) -> str:
    """Run the CLI against the screenshots' database; its standard output."""
    command = [str(REPO / ".venv" / "bin" / "parkbridge"), *args]
    done = subprocess.run(
        command, env=server_env(var_dir) | extra_env, capture_output=True, text=True, check=True
    )
    return done.stdout


def demo_people(var_dir: str) -> dict[str, str]:
    """A B2B demo programme, scheduled and published, and an administrator to sign in as."""
    import re

    out = parkbridge(var_dir, "b2b-demo", "--participants", "40", "--time-limit", "5")
    programme = re.search(r"^programme (\d+)", out, re.M)
    agenda = re.search(r"/b2b/agenda/([\w-]+)/", out)
    name, email, password = ADMIN
    parkbridge(
        var_dir, "manage", "createsuperuser", "--noinput", "--username", name, "--email", email,
        DJANGO_SUPERUSER_PASSWORD=password,
    )  # fmt: skip
    article = Path(var_dir) / "great-stone-residents.txt"
    article.write_text(DEMO_ARTICLE, encoding="utf-8")
    parkbridge(var_dir, "ingest", "--no-bundled", str(article))
    if programme is None or agenda is None:
        sys.exit(f"b2b-demo printed no programme or agenda:\n{out}")
    return {"programme": programme.group(1), "agenda": agenda.group(1)}


def sign_in(page, base_url: str) -> None:
    name, _email, password = ADMIN
    page.goto(base_url + "/accounts/login/")
    page.fill("input[name=login]", name)
    page.fill("input[name=password]", password)
    page.click("form:has(input[name=login]) button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login" not in url, timeout=30_000)


def start_server(var_dir: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = server_env(var_dir)
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
        # The API's first match: the list page also links /sites/completeness/ and others.
        "site": first(
            "/api/sites?q=Great+Stone&limit=1", r'"slug": ?"([\w-]+)"', "by-ip-great-stone"
        ),
        "mission": first("/events/?kind=business_mission", r'href="/events/(\d+)/"', "1"),
        "target": charted_target(base_url, page),
    }


def first_link(page, base_url: str, found: dict[str, str], pattern: str) -> str:
    import re

    html = page.request.get(f"{base_url}/b2b/programmes/{found['programme']}/runs/").text()
    match = re.search(pattern, html)
    if match is None:
        sys.exit(f"no link like {pattern} on the list of versions")
    return match.group(1)


def take(context, base_url: str, shot: tuple, found: dict[str, str], out: Path) -> None:
    """One page in one language, saved as out/<name>.png (the context keeps any session)."""
    name, path, language, wait_for = shot
    context.add_cookies([{"name": "django_language", "value": language, "url": base_url}])
    page = context.new_page()
    page.goto(base_url + path.format(**found))
    if wait_for:
        page.wait_for_selector(wait_for, timeout=30_000)
    page.wait_for_timeout(600)  # let tiles of borders and charts settle
    target = out / f"{name}.png"
    page.screenshot(path=str(target))
    page.close()
    print(f"wrote {target.relative_to(REPO) if target.is_relative_to(REPO) else target}")


def charted_target(base_url: str, page) -> str:
    """The first target whose page draws a chart (a target without dated records has none)."""
    import re

    listing = page.request.get(base_url + "/targets/").text()
    for target in dict.fromkeys(re.findall(r'href="/targets/(\d+)/"', listing)):
        if "data-chart" in page.request.get(f"{base_url}/targets/{target}/").text():
            return target
    return "1"


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
                for shot in SHOTS:
                    context.clear_cookies()
                    take(context, base_url, shot, found, args.out)
                if server is not None:
                    found |= demo_people(tmp)
                    context.clear_cookies()
                    page = context.new_page()
                    sign_in(page, base_url)
                    found["run"] = first_link(page, base_url, found, r'href="/b2b/runs/(\d+)/"')
                    page.close()
                    for shot in SIGNED_IN_SHOTS:
                        take(context, base_url, shot, found, args.out)
                browser.close()
        finally:
            if server is not None:
                server.terminate()
                server.wait(timeout=20)


if __name__ == "__main__":
    main()
