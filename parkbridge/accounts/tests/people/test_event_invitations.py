"""An organiser invites people to an event: the link registers them (an event participant
and, when the event has B2B meetings, a B2B participant with their account)."""

from __future__ import annotations

from django.apps import apps
from django.contrib.auth import get_user_model

from parkbridge.accounts.models import Invitation


def _organiser(make_user, event):
    organiser = make_user(username="organiser")
    event.b2b.organisers.add(organiser)
    return organiser


def test_a_new_person_invited_to_an_event_gets_an_account_and_a_registration(
    make_event, make_user, signed_in, invite_by_page, client
):
    from parkbridge.b2b.models import B2BParticipant

    event = make_event(b2b=True)
    organiser = _organiser(make_user, event)
    secret = invite_by_page(
        signed_in(organiser),
        f"/events/{event.pk}/invitations/",
        "lena@example.org",
        participant_role="speaker",
    )
    page = client.get(f"/invite/{secret}/")
    assert page.status_code == 200 and "lena@example.org" in page.content.decode()
    response = client.post(
        f"/invite/{secret}/",
        {
            "username": "lena",
            "password1": "a long passphrase 42",
            "password2": "a long passphrase 42",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/my/"
    lena = get_user_model().objects.get(username="lena")
    assert lena.email == "lena@example.org" and lena.check_password("a long passphrase 42")
    if apps.is_installed("allauth.account"):
        from allauth.account.models import EmailAddress

        address = EmailAddress.objects.get(user=lena)
        assert address.email == "lena@example.org" and address.verified and address.primary
    b2b = B2BParticipant.objects.get(user=lena)
    assert b2b.programme == event.b2b
    assert b2b.participant.event == event and b2b.participant.role == "speaker"
    my_page = client.get("/my/").content.decode()
    assert "Innoprom" in my_page and f"/b2b/agenda/{b2b.agenda_key}/" in my_page


def test_an_event_without_b2b_registers_a_participant_only(
    make_event, make_user, signed_in, invite_by_page, client
):
    from parkbridge.accounts.roles_admin import grant_role
    from parkbridge.b2b.models import B2BParticipant

    event = make_event()
    admin = make_user(username="boss")
    grant_role(admin, "administrator")
    secret = invite_by_page(signed_in(admin), f"/events/{event.pk}/invitations/", "li@example.org")
    client.post(
        f"/invite/{secret}/",
        {
            "username": "li",
            "password1": "another passphrase 7",
            "password2": "another passphrase 7",
        },
    )
    invitation = Invitation.objects.get(email="li@example.org")
    assert invitation.registration.event == event
    assert invitation.registration.person.name == "li"
    assert not B2BParticipant.objects.exists()


def test_an_event_invitation_can_register_the_person_for_an_organisation(
    make_event, make_user, make_organisation, signed_in, invite_by_page
):
    from parkbridge.b2b.models import B2BParticipant
    from parkbridge.events.models import Participant

    event = make_event(b2b=True)
    company = make_organisation(name_en="Minsk Tractor Works")
    Participant.objects.create(event=event, organisation=company)
    organiser = _organiser(make_user, event)
    known = make_user(username="ivan", email="ivan@example.org")
    secret = invite_by_page(
        signed_in(organiser),
        f"/events/{event.pk}/invitations/",
        "ivan@example.org",
        organisation=company.pk,
    )
    response = signed_in(known).post(f"/invite/{secret}/")
    assert response.status_code == 302
    b2b = B2BParticipant.objects.get(user=known)
    assert b2b.organisation == company
    # The organisation's existing registration is reused, not duplicated.
    assert Participant.objects.filter(event=event, organisation=company).count() == 1
    assert b2b.participant.organisation == company


def test_accepting_a_second_invitation_to_the_same_event_registers_once(
    make_event, make_user, signed_in, invite_by_page
):
    from parkbridge.b2b.models import B2BParticipant
    from parkbridge.events.models import Participant

    event = make_event(b2b=True)
    organiser = _organiser(make_user, event)
    guest = make_user(username="guest", email="guest@example.org")
    for _ in range(2):
        secret = invite_by_page(
            signed_in(organiser), f"/events/{event.pk}/invitations/", "guest@example.org"
        )
        signed_in(guest).post(f"/invite/{secret}/")
    assert B2BParticipant.objects.filter(user=guest).count() == 1
    assert Participant.objects.filter(event=event).count() == 1


def test_the_invitation_mail_is_in_the_language_the_inviter_chose(
    make_event, make_user, signed_in, invite_by_page
):
    from parkbridge.accounts.tests.people.conftest import mail_to

    event = make_event(b2b=True, name_ru="Иннопром")
    organiser = _organiser(make_user, event)
    invite_by_page(
        signed_in(organiser),
        f"/events/{event.pk}/invitations/",
        "olga@example.org",
        language="ru",
    )
    message = mail_to("olga@example.org")
    assert "Иннопром" in message.subject + message.body_text
    assert "Приглашение" in message.subject and message.language == "ru"


def test_an_invitation_approves_a_self_registration_waiting_for_approval(
    make_event, make_user, signed_in, invite_by_page
):
    from parkbridge.b2b.models import B2BParticipant

    event = make_event(b2b=True)
    organiser = _organiser(make_user, event)
    waiting = make_user(email="wait@example.org")
    B2BParticipant.objects.create(programme=event.b2b, user=waiting, approved=False)
    secret = invite_by_page(
        signed_in(organiser), f"/events/{event.pk}/invitations/", "wait@example.org"
    )
    signed_in(waiting).post(f"/invite/{secret}/")
    profile = B2BParticipant.objects.get(user=waiting)
    assert profile.approved and profile.participant.event == event


def test_the_invitation_form_does_not_name_confidential_organisations_at_the_event(
    make_event, make_user, make_organisation, signed_in
):
    from parkbridge.events.models import Participant

    event = make_event(b2b=True)
    organiser = _organiser(make_user, event)
    Participant.objects.create(
        event=event, organisation=make_organisation(name_en="Open Lathe Works")
    )
    Participant.objects.create(
        event=event,
        organisation=make_organisation(name_en="Hidden Forge Holding", confidential=True),
    )
    page = signed_in(organiser).get(f"/events/{event.pk}/invitations/").content.decode()
    assert "Open Lathe Works" in page and "Hidden Forge Holding" not in page
