from parkbridge.core.models import Provenance
from parkbridge.organisations.models import Organisation
from parkbridge.press.review import reject
from parkbridge.sites.models import Site


def test_rejecting_leaves_the_registry_untouched_and_records_the_decision(
    make_proposal, reviewer, great_stone
):
    link = make_proposal("site", {"name": "Veliky Kamen"}, action="link", target=great_stone)
    new = make_proposal("organisation", {"name": "Nobody Ltd", "country": "BY"})
    aliases = list(great_stone.aliases)

    reject(link, reviewer, note="wrong park")
    reject(new, reviewer)

    assert Site.objects.get(pk=great_stone.pk).aliases == aliases
    assert not Organisation.objects.exists()
    assert not Provenance.objects.exists()
    link.refresh_from_db()
    assert (link.status, link.note, link.reviewer) == ("rejected", "wrong park", reviewer)
    assert link.result_id is None
