"""Hostile and malformed participant files get a clear refusal and change nothing."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from parkbridge.b2b.participant_import import MAX_BYTES, ImportRefused, import_participants
from parkbridge.core.tabular import ImportFileError


@pytest.fixture
def programme(b2b, event, organiser):
    return b2b.programme(event, organiser=organiser)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("people.txt", b"name\nA\n", "upload a .csv or .xlsx"),
        ("people.csv", b"", "empty"),
        ("people.csv", b"name,country\n", "no participants"),
        ("people.csv", b"name,name\nA,B\n", "appears twice"),
        ("people.xlsx", b"PK\x03\x04 not really a workbook", "not a readable XLSX"),
        ("people.csv", b"\xff\xfe\x00n\x00a", "binary"),
    ],
)
def test_an_unreadable_file_is_refused_with_its_reason(
    programme, organiser, name, content, message
):
    upload = SimpleUploadedFile(name, content)
    with pytest.raises(ImportFileError, match=message):
        import_participants(programme, organiser, upload, name)
    assert not programme.participants.exists()


def test_an_oversized_file_is_refused_before_it_is_read(programme, organiser):
    upload = SimpleUploadedFile("people.csv", b"name\n" + b"x\n" * (MAX_BYTES // 2 + 1))
    with pytest.raises(ImportFileError, match="limit"):
        import_participants(programme, organiser, upload, "people.csv")


def test_unknown_columns_and_nul_bytes_are_line_errors(programme, organiser):
    content = b"name,country,secret\nA,BY,x\n"
    with pytest.raises(ImportRefused) as refused:
        import_participants(programme, organiser, SimpleUploadedFile("p.csv", content), "p.csv")
    assert refused.value.errors == [
        "line 2: unknown column 'secret' (columns: name, organisation, country, role, email, "
        "phone, languages, offer, seek, booth, max_meetings, online, user, preferred)"
    ]
    # A NUL byte past the first 4 KB (where the binary check looks) is still caught per line.
    filler = "".join(f"Company {i},ru\n" for i in range(400))
    content = f"name,languages\n{filler}A\x00B,ru\nC,russian\n".encode()
    with pytest.raises(ImportRefused) as refused:
        import_participants(programme, organiser, SimpleUploadedFile("p.csv", content), "p.csv")
    assert [e.split(":")[0] for e in refused.value.errors] == ["line 402", "line 403"]
    assert not programme.participants.exists()


def test_an_organisation_hidden_from_the_importer_is_unknown(
    programme, organiser, make_organisation
):
    make_organisation(name_en="Secret Works", confidential=True)
    content = b"organisation\nSecret Works\n"
    with pytest.raises(ImportRefused) as refused:
        import_participants(programme, organiser, SimpleUploadedFile("p.csv", content), "p.csv")
    assert "no organisation named 'Secret Works'" in refused.value.errors[0]
