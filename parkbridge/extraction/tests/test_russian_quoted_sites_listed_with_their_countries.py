"""Russian sites: a list of quoted names after a plural head may give each its country in
brackets ("«А» (ОАЭ) и «Б» (Турция)"); listed names after a head keep their nominative form
(sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _sites(body: str) -> list[str]:
    return [s.name for s in extract_article("Москва, 3 марта 2024 года.\n\n" + body).sites]


def test_each_quoted_zone_with_its_country_in_brackets_is_a_site() -> None:
    body = (
        'Подписи поставили представители свободных экономических зон "Варна" (Болгария) '
        'и "Керала" (Индия).'
    )
    assert sorted(_sites(body)) == ["Варна", "Керала"]
