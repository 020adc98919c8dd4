"""Issue 13, finding 16 through the API: a body with NaN or Infinity, a NUL in a text, or
nesting thousands deep is refused with a 400 that says why; nothing is stored."""

from __future__ import annotations

import pytest

BASE = '{"slug": "x", "name_en": "X", "kind": "fez", "country": "BY"'


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (BASE + ', "latitude": NaN}', "not a JSON number"),
        (BASE + ', "latitude": Infinity}', "not a JSON number"),
        ('{"slug": "x", "name_en": "X\\u0000Y", "kind": "fez", "country": "BY"}', "NUL"),
        ("[" * 50_000 + "]" * 50_000, "nested deeper"),
        (BASE + ', "established": ' + "9" * 5000 + "}", "too long"),
    ],
)
def test_a_body_that_is_not_standard_json_is_refused_clearly(writer_api, body, words):
    from parkbridge.sites.models import Site

    answer = writer_api.client.post(
        "/api/sites", body, content_type="application/json", headers=writer_api._headers()
    )
    assert answer.status_code == 400
    assert words in answer.json()["detail"]
    assert not Site.objects.exists()
