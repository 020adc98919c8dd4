"""A Russian park named by its partners, in lower case, with a genitive complement, is a site
(sentences written for these tests)."""

from parkbridge.extraction import extract_article


def test_a_lower_case_bilateral_park_with_its_complement_is_a_site() -> None:
    facts = extract_article(
        "Новости\n\n"
        "Стороны обсудили создание узбекско-турецкого современного индустриального парка "
        "текстильных изделий в Андижане."
    )
    assert [(s.name, s.kind) for s in facts.sites] == [
        ("узбекско-турецкий современный индустриальный парк текстильных изделий", "industrial_park")
    ]


def test_a_bilateral_park_is_not_extended_over_a_pronoun() -> None:
    facts = extract_article(
        "Новости\n\nРезиденты российско-китайского технопарка которых стало больше, довольны."
    )
    assert [s.name for s in facts.sites] == ["российско-китайский технопарк"]
