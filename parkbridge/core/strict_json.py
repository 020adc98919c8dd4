"""JSON as the API and the imports accept it: standard JSON only. Python's ``json`` reads
``NaN`` and ``Infinity`` (not JSON; a NaN latitude became null), strings may carry NUL
(which PostgreSQL text refuses and which hides text from readers), integers of thousands of
digits and nesting thousands deep raise ValueError / RecursionError rather than a message.
:func:`loads` turns each of these into a :class:`StrictJsonError` with a clear message."""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 64


class StrictJsonError(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise StrictJsonError(f"{name} is not a JSON number; send a finite number or null")


def check_value(value: Any, depth: int = 0) -> None:
    """Refuse NUL characters anywhere and nesting deeper than :data:`MAX_DEPTH`."""
    if depth > MAX_DEPTH:
        raise StrictJsonError(f"nested deeper than {MAX_DEPTH} levels")
    if isinstance(value, str):
        if "\x00" in value:
            raise StrictJsonError("a text contains a NUL character (\\u0000)")
    elif isinstance(value, dict):
        for key, item in value.items():
            check_value(key, depth + 1)
            check_value(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            check_value(item, depth + 1)


def loads(text: str | bytes) -> Any:
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except StrictJsonError:
        raise
    except json.JSONDecodeError as error:
        raise StrictJsonError(f"line {error.lineno}: invalid JSON: {error.msg}") from error
    except RecursionError:
        raise StrictJsonError(f"nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as error:  # an integer of more than 4,300 digits
        raise StrictJsonError(f"a number is too long ({error})") from error
    check_value(value)
    return value
