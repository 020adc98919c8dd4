"""``core`` is the lowest layer: it asks the access policy and the change recorder through
its own interfaces and never imports ``accounts``, ``marketplace`` or any domain app (the
old core.access → accounts.rights → marketplace.models → core.access cycle)."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[1]
HIGHER = ("accounts", "marketplace", "sites", "organisations", "events", "agreements",
          "targets", "press", "b2b", "web", "people")  # fmt: skip


def _imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_no_module_of_core_imports_a_higher_layer():
    offending = []
    for path in CORE.rglob("*.py"):
        if "tests" in path.relative_to(CORE).parts:
            continue
        for module in _imported_modules(path):
            parts = module.split(".")
            if parts[0] == "parkbridge" and len(parts) > 1 and parts[1] in HIGHER:
                offending.append(f"{path.relative_to(CORE)}: {module}")
    assert offending == []


def test_the_accounts_app_installs_the_access_policy_and_recorder():
    from parkbridge.accounts import history, rights
    from parkbridge.core import access, changes

    assert access.policy() is rights
    assert changes._recorder is history.record_change
