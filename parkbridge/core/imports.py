"""All-or-nothing imports of registry records from CSV, XLSX or JSON files.

Every row is parsed and checked first; one bad row means an error naming its line and field
and no change at all. Rows carry a natural key, so importing the same file again updates the
records instead of duplicating them. Writes go in bulk, in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import slugify
from unidecode import unidecode

from parkbridge.core.bulk import BATCH_ROWS, BulkWriter
from parkbridge.core.countries import is_country_code
from parkbridge.core.models import MultilingualNamed, Sector
from parkbridge.core.search import build_search_keys
from parkbridge.core.sectors import UnknownSector, vocabulary
from parkbridge.core.tabular import ImportFileError, Row, read_rows

MAX_REPORTED_ERRORS = 50


def _search_keys(names: dict[str, Any]) -> str:
    """The search keys of a row holding every name field of a ``MultilingualNamed``."""
    return build_search_keys(
        [names["name_en"], names["name_ru"], names["name_zh"], names["name_local"],
         *(names["aliases"] or [])]
    )  # fmt: skip


@dataclass(frozen=True)
class RowError:
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, field {self.field!r}: {self.message}"


class ImportRejected(ValueError):
    """Rows failed validation; nothing was written."""

    def __init__(self, source: str, errors: Sequence[RowError]) -> None:
        self.errors = list(errors)
        shown = "\n".join(f"  {e}" for e in self.errors[:MAX_REPORTED_ERRORS])
        more = len(self.errors) - MAX_REPORTED_ERRORS
        tail = f"\n  … and {more} more" if more > 0 else ""
        super().__init__(
            f"{source}: {len(self.errors)} bad row(s), nothing imported:\n{shown}{tail}"
        )


# --- cell parsers: each returns the value or raises ValueError with a message for people ---


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def text(max_length: int = 300) -> Callable[[object], str]:
    def parse(value: object) -> str:
        result = "" if _blank(value) else str(value).strip()
        if len(result) > max_length:
            raise ValueError(f"longer than {max_length} characters")
        return result

    return parse


def number(
    minimum: float | None = 0, maximum: float | None = None
) -> Callable[[object], float | None]:
    def parse(value: object) -> float | None:
        if _blank(value):
            return None
        if isinstance(value, bool):
            raise ValueError(f"{value!r} is not a number")
        try:
            result = float(str(value).replace(",", ".").replace(" ", "").replace("\u00a0", ""))
        except (ValueError, OverflowError):
            shown = str(value)[:40] if not isinstance(value, int) else "a very long number"
            raise ValueError(f"{shown!r} is not a number") from None
        if result != result or result in (float("inf"), float("-inf")):
            shown = value if isinstance(value, float) else str(value)[:40]
            raise ValueError(f"{shown!r} is not a finite number")
        if minimum is not None and result < minimum:
            raise ValueError(f"{value!r} is below {minimum:g}")
        if maximum is not None and result > maximum:
            raise ValueError(f"{value!r} is above {maximum:g}")
        return result

    return parse


# A whole number without a stated maximum still fits every integer column of the database.
LARGEST_INTEGER = 2**31 - 1


def integer(minimum: int = 0, maximum: int | None = None) -> Callable[[object], int | None]:
    as_number = number(minimum, LARGEST_INTEGER if maximum is None else maximum)

    def parse(value: object) -> int | None:
        result = as_number(value)
        if result is None:
            return None
        if result != int(result):
            raise ValueError(f"{value!r} is not a whole number")
        return int(result)

    return parse


def year(value: object) -> int | None:
    return integer(1800, date.today().year + 50)(value)


def boolean(value: object) -> bool | None:
    if _blank(value):
        return None
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in {"1", "true", "yes", "y", "да"}:
        return True
    if word in {"0", "false", "no", "n", "нет"}:
        return False
    raise ValueError(f"{value!r} is not yes/no")


def country(value: object) -> str:
    code = "" if _blank(value) else str(value).strip().upper()
    if not is_country_code(code):
        raise ValueError(f"unknown country code {value!r} (expected ISO 3166-1 alpha-2)")
    return code


def optional_country(value: object) -> str:
    return "" if _blank(value) else country(value)


def web_address(max_length: int = 500) -> Callable[[object], str]:
    """An http(s) address, checked by the same validator as the API
    (:func:`parkbridge.core.validators.validate_web_address`): ``javascript:`` and other
    schemes would become live links on the record's page."""
    as_text = text(max_length)

    def parse(value: object) -> str:
        from django.core.exceptions import ValidationError

        from parkbridge.core.validators import validate_web_address

        result = as_text(value)
        try:
            validate_web_address(result)
        except ValidationError as error:
            raise ValueError("; ".join(error.messages)) from None
        return result

    return parse


