"""Sites: a shorter naming of a site whose extra words only describe it ("Integrated") is the
same site; a part, a phase or a direction makes another site (sentences written for these
tests)."""

from parkbridge.extraction import extract_article


def _sites(body: str) -> list[str]:
    return [s.name for s in extract_article("Zone news\n\n" + body).sites]


def test_a_site_named_without_a_describing_word_is_the_same_site() -> None:
    body = (
        "Plans include the Kelmora Vantu Integrated Industrial Park in Mombasa. "
        "The Kelmora Vantu Industrial Park will host 20 firms."
    )
    assert _sites(body) == ["Kelmora Vantu Integrated Industrial Park"]


def test_a_direction_or_an_extension_makes_another_site() -> None:
    assert (
        len(
            _sites(
                "The Kelmora Special Economic Zone and the North Kelmora Special Economic Zone grew."
            )
        )
        == 2
    )
    assert (
        len(_sites("The Kelmora Industrial Park and the Kelmora Industrial Park Extension grew."))
        == 2
    )
