# Issue 12 §2: the custody chain (cases.chain). Written by hand: the events already recorded are
# numbered, linked and hashed (and signed, when a signing key is set) between adding the columns
# and making them required.

import django.utils.timezone
from django.db import migrations, models

from cases import chain
from cases.package_script.verify_package import GENESIS

BATCH = 1000


def chain_existing_events(apps, schema_editor):
    """Each chain's events, oldest first (by time, then id), become its links 1, 2, …; its head
    row records the newest."""
    AuditEvent = apps.get_model("cases", "AuditEvent")
    ChainHead = apps.get_model("cases", "ChainHead")
    case_ids = AuditEvent.objects.order_by().values_list("case_id", flat=True).distinct()
    for case_id in list(case_ids):
        sequence, previous = 0, GENESIS
        pending = []
        for event in AuditEvent.objects.filter(case_id=case_id).order_by("created_at", "pk").iterator():
            chain.seal(event, sequence, previous)
            sequence, previous = event.sequence, event.hash
            pending.append(event)
            if len(pending) == BATCH:
                AuditEvent.objects.bulk_update(pending, ["sequence", "previous_hash", "hash", "signature"])
                pending = []
        AuditEvent.objects.bulk_update(pending, ["sequence", "previous_hash", "hash", "signature"])
        ChainHead.objects.create(chain=chain.chain_key(case_id), sequence=sequence, hash=previous)


class Migration(migrations.Migration):
    dependencies = [("cases", "0003_custody_and_races")]

    operations = [
        migrations.CreateModel(
            name="ChainHead",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("chain", models.CharField(max_length=32, unique=True)),
                ("sequence", models.PositiveIntegerField(default=0, help_text="Events in the chain; 0: none yet")),
                ("hash", models.CharField(default=GENESIS, help_text="The newest event's hash", max_length=64)),
            ],
        ),
        migrations.AlterField(
            model_name="auditevent",
            name="created_at",
            field=models.DateTimeField(db_index=True, default=django.utils.timezone.now, editable=False),
        ),
        migrations.AddField(
            model_name="auditevent",
            name="sequence",
            field=models.PositiveIntegerField(editable=False, null=True, help_text="Position in its chain, from 1"),
        ),
        migrations.AddField(
            model_name="auditevent",
            name="previous_hash",
            field=models.CharField(
                default="", editable=False, help_text="The hash of the event before it", max_length=64
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="auditevent",
            name="hash",
            field=models.CharField(default="", editable=False, help_text="SHA-256 of this event's fields", max_length=64),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="auditevent",
            name="signature",
            field=models.CharField(
                blank=True, editable=False, help_text="algorithm:key id:base64; empty: no signing key", max_length=160
            ),
        ),
        migrations.RunPython(chain_existing_events, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="auditevent",
            name="sequence",
            field=models.PositiveIntegerField(editable=False, help_text="Position in its chain, from 1"),
        ),
        migrations.AddConstraint(
            model_name="auditevent",
            constraint=models.UniqueConstraint(
                condition=models.Q(case__isnull=False),
                fields=("case", "sequence"),
                name="one_event_per_case_chain_place",
            ),
        ),
        migrations.AddConstraint(
            model_name="auditevent",
            constraint=models.UniqueConstraint(
                condition=models.Q(case__isnull=True), fields=("sequence",), name="one_event_per_site_chain_place"
            ),
        ),
    ]
