"""A Chinese agenda PDF embeds a font that has the characters: the text extracted back from the
PDF is the Chinese text that went in (a missing glyph comes back as nothing or a box)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from parkbridge.b2b.models import Meeting, RunStatus, ScheduleRun

CHINESE_PARTNER = "青岛港集团"


def _cjk_font_installed() -> bool:
    if shutil.which("fc-list") is None:
        return False
    listed = subprocess.run(
        ["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=False
    )
    return bool(listed.stdout.strip())


@pytest.fixture
def chinese_agenda(b2b, event, organiser, compiled_translations):
    if not _cjk_font_installed():
        if os.environ.get("CI"):
            pytest.fail("no CJK font in CI: .ci/run installs fonts-noto-cjk")
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    programme = b2b.programme(event, tables=1, organiser=organiser)
    me = b2b.person(programme, "Harbin Machinery", country="CN")
    partner = b2b.person(programme, CHINESE_PARTNER, country="CN")
    run = ScheduleRun.objects.create(
        programme=programme, number=1, status=RunStatus.DONE, published=True, meetings_count=1
    )
    meeting_request = b2b.request(me, partner)
    Meeting.objects.create(
        run=run,
        request=meeting_request,
        a=me,
        b=partner,
        slot=programme.ordered_slots().first(),
        table=programme.ordered_tables().first(),
    )
    return me


def test_a_chinese_agenda_pdf_gives_back_its_chinese_text(chinese_agenda):
    from pypdf import PdfReader

    client = Client()
    client.cookies["django_language"] = "zh-hans"
    response = client.get(f"/b2b/agenda/{chinese_agenda.agenda_key}/agenda.pdf")
    assert response.status_code == 200
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    compact = "".join(text.split())
    assert CHINESE_PARTNER in compact
    with translation.override("zh-hans"):
        title = gettext("B2B agenda: %(name)s") % {"name": chinese_agenda.name}
    assert title != f"B2B agenda: {chinese_agenda.name}", "no Chinese catalogue compiled"
    assert "".join(title.split()) in compact
