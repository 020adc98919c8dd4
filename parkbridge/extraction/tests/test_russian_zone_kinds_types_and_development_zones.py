"""More Russian site kinds: special economic zones, industrial zones, IT and agro-industrial
parks, a centre for cross-border cooperation, a zone's type between head and name, and
China's development zones written in Russian (sentences written for these tests)."""

import pytest

from parkbridge.extraction import extract_article


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("Власти создали специальную экономическую зону «Южные ворота».",
         "специальная экономическая зона «Южные ворота»", "sez"),
        ("Завод построят в промышленной зоне «Восток-2».",
         "промышленная зона «Восток-2»", "industrial_park"),
        ("Стартап стал резидентом IT-парка «Кремниевый берег».",
         "«Кремниевый берег»", "technopark"),
        ("Ферма работает в агропромышленном парке «Нива».", "«Нива»", "industrial_park"),
        ("Товары прошли через центр приграничного сотрудничества «Граница».",
         "«Граница»", "fez"),
        ("Резидентом особой экономической зоны технико-внедренческого типа «Исток» стал завод.",
         "особая экономическая зона «Исток»", "sez"),
    ],
)  # fmt: skip
def test_a_russian_site_kind_phrase_before_a_quoted_name_makes_a_site(
    sentence: str, name: str, kind: str
) -> None:
    sites = extract_article("Новости\n\n" + sentence).sites
    assert len(sites) == 1
    assert name.strip("«»") in sites[0].name
    assert sites[0].kind == kind


def test_a_chinese_development_zone_written_in_russian_is_a_site_in_china() -> None:
    sites = extract_article(
        "Новости\n\nМеморандум подписали с Зоной экономического и технологического развития Ухани."
    ).sites
    assert [(s.name, s.kind, s.country) for s in sites] == [
        ("Зона экономического и технологического развития Ухани", "sez", "CN")
    ]


def test_a_free_trade_zone_between_countries_is_no_site() -> None:
    assert (
        extract_article(
            "Новости\n\nСтороны обсудили создание зоны свободной торговли между странами."
        ).sites
        == []
    )
