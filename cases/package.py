"""The case package: one ZIP that anyone can verify offline, with Python alone.

Layout (every file but the manifest and its signature listed in the manifest with its SHA-256
and size)::

    manifest.json           what the package holds (format below)
    manifest.sig            the signature of manifest.json, when the site has a signing key
    verify_package.py       the verifier (cases/package_script/verify_package.py, copied)
    README.txt              how to verify
    originals/<sha256>.<ext>  each original, byte for byte, named by its content (extension from
                            its detected type); its name as uploaded is in the manifest
    analyses/<sha256>.json  each image's facts and latest analysis (engine version and report)
    derived/<sha256>/<kind>[-<key>].png  each derived image (ELA, embedded pictures, noise residual,
                            differences) of that original, with its parameters, statistics, pixels
                            version and stored sha256 in the manifest
    custody/chain.jsonl     the case's custody chain, oldest first, one event a line
                            (cases.chain.event_record)
    report.pdf              the PDF case report (cases.reports.case_pdf)

``manifest.json``: ``format`` and ``version`` (verify_package.PACKAGE_FORMAT, PACKAGE_VERSION),
``case`` (id, reference, title, status), ``exported_at``, ``exported_by``, ``engine_version``,
``custody`` (path, events, head: the newest event's hash), ``signing`` (the key: algorithm, key
id, Ed25519 public key; absent without a key) and ``files`` (path, sha256, size, kind, and per
original its image id, name as uploaded, uploader, upload time, md5 and sha1).

The package is written to an unnamed temporary file in ``CASE_PACKAGE_TEMP_DIR`` (removed when
closed) and streamed from there: originals are copied in chunks, never held whole in memory.
"""

import base64
import hashlib
import json
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import FileResponse, HttpResponse
from django.utils import timezone

from analysis import ENGINE_VERSION

from . import audit, chain
from .downloads import private, refusal
from .integrity import CHANGED, MISSING, IntegrityCheck
from .models import DOWNLOAD_EXTENSIONS, Analysis, AuditEvent, Case, ChainHead, DerivedImage, EvidenceImage
from .package_script import verify_package
from .reports import case_pdf, safe_filename

CHUNK = 1024 * 1024
SCRIPT = Path(verify_package.__file__)
README = """imgmeta case package {reference}

To verify it, with Python 3.9 or later and nothing else installed:

    python3 verify_package.py                  (in the folder this package was extracted to)
    python3 verify_package.py {filename}

It re-hashes every file listed in manifest.json, checks the custody chain (custody/chain.jsonl)
and the signatures, and prints OK or the first problem. Give --key-id with the key id the site
publishes so that a package not signed by that key fails; --hmac-key for HMAC-signed packages.
originals/ holds the evidence named by SHA-256; manifest.json gives each one's name as uploaded.
"""


class AlteredOriginal(Exception):
    """A stored original no longer matches its ingest hash (or is missing): no package is made
    that would carry it. ``check`` says which and how."""

    def __init__(self, check: IntegrityCheck) -> None:
        super().__init__(check.describe())
        self.check = check


class AlteredDerived(Exception):
    """A stored derived image no longer matches the sha256 recorded when it was computed."""

    def __init__(self, image: EvidenceImage, derived: DerivedImage, copied: str) -> None:
        super().__init__(f"derived image {derived.kind} {derived.key} changed: sha256 now {copied}")
        self.image, self.derived, self.copied = image, derived, copied


def package_response(request, case: Case) -> HttpResponse:
    """The package of ``case`` as a ZIP attachment, streamed from its temporary file; audited as
    an export first (so the package's custody chain ends with it). An original that no longer
    matches its ingest hash stops the export: audited as a failed integrity check, answered 409
    (:func:`cases.downloads.refusal`)."""
    audit.record(request, AuditEvent.Action.EXPORTED, case, format="case package", images=case.images.count())
    try:
        package = build(case, request.user)
    except AlteredOriginal as altered:
        audit.record(
            request,
            AuditEvent.Action.INTEGRITY_VERIFIED,
            altered.check.image,
            case=case,
            checked=1,
            during="case package",
            mismatched=[altered.check.as_details()],
        )
        return refusal(
            request,
            f"The case was not exported: the stored original {altered.check.image.original_filename!r} "
            f"{altered.check.describe()}. Run the integrity check.",
        )
    except AlteredDerived as altered:
        audit.record(
            request,
            AuditEvent.Action.INTEGRITY_VERIFIED,
            altered.image,
            case=case,
            during="case package",
            derived_changed={"id": altered.derived.pk, "stored": altered.derived.sha256, "now": altered.copied},
        )
        return refusal(
            request,
            f"The case was not exported: a derived image of {altered.image.original_filename!r} no longer "
            "matches its sha256. Recompute it from the image page.",
        )
    response = FileResponse(
        package,
        as_attachment=True,
        filename=package_filename(case),
        content_type="application/zip",
    )
    return private(response)


def package_filename(case: Case) -> str:
    """The download name of the package of ``case``: ``<reference>-package.zip``, made safe."""
    return safe_filename(f"{case.reference}-package.zip")


def build(case: Case, user) -> IO[bytes]:
    """Write the package of ``case``, made for ``user``, to a new unnamed temporary file and
    return it open at its start (closing it removes it). Raises :class:`AlteredOriginal`."""
    folder = Path(settings.CASE_PACKAGE_TEMP_DIR)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    out = tempfile.TemporaryFile(dir=folder)  # noqa: SIM115 - the response closes it, which removes it
    try:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            writer = _Writer(archive)
            _write(writer, case, user)
    except BaseException:
        out.close()
        raise
    out.seek(0)
    return out


