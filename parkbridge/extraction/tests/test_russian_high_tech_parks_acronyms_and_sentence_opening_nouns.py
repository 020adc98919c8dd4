"""Russian: a "Парк … технологий" is a technopark, its acronym is the same site, a cross-border
cooperation centre's acronym heads a zone, and a plural noun opening the sentence is no part of
a tagged name (sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.russian import _plural_head


def test_a_park_of_technologies_and_its_acronym_are_one_technopark() -> None:
    facts = extract_article(
        "Новости\n\n"
        "Участниками Парка информационных технологий стали 40 компаний. "
        "Льготы ПИТ продлены до 2040 года."
    )
    assert [(s.name, s.kind) for s in facts.sites] == [
        ("Парк информационных технологий", "technopark")
    ]
    assert facts.organizations == []


def test_a_cross_border_centre_acronym_heads_a_free_zone() -> None:
    facts = extract_article("Новости\n\nЧерез МЦПС «Восток» прошли 40 тыс. туристов.")
    assert [s.kind for s in facts.sites] == ["fez"]


def test_words_after_a_singular_head_do_not_make_it_plural() -> None:
    assert not _plural_head("Парк высоких технологий")
    assert _plural_head("Индустриальные парки Татарстана")


def test_a_news_section_label_is_no_organisation() -> None:
    from parkbridge.extraction.russian import _is_organisation_name

    assert not _is_organisation_name("Новости")
