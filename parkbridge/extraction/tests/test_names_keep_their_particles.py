"""Names keep their particles (SCHEMA.md): "bin", "al", "van", "El-"."""

from parkbridge.extraction import extract_article


def _people(text: str) -> list[str]:
    return [p.name for p in extract_article(text).people]


def test_a_hyphenated_particle_after_a_two_part_name_stays_in_it() -> None:
    assert _people("Port chairman Karim Fathi El-Sayed said cargo grew.") == [
        "Karim Fathi El-Sayed"
    ]


def test_a_lowercase_bin_joins_a_name_after_a_role() -> None:
    assert "Khalid bin Rashid" in _people("Crown Prince Khalid bin Rashid opened the zone.")


def test_a_capitalised_al_continues_a_name() -> None:
    assert "Omar Al Mansoori" in _people("Talks were held with Omar Al Mansoori, the minister.")


def test_dutch_particles_stay_in_the_name() -> None:
    assert "Pieter van der Linden" in _people("Trade minister Pieter van der Linden visited Lagos.")


def test_a_place_name_with_de_is_not_a_person() -> None:
    assert _people("Exporters from Rio de Janeiro attended the fair.") == []
