"""Registries made before the sector vocabulary hold sectors keyed by slugified words
("mechanical-engineering"): link their sites and organisations to the vocabulary's sector the
word names ("machinery"), so filters and site selection find them. Words the vocabulary does
not know are left as they are (`parkbridge bundle-data` reports such words)."""

from django.db import migrations


def onto_the_vocabulary(apps, schema_editor):
    from parkbridge.core.sectors import vocabulary

    Sector = apps.get_model("core", "Sector")
    linked = [
        (apps.get_model("sites", "Site").sectors.through, "site_id"),
        (apps.get_model("organisations", "Organisation").sectors.through, "organisation_id"),
    ]
    vocab = vocabulary()
    for old in Sector.objects.all():
        if old.code in vocab.entries:
            continue
        code = vocab.resolve(old.code)
        if code is None:
            continue
        entry = vocab.entries[code]
        new, _ = Sector.objects.get_or_create(
            code=code,
            defaults={
                "name_en": entry.label("en"),
                "name_ru": entry.label("ru"),
                "name_zh": entry.label("zh"),
                "isic": ";".join(entry.isic)[:10],
            },
        )
        for through, owner in linked:
            links = through.objects.filter(sector_id=old.pk)
            have = set(through.objects.filter(sector_id=new.pk).values_list(owner, flat=True))
            through.objects.bulk_create(
                [
                    through(**{owner: pk, "sector_id": new.pk})
                    for pk in links.values_list(owner, flat=True)
                    if pk not in have
                ]
            )
            links.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("sites", "0008_site_facts"),
        ("organisations", "0001_initial"),
        ("core", "0001_initial"),
    ]

    operations = [migrations.RunPython(onto_the_vocabulary, migrations.RunPython.noop)]
