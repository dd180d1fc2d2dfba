# Issue 13: derived images (cases.pixels), the pixel profile of each image, and their audit actions.

import django.db.models.deletion
from django.db import migrations, models

import cases.models


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0004_custody_chain"),
    ]

    operations = [
        migrations.AlterField(
            model_name="auditevent",
            name="action",
            field=models.CharField(
                choices=[
                    ("case_created", "Case created"),
                    ("case_updated", "Case updated"),
                    ("case_deleted", "Case deleted"),
                    ("member_added", "Member added"),
                    ("member_changed", "Member role changed"),
                    ("member_removed", "Member removed"),
                    ("image_uploaded", "Image uploaded"),
                    ("image_viewed", "Image viewed"),
                    ("image_downloaded", "Original downloaded"),
                    ("image_deleted", "Image deleted"),
                    ("derived_computed", "Derived image computed"),
                    ("derived_viewed", "Derived image viewed"),
                    ("reanalysed", "Re-analysed"),
                    ("exported", "Exported"),
                    ("integrity_verified", "Integrity verified"),
                    ("user_deleted", "User deleted"),
                    ("login_locked_out", "Sign-in locked out"),
                ],
                db_index=True,
                max_length=32,
            ),
        ),
        migrations.CreateModel(
            name="PixelProfile",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "status",
                    models.CharField(
                        choices=[("pending", "Pending"), ("done", "Computed"), ("failed", "Failed")],
                        default="pending",
                        max_length=16,
                    ),
                ),
                ("error", models.TextField(blank=True, default="")),
                ("pixels_version", models.CharField(blank=True, default="", max_length=16)),
                (
                    "phash",
                    models.CharField(
                        blank=True, db_index=True, default="", help_text="64-bit pHash, hex", max_length=16
                    ),
                ),
                (
                    "dhash",
                    models.CharField(
                        blank=True, db_index=True, default="", help_text="64-bit dHash, hex", max_length=16
                    ),
                ),
                (
                    "colorhash",
                    models.CharField(blank=True, default="", help_text="42-bit colorhash, hex", max_length=16),
                ),
                (
                    "statistics",
                    models.JSONField(blank=True, default=dict, help_text="Statistics of the steps without an image"),
                ),
                (
                    "findings",
                    models.JSONField(blank=True, default=list, help_text="Findings of the pixel steps (engine dicts)"),
                ),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "image",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="pixel_profile",
                        to="cases.evidenceimage",
                    ),
                ),
            ],
        ),
        migrations.CreateModel(
            name="DerivedImage",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("ela", "Error level analysis"),
                            ("embedded", "Embedded picture"),
                            ("embedded_difference", "Embedded picture against the image"),
                            ("noise", "Noise residual"),
                            ("view", "View copy"),
                            ("difference", "Difference with another image"),
                        ],
                        max_length=32,
                    ),
                ),
                ("key", models.CharField(blank=True, default="", max_length=128)),
                (
                    "status",
                    models.CharField(
                        choices=[("pending", "Pending"), ("done", "Computed"), ("failed", "Failed")],
                        default="pending",
                        max_length=16,
                    ),
                ),
                ("error", models.TextField(blank=True, default="")),
                ("parameters", models.JSONField(blank=True, default=dict)),
                ("statistics", models.JSONField(blank=True, default=dict)),
                (
                    "file",
                    models.FileField(
                        blank=True,
                        max_length=255,
                        storage=cases.models.evidence_storage,
                        upload_to=cases.models.derived_path,
                    ),
                ),
                ("sha256", models.CharField(blank=True, default="", max_length=64)),
                ("size", models.PositiveBigIntegerField(blank=True, help_text="Bytes", null=True)),
                ("pixels_version", models.CharField(blank=True, default="", max_length=16)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                (
                    "image",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="derived", to="cases.evidenceimage"
                    ),
                ),
                (
                    "other",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="cases.evidenceimage",
                    ),
                ),
            ],
            options={
                "ordering": ["image", "kind", "key"],
                "constraints": [
                    models.UniqueConstraint(fields=("image", "kind", "key"), name="one_derived_image_per_key")
                ],
            },
        ),
    ]
