"""Pixel forensics for case images (issue 13): the derived images of :mod:`analysis.pixels` computed in
the background, stored privately beside the original once, audited, and what the pages show of them
(the Pixels section, near-duplicates, comparisons).

Work is requested here and run by :func:`run_job` (a Celery worker or this process's background
thread, see :func:`cases.tasks.schedule_pixels`), never on page view nor in ``/api/extract/``.
Three jobs:

- ``profile``: after each analysis: perceptual hashes, ELA at the default quality, every embedded
  picture and its difference with the image, the noise residual, a view copy (for comparisons) and
  the double-compression statistics; the findings they raise become rows of the latest analysis.
- ``ela``: ELA at another quality, on request from the page.
- ``difference``: two images at one size and their difference, on request from the compare page.

Each stored derived image has its own sha256, its parameters and :data:`analysis.pixels.PIXELS_VERSION`
and a ``derived_computed`` audit event; one already stored with the current version is not computed
again. The originals are re-hashed first: an original that no longer matches its ingest sha256 is not
worked on.
"""

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image

from analysis.errors import AnalysisError
from analysis.limits import MAX_FILE_BYTES
from analysis.pixels import (
    MAX_SIDE,
    PIXELS_VERSION,
    QUALITIES,
    EmbeddedImage,
    PerceptualHashes,
    double_compression,
    embedded_images,
    error_level_analysis,
    hamming,
    near_duplicates,
    noise_residual,
    perceptual_hashes,
)
from analysis.pixels.ela import DEFAULT_QUALITY
from analysis.pixels.embedded import NAME as EMBEDDED_RULE
from analysis.pixels.hashes import NEAR_DUPLICATE
from analysis.pixels.jpeg import NAME as DOUBLE_COMPRESSION_RULE
from analysis.pixels.load import display, png_bytes, working_image
from analysis.result import Evidence

from . import audit
from .errors import shown_error
from .ingest import finding_columns, storable
from .models import AuditEvent, DerivedImage, EvidenceImage, Finding, PixelProfile

log = logging.getLogger(__name__)

# The rules whose findings come from the pixel steps (stored as Finding rows of the latest analysis).
PIXEL_RULES = (EMBEDDED_RULE, DOUBLE_COMPRESSION_RULE)
# Longest side of the view copy shown side by side, and of the two pictures a difference aligns.
VIEW_SIDE = 1024
# The ELA blocks named on the page: this many with the highest mean.
HOTTEST_BLOCKS = 5

Kind = DerivedImage.Kind


class PixelError(Exception):
    """The pixels of an image cannot be worked on (its original is missing, altered or too large,
    or the picture cannot be decoded within the limits); the message says why."""


# --- requests -------------------------------------------------------------------------------------


def request_profile(image: EvidenceImage) -> None:
    """Queue the ``profile`` job of ``image``: its state shows ``pending`` until it has run, unless it
    is done with the current version (after a re-analysis the job only attaches the findings)."""
    from .tasks import schedule_pixels

    profile, _ = PixelProfile.objects.get_or_create(image=image)
    if not _profile_is_current(profile):
        profile.status, profile.error = PixelProfile.Status.PENDING, ""
        profile.save(update_fields=["status", "error", "updated_at"])
    schedule_pixels(image.pk, "profile")


def request_ela(image: EvidenceImage, quality: int) -> DerivedImage:
    """Queue ELA of ``image`` at ``quality`` (one of :data:`analysis.pixels.QUALITIES`) unless it is
    stored already; returns its row (``pending`` until computed). Raises ``ValueError`` for another
    quality."""
    if quality not in QUALITIES:
        raise ValueError(f"quality must be one of {QUALITIES}")
    return _request(image, Kind.ELA, str(quality), None, "ela", quality)


def request_difference(image: EvidenceImage, other: EvidenceImage) -> DerivedImage:
    """Queue the difference of ``image`` and ``other`` (aligned to ``image``'s size) unless stored
    already; returns its row. Raises ``ValueError`` for an image of another case: stored under
    ``image`` it would show that case's pixels to members of ``image``'s case only (see
    :func:`difference_now`)."""
    if other.case_id != image.case_id:
        raise ValueError("a difference with an image of another case is not stored")
    return _request(image, Kind.DIFFERENCE, str(other.pk), other, "difference", other.pk)


