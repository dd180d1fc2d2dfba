"""Investigation cases and their evidence: the data, and the rules that are about the data."""

import contextlib
import hashlib
import threading
import unicodedata
from typing import Any

from django.conf import settings
from django.core.files.storage import storages
from django.db import connection, models, transaction
from django.db.models import OuterRef, Prefetch, Q, Subquery
from django.urls import reverse
from django.utils import timezone

from . import chain, facts
from .package_script.verify_package import GENESIS


def evidence_storage():
    """The private storage of originals and derived images (``STORAGES["evidence"]``)."""
    return storages["evidence"]


class Case(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"
        ARCHIVED = "archived", "Archived"

    title = models.CharField(max_length=200)
    reference = models.CharField(max_length=64, help_text="Case reference number, unique among its creator's cases")
    description = models.TextField(blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, through="Membership", related_name="cases")

    class Meta:
        ordering = ["-updated_at"]
        # Unique per creator, not across the site: a refused reference would tell anyone whether
        # another team has a case with it.
        constraints = [models.UniqueConstraint(fields=["created_by", "reference"], name="reference_once_per_creator")]

    def __str__(self) -> str:
        return f"{self.reference} — {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("cases:case", args=[self.pk])

    @property
    def takes_evidence(self) -> bool:
        """Only an open case takes uploads and re-analysis; a closed or archived one is kept as it is."""
        return self.status == self.Status.OPEN

    def role_of(self, user) -> str | None:
        """The user's :class:`Membership.Role` value in this case, or None for non-members."""
        if not user.is_authenticated:
            return None
        return self.memberships.filter(user=user).values_list("role", flat=True).first()


LAST_OWNER = "A case must keep at least one owner: make someone else owner first."


class LastOwnerError(Exception):
    """A change to the members would leave a case without an owner; nothing was changed."""

    def __init__(self, message: str = LAST_OWNER) -> None:
        super().__init__(message)


class Membership(models.Model):
    """A user's role in a case. A case keeps at least one owner: :meth:`save` and :meth:`delete`
    enforce it for every caller (pages, API, admin) under a lock on the case row, so that two
    owners demoting or removing each other at once cannot both succeed."""

    class Role(models.TextChoices):
        OWNER = "owner", "Owner"
        INVESTIGATOR = "investigator", "Investigator"
        VIEWER = "viewer", "Viewer"

    # What each role may do; viewers only read.
    CAN_WRITE = (Role.OWNER, Role.INVESTIGATOR)
    CAN_MANAGE = (Role.OWNER,)

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.VIEWER)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "user"], name="one_membership_per_user_and_case")]

    def __str__(self) -> str:
        return f"{self.user} ({self.role}) in {self.case.reference}"

    def save(self, *args, **kwargs) -> None:
        """Save; raises :class:`LastOwnerError` (and saves nothing) when this demotes the last owner."""
        if self._state.adding or self.role == self.Role.OWNER:
            super().save(*args, **kwargs)
            return
        with transaction.atomic():
            self._lock_case()
            super().save(*args, **kwargs)
            self._check_an_owner_remains()

    def delete(self, *args, **kwargs):
        """Delete; raises :class:`LastOwnerError` (and deletes nothing) when this is the last owner.
        (Deleting the case itself takes its memberships without this check.)"""
        with transaction.atomic():
            self._lock_case()
            deleted = super().delete(*args, **kwargs)
            self._check_an_owner_remains()
        return deleted

    def _lock_case(self) -> None:
        # Every change that can take an owner away locks the case row first, so such changes
        # to one case run one after the other, each seeing what the one before committed.
        list(Case.objects.select_for_update().filter(pk=self.case_id).values_list("pk"))

    def _check_an_owner_remains(self) -> None:
        if not Membership.objects.filter(case_id=self.case_id, role=self.Role.OWNER).exists():
            raise LastOwnerError()


