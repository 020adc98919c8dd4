"""The Russian and Chinese catalogues translate every message they hold: no empty translation,
no empty plural form, nothing left ``fuzzy`` (fuzzy messages are not used, so the page would
show English)."""

from __future__ import annotations

from pathlib import Path

import pytest

from parkbridge.web.i18n_compile import repeated_and_short_plural_messages, untranslated_messages

LOCALE = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.parametrize("language", ["ru", "zh_Hans"])
def test_the_catalogue_has_no_untranslated_or_fuzzy_message(language):
    catalogue = LOCALE / language / "LC_MESSAGES" / "django.po"
    assert catalogue.is_file()
    assert untranslated_messages(catalogue) == []


def test_the_check_finds_an_empty_a_fuzzy_and_a_half_translated_plural(tmp_path):
    catalogue = tmp_path / "django.po"
    catalogue.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Sites"\nmsgstr "Площадки"\n\n'
        'msgid "Events"\nmsgstr ""\n\n'
        '#, fuzzy\nmsgid "Agreements"\nmsgstr "Соглашения"\n\n'
        'msgid "%(n)s site"\nmsgid_plural "%(n)s sites"\n'
        'msgstr[0] "%(n)s площадка"\nmsgstr[1] ""\nmsgstr[2] "%(n)s площадок"\n',
        encoding="utf-8",
    )
    assert untranslated_messages(catalogue) == [
        "untranslated: 'Events'",
        "fuzzy: 'Agreements'",
        "untranslated: '%(n)s site'",
    ]


@pytest.mark.parametrize("language", ["ru", "zh_Hans"])
def test_the_catalogue_holds_each_message_once_with_every_plural_form(language):
    # GNU msgfmt --check refuses both; our compiler would silently keep the last definition.
    catalogue = LOCALE / language / "LC_MESSAGES" / "django.po"
    assert repeated_and_short_plural_messages(catalogue) == []


def test_the_check_finds_a_repeated_message_and_a_missing_plural_form(tmp_path):
    catalogue = tmp_path / "django.po"
    catalogue.write_text(
        'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=3; plural=(n%10==1 ? 0 : 1);\\n"\n\n'
        'msgid "Sites"\nmsgstr "Площадки"\n'
        'msgid "Sites"\nmsgstr "Объекты"\n\n'
        'msgctxt "map"\nmsgid "Sites"\nmsgstr "Площадки"\n\n'
        'msgid "%(n)s site"\nmsgid_plural "%(n)s sites"\n'
        'msgstr[0] "%(n)s площадка"\nmsgstr[1] "%(n)s площадки"\n',
        encoding="utf-8",
    )
    assert repeated_and_short_plural_messages(catalogue) == [
        "repeated: 'Sites'",
        "2 of 3 plural forms: '%(n)s site'",
    ]