def choice(choices: Sequence[str], default: str | None = None) -> Callable[[object], str]:
    allowed = set(choices)

    def parse(value: object) -> str:
        if _blank(value):
            if default is None:
                raise ValueError(f"missing (one of: {', '.join(sorted(allowed))})")
            return default
        word = str(value).strip().lower()
        if word not in allowed:
            raise ValueError(f"{value!r} is not one of: {', '.join(sorted(allowed))}")
        return word

    return parse


def text_list(value: object) -> list[str]:
    if _blank(value):
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in str(value).split(";") if part.strip()]


def iso_date(value: object) -> date | None:
    if _blank(value):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def natural_key(*parts: object) -> str:
    return slugify(unidecode(" ".join(str(p) for p in parts if p)))[:120]


# --- importer ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    field: str
    names: tuple[str, ...]
    parse: Callable[[object], Any]
    required: bool = False


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    rows: int = 0
    keys: list[str] = field(default_factory=list)


ProgressCallback = Callable[[int, int], None]


class Importer:
    """Declarative importer: subclasses name the model, key and columns."""

    model: type[models.Model]
    key_field: str
    columns: Sequence[Column]
    many_to_many: dict[str, Column] = {}

    def derive_key(self, values: dict[str, Any]) -> str:
        raise NotImplementedError

    def check_row(self, values: dict[str, Any]) -> list[tuple[str, str]]:
        """Cross-field checks; returns (field, message) pairs."""
        return []

    def resolve_relations(self, rows: list[tuple[int, dict[str, Any]]]) -> list[RowError]:
        """Turn names into related objects in place; returns errors."""
        return []

    # parsing

    def parse(self, rows: Sequence[Row]) -> list[tuple[int, dict[str, Any]]]:
        """Parse and check every row; ``ImportRejected`` lists every problem found.

        Only the columns present in the file are parsed, so a re-import with fewer columns
        updates those and leaves the others as they are."""
        errors: list[RowError] = []
        parsed: list[tuple[int, dict[str, Any]]] = []
        seen_keys: dict[str, int] = {}
        all_columns = [*self.columns, *self.many_to_many.values()]
        known = {name for column in all_columns for name in column.names}
        header = set().union(*(row.values for row in rows)) if rows else set()
        for name in sorted(header - known):
            errors.append(RowError(1, name, f"unknown column; known: {', '.join(sorted(known))}"))
        plan = []
        for column in all_columns:
            name = next((n for n in column.names if n in header), None)
            if name is not None or column.required:
                plan.append((column, name or column.names[0], column.required))
        for row in rows:
            row_errors: list[RowError] = []
            values: dict[str, Any] = {}
            cells = row.values
            for column, name, required in plan:
                raw = cells.get(name)
                if required and _blank(raw):
                    row_errors.append(RowError(row.line, name, "missing"))
                    continue
                if isinstance(raw, str) and "\x00" in raw:
                    # Anywhere in the file (the binary check reads only its first 4 KB).
                    row_errors.append(RowError(row.line, name, "contains a NUL character"))
                    continue
                try:
                    values[column.field] = column.parse(raw)
                except ValueError as error:
                    row_errors.append(RowError(row.line, name, str(error)))
            if not row_errors:
                row_errors = [RowError(row.line, f, m) for f, m in self.check_row(values)]
            if row_errors:
                errors.extend(row_errors)
                continue
            key = values.get(self.key_field) or self.derive_key(values)
            if not key:
                errors.append(RowError(row.line, self.key_field, "cannot derive an id"))
                continue
            values[self.key_field] = key
            if key in seen_keys:
                first = seen_keys[key]
                errors.append(
                    RowError(row.line, "id", f"duplicate id {key!r} (first on line {first})")
                )
                continue
            seen_keys[key] = row.line
            parsed.append((row.line, values))
        errors.extend(self.resolve_relations(parsed))
        if errors:
            errors.sort(key=lambda e: e.line)
            raise ImportRejected(self.model._meta.verbose_name_plural, errors)
        return parsed

    # writing

    def apply(
        self, parsed: list[tuple[int, dict[str, Any]]], progress: ProgressCallback | None = None
    ) -> ImportReport:
        report = ImportReport(rows=len(parsed))
        writer = BulkWriter(self.model)
        with transaction.atomic(), writer.search_index_suspended(len(parsed)):
            # Keys are unique within a file, so into an empty table every row is new.
            if not self.model._default_manager.exists():
                self._apply_new(parsed, writer, report, progress)
                return report
            for start in range(0, len(parsed), BATCH_ROWS):
                chunk = parsed[start : start + BATCH_ROWS]
                self._apply_chunk(chunk, writer, report)
                if progress:
                    progress(min(start + BATCH_ROWS, len(parsed)), len(parsed))
        return report

    def _apply_new(
        self,
        parsed: list[tuple[int, dict[str, Any]]],
        writer: BulkWriter,
        report: ImportReport,
        progress: ProgressCallback | None,
    ) -> None:
        """Every row is new: one stream of rows (computed as the database takes them), then
        the links."""
        defaults = writer.defaults()
        total = len(parsed)

        def rows() -> Iterator[dict[str, Any]]:
            for done, (_, values) in enumerate(parsed, 1):
                yield self._new_row(values, defaults)
                if progress and done % BATCH_ROWS == 0:
                    progress(done, total)

        writer.insert(rows())
        for start in range(0, total, BATCH_ROWS):
            chunk = parsed[start : start + BATCH_ROWS]
            self._write_links(chunk, writer)
        if progress:
            progress(total, total)
        report.created += total
        report.keys.extend(values[self.key_field] for _, values in parsed)

    def _new_row(self, values: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
        row = defaults | {k: v for k, v in values.items() if k not in self.many_to_many}
        if issubclass(self.model, MultilingualNamed):
            row["search_keys"] = _search_keys(row)
        values["__new"] = True
        return row

    def _write_links(self, chunk: list[tuple[int, dict[str, Any]]], writer: BulkWriter) -> None:
        if any(name in values for _, values in chunk for name in self.many_to_many):
            keys = [values[self.key_field] for _, values in chunk]
            pks = writer.pks_by_key(self.key_field, keys)
            for _, values in chunk:
                values["__pk"] = pks[values[self.key_field]]
            self.write_many_to_many(chunk)

    def _apply_chunk(
        self,
        chunk: list[tuple[int, dict[str, Any]]],
        writer: BulkWriter,
        report: ImportReport,
    ) -> None:
        keys = [values[self.key_field] for _, values in chunk]
        named = issubclass(self.model, MultilingualNamed)
        name_fields = ["name_en", "name_ru", "name_zh", "name_local", "aliases"] if named else []
        existing = writer.rows_by_key(self.key_field, keys, ["id", *name_fields])
        defaults = writer.defaults()
        now = timezone.now()
        creates, updates = [], []
        present: set[str] = set()
        for _, values in chunk:
            plain = {k: v for k, v in values.items() if k not in self.many_to_many}
            present.update(plain)
            found = existing.get(values[self.key_field])
            if found is None:
                creates.append(self._new_row(values, defaults))
            else:
                row = dict(plain)
                if named:
                    names = dict(zip(name_fields, found[1:], strict=True)) | {
                        k: v for k, v in plain.items() if k in name_fields
                    }
                    row["search_keys"] = _search_keys(names)
                updates.append(row)
        writer.insert(creates)
        if updates:
            columns = sorted(present - {self.key_field})
            if named:
                columns.append("search_keys")
            if "updated" in writer.by_attname:
                columns.append("updated")
                for row in updates:
                    row["updated"] = now
            for row in updates:
                for name in columns:
                    row.setdefault(name, defaults[name])
            writer.update(updates, self.key_field, columns)
        self._write_links(chunk, writer)
        report.created += len(creates)
        report.updated += len(updates)
        report.keys.extend(keys)

    def write_many_to_many(self, chunk: list[tuple[int, dict[str, Any]]]) -> None:
        for name in self.many_to_many:
            if not any(name in values for _, values in chunk):
                continue  # column absent from the file: leave the links as they are
            relation = self.model._meta.get_field(name)
            through = relation.remote_field.through
            own = f"{self.model._meta.model_name}_id"
            other = f"{relation.related_model._meta.model_name}_id"
            # Only rows that existed before can have links to replace.
            old = [values["__pk"] for _, values in chunk if not values.get("__new")]
            if old:
                through.objects.filter(**{f"{own}__in": old}).delete()
            if relation.related_model is Sector:
                ids = ensure_sectors({c for _, v in chunk for c in v.get(name, [])})
            else:
                ids = {}
            BulkWriter(through).insert(
                [
                    {own: values["__pk"], other: ids.get(item, item)}
                    for _, values in chunk
                    for item in dict.fromkeys(values.get(name, []))
                ]
            )

    # exporting: the same columns, so that an export imports back

    def export_header(self) -> list[str]:
        return [c.names[0] for c in [*self.columns, *self.many_to_many.values()]]

    def export_row(self, obj: models.Model) -> dict[str, Any]:
        row = {c.names[0]: getattr(obj, c.field) for c in self.columns}
        for name, column in self.many_to_many.items():
            row[column.names[0]] = [self.related_label(r) for r in getattr(obj, name).all()]
        return row

    def related_label(self, related: models.Model) -> str:
        return getattr(related, "code", None) or str(related.pk)

    def run(
        self, path: Path, fmt: str | None = None, progress: ProgressCallback | None = None
    ) -> ImportReport:
        rows = read_rows(path, settings.PARKBRIDGE_IMPORT_MAX_BYTES, fmt)
        parsed = self.parse(rows)
        return self.apply(parsed, progress)


def sector_codes(value: object) -> list[str]:
    """Sector words of a cell (any language, ``;``-separated) → vocabulary codes; a word that
    maps to no sector is a row error naming it and the closest sectors."""
    try:
        return vocabulary().resolve_all(text_list(value))
    except UnknownSector as error:
        raise ValueError(str(error)) from None


def ensure_sectors(codes: set[str]) -> dict[str, int]:
    """Sector ids by code, creating the vocabulary's sectors (with their parents, labels and
    ISIC codes) that are not stored yet. A code outside the vocabulary is stored as given."""
    vocab = vocabulary()
    wanted = set(codes)
    for code in codes:
        wanted.update(vocab.ancestors(code))
    existing = dict(Sector.objects.filter(code__in=wanted).values_list("code", "pk"))
    missing = []
    for code in wanted - set(existing):
        entry = vocab.entries.get(code)
        missing.append(
            Sector(
                code=code,
                name_en=entry.label("en") if entry else code.replace("-", " ").capitalize(),
                name_ru=entry.label("ru") if entry else "",
                name_zh=entry.label("zh") if entry else "",
                isic=";".join(entry.isic)[:10] if entry else "",
            )
        )
    if missing:
        Sector.objects.bulk_create(missing, ignore_conflicts=True)
        existing = dict(Sector.objects.filter(code__in=wanted).values_list("code", "pk"))
        for sector in Sector.objects.filter(code__in=[m.code for m in missing]):
            entry = vocab.entries.get(sector.code)
            if entry and entry.parent and entry.parent in existing:
                sector.parent_id = existing[entry.parent]
                sector.save(update_fields=["parent"])
    return {code: pk for code, pk in existing.items() if code in codes}


__all__ = ["ImportFileError", "ImportRejected", "Importer", "RowError"]
