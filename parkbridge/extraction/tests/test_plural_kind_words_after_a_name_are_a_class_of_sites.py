"""English sites: lower-case kind words after a name make it a site only in the singular
("Velmora free port"); in the plural they name a class ("Central American free trade zones")
(sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _sites(body: str) -> list[str]:
    return [s.name for s in extract_article("Zone news\n\n" + body).sites]


def test_plural_kind_words_after_a_name_are_a_class() -> None:
    assert _sites("Some 40 Central American free trade zones have agreed to join.") == []


def test_singular_kind_words_after_a_name_make_a_site() -> None:
    assert _sites("Ships now call at the Velmora free port every week.") == ["Velmora free port"]


def test_a_technopolis_is_not_a_plural() -> None:
    assert _sites('The Velmoran technopolis "Kantor" opened a branch.') != []
