"""Importing an organiser's participant list (CSV or XLSX): every line is checked first and the
errors are reported with their line numbers; nothing is saved unless every line is right."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from parkbridge.b2b.models import B2BParticipant, B2BProgramme, B2BRole, Slot
from parkbridge.b2b.preferences import ProgrammeTimes
from parkbridge.core.access import visible
from parkbridge.core.tabular import ImportFileError, read_rows
from parkbridge.core.validators import validate_country
from parkbridge.organisations.models import Organisation

MAX_BYTES = 2_000_000
MAX_ROWS = 5000
COLUMNS = (
    "name", "organisation", "country", "role", "email", "phone", "languages", "offer", "seek",
    "booth", "max_meetings", "online", "user", "preferred",
)  # fmt: skip
TRUE = {"yes", "true", "1", "y", "да", "是"}
FALSE = {"", "no", "false", "0", "n", "нет", "否"}
LANGUAGE = re.compile(r"^[a-z]{2}$")
# ``preferred`` holds session labels and slot start times separated by ";" or new lines (a
# time may itself contain a space or a comma-free offset, so no other separator).
PREFERRED_SEPARATOR = re.compile(r"[;\n]+")


class ImportRefused(ValueError):
    """The file was not imported; ``errors`` are the lines to fix."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors[:5]))
        self.errors = errors


@dataclass
class Parsed:
    line: int
    fields: dict[str, object]


def _text(values: dict, key: str, limit: int) -> str:
    value = str(values.get(key, "") or "").strip()
    if "\x00" in value:
        raise ValueError(_("%(column)s: contains a NUL character") % {"column": key})
    if len(value) > limit:
        raise ValueError(
            _("%(column)s: longer than %(limit)s characters") % {"column": key, "limit": limit}
        )
    return value


def _preferred(values: dict, times: ProgrammeTimes) -> list[Slot]:
    chosen: dict[int, Slot] = {}
    for item in PREFERRED_SEPARATOR.split(_text(values, "preferred", 3000)):
        if not item.strip():
            continue
        try:
            slots = times.item(item)
        except ValueError as error:
            raise ValueError(_("preferred: %(error)s") % {"error": error}) from None
        chosen.update((s.pk, s) for s in slots)
    return list(chosen.values())


def _parse(
    values: dict,
    programme: B2BProgramme,
    user,
    organisations: dict[str, Organisation],
    times: ProgrammeTimes,
):
    unknown = sorted(set(values) - set(COLUMNS))
    if unknown:
        raise ValueError(
            _("unknown column %(column)s (columns: %(columns)s)")
            % {"column": repr(unknown[0]), "columns": ", ".join(COLUMNS)}
        )
    name = _text(values, "name", 300)
    org_name = _text(values, "organisation", 300)
    organisation = None
    if org_name:
        organisation = organisations.get(org_name.casefold())
        if organisation is None:
            raise ValueError(
                _("organisation: no organisation named %(name)s") % {"name": repr(org_name)}
            )
    if not (name or organisation):
        raise ValueError(_("name: give a name or an organisation"))
    country = _text(values, "country", 2).upper() or (organisation.country if organisation else "")
    try:
        validate_country(country)
    except ValidationError:
        raise ValueError(
            _("country: %(value)s is not an ISO 3166-1 alpha-2 code") % {"value": repr(country)}
        ) from None
    role = _text(values, "role", 20).lower().replace(" ", "_")
    if role and role not in B2BRole.values:
        raise ValueError(
            _("role: %(value)s is not one of %(choices)s")
            % {"value": repr(role), "choices": ", ".join(B2BRole.values)}
        )
    email = _text(values, "email", 254)
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise ValueError(
                _("email: %(value)s is not an e-mail address") % {"value": repr(email)}
            ) from None
    languages = sorted(
        {x for x in re.split(r"[;,\s]+", _text(values, "languages", 100).lower()) if x}
    )
    bad = [x for x in languages if not LANGUAGE.match(x)]
    if bad:
        raise ValueError(
            _("languages: %(value)s is not a two-letter language code (en, ru, zh)")
            % {"value": repr(bad[0])}
        )
    cap = _text(values, "max_meetings", 10)
    if cap:
        try:
            number = float(cap)
        except ValueError:
            raise ValueError(
                _("max_meetings: %(value)s is not a number") % {"value": repr(cap)}
            ) from None
        if number != int(number) or not 0 <= number <= 200:
            raise ValueError(_("max_meetings: a whole number from 0 to 200"))
        cap_value = int(number)
    else:
        cap_value = programme.default_max_meetings
    online = _text(values, "online", 10).lower()
    if online not in TRUE | FALSE:
        raise ValueError(_("online: %(value)s is not yes or no") % {"value": repr(online)})
    account = None
    login = _text(values, "user", 150)
    if login:
        users = get_user_model().objects
        account = users.filter(username=login).first() or users.filter(email=login).first()
        if account is None:
            raise ValueError(_("user: no account %(login)s") % {"login": repr(login)})
    return {
        "display_name": name,
        "organisation": organisation,
        "country": country,
        "role": role,
        "contact_email": email,
        "contact_phone": _text(values, "phone", 40),
        "languages": languages,
        "offer": _text(values, "offer", 3000),
        "seek": _text(values, "seek", 3000),
        "booth": _text(values, "booth", 100),
        "max_meetings": cap_value,
        "online": online in TRUE,
        "user": account,
        "preferred": _preferred(values, times),
    }


def import_participants(programme: B2BProgramme, user, upload, filename: str) -> int:
    """Import the uploaded file; returns how many participants were added, or raises
    :class:`ImportRefused` with every error (nothing saved) or :class:`ImportFileError`."""
    suffix = Path(filename).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ImportFileError(
            _("%(file)s: upload a .csv or .xlsx file") % {"file": Path(filename).name}
        )
    if upload.size is not None and upload.size > MAX_BYTES:
        raise ImportFileError(
            _("the file is over the %(limit)s-byte limit") % {"limit": f"{MAX_BYTES:,}"}
        )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"participants{suffix}"
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        rows = read_rows(path, MAX_BYTES)
    if len(rows) > MAX_ROWS:
        raise ImportFileError(_("more than %(count)s lines; split the file") % {"count": MAX_ROWS})
    if not rows:
        raise ImportFileError(_("the file has a header but no participants"))
    organisations = {
        o.name_en.casefold(): o for o in visible(Organisation.objects.all(), user) if o.name_en
    }
    times = ProgrammeTimes(programme)
    parsed, errors = [], []
    seen_users: set[int] = set(
        programme.participants.filter(user__isnull=False).values_list("user_id", flat=True)
    )
    for row in rows:
        try:
            fields = _parse(row.values, programme, user, organisations, times)
        except ValueError as error:
            errors.append(_("line %(line)s: %(error)s") % {"line": row.line, "error": error})
            continue
        account = fields["user"]
        if account is not None:
            if account.pk in seen_users:
                errors.append(
                    _("line %(line)s: user: %(account)s is registered already")
                    % {"line": row.line, "account": account}
                )
                continue
            seen_users.add(account.pk)
        parsed.append(fields)
    if errors:
        raise ImportRefused(errors)
    with transaction.atomic():
        for fields in parsed:
            preferred = fields.pop("preferred")
            person = B2BParticipant.objects.create(programme=programme, approved=True, **fields)
            if preferred:
                person.preferred_slots.set(preferred)
    return len(parsed)
