"""A Russian signing in the future ("подпишут соглашение") or agreed on as an intent
("договорились подписать соглашение") is planned, not signed (sentences written for these
tests)."""

import pytest

from parkbridge.extraction import facts as F
from parkbridge.extraction.quantities import find_figures


def _statuses(sentence: str) -> list[str]:
    return [a.status for a in F.find_agreements(sentence, find_figures(sentence), [])]


@pytest.mark.parametrize(
    "sentence",
    [
        "В технопарке «Луч» подпишут соглашение с инвестором.",
        "Стороны договорились подписать соглашение осенью.",
        "Компания заключит соглашение с регионом.",
    ],
)
def test_a_future_or_intended_signing_is_planned(sentence: str) -> None:
    assert _statuses(sentence) == ["planned"]


def test_a_signing_reported_as_done_is_signed() -> None:
    assert _statuses("Стороны подписали соглашение о сотрудничестве.") == ["signed"]
