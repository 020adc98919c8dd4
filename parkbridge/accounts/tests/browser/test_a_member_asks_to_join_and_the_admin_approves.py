"""A member asks to join an organisation from its page, its admin approves the request in
the browser, and the organisation then appears on the member's "My ParkBridge"."""

from __future__ import annotations


def test_a_request_to_join_is_approved_in_the_browser(
    new_page, live_server, make_user, make_organisation
):
    from parkbridge.marketplace.models import OrganisationMember

    company = make_organisation(name_en="Belarus Machine Works")
    admin = make_user(username="chief", email="chief@example.org")
    OrganisationMember.objects.create(user=admin, organisation=company, role="admin")
    asker = make_user(username="sergei", email="sergei@example.org")

    member_page = new_page(asker)
    member_page.goto(f"{live_server.url}/organisations/{company.pk}/")
    member_page.get_by_label("Message to the organisation's admins").fill("Sales office, Minsk")
    member_page.get_by_role("button", name="Ask to join").click()
    member_page.wait_for_url(f"{live_server.url}/organisations/{company.pk}/")
    assert "waiting for the organisation" in member_page.locator("#membership").inner_text()

    admin_page = new_page(admin)
    admin_page.goto(f"{live_server.url}/my/")
    assert "1 request to join waits for your decision" in admin_page.content()
    admin_page.locator("#organisations").get_by_role("link", name="Members").click()
    requests = admin_page.locator("#requests")
    assert "Sales office, Minsk" in requests.inner_text()
    requests.get_by_role("button", name="Approve sergei").click()
    admin_page.get_by_text("sergei is now a member.").wait_for()
    assert "sergei" in admin_page.locator("#members").inner_text()

    member_page.goto(f"{live_server.url}/my/")
    organisations = member_page.locator("#organisations")
    assert "Belarus Machine Works" in organisations.inner_text()
    assert (
        "You are now a member of Belarus Machine Works."
        in member_page.locator("#notifications").inner_text()
    )
