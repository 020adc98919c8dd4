"""Accounts made before web sign-in (admin, CLI) keep working: their addresses, typed by an
administrator, count as confirmed. An address two accounts share is left unconfirmed."""

from django.conf import settings
from django.db import migrations


def trust_existing_addresses(apps, schema_editor):
    user_model = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    email_address = apps.get_model("account", "EmailAddress")
    seen: dict[str, int] = {}
    for pk, email in user_model.objects.exclude(email="").values_list("pk", "email"):
        key = email.strip().lower()
        seen[key] = -1 if key in seen else pk
    taken = set(email_address.objects.values_list("email", flat=True))
    with_primary = set(email_address.objects.filter(primary=True).values_list("user_id", flat=True))
    email_address.objects.bulk_create(
        [
            email_address(user_id=pk, email=key, verified=True, primary=pk not in with_primary)
            for key, pk in seen.items()
            if pk > 0 and key not in taken
        ]
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_invitations_and_membership_requests"),
        ("account", "0009_emailaddress_unique_primary_email"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(trust_existing_addresses, migrations.RunPython.noop)]
