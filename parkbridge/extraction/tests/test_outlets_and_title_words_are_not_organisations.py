"""Outlets cited as a report's source and the words of a person's title are no organisations
(SCHEMA.md); sentences written for these tests."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.reporting import reporting_sources


def _orgs(body: str) -> list[str]:
    return [o.name for o in extract_article("Business news\n\n" + body).organizations]


def test_an_outlet_that_reported_the_news_is_not_an_organisation() -> None:
    orgs = _orgs(
        "Siemens Energy AG will build a plant in the zone, Lagos Courier reported on Monday. "
        "According to Nairobi Standard, the plant will cost $40 million."
    )
    assert orgs == ["Siemens Energy AG"]


def test_a_company_that_reports_results_is_still_an_organisation() -> None:
    assert "siemens" not in reporting_sources("Siemens reported a net profit of $2 billion.")


def test_according_to_a_ministry_keeps_the_ministry() -> None:
    sources = reporting_sources("According to the Ministry of Industry, exports grew.")
    assert sources == set()


def test_a_telegram_channel_and_russian_citations_are_outlets() -> None:
    text = (
        "Как пишет Telegram-канал «Деловой Урал», завод откроют весной. "
        "Об этом сообщает агентство Урал-Пресс. По данным издания «Восток Медиа», цена выросла. "
        "Об этом сообщили в Минпромторге."
    )
    assert reporting_sources(text) == {"деловой урал", "урал пресс", "восток медиа"}


def test_chinese_citations_name_the_outlet() -> None:
    assert reporting_sources("据东方网报道，园区今年开工。") == {"东方网"}


def test_a_quoted_person_after_said_is_not_taken_for_an_outlet() -> None:
    assert reporting_sources("Об этом сообщил Иван Петров.", people=True) == set()


def test_the_rest_of_a_title_is_not_an_organisation() -> None:
    orgs = _orgs(
        "Olga Brandt, Deputy Director of Regional Projects and Strategic Planning at Nordwind "
        "Logistics Group, said the company would expand."
    )
    assert "Regional Projects and Strategic Planning" not in orgs


def test_an_outlet_named_like_a_person_is_not_a_person() -> None:
    facts = extract_article("Plant news\n\nThe plant will open in May, Business Day reported.")
    assert facts.people == []


def test_a_venue_is_not_an_organisation() -> None:
    orgs = _orgs(
        "Nordwind Logistics Group signed the deal at the Almaty International Exhibition "
        "Centre on Tuesday."
    )
    assert orgs == ["Nordwind Logistics Group"]


def test_venues_in_russian_and_chinese_are_recognised() -> None:
    from parkbridge.extraction.reporting import is_venue

    assert is_venue("МВЦ «Крокус Экспо» выставочный центр")
    assert is_venue("国家会展中心")
    assert not is_venue("Astana International Financial Centre")


def test_a_title_is_not_an_organisation() -> None:
    orgs = _orgs(
        "Ghana's Minister of Trade and Industry Kojo Mensah and Chinese Commerce Minister Li Wei "
        "witnessed the signing of seven agreements."
    )
    assert orgs == []


def test_the_authority_of_a_site_named_in_the_article_is_that_site() -> None:
    facts = extract_article(
        "Zone news\n\nThe Tema Free Zone (TFZ) signed a lease. TFZ Authority said work starts soon."
    )
    assert [s.name for s in facts.sites] == ["Tema Free Zone"]
    assert facts.organizations == []


def test_one_word_and_an_event_name_are_one_event() -> None:
    facts = extract_article(
        "Forum news\n\nDeals were signed at the Silk and Spice Forum in Dubai on Monday."
    )
    assert [e.name for e in facts.events] == ["Silk and Spice Forum"]


def test_a_name_with_for_in_it_is_one_organisation() -> None:
    orgs = _orgs(
        "Moreover, Nile Delta for Glass Industries has signed a loan agreement with the bank."
    )
    assert "Glass Industries" not in orgs
    assert any(o.startswith("Nile Delta for Glass") for o in orgs)


def test_the_outlet_scan_stays_fast_on_a_hostile_text() -> None:
    import time

    text = "A" * 50_000 + " reported. " + "Abcd " * 5_000 + "据" + "新" * 20_000 + "报道"
    started = time.monotonic()
    reporting_sources(text)
    assert time.monotonic() - started < 5
