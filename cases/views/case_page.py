"""The case page (images, findings, map, timeline, members, upload), its changes, the integrity
check, and the printable case report."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from analysis.limits import MAX_FILE_BYTES

from .. import audit
from ..access import get_case_for_user
from ..deletion import remove_stored_files
from ..forms import CaseDeleteForm, CaseEditForm, MemberAddForm
from ..intake import intake_progress
from ..integrity import check_custody, verify_case
from ..models import AuditEvent, Case, Membership
from ..overview import BADGES, SEVERITIES, Overview, case_overview
from ..templatetags.reading import origin_label
from ..timefilter import TimeRange


@dataclass(frozen=True)
class GridFilter:
    """One link of the image grid's filter bar: ``url`` is the query string that turns the filter
    on, or off when it is ``active``; ``count`` the images it would show."""

    label: str
    url: str
    count: int
    active: bool


def grid_filters(overview: Overview, chosen: dict[str, str | None]) -> dict[str, list[GridFilter]]:
    """The filter bar: for each filter (``badge``, ``severity``, ``origin``) a link per value that
    keeps the other filters as ``chosen`` and turns this one on, or off when already on."""

    def query(**chosen: str | None) -> str:
        return "?" + urlencode({name: value for name, value in chosen.items() if value}) + "#images"

    def links(name: str, values: dict[str, str]) -> list[GridFilter]:
        result = []
        for value, label in values.items():
            choice = chosen | {name: None if value == chosen[name] else value}
            result.append(
                GridFilter(
                    label, query(**choice), len(overview.filtered(**(chosen | {name: value}))), value == chosen[name]
                )
            )
        return result

    return {
        "badges": links("badge", BADGES),
        "severities": links("severity", {value: value for value in SEVERITIES}),
        "origins": links("origin", {value: origin_label(value) for value in overview.origins}),
    }


# Image cards drawn on one page of the grid: a phone dump of thousands stays quick to show.
GRID_PAGE_SIZE = 200


def grid_page(request, images: list, chosen: dict[str, str | None]) -> dict:
    """The page of the (filtered) grid the request asks for (``?page=``, clamped to what exists):
    ``grid_images`` and ``grid_page``, and ``grid_query``, the filters to keep in page links."""
    page = Paginator(images, GRID_PAGE_SIZE).get_page(request.GET.get("page"))
    query = urlencode({name: value for name, value in chosen.items() if value})
    return {"grid_images": page.object_list, "grid_page": page, "grid_query": query}


def _choice(request, name: str, choices) -> str | None:
    # An unknown value (a hand-edited URL) filters nothing rather than hiding every image.
    value = request.GET.get(name)
    return value if value in choices else None


def render_case(request, case: Case, role: str, *, status: int = 200, **forms):
    """The case page; ``forms`` replace the blank ones (``edit_form``, ``member_form``,
    ``delete_form``) to show a rejected form with its errors."""
    overview = case_overview(case)
    time_range = TimeRange.from_query(request.GET)  # ?from=&to=: the map and the timeline only
    in_range = time_range.apply(overview)
    chosen = {
        "badge": _choice(request, "badge", BADGES),
        "severity": _choice(request, "severity", SEVERITIES),
        "origin": _choice(request, "origin", overview.origins),
    }
    context = {
        "case": case,
        "role": role,
        "can_write": role in Membership.CAN_WRITE,
        "can_manage": role in Membership.CAN_MANAGE,
        "overview": overview,
        **grid_page(request, overview.filtered(**chosen), chosen),
        "filtering": any(chosen.values()),
        "filters": grid_filters(overview, chosen),
        "badges": BADGES,
        "map_points": in_range.map_points(),
        "timeline": in_range.timeline,
        "time_range": time_range,
        "memberships": case.memberships.select_related("user").order_by("added_at", "pk"),
        "roles": Membership.Role.choices,
        "edit_form": CaseEditForm(instance=case),
        "member_form": MemberAddForm(case=case),
        "delete_form": CaseDeleteForm(case=case),
        "case_upload_max_bytes": settings.CASE_UPLOAD_MAX_BYTES,
        "engine_max_bytes": MAX_FILE_BYTES,
        "intake": intake_progress(case),
        **forms,
    }
    return render(request, "cases/case_detail.html", context, status=status)


@login_required
def case_detail(request, pk: int):
    case, role = get_case_for_user(request.user, pk)
    return render_case(request, case, role)


@login_required
@require_POST
def case_edit(request, pk: int):
    case, role = get_case_for_user(request.user, pk, write=True)
    before = {name: getattr(case, name) for name in CaseEditForm.Meta.fields}
    form = CaseEditForm(request.POST, instance=case)
    if not form.is_valid():
        case.refresh_from_db()
        return render_case(request, case, role, edit_form=form, status=400)
    case = form.save()
    changed = {name: [old, getattr(case, name)] for name, old in before.items() if old != getattr(case, name)}
    if changed:
        audit.record(request, AuditEvent.Action.CASE_UPDATED, case, changed=changed)
        messages.success(request, "Case details saved.")
    return redirect(case)


# What a delete answers when the database refuses it: rows that refer to the case (an analysis
# finishing, an upload) were written while it was being deleted.
CASE_BUSY = (
    "The case changed while it was being deleted (an analysis or upload was saving its results); "
    "nothing was deleted. Wait for the analyses to finish and try again."
)


def delete_case(request, case: Case) -> int:
    """Delete ``case`` with its images (files once committed), audited, all or nothing; returns
    how many images went. Raises IntegrityError when rows referring to the case were written
    meanwhile (:data:`CASE_BUSY`)."""
    with transaction.atomic():
        images = list(case.images.all())
        audit.record(request, AuditEvent.Action.CASE_DELETED, case, reference=case.reference, images=len(images))
        case.delete()
        remove_stored_files(images)
    return len(images)


@login_required
@require_POST
def case_delete(request, pk: int):
    case, role = get_case_for_user(request.user, pk, manage=True)
    form = CaseDeleteForm(request.POST, case=case)
    if not form.is_valid():
        return render_case(request, case, role, delete_form=form, status=400)
    try:
        images = delete_case(request, case)
    except IntegrityError:
        return render(request, "409.html", {"heading": "The case was not deleted", "error": CASE_BUSY}, status=409)
    messages.success(request, f"Case {form.cleaned_data['confirm']} and its {images} image(s) were deleted.")
    return redirect("cases:list")


@login_required
@require_POST
def case_verify(request, pk: int):
    case, _ = get_case_for_user(request.user, pk)
    custody = check_custody(case.pk)
    results = verify_case(case, request, custody=custody)
    bad = [check for check in results if not check.ok]
    if bad:
        messages.error(
            request,
            f"{len(bad)} of {len(results)} stored originals no longer match their ingest hash: "
            + "; ".join(f"{check.image.original_filename}: {check.describe()}" for check in bad),
        )
    else:
        messages.success(request, f"All {len(results)} stored originals match the sha256 taken at ingest.")
    (messages.success if custody.ok else messages.error)(request, f"The {custody.describe()}.")
    return redirect(case)


@login_required
def case_report(request, pk: int):
    case, _ = get_case_for_user(request.user, pk)
    audit.record(request, AuditEvent.Action.EXPORTED, case, format="printable report")
    context = {
        "case": case,
        "overview": case_overview(case, full=True),
        "memberships": case.memberships.select_related("user").order_by("added_at", "pk"),
        "generated_at": timezone.now(),
    }
    return render(request, "cases/case_report.html", context)
