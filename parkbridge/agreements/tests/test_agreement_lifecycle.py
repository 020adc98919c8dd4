import pytest

from parkbridge.agreements.models import (
    ALLOWED_TRANSITIONS,
    Agreement,
    LifecycleError,
    check_transition,
)


def test_a_signed_agreement_moves_into_implementation_and_is_implemented(db):
    agreement = Agreement.objects.create(title="MoU", status="signed")
    agreement.move_to("in_implementation")
    agreement.move_to("implemented")
    assert Agreement.objects.get().status == "implemented"


@pytest.mark.parametrize("terminal", ["implemented", "terminated"])
def test_terminal_states_have_no_way_out(terminal):
    for status in ALLOWED_TRANSITIONS:
        if status != terminal:
            with pytest.raises(LifecycleError):
                check_transition(terminal, status)


def test_a_planned_agreement_cannot_skip_to_implemented():
    with pytest.raises(LifecycleError, match="allowed: signed, terminated"):
        check_transition("planned", "implemented")


def test_the_api_refuses_an_illegal_transition_with_422(writer_api, db):
    agreement = Agreement.objects.create(title="MoU", status="planned")
    response = writer_api.patch(f"/api/agreements/{agreement.pk}", {"status": "implemented"})
    assert response.status_code == 422
    assert "status" in response.json()["detail"]
    assert Agreement.objects.get().status == "planned"


def test_the_api_allows_a_legal_transition(writer_api, db):
    agreement = Agreement.objects.create(title="MoU", status="planned")
    response = writer_api.patch(f"/api/agreements/{agreement.pk}", {"status": "signed"})
    assert response.status_code == 200
    assert response.json()["status"] == "signed"
