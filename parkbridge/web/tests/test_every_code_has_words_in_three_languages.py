"""Every code a visitor may meet has its words in Russian and Chinese: the labels of every
model's choices, the label module's codes (incentive benefits) and the site-selection
comparison's rows, all from one catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.apps import apps
from django.utils import translation

from parkbridge.marketplace.comparison_labels import WORDS
from parkbridge.web.i18n_compile import parse_po
from parkbridge.web.labels import CODE_LABELS, MEASURE_LABELS, UNIT_LABELS, label, unit_label

LOCALE = Path(__file__).resolve().parents[2] / "locale"


def english_labels() -> dict[str, str]:
    """English label → where it comes from."""
    found: dict[str, str] = {}
    with translation.override("en"):
        for model in apps.get_models():
            if not model.__module__.startswith("parkbridge."):
                continue
            for field in model._meta.get_fields():
                for value, text in getattr(field, "flatchoices", None) or ():
                    if value not in ("", None):
                        found.setdefault(str(text), f"{model._meta.label}.{field.name}")
        for code, text in CODE_LABELS.items():
            found.setdefault(str(text), f"labels.CODE_LABELS[{code!r}]")
        for code, text in UNIT_LABELS.items():
            if str(text) != "%":
                found.setdefault(str(text), f"labels.UNIT_LABELS[{code!r}]")
    for text in (*WORDS, *MEASURE_LABELS):
        found.setdefault(text, "a label module")
    return found


@pytest.mark.parametrize("language", ["ru", "zh_Hans"])
def test_every_label_is_in_the_catalogue(language):
    catalogue = {key.decode() for key in parse_po(LOCALE / language / "LC_MESSAGES" / "django.po")}
    missing = {text: origin for text, origin in english_labels().items() if text not in catalogue}
    assert missing == {}


def test_an_unknown_code_still_reads_as_words():
    with translation.override("en"):
        assert label("tax_holiday") == "Tax holiday"
        assert label("free_customs_zone") == "Free customs zone"
    with translation.override("ru"):
        assert label("reduced_rate") == "Пониженная ставка"
    assert label(None) == "" and label("") == ""


def _marked_templates(module_path: Path) -> set[str]:
    import ast

    tree = ast.parse(module_path.read_text(encoding="utf-8"))
    return {
        ast.literal_eval(node.args[0])
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "gettext_noop"
    }


@pytest.mark.parametrize("language", ["ru", "zh_Hans"])
def test_every_site_selection_sentence_is_in_the_catalogue(language):
    root = LOCALE.parent
    templates = _marked_templates(root / "siteselection" / "results.py")
    templates |= _marked_templates(root / "marketplace" / "selection.py")
    assert len(templates) > 40
    catalogue = {key.decode() for key in parse_po(LOCALE / language / "LC_MESSAGES" / "django.po")}
    assert sorted(templates - catalogue) == []


def test_units_read_as_words_or_signs():
    with translation.override("ru"):
        assert unit_label("km2") == "км²"
        assert unit_label("percent") == "%"
    assert unit_label("USD") == "USD"
    assert unit_label(None) == ""
