"""Tables added on the console are named in the organiser's language, and a table without a
label reads in the reader's language."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse
from django.utils import translation

from parkbridge.b2b.models import Table


def test_tables_added_in_russian_are_named_in_russian(b2b, event, organiser):
    programme = b2b.programme(event, tables=0, organiser=organiser)
    client = Client(HTTP_ACCEPT_LANGUAGE="ru")
    client.force_login(organiser)
    client.cookies["django_language"] = "ru"
    url = reverse("b2b:console-slots", args=[programme.pk])
    client.post(url, {"add-tables": "1", "tables-count": "2", "tables-location": ""})
    assert list(programme.tables.order_by("number").values_list("label", flat=True)) == [
        "Стол 1",
        "Стол 2",
    ]


def test_a_table_without_a_label_reads_in_the_readers_language(b2b, event, organiser):
    programme = b2b.programme(event, tables=0, organiser=organiser)
    table = Table.objects.create(programme=programme, number=7, label="")
    with translation.override("zh-hans"):
        assert str(table) == "7 号桌"
    with translation.override("en"):
        assert str(table) == "Table 7"
