from django.contrib.contenttypes.models import ContentType

from parkbridge.agreements.models import Agreement
from parkbridge.bundled import load_bundled_registry
from parkbridge.core.models import Provenance, Source
from parkbridge.events.models import Event
from parkbridge.organisations.models import Organisation
from parkbridge.sites.models import Incentive, Site, incentives_for
from parkbridge.targets.models import Target


def test_the_bundled_registry_loads_real_sites_incentives_and_article_facts(db, api):
    counts = load_bundled_registry()
    assert Site.objects.count() >= 800
    assert Site.objects.filter(latitude__isnull=True).count() < 5
    assert Incentive.objects.count() == counts["incentives"] > 100
    assert Event.objects.filter(name_en__icontains="Eastern Economic Forum").exists()
    assert Organisation.objects.exists() and Agreement.objects.exists()
    belarus = api.get("/api/sites", {"country": "BY", "limit": 1000}).json()
    assert belarus["count"] >= 10
    assert all(s["latitude"] is not None for s in belarus["items"])
    target = Target.objects.get(deadline__year=2030)
    assert target.value == 100 and target.current_value() > 0


def test_loading_twice_changes_no_counts(db):
    load_bundled_registry()
    models = [Site, Incentive, Event, Organisation, Agreement, Source, Provenance, Target]
    before = [m.objects.count() for m in models]
    load_bundled_registry()
    assert [m.objects.count() for m in models] == before


def test_every_article_fact_keeps_its_source(db):
    load_bundled_registry()
    for model in [Event, Organisation, Agreement, Target]:
        content_type = ContentType.objects.get_for_model(model)
        for record in model.objects.all():
            assert Provenance.objects.filter(
                content_type=content_type, object_id=record.pk, source__kind="article"
            ).exists(), record


def test_great_stone_is_found_in_three_languages(db, api):
    load_bundled_registry()
    for query in ["Великий камень", "Great Stone", "Veliky Kamen", "中白"]:
        slugs = [s["slug"] for s in api.get("/api/sites", {"q": query}).json()["items"]]
        assert "by-ip-great-stone" in slugs, query


def test_a_site_gets_its_regimes_incentives(db):
    load_bundled_registry()
    site = Site.objects.filter(country="BY", kind="fez").first()
    assert any(incentive.tax == "profit_tax" for incentive, _why in incentives_for(site))
