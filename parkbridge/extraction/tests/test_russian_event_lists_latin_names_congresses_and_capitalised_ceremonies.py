"""Russian events: each quoted name of a list after an event head, a foreign event written in
Latin letters after a Russian head, a congress ("съезд") named by adjectives, and a ceremony
opening a sentence ("Церемония подписания …"); a visit's words do not run on into what else
its programme holds (sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.described_events import find_described_events


def _events(body: str) -> list[str]:
    text = "ТВЕРЬ, 4 марта 2025 года.\n\n" + body + "\n"
    return [e.name for e in extract_article(text).events]


def test_each_quoted_name_after_an_event_head_is_an_event() -> None:
    names = _events("Завод показал станки на выставках «Станкоград» и «Металлист».")
    assert len(names) == 2
    assert any("Металлист" in n for n in names)


def test_a_foreign_event_in_latin_letters_is_an_event() -> None:
    assert _events("Компания участвовала в выставке Lakeside Industry Fair в Шанхае.") == [
        "Lakeside Industry Fair"
    ]
    assert _events("Делегаты приехали на форум GIPF в Минске.") == ["GIPF"]


def test_one_latin_word_after_a_head_is_no_event() -> None:
    assert _events("На конференции Яндекс и Google сообщили о планах.") == []


def test_a_congress_named_by_adjectives_is_an_event() -> None:
    assert _events("Всероссийский отраслевой съезд прошел в Твери.") == [
        "Всероссийский отраслевой съезд"
    ]


def test_a_ceremony_opening_a_sentence_is_an_event() -> None:
    names = [m.name for m in find_described_events("Церемония подписания прошла в мэрии.", "ru")]
    assert names == ["Церемония подписания"]


def test_a_visit_does_not_run_into_its_programme() -> None:
    names = [
        m.name
        for m in find_described_events(
            "В ходе визита также предусмотрено участие в Национальном съезде.", "ru"
        )
    ]
    assert not any(n.startswith("визит") for n in names)
