"""Sessions of intergovernmental commissions, matchmaking events and more kinds of ceremony
(unveiling, launch, commissioning; запуск; 投产, 竣工, 启动) are events of kind other or
conference, described rather than named."""

import pytest

from parkbridge.extraction import extract_article


def _events(body: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.kind) for e in extract_article("May 17, 2024\n\n" + body).events]


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("The deal was signed at the 7th meeting of the Kazakh-Turkish intergovernmental "
         "commission in Ankara.", "7th meeting of the Kazakh-Turkish intergovernmental commission",
         "other"),
        ("A business matchmaking event for 30 Egyptian and Greek firms was held in Cairo.",
         "business matchmaking event", "conference"),
        ("The launch ceremony of the second phase took place on Friday.", "launch ceremony",
         "other"),
        ("Протокол подписан в ходе заседания межправительственной комиссии в Минске.",
         "заседания межправительственной комиссии", "other"),
        ("В Липецке прошла церемония запуска новой линии.", "церемония запуска", "other"),
        ("在中哈政府间合作委员会第三次会议上，双方签署了协议。", "中哈政府间合作委员会第三次会议",
         "other"),
        ("6月1日，工厂举行竣工仪式。", "竣工仪式", "other"),
    ],
)  # fmt: skip
def test_a_described_meeting_or_ceremony_is_an_event(body: str, name: str, kind: str) -> None:
    assert (name, kind) in _events(body)


def test_a_commission_without_a_meeting_is_no_event() -> None:
    assert _events("The intergovernmental commission approved 12 projects.") == []