def difference_now(image: EvidenceImage, other: EvidenceImage) -> bytes:
    """The difference PNG of ``image`` and ``other``, computed for the request and stored nowhere: for
    two images of different cases. Stored under ``image`` it would put pixels of ``other``'s case into
    ``image``'s case, its package and the view of its members who are not members of the other case.
    Raises :class:`PixelError` when either picture cannot be worked on."""
    try:
        png, _, _ = _difference(original_bytes(image), other)
    except AnalysisError as exc:
        raise PixelError(str(exc)) from exc
    except PixelError:
        raise
    except Exception as exc:  # a decoder or engine bug is a refusal on the page, not a 500
        log.exception("difference of images %s and %s failed", image.pk, other.pk)
        raise PixelError(shown_error(exc)) from exc
    return png


def _request(image: EvidenceImage, kind: str, key: str, other, job: str, argument: int) -> DerivedImage:
    from .tasks import schedule_pixels

    derived, _ = DerivedImage.objects.get_or_create(image=image, kind=kind, key=key, defaults={"other": other})
    if not _is_current(derived):
        DerivedImage.objects.filter(pk=derived.pk).update(status=DerivedImage.Status.PENDING, error="")
        derived.status = DerivedImage.Status.PENDING
        schedule_pixels(image.pk, job, argument)
    return derived


# --- jobs -----------------------------------------------------------------------------------------


def run_job(image_id: int, job: str, argument: int | None = None) -> None:
    """Run one pixel job (``profile``, ``ela`` with the quality, ``difference`` with the other image's
    id) for image ``image_id``; an image deleted meanwhile is skipped. Failures are recorded on the
    profile or the derived row (never raised, except database errors)."""
    image = EvidenceImage.objects.select_related("case").filter(pk=image_id).first()
    if image is None:
        return
    if job == "profile":
        compute_profile(image)
    elif job == "ela":
        _compute_one(image, Kind.ELA, str(argument), lambda data: _ela(data, argument))
    elif job == "difference":
        other = EvidenceImage.objects.select_related("case").filter(pk=argument).first()
        # Same case only (see request_difference); a job queued before that rule is dropped.
        if other is not None and other.case_id == image.case_id:
            _compute_one(image, Kind.DIFFERENCE, str(other.pk), lambda data: _difference(data, other))
    else:
        raise ValueError(f"unknown pixel job {job!r}")


def compute_profile(image: EvidenceImage) -> PixelProfile:
    """The ``profile`` job: every derived image of ``image`` not yet stored with the current version,
    its hashes and statistics, and its pixel findings attached to its latest analysis. Returns the
    profile (``failed`` with the reason when the pixels cannot be worked on)."""
    profile, _ = PixelProfile.objects.get_or_create(image=image)
    if not _profile_is_current(profile):
        try:
            _fill_profile(image, profile, original_bytes(image))
        except (PixelError, AnalysisError) as exc:
            _fail(profile, str(exc))
        except Exception as exc:  # a decoder or engine bug must not leave the profile pending
            log.exception("pixel work on image %s failed", image.pk)
            _fail(profile, shown_error(exc))
    attach_findings(image, profile)
    return profile


def _profile_is_current(profile: PixelProfile) -> bool:
    return profile.status == PixelProfile.Status.DONE and profile.pixels_version == PIXELS_VERSION


def _fail(profile: PixelProfile, error: str) -> None:
    profile.status, profile.error = PixelProfile.Status.FAILED, error
    profile.save(update_fields=["status", "error", "updated_at"])


def original_bytes(image: EvidenceImage) -> bytes:
    """The stored original of ``image``, re-hashed against its ingest sha256. Raises
    :class:`PixelError` when it is too large for the engine, missing, or altered."""
    if image.size > MAX_FILE_BYTES:
        raise PixelError(f"the file is larger than the {MAX_FILE_BYTES // (1024 * 1024)} MB the engine reads")
    try:
        with image.file.open("rb") as stored:
            data = stored.read()
    except OSError as exc:
        raise PixelError(f"the stored original could not be read ({shown_error(exc)})") from exc
    if hashlib.sha256(data).hexdigest() != image.sha256:
        raise PixelError("the stored original no longer matches its ingest sha256: not worked on")
    return data


