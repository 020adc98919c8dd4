"""The fallback .po → .mo compiler gives Python's gettext the same catalogue msgfmt would."""

from __future__ import annotations

import gettext
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parkbridge.web.i18n_compile import PoSyntaxError, compile_catalogues, parse_po, write_mo

SAMPLE = r"""
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
"(n%100<10 || n%100>=20) ? 1 : 2);\n"

#: templates/x.html:1
msgid "Sites"
msgstr "Площадки"

msgctxt "map"
msgid "Open"
msgstr "Открыть карту"

msgid "Open"
msgstr "Открыть"

msgid "%(counter)s site"
msgid_plural "%(counter)s sites"
msgstr[0] "%(counter)s площадка"
msgstr[1] "%(counter)s площадки"
msgstr[2] "%(counter)s площадок"

msgid ""
"A long "
"message"
msgstr "Длинное "
"сообщение \"в кавычках\""

#, fuzzy
msgid "Unsure"
msgstr "Не уверен"

msgid "Untranslated"
msgstr ""
"""


def catalogue(po_text: str, tmp_path: Path) -> gettext.GNUTranslations:
    po = tmp_path / "django.po"
    po.write_text(po_text, "utf-8")
    mo = tmp_path / "django.mo"
    write_mo(parse_po(po), mo)
    return gettext.GNUTranslations(io.BytesIO(mo.read_bytes()))


def test_messages_contexts_plurals_and_continuations_compile(tmp_path):
    t = catalogue(SAMPLE, tmp_path)
    assert t.gettext("Sites") == "Площадки"
    assert t.pgettext("map", "Open") == "Открыть карту"
    assert t.gettext("Open") == "Открыть"
    assert t.ngettext("%(counter)s site", "%(counter)s sites", 1) == "%(counter)s площадка"
    assert t.ngettext("%(counter)s site", "%(counter)s sites", 3) == "%(counter)s площадки"
    assert t.ngettext("%(counter)s site", "%(counter)s sites", 5) == "%(counter)s площадок"
    assert t.gettext("A long message") == 'Длинное сообщение "в кавычках"'


def test_fuzzy_and_untranslated_entries_are_left_out(tmp_path):
    t = catalogue(SAMPLE, tmp_path)
    assert t.gettext("Unsure") == "Unsure"
    assert t.gettext("Untranslated") == "Untranslated"


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU msgfmt is not installed")
def test_the_result_matches_gnu_msgfmt(tmp_path):
    ours = catalogue(SAMPLE, tmp_path)
    subprocess.run(
        ["msgfmt", "-o", str(tmp_path / "gnu.mo"), str(tmp_path / "django.po")], check=True
    )
    gnu = gettext.GNUTranslations(io.BytesIO((tmp_path / "gnu.mo").read_bytes()))
    assert ours._catalog == gnu._catalog


def test_a_malformed_catalogue_names_the_line(tmp_path):
    po = tmp_path / "bad.po"
    po.write_text('msgid "a"\nmsgstr unquoted\n', "utf-8")
    with pytest.raises(PoSyntaxError, match="bad.po:2"):
        parse_po(po)
    po.write_text('msgid "a"\nmsgsomething "b"\n', "utf-8")
    with pytest.raises(PoSyntaxError, match="unknown keyword"):
        parse_po(po)


def test_only_stale_catalogues_are_recompiled(tmp_path):
    folder = tmp_path / "ru" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "django.po").write_text(SAMPLE, "utf-8")
    assert compile_catalogues(tmp_path) == [folder / "django.mo"]
    assert compile_catalogues(tmp_path) == []


def po_string(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    )
    return f'"{escaped}"'


texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
) | st.sampled_from(["line\nbreak", 'quote "x"', "back\\slash", "tab\tstop"])


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(texts, texts, min_size=1, max_size=8))
def test_any_messages_round_trip(tmp_path_factory, messages):
    tmp_path = tmp_path_factory.mktemp("po")
    body = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    for source, target in messages.items():
        body += f"msgid {po_string(source)}\nmsgstr {po_string(target)}\n\n"
    t = catalogue(body, tmp_path)
    for source, target in messages.items():
        assert t.gettext(source) == target
