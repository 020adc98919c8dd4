"""Issue 14's "Done when", in Chromium: a participant registers, finds another in the
catalogue and requests a meeting; the other accepts; the organiser runs the scheduler, compares
and publishes; both see the meeting in "my agenda" in the event's time zone with the zone
named; on the day the organiser marks a no-show and places a walk-in meeting at a free table;
after the event both record an outcome and the organiser's funnel counts it."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from parkbridge.b2b.models import B2BParticipant, B2BProgramme, B2BSession, Slot, Table
from parkbridge.b2b.times import aware_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def day_programme(make_user, make_organisation):
    from parkbridge.events.models import Event
    from parkbridge.marketplace.models import OrganisationMember

    day = date.today() + timedelta(days=30)
    event = Event.objects.create(
        name_en="Minsk Industry Forum", start=day, end=day, city="Minsk", time_zone="Europe/Minsk"
    )
    organiser = make_user(username="organiser")
    programme = B2BProgramme.objects.create(event=event, title="Forum B2B")
    programme.organisers.add(organiser)
    session = B2BSession.objects.create(programme=programme, label="Morning", order=0)
    first = aware_in(day, time(10, 0), programme)
    for i in range(3):
        Slot.objects.create(
            session=session,
            starts_at=first + timedelta(minutes=30 * i),
            ends_at=first + timedelta(minutes=30 * (i + 1)),
        )
    for n in (1, 2):
        Table.objects.create(programme=programme, number=n, label=f"Table {n}")
    buyer_org = make_organisation(name_en="Harbin Machinery", country="CN")
    seller_org = make_organisation(name_en="Kama Parts", country="RU")
    buyer = make_user(username="buyer", email="buyer@example.org")
    OrganisationMember.objects.create(user=buyer, organisation=buyer_org)
    seller = make_user(username="seller", email="seller@example.org")
    B2BParticipant.objects.create(
        programme=programme, user=seller, organisation=seller_org, country="RU",
        offer="CNC machining of automotive parts and gearboxes", languages=["ru", "en"],
        contact_email="sales@kama.example",
    )  # fmt: skip
    walk_a = B2BParticipant.objects.create(programme=programme, display_name="Gomel Glass",
                                           country="BY")  # fmt: skip
    walk_b = B2BParticipant.objects.create(programme=programme, display_name="Tashkent Textile",
                                           country="UZ")  # fmt: skip
    absent = B2BParticipant.objects.create(programme=programme, display_name="Absent Ltd",
                                           country="KZ")  # fmt: skip
    return {
        "programme": programme, "organiser": organiser, "buyer": buyer, "seller": seller,
        "walk_a": walk_a, "walk_b": walk_b, "absent": absent,
    }  # fmt: skip


def test_a_b2b_day_from_registration_to_the_funnel(page_as, day_programme, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    data = day_programme
    programme = data["programme"]
    home = f"/b2b/programmes/{programme.pk}/"

    # The buyer registers for their organisation and says what they seek.
    buyer = page_as(data["buyer"])
    buyer.goto(buyer.base + home)
    buyer.get_by_role("link", name="Register for the B2B meetings").click()
    buyer.get_by_label("I take part for").select_option(label="Harbin Machinery")
    buyer.get_by_role("button", name="Register").click()
    buyer.wait_for_url("**/profile/**")
    buyer.get_by_label("What I seek").fill("supplier of machined automotive parts")
    buyer.get_by_label("Working languages (codes, e.g. en, ru, zh)").fill("zh, en")
    buyer.get_by_role("button", name="Save").click()
    buyer.wait_for_selector("text=Your event profile is saved.")

    # …finds the seller in the catalogue (recommended, with reasons) and asks for a meeting.
    buyer.get_by_role("link", name="Participants").first.click()
    recommended = buyer.locator("section", has_text="Recommended for you")
    assert "Kama Parts" in recommended.inner_text()
    buyer.get_by_label("Country").fill("RU")
    buyer.get_by_role("button", name="Search").click()
    row = buyer.locator("tbody tr", has_text="Kama Parts")
    row.get_by_role("link", name="Request a meeting").click()
    buyer.get_by_label("Message").fill("We need 20,000 machined housings a year.")
    buyer.get_by_role("button", name="Send the request").click()
    buyer.wait_for_selector("text=Your request was sent.")

    # The seller accepts.
    seller = page_as(data["seller"])
    seller.goto(seller.base + home + "requests/")
    received = seller.locator("tr", has_text="Harbin Machinery")
    assert "20,000 machined housings" in received.inner_text()
    received.get_by_role("button", name="Accept").click()
    seller.wait_for_selector("text=Request accepted.")

    # The organiser runs the scheduler, compares and publishes.
    organiser = page_as(data["organiser"])
    organiser.goto(organiser.base + home + "console/schedule/")
    organiser.get_by_label("Time limit (seconds)").fill("2")
    organiser.get_by_role("button", name="Run the scheduler").click()
    organiser.wait_for_selector("#run-progress[data-status=done]", timeout=60_000)
    organiser.get_by_role("link", name="Compare and publish").click()
    organiser.get_by_role("button", name="Publish and notify participants").click()
    organiser.wait_for_selector("text=This version is published.")

    # Both see the meeting in their agenda, in the event's time with the zone named.
    for page, partner in ((buyer, "Kama Parts"), (seller, "Harbin Machinery")):
        page.goto(page.base + home + "my-agenda/")
        agenda = page.locator("#my-agenda").inner_text()
        assert partner in agenda and "Europe/Minsk" in agenda
        assert any(f"{hour}–" in agenda for hour in ("10:00", "10:30", "11:00"))
    assert "sales@kama.example" in buyer.locator("#my-agenda").inner_text()

    # On the day: a no-show, and a walk-in meeting at a free table.
    organiser.goto(organiser.base + home + "console/day/")
    organiser.locator("tr", has_text="Absent Ltd").get_by_role(
        "button", name="Did not come"
    ).click()
    organiser.wait_for_selector("text=marked as not come")
    assert "not come" in organiser.locator("tr", has_text="Absent Ltd").inner_text()
    free_before = organiser.locator("#free-tables").inner_text()
    organiser.locator("#id_a").select_option(label="Gomel Glass")  # labelled "Participant"
    organiser.get_by_label("Meets").select_option(label="Tashkent Textile")
    table = free_before.split(",")[0].strip()
    organiser.get_by_label("Free table").select_option(label=table)
    organiser.get_by_role("button", name="Place the meeting").click()
    organiser.wait_for_selector("text=Walk-in meeting placed at")
    assert table not in organiser.locator("#free-tables").inner_text()

    # After the event: both sides record what came of it; the funnel counts it.
    for page, rating, outcome in ((buyer, "5", "agreement_reached"), (seller, "4", "negotiation")):
        page.goto(page.base + home + "my-agenda/")
        page.get_by_role("link", name="Rate and record the outcome").click()
        page.get_by_label("Rating").select_option(rating)
        page.get_by_label("What came of it").select_option(outcome)
        page.get_by_role("button", name="Save").click()
        page.wait_for_selector("text=your feedback is saved")
    organiser.goto(organiser.base + home + "console/funnel/")
    pair = organiser.locator("tr[data-pair='CN-RU']").inner_text().split("\t")
    assert [cell.strip() for cell in pair] == [
        "China – Russian Federation",
        "1",
        "1",
        "1",
        "1",
        "1",
    ]
    for page in (buyer, seller, organiser):
        assert page.script_errors == []
