from parkbridge.press.candidates import resolve


def test_great_stone_is_found_in_the_registry_by_its_russian_latin_and_english_names(registry):
    for name in ("Великий камень", "Veliky Kamen", "Great Stone", "Great Stone Industrial Park",
                 "中白工业园"):  # fmt: skip
        found = resolve("site", {"name": name, "country": "BY"})
        assert found.links, name
        assert found.match.candidate.id == registry.pk, name


def test_an_unknown_park_resolves_to_no_record(registry):
    found = resolve("site", {"name": "Technopark Nowhere-Special", "country": "BY"})
    assert not found.links


def test_a_person_is_matched_across_scripts(db):
    from parkbridge.organisations.models import Person

    person = Person.objects.create(name="Alexander Yaroshenko", role="head of administration")
    found = resolve("person", {"name": "Александр Ярошенко"})
    assert found.links and found.match.candidate.id == person.pk


def test_an_organisation_is_matched_by_an_alias(registry):
    found = resolve("organisation", {"name": "Association of Technoparks of Russia"})
    assert found.links
