"""Not organisations: a place written as its administrative unit ("State of X"), a Chinese
company described as domestic or of an industry, and a body's own board written alone."""

from __future__ import annotations

from parkbridge.extraction import extract_article


def _organisations(text: str) -> list[str]:
    return [o.name for o in extract_article(text).organizations]


def test_a_state_or_province_written_as_its_unit_is_a_place():
    text = (
        "Delta Motors and the State of Sonora agreed on a new plant. The Province of "
        "Ontario and Northwind Energy Ltd. agreed to cooperate."
    )
    assert _organisations(text) == ["Delta Motors", "Northwind Energy Ltd"]


def test_a_chinese_company_described_as_domestic_is_no_name():
    text = "园区对接了国内平台公司，并与华瑞新材料有限公司签署合作协议。"
    assert _organisations(text) == ["华瑞新材料有限公司"]


def test_a_russian_board_alone_is_no_organisation_but_a_named_bank_is():
    text = (
        "Наблюдательный совет одобрил заявки компании «Вектор-Агро». Совет директоров "
        "АО «Технополис» утвердил план. Евразийский банк выдал кредит."
    )
    assert _organisations(text) == ["Вектор-Агро", "АО «Технополис»", "Евразийский банк"]