def _fill_profile(image: EvidenceImage, profile: PixelProfile, data: bytes) -> None:
    report = _latest_report(image)
    hashes = perceptual_hashes(data)
    _store_once(image, Kind.ELA, str(DEFAULT_QUALITY), lambda: _ela(data, DEFAULT_QUALITY))
    embedded = embedded_images(data, _Report(report))
    for item in embedded:
        _store_embedded(image, item)
    _store_once(image, Kind.NOISE, "", lambda: _noise(data))
    _store_once(image, Kind.VIEW, "", lambda: _view(data))
    compression = double_compression(data)
    main = _main_size_evidence(report)
    findings = [item.finding(main) for item in embedded] + [compression.finding() if compression else None]
    profile.phash, profile.dhash, profile.colorhash = hashes.phash, hashes.dhash, hashes.colorhash
    profile.statistics = storable(
        {
            "max_side": MAX_SIDE,
            "embedded": [_embedded_facts(item) for item in embedded],
            "double_compression": compression.parameters() if compression else None,
        }
    )
    profile.findings = storable([finding.to_dict() for finding in findings if finding is not None])
    profile.status, profile.error, profile.pixels_version = PixelProfile.Status.DONE, "", PIXELS_VERSION
    profile.save()


class _Report:
    """The part of :class:`analysis.Report` that :func:`analysis.pixels.embedded_images` reads
    (``metadata``), from a stored report."""

    def __init__(self, report: dict) -> None:
        self.metadata = report.get("metadata") or {}


def _latest_report(image: EvidenceImage) -> dict:
    latest = image.latest_analysis
    return latest.report if latest is not None and isinstance(latest.report, dict) else {}


def _main_size_evidence(report: dict) -> Evidence:
    """The main picture's size as the embedded-picture finding cites it: ``File:ImageWidth`` and
    ``File:ImageHeight`` as ExifTool names them (the decoded size from Pillow's header otherwise)."""
    file = (report.get("metadata") or {}).get("File") or {}
    if "ImageWidth" in file and "ImageHeight" in file:
        return Evidence("File:ImageWidth x File:ImageHeight", f"{file['ImageWidth']}x{file['ImageHeight']}")
    header = report.get("image") or {}
    return Evidence("decoded picture (Pillow header)", f"{header.get('width')}x{header.get('height')}")


def _embedded_facts(item: EmbeddedImage) -> dict[str, Any]:
    comparison = item.evidence()
    return {
        "place": item.place,
        "kind": item.kind,
        "offset": item.offset,
        "length": item.length,
        "width": item.width,
        "height": item.height,
        "reason": item.reason,
        "comparison": comparison.value if comparison else None,
        "differs": item.differs,
        "aspect_mismatch": item.aspect_mismatch,
    }


def _store_embedded(image: EvidenceImage, item: EmbeddedImage) -> None:
    parameters = {"method": "embedded", "place": item.place, "kind": item.kind, "offset": item.offset}
    facts = _embedded_facts(item)
    if item.png is not None:
        _store_once(image, Kind.EMBEDDED, item.place, lambda: (item.png, parameters, facts))
    if item.comparison is not None:
        compared = parameters | {"method": "embedded_difference", "mapping": item.comparison.mapping}
        _store_once(
            image, Kind.EMBEDDED_DIFFERENCE, item.place, lambda: (item.comparison.difference_png, compared, facts)
        )


def _ela(data: bytes, quality: int) -> tuple[bytes, dict, dict]:
    levels = error_level_analysis(data, quality)
    return levels.png, levels.parameters(), ela_summary(levels.block_max, levels.block_mean)


def ela_summary(block_max: np.ndarray, block_mean: np.ndarray) -> dict[str, Any]:
    """The page's summary of ELA block statistics (arrays of one value per 8x8 block, 0-255): the
    grid's size, the maximum and mean of each, and the :data:`HOTTEST_BLOCKS` blocks with the highest
    mean (row and column of 8x8 blocks of the working picture)."""
    if not block_max.size:
        return {"blocks": [0, 0]}
    order = np.argsort(block_mean, axis=None)[::-1][:HOTTEST_BLOCKS]
    rows, cols = np.unravel_index(order, block_mean.shape)
    return {
        "blocks": list(block_mean.shape),
        "block_max": {"max": int(block_max.max()), "mean": round(float(block_max.mean()), 2)},
        "block_mean": {"max": round(float(block_mean.max()), 2), "mean": round(float(block_mean.mean()), 2)},
        "hottest": [
            {"row": int(r), "col": int(c), "max": int(block_max[r, c]), "mean": round(float(block_mean[r, c]), 2)}
            for r, c in zip(rows, cols, strict=True)
        ],
    }


def _noise(data: bytes) -> tuple[bytes, dict, dict]:
    residual = noise_residual(data)
    return (
        residual.png,
        residual.parameters(),
        {"max_residual": residual.max_residual, "mean_residual": residual.mean_residual},
    )