class _Writer:
    """Adds files to the archive, streamed and hashed, and keeps the manifest's entry of each."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive, self.files = archive, []

    def add(self, path: str, chunks: Iterable[bytes], kind: str, *, compress: bool = True, **facts: Any) -> str:
        """Write ``chunks`` as the file ``path``; returns its sha256."""
        info = zipfile.ZipInfo(path, timezone.now().timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        digest, size = hashlib.sha256(), 0
        # ZIP64 from the start for every member: its size is not known before it is written.
        with self.archive.open(info, "w", force_zip64=True) as out:
            for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
        self.files.append({"path": path, "sha256": digest.hexdigest(), "size": size, "kind": kind, **facts})
        return digest.hexdigest()

    def add_original(self, image: EvidenceImage) -> None:
        """Copy the stored original in chunks; raises :class:`AlteredOriginal` unless what was
        copied hashes to the ingest sha256."""
        path = f"originals/{image.sha256}.{DOWNLOAD_EXTENSIONS.get(image.file_type, 'bin')}"
        facts = {
            "image_id": image.pk,
            "original_filename": image.original_filename,
            "uploaded_by": image.uploaded_by.get_username(),
            "uploaded_at": image.uploaded_at.isoformat(),
            "md5": image.md5,
            "sha1": image.sha1,
        }
        try:
            with image.file.open("rb") as stored:
                # Stored, not deflated: photos are compressed already.
                copied = self.add(path, iter(lambda: stored.read(CHUNK), b""), "original", compress=False, **facts)
        except FileNotFoundError:
            raise AlteredOriginal(IntegrityCheck(image, None, MISSING)) from None
        if copied != image.sha256:
            raise AlteredOriginal(IntegrityCheck(image, copied, CHANGED))

    def add_derived(self, image: EvidenceImage, derived: DerivedImage) -> None:
        """Copy a derived image; raises :class:`AlteredDerived` when its bytes no longer hash to the
        sha256 stored when it was computed (a derived file is part of the record of the analysis)."""
        name = "-".join(part for part in (derived.kind, derived.key) if part)
        path = f"derived/{image.sha256}/{safe_filename(name)}.png"
        facts = {
            "image_id": image.pk,
            "derived_id": derived.pk,
            "derived_kind": derived.kind,
            "parameters": derived.parameters,
            "statistics": derived.statistics,
            "pixels_version": derived.pixels_version,
            "stored_sha256": derived.sha256,
        }
        with derived.file.open("rb") as stored:
            copied = self.add(path, iter(lambda: stored.read(CHUNK), b""), "derived", compress=False, **facts)
        if copied != derived.sha256:
            raise AlteredDerived(image, derived, copied)


def _write(writer: _Writer, case: Case, user) -> None:
    for image in case.images.select_related("case", "uploaded_by").order_by("uploaded_at", "pk").iterator():
        writer.add_original(image)
        writer.add(f"analyses/{image.sha256}.json", [_analysis_json(image)], "analysis", image_id=image.pk)
        derived_images = image.derived.filter(status=DerivedImage.Status.DONE).exclude(file="").select_related("other")
        for derived in derived_images.order_by("pk"):
            # A difference with another case's image (stored before such pairs stopped being
            # stored) holds that case's pixels: it is not this case's evidence to hand over.
            if derived.other is None or derived.other.case_id == image.case_id:
                writer.add_derived(image, derived)
    # The chain up to its head as it is now; events appended meanwhile belong to the next export.
    head = ChainHead.objects.filter(chain=chain.chain_key(case.pk)).values_list("sequence", "hash").get()
    events = AuditEvent.objects.filter(case_id=case.pk, sequence__lte=head[0]).order_by("sequence").iterator()
    lines = (json.dumps(chain.event_record(event), ensure_ascii=False, sort_keys=True) + "\n" for event in events)
    writer.add(verify_package.CHAIN_PATH, (line.encode("utf-8") for line in lines), "custody")
    writer.add("report.pdf", [case_pdf(case, user)], "report")
    writer.add("verify_package.py", [SCRIPT.read_bytes()], "verifier")
    readme = README.format(reference=case.reference, filename=package_filename(case))
    writer.add("README.txt", [readme.encode("utf-8")], "readme")
    key = chain.signer()
    manifest = {
        "format": verify_package.PACKAGE_FORMAT,
        "version": verify_package.PACKAGE_VERSION,
        "case": {"id": case.pk, "reference": case.reference, "title": case.title, "status": case.status},
        "exported_at": timezone.now().isoformat(),
        "exported_by": user.get_username(),
        "engine_version": ENGINE_VERSION,
        "custody": {"path": verify_package.CHAIN_PATH, "events": head[0], "head": head[1]},
        **({"signing": key.describe()} if key else {}),
        "files": writer.files,
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    writer.archive.writestr(verify_package.MANIFEST, manifest_bytes)
    if key:
        signature = key.sign(verify_package.manifest_message(manifest_bytes))
        signed = {"algorithm": key.algorithm, "key_id": key.key_id, "signature": base64.b64encode(signature).decode()}
        writer.archive.writestr(verify_package.MANIFEST_SIGNATURE, json.dumps(signed, indent=1))


def _analysis_json(image: EvidenceImage) -> bytes:
    """The image's facts (:attr:`EvidenceImage.FACT_FIELDS`) and its latest analysis (id, engine
    version, time, report; null before the first), as JSON."""
    facts = {name: getattr(image, name) for name in EvidenceImage.FACT_FIELDS}
    facts |= {"case": image.case_id, "uploaded_by": image.uploaded_by.get_username()}
    latest = (
        Analysis.objects.filter(image=image)
        .order_by("-created_at", "-pk")
        .values("id", "engine_version", "created_at", "report")
        .first()
    )
    return json.dumps(
        {"image": facts, "analysis": latest}, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1
    ).encode()
