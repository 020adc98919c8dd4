"""Issue 13, finding 3: the history API shows accounts, API tokens and other private records
to administrators only, and a deleted part of a confidential record (a milestone of a
confidential agreement, a residency of a confidential organisation) is neither readable nor
restorable by someone who can't see the record it belonged to."""

from __future__ import annotations

import pytest

from parkbridge.conftest import ApiClient


@pytest.fixture
def analyst(user_for, make_token) -> ApiClient:
    return ApiClient(make_token(user=user_for("analyst")))


def test_a_read_only_token_cannot_read_the_history_of_accounts_or_tokens(make_user, make_token):
    from parkbridge.core.models import ApiToken

    victim = make_user(email="victim@example.org", is_staff=True)
    make_token(user=victim)
    token = ApiToken.objects.filter(user=victim).first()
    reader = ApiClient(make_token(scopes=("read",)))
    assert reader.get(f"/api/history/auth.user/{victim.pk}").status_code == 404
    assert reader.get(f"/api/history/core.apitoken/{token.pk}").status_code == 404


def test_an_administrator_still_reads_an_accounts_history(make_user, staff_api):
    victim = make_user()
    answer = staff_api.get(f"/api/history/auth.user/{victim.pk}")
    assert answer.status_code == 200 and answer.json()["items"]


def _deleted_milestone():
    from parkbridge.agreements.models import Agreement, Milestone

    agreement = Agreement.objects.create(title="Secret deal", confidential=True)
    milestone = Milestone.objects.create(agreement=agreement, title="Signing")
    milestone_id = milestone.pk
    milestone.delete()
    return agreement, milestone_id


def _last_change(model_label: str, record_id: int):
    from django.contrib.contenttypes.models import ContentType

    from parkbridge.accounts.models import ChangeRecord

    app_label, model = model_label.split(".")
    return ChangeRecord.objects.filter(
        content_type=ContentType.objects.get(app_label=app_label, model=model),
        object_id=str(record_id),
    ).first()


def test_an_analyst_cannot_read_or_restore_a_deleted_milestone_of_a_confidential_agreement(
    db, analyst
):
    _, milestone_id = _deleted_milestone()
    change = _last_change("agreements.milestone", milestone_id)
    path = f"/api/history/agreements.milestone/{milestone_id}"
    assert analyst.get(path).status_code == 404
    restored = analyst.post(f"{path}/restore", {"change": change.pk, "state": "before"})
    assert restored.status_code == 404
    from parkbridge.agreements.models import Milestone

    assert not Milestone.objects.filter(pk=milestone_id).exists()


def test_an_analyst_cannot_read_a_deleted_residency_of_a_confidential_organisation(
    make_site, make_organisation, analyst
):
    from parkbridge.sites.models import Residency

    residency = Residency.objects.create(
        site=make_site(), organisation=make_organisation(confidential=True)
    )
    residency_id = residency.pk
    residency.delete()
    assert analyst.get(f"/api/history/sites.residency/{residency_id}").status_code == 404


def test_an_analyst_still_reads_a_deleted_milestone_of_a_public_agreement(db, analyst):
    from parkbridge.agreements.models import Agreement, Milestone

    milestone = Milestone.objects.create(
        agreement=Agreement.objects.create(title="Public deal"), title="Signing"
    )
    milestone_id = milestone.pk
    milestone.delete()
    assert analyst.get(f"/api/history/agreements.milestone/{milestone_id}").status_code == 200
