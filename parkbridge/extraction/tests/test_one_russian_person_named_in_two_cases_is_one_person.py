"""A Russian person named in two grammatical cases ("Игорь Стрельцов", "с Игорем Стрельцовым")
is one person; two people who share only a first name stay two (sentences written for these
tests)."""

from parkbridge.extraction import extract_article


def _people(text: str) -> list[str]:
    return [p.name for p in extract_article(text).people]


def test_a_person_named_again_in_another_case_is_listed_once() -> None:
    text = (
        "Губернатор области Игорь Стрельцов открыл новый технопарк.\n\n"
        "Делегация встретилась с Игорем Стрельцовым в Казани."
    )
    names = _people(text)
    assert len([n for n in names if n.startswith("Игор")]) == 1


def test_two_people_with_different_surnames_stay_two() -> None:
    text = (
        "Министр Игорь Стрельцов и заместитель министра Игорь Волков подписали соглашение "
        "в технопарке «Луч»."
    )
    names = _people(text)
    assert any("Стрельцов" in n for n in names)
    assert any("Волков" in n for n in names)
