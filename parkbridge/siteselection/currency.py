"""Currency conversion with a stated table of exchange rates (units per 1 USD).

The defaults are indicative round figures, stated here so every result can be reproduced; a
project overrides any of them with `exchange_rates`. Nothing is fetched from the network.
"""

from __future__ import annotations

DEFAULT_UNITS_PER_USD: dict[str, float] = {
    "USD": 1.0,
    "EUR": 0.92,
    "RUB": 90.0,
    "CNY": 7.2,
    "BYN": 3.3,
    "KZT": 500.0,
    "UZS": 12700.0,
    "VND": 25000.0,
    "KGS": 87.0,
    "AMD": 390.0,
    "GEL": 2.7,
    "INR": 84.0,
    "IRR": 42000.0,
    "TJS": 10.9,
    "MNT": 3400.0,
    "EGP": 48.0,
    "OMR": 0.385,
    "AED": 3.6725,
}


class CurrencyError(ValueError):
    """A currency has no stated exchange rate."""


def rate_table(overrides: dict[str, float] | None = None) -> dict[str, float]:
    table = dict(DEFAULT_UNITS_PER_USD)
    table.update({code.upper(): float(value) for code, value in (overrides or {}).items()})
    return table


def convert(amount: float, source: str, target: str, table: dict[str, float]) -> float:
    """Convert `amount` from `source` to `target` currency through USD."""
    try:
        return amount / table[source.upper()] * table[target.upper()]
    except KeyError as exc:
        raise CurrencyError(f"no exchange rate stated for {exc.args[0]}") from None
