"""Compile gettext ``.po`` catalogues to ``.mo`` without GNU ``msgfmt``.

Set-up compiles the interface translations; on a machine without the ``gettext`` tools this
keeps the Russian and Chinese interface working. It reads the subset of the PO format that
Django's ``makemessages`` writes (contexts, plurals, multi-line strings, fuzzy flags) and
writes the standard little-endian MO layout that Python's ``gettext`` reads.
"""

from __future__ import annotations

import ast
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path


class PoSyntaxError(ValueError):
    pass


@dataclass
class _Entry:
    context: str | None = None
    msgid: str | None = None
    plural: str | None = None
    translations: dict[int, str] = field(default_factory=dict)
    fuzzy: bool = False


def _unquote(text: str, path: Path, line_no: int) -> str:
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise PoSyntaxError(f"{path}:{line_no}: expected a quoted string, got {text[:40]!r}")
    try:
        # PO strings use C escapes, which match Python's for everything msgfmt accepts.
        return ast.literal_eval(text)
    except (SyntaxError, ValueError) as error:
        raise PoSyntaxError(f"{path}:{line_no}: bad string {text[:40]!r}") from error


def parse_po(path: Path) -> dict[bytes, bytes]:
    """Messages of a PO file as MO keys and values (context and plurals joined as msgfmt does);
    fuzzy and untranslated entries are left out, the header entry is kept."""
    messages: dict[bytes, bytes] = {}
    for entry in _entries(path):
        # A fuzzy header still says how to decode the catalogue and count plurals; keep it.
        if not entry.fuzzy or entry.msgid == "":
            _store(entry, messages)
    return messages


def untranslated_messages(path: Path) -> list[str]:
    """The messages of a PO file that the pages would show untranslated: an empty translation
    (or an empty plural form) or a ``fuzzy`` flag. The header entry is not a message."""
    problems = []
    for entry in _entries(path):
        if entry.msgid == "":
            continue
        forms = [
            entry.translations.get(i, "") for i in range(max(entry.translations, default=0) + 1)
        ]
        if entry.fuzzy:
            problems.append(f"fuzzy: {entry.msgid!r}")
        elif not all(forms):
            problems.append(f"untranslated: {entry.msgid!r}")
    return problems


def repeated_and_short_plural_messages(path: Path) -> list[str]:
    """What GNU ``msgfmt --check`` refuses beyond syntax: a message defined twice (a union merge
    of two engineers' appends) and a plural with fewer forms than the header's ``nplurals``."""
    problems, seen = [], set()
    entries = _entries(path)
    header = next((e.translations.get(0, "") for e in entries if e.msgid == ""), "")
    match = re.search(r"nplurals\s*=\s*(\d+)", header)
    nplurals = int(match.group(1)) if match else 2
    for entry in entries:
        if entry.msgid == "":
            continue
        key = (entry.context, entry.msgid)
        if key in seen:
            problems.append(f"repeated: {entry.msgid!r}")
        seen.add(key)
        if entry.plural is not None and len(entry.translations) < nplurals:
            problems.append(
                f"{len(entry.translations)} of {nplurals} plural forms: {entry.msgid!r}"
            )
    return problems


def _entries(path: Path) -> list[_Entry]:
    entries: list[_Entry] = []
    entry = _Entry()
    section: tuple[str, int] | None = None

    def flush() -> None:
        nonlocal entry
        if entry.msgid is not None:
            entries.append(entry)
        entry = _Entry()

    for line_no, raw in enumerate(path.read_text("utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if line.startswith("#,") and "fuzzy" in line:
                if entry.msgid is not None:
                    flush()
                entry.fuzzy = True
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            if section is None:
                raise PoSyntaxError(f"{path}:{line_no}: a string outside any entry")
            _append(entry, section, _unquote(line, path, line_no))
            continue
        if keyword == "msgctxt":
            if entry.msgid is not None:
                flush()
            entry.context = _unquote(rest, path, line_no)
            section = ("msgctxt", 0)
        elif keyword == "msgid":
            if entry.msgid is not None:
                flush()
            entry.msgid = _unquote(rest, path, line_no)
            section = ("msgid", 0)
        elif keyword == "msgid_plural":
            entry.plural = _unquote(rest, path, line_no)
            section = ("msgid_plural", 0)
        elif keyword == "msgstr":
            entry.translations[0] = _unquote(rest, path, line_no)
            section = ("msgstr", 0)
        elif keyword.startswith("msgstr[") and keyword.endswith("]"):
            try:
                index = int(keyword[7:-1])
            except ValueError as error:
                raise PoSyntaxError(f"{path}:{line_no}: bad plural index {keyword!r}") from error
            entry.translations[index] = _unquote(rest, path, line_no)
            section = ("msgstr", index)
        else:
            raise PoSyntaxError(f"{path}:{line_no}: unknown keyword {keyword!r}")
    flush()
    return entries


def _append(entry: _Entry, section: tuple[str, int], text: str) -> None:
    name, index = section
    if name == "msgctxt":
        entry.context = (entry.context or "") + text
    elif name == "msgid":
        entry.msgid = (entry.msgid or "") + text
    elif name == "msgid_plural":
        entry.plural = (entry.plural or "") + text
    else:
        entry.translations[index] = entry.translations.get(index, "") + text


def _store(entry: _Entry, messages: dict[bytes, bytes]) -> None:
    assert entry.msgid is not None
    if entry.plural is not None:
        forms = [
            entry.translations.get(i, "") for i in range(max(entry.translations, default=0) + 1)
        ]
        if not any(forms):
            return
        key = entry.msgid + "\0" + entry.plural
        value = "\0".join(forms)
    else:
        value = entry.translations.get(0, "")
        if not value:
            return
        key = entry.msgid
    if entry.context is not None:
        key = entry.context + "\x04" + key
    messages[key.encode("utf-8")] = value.encode("utf-8")


def write_mo(messages: dict[bytes, bytes], path: Path) -> None:
    """The MO layout: header, two tables of (length, offset), then the strings."""
    keys = sorted(messages)
    count = len(keys)
    header_size = 7 * 4
    originals_table = header_size
    translations_table = originals_table + count * 8
    data_start = translations_table + count * 8
    ids = b""
    strs = b""
    id_entries = []
    str_entries = []
    for key in keys:
        id_entries.append((len(key), data_start + len(ids)))
        ids += key + b"\0"
    strs_start = data_start + len(ids)
    for key in keys:
        value = messages[key]
        str_entries.append((len(value), strs_start + len(strs)))
        strs += value + b"\0"
    output = struct.pack("<7I", 0x950412DE, 0, count, originals_table, translations_table, 0, 0)
    for length, offset in id_entries:
        output += struct.pack("<2I", length, offset)
    for length, offset in str_entries:
        output += struct.pack("<2I", length, offset)
    output += ids + strs
    path.write_bytes(output)


def compile_catalogues(locale_dir: Path) -> list[Path]:
    """Compile every ``*.po`` under ``locale_dir`` whose ``.mo`` is missing or older."""
    written = []
    for po in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        write_mo(parse_po(po), mo)
        written.append(mo)
    return written
