"""In Chromium: a password-reset mail goes through the outbox and a real SMTP server on
loopback (aiosmtpd), sent by the worker's send function; its link, followed in the browser,
sets a new password that then signs in. Following it again shows a clear page."""

from __future__ import annotations

import re

OLD_PASSWORD = "a-Long-and-unusual-passphrase-42"
NEW_PASSWORD = "brand-New-passphrase-for-2027"


def test_a_reset_link_from_a_real_mail_sets_a_new_password(
    new_page, live_server, make_user, smtp_server, settings
):
    from parkbridge.accounts.mail import send_due

    user = make_user(username="oleg", email="oleg@example.org", password=OLD_PASSWORD)
    page = new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_role("link", name="Forgot your password?").click()
    page.fill("#id_email", "oleg@example.org")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/accounts/password/reset/done/"))
    assert smtp_server.messages == []  # nothing is sent inside the request

    assert send_due() == 1  # what the worker does
    [mail] = smtp_server.messages
    assert mail["To"] == "oleg@example.org"
    body = mail.get_body(("plain",)).get_content()
    link = re.search(r"https?://\S+/accounts/password/reset/key/\S+", body).group(0)
    assert link.startswith(live_server.url)

    page.goto(link)
    page.fill("#id_password1", NEW_PASSWORD)
    page.fill("#id_password2", NEW_PASSWORD)
    page.get_by_role("button", name="Change Password").click()
    page.wait_for_url(re.compile(r".*/accounts/password/reset/key/done/"))
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)

    again = new_page()
    again.goto(link)
    assert "invalid" in again.locator("main").inner_text()
    assert again.locator("#id_password1").count() == 0

    again.goto(f"{live_server.url}/accounts/login/")
    again.fill("#id_login", "oleg")
    again.fill("#id_password", NEW_PASSWORD)
    again.locator("main form button[type=submit]").click()
    again.wait_for_url(f"{live_server.url}/")
    assert "oleg" in again.locator("header .user-name").inner_text()
