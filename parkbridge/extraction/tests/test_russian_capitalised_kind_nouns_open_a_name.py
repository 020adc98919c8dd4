"""A capitalised kind noun inside a Russian sentence opens a name with its genitive
complement ("в реестр Кластер производителей мебели и игрушек"); a lower-case one or one
opening the sentence does not (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _sites(body: str) -> list[str]:
    return [s.name for s in extract_article("ТВЕРЬ, 4 марта 2025 года.\n\n" + body + "\n").sites]


def test_a_capitalised_cluster_inside_a_sentence_is_named_with_its_complement() -> None:
    assert _sites("Министерство включило в реестр Кластер производителей посуды и текстиля.") == [
        "Кластер производителей посуды и текстиля"
    ]


def test_a_lower_case_cluster_is_no_name() -> None:
    assert _sites("В регионе работает кластер производителей посуды.") == []
