"""Mail that failed for good is visible to administrators: the outbox's admin list filters by
status, "Send again" queues it once more, the admin index warns, `parkbridge check` counts it."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from parkbridge.accounts.models import MailStatus, OutgoingMail

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def failed_mail():
    return OutgoingMail.objects.create(
        to="lost@example.org", subject="Your agenda", body_text="…",
        status=MailStatus.FAILED, attempts=8, last_error="SMTPRecipientsRefused: 550",
    )  # fmt: skip


def test_the_admin_lists_failed_mail_and_sends_it_again(client, make_user, failed_mail):
    client.force_login(make_user(is_staff=True, is_superuser=True))
    page = client.get("/admin/accounts/outgoingmail/?status__exact=failed")
    assert page.status_code == 200 and "lost@example.org" in page.content.decode()
    client.post(
        "/admin/accounts/outgoingmail/",
        {"action": "send_again", "_selected_action": [failed_mail.pk]},
    )
    failed_mail.refresh_from_db()
    assert failed_mail.status == MailStatus.QUEUED and failed_mail.attempts == 0


def test_the_admin_index_warns_about_failed_mail(client, make_user, failed_mail):
    client.force_login(make_user(is_staff=True, is_superuser=True))
    html = client.get("/admin/").content.decode()
    assert "1 e-mail could not be sent" in html
    assert "/admin/accounts/outgoingmail/?status__exact=failed" in html
    assert "Site administration" in html  # the usual index is still there


def test_parkbridge_check_counts_failed_mail(failed_mail):
    from parkbridge.cli.server import check

    result = CliRunner().invoke(check, [])
    assert "mail: 0 queued, 1 failed" in result.output, result.output