# The extension a download gets for each file type the content was recognised as
# (:attr:`EvidenceImage.file_type`, ExifTool's File:FileType): ExifTool's File:FileTypeExtension,
# as the format readers in analysis/formats write it, in lower case.
DOWNLOAD_EXTENSIONS = {
    "JPEG": "jpg",
    "PNG": "png",
    "TIFF": "tif",
    "GIF": "gif",
    "BMP": "bmp",
    "WEBP": "webp",
    "PSD": "psd",
    "PSB": "psb",
    "BTF": "btf",
    "HEIC": "heic",
    "HEIF": "heif",
    "AVIF": "avif",
}

# Unicode categories that do not print: control, format (bidirectional overrides, zero-width),
# private-use, surrogate and unassigned characters, line and paragraph separators. Text holding
# them can hide or reorder what is around it, so it is never shown or offered with them as is.
HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"})


def original_path(image: "EvidenceImage", filename: str) -> str:
    # The uploaded filename is never part of a path: originals are named by their content hash.
    return f"originals/{image.case_id}/{image.sha256}"


def thumbnail_path(image: "EvidenceImage", filename: str) -> str:
    return f"thumbnails/{image.case_id}/{image.sha256}.jpg"


def latest_analysis_of_image(image_ref: str = "pk") -> Subquery:
    """The id of the newest Analysis of the image named by ``image_ref`` (an OuterRef path)."""
    newest = Analysis.objects.filter(image=OuterRef(image_ref)).order_by("-created_at", "-pk")
    return Subquery(newest.values("pk")[:1])


class EvidenceImageQuerySet(models.QuerySet):
    def with_latest_analysis(self) -> "EvidenceImageQuerySet":
        """Images annotated with ``latest_analysis_id``, their newest analysis (without its
        report) prefetched for :attr:`EvidenceImage.latest_analysis`: one query per page of
        images, not one per image."""
        newest = Analysis.objects.filter(pk=latest_analysis_of_image("image")).defer("report")
        return self.annotate(latest_analysis_id=latest_analysis_of_image()).prefetch_related(
            Prefetch("analyses", queryset=newest, to_attr="prefetched_latest")
        )


