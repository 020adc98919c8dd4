"""Run a command (the test suite) against a temporary PostgreSQL server.

``python -m parkbridge.testing.with_postgres pytest ...``. Without PostgreSQL binaries this
prints why and exits 0, except in CI (``CI`` set), where PostgreSQL must be tested.
"""

from __future__ import annotations

import os
import subprocess
import sys

from parkbridge.testing.postgres import PostgresUnavailable, find_bin_dir, temporary_postgres


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m parkbridge.testing.with_postgres COMMAND...", file=sys.stderr)
        return 2
    in_ci = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
    if find_bin_dir() is None:
        message = "PostgreSQL tests skipped: no pg_ctl found (install postgresql to run them)"
        print(message, file=sys.stderr)
        return 1 if in_ci else 0
    try:
        with temporary_postgres() as url:
            print(f"PostgreSQL test server at {url}", file=sys.stderr)
            env = {**os.environ, "DATABASE_URL": url, "PARKBRIDGE_TEST_DB": "postgresql"}
            return subprocess.call(argv, env=env)
    except PostgresUnavailable as error:
        print(f"PostgreSQL could not start: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
