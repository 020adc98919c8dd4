"""Fold repeated entries of a gettext catalogue into one (the first translated one wins).

Engineers append translations to the shared catalogues and git merges them by union, so the
same msgid can arrive twice; GNU msgfmt refuses such a file. Run after merges:

    python scripts/po_dedupe.py parkbridge/locale/*/LC_MESSAGES/django.po
"""

from __future__ import annotations

import sys
from pathlib import Path


def _blocks(text: str) -> list[str]:
    """Entries, one per msgid: a comment, msgctxt or msgid line after a msgstr starts the next
    (a union merge can glue entries together without the blank line between them)."""
    blocks: list[list[str]] = [[]]
    seen_msgstr = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        starts = stripped.startswith(("#", "msgctxt ", "msgid "))
        if starts and seen_msgstr:
            blocks.append([])
            seen_msgstr = False
        if stripped.startswith("msgstr"):
            seen_msgstr = True
        blocks[-1].append(line)
    return ["\n".join(block) for block in blocks if block]


def _key(block: str) -> tuple[str, str] | None:
    context, msgid, section = "", [], None
    for line in block.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            continue
        if stripped.startswith("msgctxt "):
            section, context = "ctx", stripped[8:]
        elif stripped.startswith("msgid "):
            section = "id"
            msgid.append(stripped[6:])
        elif stripped.startswith('"') and section in ("id", "ctx"):
            if section == "id":
                msgid.append(stripped)
            else:
                context += stripped
        else:
            section = None
    if not msgid:
        return None
    return context, "".join(msgid)


def _translated(block: str) -> bool:
    """Not fuzzy, and some msgstr has text."""
    text, in_msgstr = "", False
    for line in block.splitlines():
        stripped = line.strip()
        if stripped.startswith("#,") and "fuzzy" in stripped:
            return False
        if stripped.startswith("msgstr"):
            in_msgstr = True
            text += stripped.split(" ", 1)[1].strip('"')
        elif stripped.startswith('"') and in_msgstr:
            text += stripped.strip('"')
        elif not stripped.startswith('"'):
            in_msgstr = False
    return bool(text)


def dedupe(text: str) -> tuple[str, int]:
    kept: list[str] = []
    where: dict[tuple[str, str], int] = {}
    removed = 0
    for block in _blocks(text):
        key = _key(block)
        if key is None or key == ("", '""'):
            kept.append(block)
            continue
        if key in where:
            removed += 1
            first = where[key]
            if not _translated(kept[first]) and _translated(block):
                kept[first] = block
            continue
        where[key] = len(kept)
        kept.append(block)
    return "\n\n".join(kept) + "\n", removed


def main(paths: list[str]) -> int:
    for name in paths:
        path = Path(name)
        text, removed = dedupe(path.read_text("utf-8"))
        if removed:
            path.write_text(text, "utf-8")
        print(f"{path}: {removed} repeated entries folded")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
