"""Chinese investment talks (恳谈会), investment briefings (说明会) and a ceremony named by 签署
are events (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def events(text: str) -> list[str]:
    return [e.name for e in extract_article(text).events]


def test_investment_talks_are_an_event() -> None:
    assert "杭州产业合作恳谈会" in events("6月5日,某区在南京举行杭州产业合作恳谈会,签约项目12个。")


def test_an_investment_briefing_is_an_event_ending_at_its_head() -> None:
    found = events("本次投资环境说明会成果丰硕,集中签约了一批重点项目。")
    assert found == ["投资环境说明会"]


def test_a_signature_ceremony_is_an_event() -> None:
    text = "上午,某某产业园项目框架协议签署仪式在市政府举行。"
    assert "某某产业园项目框架协议签署仪式" in events(text)
