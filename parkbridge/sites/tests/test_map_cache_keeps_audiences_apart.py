"""The map's server-side cache never hands one account's confidential sites to another, even
when both see as many sites with the same last change."""

from __future__ import annotations

from django.test import Client


def _mapped_ids(client: Client) -> set[int]:
    data = client.get("/sites/map.json").json()
    return {p[0] for level in data["zooms"] for p in level["points"]} | {
        p[0]
        for p in client.get("/sites/map.json", {"z": 9, "bbox": "99,9,101,11"}).json()["points"]
    }


def test_two_companies_each_see_only_their_own_confidential_site(
    registry, make_user, make_organisation, make_site
):
    from parkbridge.marketplace.models import OrganisationMember

    clients, own = [], []
    for n in range(2):
        company = make_organisation(name_en=f"Operator {n}", country="CN")
        site = make_site(slug=f"secret-{n}", country="CN", confidential=True, operator=company,
                         latitude=10.0, longitude=100.0 + n * 0.5)  # fmt: skip
        user = make_user()
        OrganisationMember.objects.create(user=user, organisation=company)
        client = Client()
        client.force_login(user)
        clients.append(client)
        own.append(site.pk)
    registry.park.save()  # the newest change, seen alike by both: equal fingerprints

    first, second = _mapped_ids(clients[0]), _mapped_ids(clients[1])
    assert own[0] in first and own[1] not in first
    assert own[1] in second and own[0] not in second
    anonymous = _mapped_ids(Client())
    assert not anonymous & set(own)


def test_remembered_registry_facts_expire_and_are_dropped_on_change(monkeypatch):
    from parkbridge.web import registry_state

    calls = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert registry_state.remembered("fact", compute) == 1
    assert registry_state.remembered("fact", compute) == 1  # remembered
    registry_state.forget()
    assert registry_state.remembered("fact", compute) == 2
    monkeypatch.setattr(registry_state, "STATE_SECONDS", -1.0)
    assert registry_state.remembered("fact", compute) == 3  # expired
