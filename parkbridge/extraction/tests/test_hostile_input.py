"""Arbitrary text never crashes the extractor; non-text and empty input get a clear error."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parkbridge.extraction import ExtractionError, extract_article
from parkbridge.extraction.model import CATEGORIES

_PIECES = st.sampled_from(
    ["More than", "20", "agreements", "signed", "Forum", "Technopark", "$", "billion", "-", "–",
     "September 3-6, 2024", "«", "»", "(", "ACTP", ")", "III", "by 2030", "более", "млрд рублей",
     "форум", "第八届", "博览会", "2万", "Vladimir", "Putin", ",", ".", "\n", "of", "and", "%"]
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.text(min_size=1, max_size=300), st.lists(_PIECES, min_size=1, max_size=60).map(" ".join)
    )
)
def test_any_text_gives_schema_shaped_facts(text: str) -> None:
    if not text.strip():
        return
    doc = extract_article(text).to_json()
    assert set(doc) == {"published", "language", *CATEGORIES}


@pytest.mark.parametrize("bad", ["", "   \n\t", None, b"bytes"])
def test_empty_or_non_text_input_is_rejected_clearly(bad: object) -> None:
    with pytest.raises(ExtractionError):
        extract_article(bad)  # type: ignore[arg-type]