class EvidenceImage(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        DONE = "done", "Analysed"
        FAILED = "failed", "Failed"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="images")
    file = models.FileField(storage=evidence_storage, upload_to=original_path, max_length=255)
    thumbnail = models.FileField(storage=evidence_storage, upload_to=thumbnail_path, max_length=255, blank=True)
    original_filename = models.CharField(max_length=255, help_text="As uploaded; text only, never a path")
    size = models.PositiveBigIntegerField(help_text="Bytes")
    mime = models.CharField(max_length=100, blank=True, help_text="From the content, not the name")
    file_type = models.CharField(max_length=16, blank=True)
    md5 = models.CharField(max_length=32)
    sha1 = models.CharField(max_length=40)
    sha256 = models.CharField(max_length=64, db_index=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    error = models.TextField(blank=True)

    objects = EvidenceImageQuerySet.as_manager()

    # The facts of an image that the API shows and the admin exports, in that order.
    FACT_FIELDS = (
        "id",
        "case",
        "original_filename",
        "size",
        "mime",
        "file_type",
        "md5",
        "sha1",
        "sha256",
        "uploaded_by",
        "uploaded_at",
        "status",
        "error",
    )

    class Meta:
        ordering = ["uploaded_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["case", "sha256"], name="same_bytes_once_per_case")]

    def __str__(self) -> str:
        return f"{self.original_filename} ({self.sha256[:12]})"

    def get_absolute_url(self) -> str:
        return reverse("cases:image", args=[self.case_id, self.pk])

    @property
    def download_name(self) -> str:
        """The name to suggest for a download: named by what the bytes are, not by the uploader's
        extension (``evidence.hta`` holding a JPEG downloads as ``evidence.jpg``; an unknown type
        as ``.bin``). The stem is the last part of the name as uploaded (a ZIP member's name may
        hold folders) with characters that do not print replaced by ``_``, never empty. The name
        as uploaded stays in :attr:`original_filename` (page, API, exports, audit trail)."""
        last = self.original_filename.replace("\\", "/").rsplit("/", 1)[-1]
        stem = "".join("_" if unicodedata.category(char) in HIDDEN_CATEGORIES else char for char in last)
        base, dot, _ = stem.rpartition(".")
        stem = (base if dot and base.strip(".") else stem).strip(" .")
        return f"{stem or 'original'}.{DOWNLOAD_EXTENSIONS.get(self.file_type, 'bin')}"

    @property
    def latest_analysis(self) -> "Analysis | None":
        """The newest analysis, None before the first; prefetched by
        :meth:`EvidenceImageQuerySet.with_latest_analysis` (then without its report)."""
        if hasattr(self, "prefetched_latest"):
            return next(iter(self.prefetched_latest), None)
        return self.analyses.order_by("-created_at", "-pk").first()

    def stored_sha256(self) -> str:
        """Re-hash the stored original (streamed in chunks); raises OSError if it is missing."""
        digest = hashlib.sha256()
        with self.file.open("rb") as stored:
            for chunk in iter(lambda: stored.read(1024 * 1024), b""):
                digest.update(chunk)
        return digest.hexdigest()


class Severity(models.TextChoices):
    """How much a finding matters (:class:`analysis.result.Severity`), lowest first."""

    INFO = "info", "Info"
    LOW = "low", "Low"
    MEDIUM = "medium", "Medium"
    HIGH = "high", "High"


def reading_columns(report: dict[str, Any] | None) -> dict[str, Any]:
    """The facts of a report's reading that :class:`Analysis` keeps in columns, so that lists
    and filters need not load whole reports: ``summary``, ``rules_run``, ``highest_severity``
    (``""`` without findings), ``ai_declared``, ``ai_generator`` (``""`` unless declared) and
    ``software`` (names, one per line), ``origin_label`` (``""`` unless read) and
    ``origin_confidence`` (None unless read).

    A report of an engine before the reading existed (0.1.0) has none of these: ``ai_declared``
    is then None, which is what "not yet read by the current engine" is (:attr:`Analysis.is_read`).
    """
    read = facts.reading(report)
    ai = read.get("ai") or {}
    origin = read.get("origin") if isinstance(read.get("origin"), dict) else {}
    declared = bool(ai.get("declared")) if read else None
    return {
        "summary": str(read.get("summary") or ""),
        "rules_run": facts.rules_run(report),
        "highest_severity": facts.highest_severity(report) or "",
        "ai_declared": declared,
        "ai_generator": str(ai.get("generator") or "") if declared else "",
        # One name per line: a line break inside a name would read as two names.
        "software": "\n".join(" ".join(name.split()) for name in facts.software_names(report)),
        "origin_label": str(origin.get("label") or ""),
        "origin_confidence": origin.get("confidence") if isinstance(origin.get("confidence"), int | float) else None,
    }


class Analysis(models.Model):
    """One run of the engine on an image: its report (:meth:`analysis.Report.to_dict`) and, in
    columns set from the report on save (:func:`reading_columns`), what lists and filters read."""

    image = models.ForeignKey(EvidenceImage, on_delete=models.CASCADE, related_name="analyses")
    engine_version = models.CharField(max_length=32)
    report = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)
    summary = models.TextField(blank=True, default="", help_text="The reading in one sentence")
    rules_run = models.PositiveIntegerField(null=True, blank=True, help_text="null: the rules never ran")
    highest_severity = models.CharField(
        max_length=16, choices=Severity.choices, blank=True, default="", db_index=True, help_text="Empty: no findings"
    )
    ai_declared = models.BooleanField(
        null=True, db_index=True, help_text="null: not yet read by the current engine (no reading in the report)"
    )
    ai_generator = models.TextField(blank=True, default="", help_text="The declared generator, empty if none named")
    software = models.TextField(
        blank=True, default="", help_text="Names of the programs the reading found, one per line"
    )
    origin_label = models.CharField(
        max_length=32, blank=True, default="", db_index=True, help_text="Where the picture came from; empty: not read"
    )
    origin_confidence = models.FloatField(null=True, blank=True, help_text="0..1; null: not read")

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "analyses"

    def __str__(self) -> str:
        return f"Analysis {self.pk} of {self.image} (engine {self.engine_version})"

    def save(self, *args, **kwargs) -> None:
        for name, value in reading_columns(self.report).items():
            setattr(self, name, value)
        super().save(*args, **kwargs)

    def is_stale(self) -> bool:
        """True when the engine has changed since this analysis was made."""
        from analysis import ENGINE_VERSION

        return self.engine_version != ENGINE_VERSION

    @property
    def is_read(self) -> bool:
        """False for an analysis made before the engine gave a reading ("not yet read by the
        current engine": re-analyse it)."""
        return self.ai_declared is not None

    @property
    def software_names(self) -> list[str]:
        return self.software.splitlines()


class Finding(models.Model):
    """One finding of a rule (:class:`analysis.result.Finding`): ``evidence`` is a list of
    ``{"where", "value"}``, the places it rests on."""

    Severity = Severity

    analysis = models.ForeignKey(Analysis, on_delete=models.CASCADE, related_name="findings")
    image = models.ForeignKey(EvidenceImage, on_delete=models.CASCADE, related_name="findings")
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="findings")
    rule = models.CharField(max_length=64, db_index=True)
    severity = models.CharField(max_length=16, choices=Severity.choices, db_index=True)
    title = models.CharField(max_length=255)
    detail = models.TextField(blank=True)
    proves = models.TextField(blank=True, default="", help_text="What the evidence establishes")
    does_not_prove = models.TextField(blank=True, default="", help_text="What the evidence must not be taken for")
    evidence = models.JSONField(default=list, blank=True, help_text='[{"where": place, "value": value found}]')

    # What the engine said, field for field (a finding of the report's reading); the API shows
    # and the admin exports them after the finding's case, image and analysis.
    ENGINE_FIELDS = ("rule", "severity", "title", "detail", "proves", "does_not_prove", "evidence")

    class Meta:
        ordering = ["case", "image", "pk"]

    def __str__(self) -> str:
        return f"{self.rule}: {self.title}"


