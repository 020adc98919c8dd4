import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from parkbridge.core.models import Source
from parkbridge.press.ingestion import MAX_ARTICLE_BYTES, BadArticle, decode_article
from parkbridge.press.models import IngestionRun, Proposal

BAD_FILES = {
    "empty": (b"", 400, "empty"),
    "blank": (b"  \n\t\n", 400, "empty"),
    "binary": (b"%PDF-1.4\x00\x01\x02binary", 400, "binary"),
    "latin-1": ("Технопарк".encode("cp1251"), 400, "UTF-8"),
    "oversized": (b"a" * (MAX_ARTICLE_BYTES + 1), 413, "too large"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_bad_bytes_get_a_clear_error(kind):
    data, status, words = BAD_FILES[kind]
    with pytest.raises(BadArticle) as error:
        decode_article(data)
    assert words in str(error.value) and error.value.status == status


def _nothing_stored():
    return (
        not Source.objects.exists()
        and not IngestionRun.objects.exists()
        and not Proposal.objects.exists()
    )


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_file_upload_is_refused_by_the_api_and_nothing_is_stored(writer_api, kind):
    data, status, words = BAD_FILES[kind]
    response = writer_api.client.post(
        "/api/press/articles/file",
        {"file": SimpleUploadedFile("article.txt", data, content_type="text/plain")},
        headers=writer_api._headers(),
    )
    assert response.status_code == status, response.content
    # A file that starts like a PDF is read as one (and refused as a broken PDF).
    assert (words if kind != "binary" else "PDF") in response.json()["detail"]
    assert _nothing_stored()


@pytest.mark.parametrize(
    ("text", "status"),
    [("", 400), ("   \n", 400), ("nul\x00here", 400), ("a" * (MAX_ARTICLE_BYTES + 1), 413)],
)
def test_a_bad_json_text_is_refused_by_the_api_and_nothing_is_stored(writer_api, text, status):
    response = writer_api.post("/api/press/articles", {"text": text})
    assert response.status_code == status
    assert _nothing_stored()


def test_a_json_upload_with_unknown_keys_is_refused(writer_api):
    response = writer_api.post("/api/press/articles", {"text": "An article.", "txet": "typo"})
    assert response.status_code == 422
    assert _nothing_stored()


def test_the_review_page_reports_a_bad_upload_and_stores_nothing(client, reviewer):
    client.force_login(reviewer)
    response = client.post(
        "/press/upload/",
        {"file": SimpleUploadedFile("scan.txt", b"\x00\x01\x02", content_type="text/plain")},
        follow=True,
    )
    assert response.status_code == 200
    assert "scan.txt: the file is binary" in response.content.decode()
    assert _nothing_stored()