def _view(data: bytes) -> tuple[bytes, dict, dict]:
    working = working_image(data, VIEW_SIDE)
    parameters = {"method": "view", "max_side": VIEW_SIDE, "width": working.image.width, "height": working.image.height}
    return png_bytes(working.image), parameters | {"scale": working.scale}, {}


def _difference(data: bytes, other: EvidenceImage) -> tuple[bytes, dict, dict]:
    """Both pictures at most :data:`VIEW_SIDE` on the longest side, ``other`` resized to the working
    size of the picture in ``data``, and their absolute RGB difference stretched so its maximum is white."""
    first = working_image(data, VIEW_SIDE).image
    second = working_image(original_bytes(other), VIEW_SIDE).image
    resized = second.size != first.size
    if resized:
        second = second.resize(first.size, Image.Resampling.LANCZOS)
    difference = np.abs(np.asarray(first, np.int16) - np.asarray(second, np.int16))
    parameters = {
        "method": "difference",
        "max_side": VIEW_SIDE,
        "width": first.width,
        "height": first.height,
        "other": other.pk,
        "other_sha256": other.sha256,
        "other_resized": resized,
    }
    statistics = {
        "mean_abs_difference": round(float(difference.mean()), 2),
        "max_difference": int(difference.max()),
    }
    return display(difference), parameters, statistics


# --- storage --------------------------------------------------------------------------------------


def _is_current(derived: DerivedImage) -> bool:
    return derived.status == DerivedImage.Status.DONE and derived.pixels_version == PIXELS_VERSION


def _compute_one(image: EvidenceImage, kind: str, key: str, compute) -> None:
    """A requested derived image: computed from the original (re-hashed) unless already stored; a
    failure is recorded on its row."""
    try:
        data = original_bytes(image)
        _store_once(image, kind, key, lambda: compute(data))
    except (PixelError, AnalysisError) as exc:
        DerivedImage.objects.filter(image=image, kind=kind, key=key).update(
            status=DerivedImage.Status.FAILED, error=str(exc)
        )
    except Exception as exc:  # must not leave the row pending
        log.exception("pixel job %s %s of image %s failed", kind, key, image.pk)
        DerivedImage.objects.filter(image=image, kind=kind, key=key).update(
            status=DerivedImage.Status.FAILED, error=shown_error(exc)
        )


def _store_once(image: EvidenceImage, kind: str, key: str, compute) -> DerivedImage:
    """The derived image ``kind``/``key`` of ``image``: the stored one when current, else ``compute()``
    (PNG bytes, parameters, statistics) stored with its sha256 and audited (``derived_computed``)."""
    derived, _ = DerivedImage.objects.get_or_create(image=image, kind=kind, key=key)
    if _is_current(derived):
        return derived
    png, parameters, statistics = compute()
    derived.sha256 = hashlib.sha256(png).hexdigest()
    derived.size = len(png)
    derived.parameters, derived.statistics = storable(parameters), storable(statistics)
    derived.pixels_version, derived.status, derived.error = PIXELS_VERSION, DerivedImage.Status.DONE, ""
    if kind == Kind.DIFFERENCE:
        derived.other_id = parameters["other"]
    derived.file.save(f"{derived.sha256}.png", ContentFile(png), save=False)
    with transaction.atomic():
        # Another worker may have stored it meanwhile (a job delivered twice): the first one stays.
        stored = DerivedImage.objects.select_for_update().get(pk=derived.pk)
        if _is_current(stored):
            derived.file.delete(save=False)
            return stored
        derived.save()
        audit.record(
            None,
            AuditEvent.Action.DERIVED_COMPUTED,
            derived,
            case=image.case,
            image=image.pk,
            kind=kind,
            key=key,
            sha256=derived.sha256,
            size=derived.size,
            pixels_version=PIXELS_VERSION,
            parameters=derived.parameters,
        )
    if stored.file and stored.file.name != derived.file.name:
        stored.file.storage.delete(stored.file.name)  # the file of an earlier version
    return derived


def attach_findings(image: EvidenceImage, profile: PixelProfile) -> list[Finding]:
    """Store the pixel findings of ``profile`` as :class:`Finding` rows of ``image``'s latest
    analysis, unless that analysis has them already (a re-analysis gets them again). Returns the rows
    created."""
    latest = image.latest_analysis
    if latest is None or not profile.findings or latest.findings.filter(rule__in=PIXEL_RULES).exists():
        return []
    return Finding.objects.bulk_create(
        Finding(analysis=latest, image=image, case_id=image.case_id, **finding_columns(finding))
        for finding in profile.findings
    )