def derived_path(derived: "DerivedImage", filename: str) -> str:
    # Beside the original's folder, one folder per original (removed with it, cases.deletion), named
    # by the derived image's own content hash.
    return f"{derived_folder(derived.image)}/{derived.sha256}.png"


def derived_folder(image: EvidenceImage) -> str:
    """The storage folder of the derived images of ``image``."""
    return f"derived/{image.case_id}/{image.sha256}"


class PixelProfile(models.Model):
    """What the pixel steps (:mod:`analysis.pixels`, run by :mod:`cases.pixels`) found for one image,
    beside its derived images: the perceptual hashes (hex, for near-duplicates), the statistics
    without an image (double compression), the findings they raised (engine finding dicts, copied
    to each new analysis as :class:`Finding` rows) and how the work went (``status``, ``error``)."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        DONE = "done", "Computed"
        FAILED = "failed", "Failed"

    image = models.OneToOneField(EvidenceImage, on_delete=models.CASCADE, related_name="pixel_profile")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    error = models.TextField(blank=True, default="")
    pixels_version = models.CharField(max_length=16, blank=True, default="")
    phash = models.CharField(max_length=16, blank=True, default="", db_index=True, help_text="64-bit pHash, hex")
    dhash = models.CharField(max_length=16, blank=True, default="", db_index=True, help_text="64-bit dHash, hex")
    colorhash = models.CharField(max_length=16, blank=True, default="", help_text="42-bit colorhash, hex")
    statistics = models.JSONField(default=dict, blank=True, help_text="Statistics of the steps without an image")
    findings = models.JSONField(default=list, blank=True, help_text="Findings of the pixel steps (engine dicts)")
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Pixels of {self.image} ({self.status})"


class DerivedImage(models.Model):
    """A picture computed from an original (ELA, an embedded picture and its difference, the noise
    residual, a view copy, the difference with another image), stored privately beside it with its
    own ``sha256``, the ``parameters`` it was computed with and the ``pixels_version`` of the steps.
    ``key`` tells apart images of one kind (the ELA quality, the embedded picture's place, the other
    image's id); ``other`` is the second image of a comparison. A row is ``pending`` from the request
    until its file is stored; it is computed once (never on page view)."""

    class Kind(models.TextChoices):
        ELA = "ela", "Error level analysis"
        EMBEDDED = "embedded", "Embedded picture"
        EMBEDDED_DIFFERENCE = "embedded_difference", "Embedded picture against the image"
        NOISE = "noise", "Noise residual"
        VIEW = "view", "View copy"
        DIFFERENCE = "difference", "Difference with another image"

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        DONE = "done", "Computed"
        FAILED = "failed", "Failed"

    image = models.ForeignKey(EvidenceImage, on_delete=models.CASCADE, related_name="derived")
    kind = models.CharField(max_length=32, choices=Kind.choices)
    key = models.CharField(max_length=128, blank=True, default="")
    other = models.ForeignKey(EvidenceImage, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    error = models.TextField(blank=True, default="")
    parameters = models.JSONField(default=dict, blank=True)
    statistics = models.JSONField(default=dict, blank=True)
    file = models.FileField(storage=evidence_storage, upload_to=derived_path, max_length=255, blank=True)
    sha256 = models.CharField(max_length=64, blank=True, default="")
    size = models.PositiveBigIntegerField(null=True, blank=True, help_text="Bytes")
    pixels_version = models.CharField(max_length=16, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["image", "kind", "key"]
        constraints = [models.UniqueConstraint(fields=["image", "kind", "key"], name="one_derived_image_per_key")]

    def __str__(self) -> str:
        key = f" {self.key}" if self.key else ""
        return f"{self.get_kind_display()}{key} of {self.image}"


_SHARED_CONNECTION_LOCK = threading.Lock()


@contextlib.contextmanager
def _one_writer_on_a_shared_connection():
    """Serialise appends where every thread shares one database connection (an in-memory SQLite
    database: a test's live server), since one connection cannot hold two transactions at once;
    elsewhere the database's own lock on the chain head does it, and this does nothing."""
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        with _SHARED_CONNECTION_LOCK:
            yield
    else:
        yield


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("audit events are append-only")

    def delete(self):
        raise PermissionError("audit events are append-only")


class ChainHead(models.Model):
    """The newest event of one custody chain (:mod:`cases.chain`): ``chain`` is ``case:<id>`` or
    ``site``. Appending to a chain locks its head row first, so two events written at once never
    both follow the same event; and events removed from the end of a chain no longer match it."""

    chain = models.CharField(max_length=32, unique=True)
    sequence = models.PositiveIntegerField(default=0, help_text="Events in the chain; 0: none yet")
    hash = models.CharField(max_length=64, default=GENESIS, help_text="The newest event's hash")

    def __str__(self) -> str:
        return f"{self.chain} #{self.sequence} {self.hash[:12]}"


class AuditEvent(models.Model):
    """The chain of custody: who did what to which object, when, from where. Append-only.

    ``case`` and ``actor`` keep no database constraint so that deleting a case or a user keeps
    its history; ``actor_name`` keeps the actor's user name as it was, so "who" still reads after
    the user is deleted (``actor`` then points nowhere: read ``actor_name``).

    Tamper-evident (:mod:`cases.chain`): each event is number ``sequence`` of its case's chain (or
    of the site's, without a case), holds the ``hash`` of the event before it (``previous_hash``)
    and its own ``hash`` over its fields, and, with a signing key set, a ``signature`` of that hash.
    """

    class Action(models.TextChoices):
        CASE_CREATED = "case_created", "Case created"
        CASE_UPDATED = "case_updated", "Case updated"
        CASE_DELETED = "case_deleted", "Case deleted"
        MEMBER_ADDED = "member_added", "Member added"
        MEMBER_CHANGED = "member_changed", "Member role changed"
        MEMBER_REMOVED = "member_removed", "Member removed"
        IMAGE_UPLOADED = "image_uploaded", "Image uploaded"
        DUPLICATE_RECEIVED = "duplicate_received", "Duplicate received"
        IMAGE_VIEWED = "image_viewed", "Image viewed"
        IMAGE_DOWNLOADED = "image_downloaded", "Original downloaded"
        IMAGE_DELETED = "image_deleted", "Image deleted"
        DERIVED_COMPUTED = "derived_computed", "Derived image computed"
        DERIVED_VIEWED = "derived_viewed", "Derived image viewed"
        REANALYSED = "reanalysed", "Re-analysed"
        EXPORTED = "exported", "Exported"
        INTEGRITY_VERIFIED = "integrity_verified", "Integrity verified"
        USER_DELETED = "user_deleted", "User deleted"
        LOGIN_LOCKED_OUT = "login_locked_out", "Sign-in locked out"

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.DO_NOTHING, db_constraint=False
    )
    actor_name = models.CharField(
        max_length=150, blank=True, db_index=True, help_text="The actor's user name when it acted; empty: the system"
    )
    action = models.CharField(max_length=32, choices=Action.choices, db_index=True)
    case = models.ForeignKey(
        Case, null=True, blank=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="audit_events"
    )
    target_type = models.CharField(max_length=64)
    target_id = models.CharField(max_length=64, blank=True)
    target_repr = models.CharField(max_length=255, blank=True)
    # Set when the event is appended (under its chain's lock), so a chain's times never go back.
    created_at = models.DateTimeField(default=timezone.now, editable=False, db_index=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    details = models.JSONField(default=dict, blank=True)
    sequence = models.PositiveIntegerField(editable=False, help_text="Position in its chain, from 1")
    previous_hash = models.CharField(max_length=64, editable=False, help_text="The hash of the event before it")
    hash = models.CharField(max_length=64, editable=False, help_text="SHA-256 of this event's fields")
    signature = models.CharField(
        max_length=160, blank=True, editable=False, help_text="algorithm:key id:base64; empty: no signing key"
    )

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        # One event per place in a chain, whatever the locks: a fork cannot be written.
        constraints = [
            models.UniqueConstraint(
                fields=["case", "sequence"], condition=Q(case__isnull=False), name="one_event_per_case_chain_place"
            ),
            models.UniqueConstraint(
                fields=["sequence"], condition=Q(case__isnull=True), name="one_event_per_site_chain_place"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M:%S} {self.actor_name or 'system'} {self.action} {self.target_repr}"

    def save(self, *args, **kwargs):
        """Append the event to its chain: under a lock on the chain's head, it is numbered, linked,
        hashed and (with a key) signed (:func:`cases.chain.seal`), and the head moves to it."""
        if self.pk is not None:
            raise PermissionError("audit events are append-only")
        with _one_writer_on_a_shared_connection(), transaction.atomic(using=kwargs.get("using")):
            head, _ = ChainHead.objects.select_for_update().get_or_create(chain=chain.chain_key(self.case_id))
            self.created_at = timezone.now()
            chain.seal(self, head.sequence, head.hash)
            super().save(*args, **kwargs)
            head.sequence, head.hash = self.sequence, self.hash
            head.save(update_fields=["sequence", "hash"])

    def delete(self, *args, **kwargs):
        raise PermissionError("audit events are append-only")
