"""The press pages read in Russian and Chinese: headings, buttons and form labels translated."""

from __future__ import annotations

import pytest

from parkbridge.press.models import IngestionRun

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "words"),
    [("ru", ["Источники прессы", "Добавить ленту", "Адрес ленты (RSS или Atom)", "Загрузить файл"]),
     ("zh-hans", ["新闻来源", "添加订阅源", "订阅源地址（RSS 或 Atom）", "上传文件"])],
)  # fmt: skip
def test_the_sources_page_in_russian_and_chinese(client, reviewer, language, words):
    IngestionRun.objects.create(origin="feed", status="running", total=3, processed=1)
    client.force_login(reviewer)
    client.cookies["django_language"] = language
    page = client.get("/press/sources/").content.decode()
    for word in words:
        assert word in page
    assert "Add feed" not in page and "Poll every" not in page


@pytest.mark.parametrize(
    ("language", "words"),
    [("ru", ["Исправить перед принятием", "Принять выбранные", "Уверенность от"]),
     ("zh-hans", ["接受前更正", "接受所选", "置信度从"])],
)  # fmt: skip
def test_the_queue_in_russian_and_chinese(client, reviewer, make_proposal, language, words):
    make_proposal("person", {"name": "Ivan Petrov"})
    client.force_login(reviewer)
    client.cookies["django_language"] = language
    page = client.get("/press/").content.decode()
    for word in words:
        assert word in page