# --- what the pages show --------------------------------------------------------------------------


def visible_images(user):
    """Every image in a case ``user`` is a member of."""
    return EvidenceImage.objects.filter(case__memberships__user=user)


@dataclass(frozen=True)
class NearDuplicate:
    """Another image within :data:`analysis.pixels.hashes.NEAR_DUPLICATE` of one image: ``distances``
    in bits per hash."""

    image: EvidenceImage
    distances: dict[str, int]

    @property
    def distance(self) -> int:
        return self.distances["phash"]


def _hashes(profile: PixelProfile) -> PerceptualHashes:
    return PerceptualHashes(profile.phash, profile.dhash, profile.colorhash)


def _hashed(images) -> Iterable[PixelProfile]:
    return PixelProfile.objects.filter(
        image__in=images, status=PixelProfile.Status.DONE, pixels_version=PIXELS_VERSION
    ).select_related("image__case")


def near_duplicates_of(image: EvidenceImage, user) -> list[NearDuplicate]:
    """The images ``user`` may see (any of their cases) near-duplicates of ``image`` by perceptual
    hash, closest first; empty while ``image`` has no hashes."""
    profile = PixelProfile.objects.filter(image=image, status=PixelProfile.Status.DONE).first()
    if profile is None or profile.pixels_version != PIXELS_VERSION:
        return []
    found = []
    for other in _hashed(visible_images(user).exclude(pk=image.pk)):
        distances = near_duplicates(_hashes(profile), _hashes(other))
        if distances is not None:
            found.append(NearDuplicate(other.image, distances))
    return sorted(found, key=lambda near: (near.distance, near.distances["dhash"], near.image.pk))


def exact_duplicates_of(image: EvidenceImage, user) -> list[EvidenceImage]:
    """The images with the same sha256 as ``image`` in the other cases ``user`` is a member of."""
    return list(visible_images(user).filter(sha256=image.sha256).exclude(pk=image.pk).select_related("case"))


def near_duplicate_groups(case) -> list[list[NearDuplicate]]:
    """The images of ``case`` in groups of near-duplicates (linked pairwise: each is within the
    distance of at least one other of its group), each group in upload order with the distances to
    its first image; groups of one are left out. Quadratic in the images hashed."""
    profiles = sorted(_hashed(case.images.all()), key=lambda profile: (profile.image.uploaded_at, profile.image.pk))
    parent = list(range(len(profiles)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for first, one in enumerate(profiles):
        for second in range(first + 1, len(profiles)):
            if near_duplicates(_hashes(one), _hashes(profiles[second])) is not None:
                parent[root(second)] = root(first)
    groups: dict[int, list[PixelProfile]] = {}
    for index, profile in enumerate(profiles):
        groups.setdefault(root(index), []).append(profile)
    return [
        [NearDuplicate(member.image, _distances(members[0], member)) for member in members]
        for members in groups.values()
        if len(members) > 1
    ]


def _distances(first: PixelProfile, second: PixelProfile) -> dict[str, int]:
    return {kind: hamming(getattr(first, kind), getattr(second, kind)) for kind in NEAR_DUPLICATE}


def metadata_diff(first: dict, second: dict) -> list[tuple[str, str, Any, Any]]:
    """Tag by tag, the metadata of two stored reports that differs, as ``(group, tag, first, second)``
    in the printed values (``metadata_print`` where ExifTool prints the value otherwise, the value as
    stored elsewhere); a tag one report lacks is None on that side. Sorted by group and tag."""
    sides = [_printed(first), _printed(second)]
    places = sorted(set(sides[0]) | set(sides[1]))
    return [
        (group, tag, sides[0].get((group, tag)), sides[1].get((group, tag)))
        for group, tag in places
        if sides[0].get((group, tag)) != sides[1].get((group, tag))
    ]


def _printed(report: dict) -> dict[tuple[str, str], Any]:
    metadata = report.get("metadata") if isinstance(report.get("metadata"), dict) else {}
    printed = report.get("metadata_print") if isinstance(report.get("metadata_print"), dict) else {}
    values = {}
    for group, tags in metadata.items():
        if isinstance(tags, dict):
            shown = printed.get(group) if isinstance(printed.get(group), dict) else {}
            values.update({(group, tag): shown.get(tag, value) for tag, value in tags.items()})
    return values
