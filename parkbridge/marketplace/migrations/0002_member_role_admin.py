from django.db import migrations, models


def managers_become_admins(apps, schema_editor):
    # "manager" was never used by any page; the admin of an organisation is its successor.
    apps.get_model("marketplace", "OrganisationMember").objects.filter(role="manager").update(
        role="admin"
    )


class Migration(migrations.Migration):
    dependencies = [("marketplace", "0001_initial")]

    operations = [
        migrations.AlterField(
            model_name="organisationmember",
            name="role",
            field=models.CharField(
                choices=[("member", "Member"), ("admin", "Admin")], default="member", max_length=20
            ),
        ),
        migrations.RunPython(managers_become_admins, migrations.RunPython.noop),
    ]
