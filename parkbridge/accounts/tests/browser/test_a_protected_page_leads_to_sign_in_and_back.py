"""In Chromium: an anonymous visit to a protected page lands on the sign-in form; signing in
returns to that page with the person's name in the header; signing out from the header ends
the session."""

from __future__ import annotations

PASSWORD = "a-Long-and-unusual-passphrase-42"


def test_sign_in_returns_to_the_protected_page_and_sign_out_ends_it(
    new_page, live_server, make_user
):
    from django.contrib.auth.models import Group

    reviewer = make_user(username="vera", email="vera@example.org", password=PASSWORD)
    reviewer.groups.add(Group.objects.get_or_create(name="reviewer")[0])

    page = new_page()
    page.goto(f"{live_server.url}/press/")
    page.wait_for_url(f"{live_server.url}/accounts/login/?next=/press/")
    assert page.locator("header").get_by_role("link", name="Sign in").is_visible()

    page.fill("#id_login", "vera@example.org")
    page.fill("#id_password", PASSWORD)
    page.locator("main").get_by_role("button", name="Sign In").click()
    page.wait_for_url(f"{live_server.url}/press/")
    header = page.locator("header")
    assert "vera" in header.locator(".user-name").inner_text()
    assert header.get_by_role("link", name="Settings").is_visible()

    header.get_by_role("button", name="Sign out").click()
    page.wait_for_url(f"{live_server.url}/")
    assert page.locator("header").get_by_role("link", name="Sign in").is_visible()
    page.goto(f"{live_server.url}/press/")
    page.wait_for_url(f"{live_server.url}/accounts/login/?next=/press/")


def test_a_wrong_password_keeps_the_visitor_on_the_form_with_a_message(
    new_page, live_server, make_user
):
    make_user(username="vera", email="vera@example.org", password=PASSWORD)
    page = new_page(language="ru")
    page.goto(f"{live_server.url}/accounts/settings/")
    page.fill("#id_login", "vera")
    page.fill("#id_password", "not-the-password")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert "/accounts/login/" in page.url
    assert page.locator("header").get_by_role("link", name="Войти").is_visible()
    assert page.locator("main .errorlist, main ul.errorlist, main [class*=error]").count() >= 1
