"""Organisations that news names beside a description of what they are (SCHEMA.md: named
companies count with or without a legal form)."""

from parkbridge.extraction import extract_article


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_article(text).organizations]


def test_a_name_after_a_descriptor_noun_is_an_organisation() -> None:
    orgs = _orgs("The port signed a lease with the Turkish logistics operator Varna Cargo Lines.")
    assert "Varna Cargo Lines" in orgs


def test_an_acronym_after_a_manufacturer_descriptor_is_an_organisation() -> None:
    assert "KTZE" in _orgs("Wagons will be assembled by locomotive manufacturer KTZE next year.")


def test_a_name_before_the_word_company_is_an_organisation_without_its_demonym() -> None:
    orgs = _orgs("The minister held talks with the Chinese Huashan company about seed plants.")
    assert "Huashan" in orgs and "Chinese Huashan" not in orgs


def test_a_name_with_an_apposition_describing_a_company_is_an_organisation() -> None:
    orgs = _orgs("The fund backed Orbitrek Motors, a Korean maker of electric buses, last year.")
    assert "Orbitrek Motors" in orgs


def test_names_listed_among_participating_firms_are_organisations_even_if_one_is_a_city() -> None:
    orgs = _orgs(
        "The pavilion hosts Nagoya, Fujiwara and Kitasato being among participating firms."
    )
    assert {"Nagoya", "Fujiwara", "Kitasato"} <= set(orgs)


def test_a_sentence_opening_adverb_before_an_apposition_is_not_an_organisation() -> None:
    orgs = _orgs("Furthermore, the regional developer Almaty Build has signed a lease.")
    assert "Furthermore" not in orgs and "Almaty Build" in orgs


def test_a_person_after_a_company_role_is_not_an_organisation() -> None:
    orgs = _orgs("The governor met the company Chairman Zhou Minghai in the capital.")
    assert not any("Zhou" in o for o in orgs)


def test_a_two_word_chinese_name_followed_by_holding_belongs_to_the_company() -> None:
    facts = extract_article(
        "The zone signed a contract with the fibre manufacturer Lin Hua Tang Holding on Monday."
    )
    assert "Hua Tang" not in [p.name for p in facts.people]
    assert "Lin Hua Tang Holding" in [o.name for o in facts.organizations]


def test_an_organisation_named_before_and_after_a_role_word_is_listed_once() -> None:
    orgs = _orgs(
        "Deals were signed with Baikal Group. Baikal Group Chairman Ivan Sorokin said the plant "
        "would open in May."
    )
    assert orgs.count("Baikal Group") == 1


def test_a_very_long_capitalised_list_is_read_in_linear_time() -> None:
    import time

    text = ", ".join(["Alpha Beta Gamma"] * 1800) + " being among participating firms."
    started = time.process_time()
    extract_article(text)
    # Unbounded repetition made this quadratic (about 20 s); bounded, it takes well under 1 s.
    assert time.process_time() - started < 10
