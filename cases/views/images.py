"""Evidence images: upload into a case, the image report, re-analysis, the original (download),
the thumbnail, and deletion."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from analysis import ENGINE_VERSION

from .. import audit
from ..access import evidence_refusal, get_case_for_user
from ..deletion import remove_stored_files
from ..downloads import original_response, private
from ..facts import SEVERITY_ORDER, capture_time, gps_point, is_placeholder, key_facts, reading, rules_run
from ..ingest import UploadOutcome, current_images
from ..intake import receive_file
from ..models import AuditEvent, EvidenceImage, Membership
from ..tasks import reanalyse
from ..uploads import client_name

# Top-level report keys shown in their own places on the page (``analysis`` in the reading panel,
# ``c2pa`` in its own) or never (``gps``: a key of engines before 0.2); any other object-valued
# key is an engine "section" (such as ``jpeg``) and gets a table of its own.
REPORT_KEYS = {"gps", "analysis", "file", "image", "metadata", "warnings", "c2pa"}
FILE_GROUP = "File"
LEVELS = {
    "stored": messages.SUCCESS,
    "duplicate": messages.INFO,
    "skipped": messages.WARNING,
    "refused": messages.ERROR,
}


def _image_for_user(request, pk: int, image_pk: int, **access) -> tuple[EvidenceImage, str]:
    case, role = get_case_for_user(request.user, pk, **access)
    return get_object_or_404(case.images.select_related("case", "uploaded_by"), pk=image_pk), role


@login_required
@require_POST
def upload(request, pk: int):
    """One or more files (field ``files``), each streamed to a private temporary file as it
    arrives (cases.uploads; the whole request up to ``CASE_UPLOAD_MAX_BYTES``); each may be a ZIP.
    Answers JSON per file when asked for JSON, otherwise redirects with messages. The page's
    script sends files through resumable uploads instead (cases.resumable)."""
    case, _ = get_case_for_user(request.user, pk, write=True)
    wants_json = request.get_preferred_type(["text/html", "application/json"]) == "application/json"
    if refusal := evidence_refusal(case):
        if wants_json:
            return JsonResponse({"error": refusal}, status=409)
        messages.error(request, refusal)
        return redirect(case)
    outcomes: list[UploadOutcome] = []
    for received in request.FILES.getlist("files"):
        outcomes.extend(receive_file(case, request.user, client_name(received), received, request))
    if not outcomes:
        if wants_json:
            return JsonResponse({"error": "No file received: choose one or more files."}, status=400)
        messages.error(request, "No file received: choose one or more images or ZIP archives.")
        return redirect(case)
    if wants_json:
        # The images as they are now: an analysis run in-process since has changed their status.
        for outcome, image in zip(outcomes, current_images(outcomes), strict=True):
            outcome.image = image
        return JsonResponse({"results": [_as_json(outcome) for outcome in outcomes]})
    for outcome in outcomes:
        messages.add_message(request, LEVELS[outcome.outcome], outcome.message)
    return redirect(case)


def _as_json(outcome: UploadOutcome) -> dict:
    image = outcome.image
    return {
        "name": outcome.name,
        "outcome": outcome.outcome,
        "message": outcome.message,
        "image": image
        and {"id": image.pk, "url": image.get_absolute_url(), "status": image.status, "error": image.error},
    }


@login_required
def image_report(request, pk: int, image_pk: int):
    image, role = _image_for_user(request, pk, image_pk)
    audit.record(request, AuditEvent.Action.IMAGE_VIEWED, image, case=image.case)
    analyses = list(image.analyses.defer("report").annotate(finding_count=Count("findings")))
    latest = image.latest_analysis
    report = latest.report if latest else {}
    read = reading(report)
    point = gps_point(report)
    context = {
        "case": image.case,
        "image": image,
        "role": role,
        "can_write": role in Membership.CAN_WRITE,
        "can_manage": role in Membership.CAN_MANAGE,
        "analysis": latest,
        "analyses": analyses,
        "engine_version": ENGINE_VERSION,
        "report": report,
        "pixels": report.get("image") if isinstance(report.get("image"), dict) else None,
        "reading": read,
        "rules_run": rules_run(report),
        "findings": sorted(read.get("findings") or [], key=_severity_rank),
        "software": read.get("software") or [],
        "ai": read.get("ai") or {},
        "origin": read.get("origin") if isinstance(read.get("origin"), dict) else None,
        "key_facts": key_facts(report),
        "groups": metadata_rows(report),
        "sections": sorted((k, v) for k, v in report.items() if k not in REPORT_KEYS and isinstance(v, dict)),
        "warnings": report.get("warnings") or [],
        "c2pa": report.get("c2pa") if isinstance(report.get("c2pa"), dict) else None,
        "point": point,
        "placeholder_point": is_placeholder(point),
        "map_points": [{"lat": point[0], "lon": point[1], "name": image.original_filename, "url": ""}]
        if point and not is_placeholder(point)
        else [],
        "captured": capture_time(report),
    }
    return render(request, "cases/image_report.html", context)


def metadata_rows(report: dict) -> list[tuple[str, list[tuple[str, object, object]]]]:
    """Every metadata group of ``report`` in page order, each as ``(tag, value, printed)`` rows:
    ``value`` as ``exiftool -n`` gives it, ``printed`` as ExifTool prints it where that differs
    (None otherwise, and for reports made before printed values existed)."""
    printed = report.get("metadata_print") if isinstance(report.get("metadata_print"), dict) else {}
    groups = sorted((report.get("metadata") or {}).items(), key=_group_order)
    return [
        (group, [(tag, value, (printed.get(group) or {}).get(tag)) for tag, value in tags.items()])
        for group, tags in groups
        if isinstance(tags, dict)
    ]


def _severity_rank(finding: dict) -> int:
    # Highest first, as the engine stores them; an unknown severity last.
    severity = finding.get("severity")
    return -SEVERITY_ORDER.index(severity) if severity in SEVERITY_ORDER else 1


def _group_order(item: tuple[str, dict]) -> tuple[bool, str]:
    # File facts first, then groups by name: the same order on every database (PostgreSQL's
    # jsonb does not keep the order in which the engine wrote them).
    return item[0] != FILE_GROUP, item[0]


@login_required
@require_POST
def image_reanalyse(request, pk: int, image_pk: int):
    image, _ = _image_for_user(request, pk, image_pk, write=True)
    if refusal := evidence_refusal(image.case):
        messages.error(request, refusal)
        return redirect(image)
    previous = image.latest_analysis
    reanalyse(image, request, previous_analysis=previous.pk if previous else None)
    if image.status == EvidenceImage.Status.PENDING:
        messages.info(request, f"Re-analysis with engine {ENGINE_VERSION} queued; this page shows it once done.")
    elif image.status == EvidenceImage.Status.FAILED:
        messages.error(request, f"Re-analysis with engine {ENGINE_VERSION} failed: {image.error}")
    else:
        messages.success(request, f"Re-analysed with engine {ENGINE_VERSION}.")
    return redirect(image)


@login_required
def image_original(request, pk: int, image_pk: int):
    """The stored original, byte for byte, as an attachment; audited as a download."""
    image, _ = _image_for_user(request, pk, image_pk)
    return original_response(request, image)


@login_required
def image_thumbnail(request, pk: int, image_pk: int):
    image, _ = _image_for_user(request, pk, image_pk)
    if not image.thumbnail:
        raise Http404("No thumbnail")
    try:
        stored = image.thumbnail.open("rb")
    except OSError:
        raise Http404("No thumbnail") from None
    return private(FileResponse(stored, content_type="image/jpeg"))


@login_required
@require_POST
def image_delete(request, pk: int, image_pk: int):
    image, _ = _image_for_user(request, pk, image_pk, manage=True)
    case = image.case
    with transaction.atomic():
        audit.record(
            request,
            AuditEvent.Action.IMAGE_DELETED,
            image,
            case=case,
            filename=image.original_filename,
            sha256=image.sha256,
        )
        image.delete()
        remove_stored_files([image])
    messages.success(request, f"{image.original_filename} was deleted from the case.")
    return redirect(case)
