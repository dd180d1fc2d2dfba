"""Pixel forensics pages (issue 13): derived images served like originals (members only, audited,
re-hashed), requests for pixel work, the structure view and the comparison of two images.

Every image is reached through a case the user is a member of (404 otherwise, as for originals); a
comparison or difference involving an image of another case needs membership of both cases, and such a
difference is never stored (it is computed for the user who asks)."""

import hashlib
import time

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import OperationalError, connection
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from analysis.pixels import QUALITIES

from .. import audit, pixels, structure
from ..access import evidence_refusal
from ..downloads import private, refusal
from ..facts import reading
from ..models import AuditEvent, DerivedImage, EvidenceImage, Membership, PixelProfile
from .images import _image_for_user

# Audit writes refused by SQLite's locks are tried this many times, waiting SQLITE_PAUSE seconds more
# each time (1.5 s in all).
SQLITE_ATTEMPTS = 6
SQLITE_PAUSE = 0.1


def _visible_image(request, image_pk) -> EvidenceImage:
    """An image of any case the user is a member of; 404 otherwise (and for a malformed id)."""
    try:
        return pixels.visible_images(request.user).select_related("case").get(pk=int(image_pk))
    except (EvidenceImage.DoesNotExist, TypeError, ValueError):
        raise Http404("No such image") from None


@login_required
def derived_file(request, pk: int, image_pk: int, derived_pk: int):
    """A stored derived image (PNG), re-hashed against its sha256 and audited (``derived_viewed``);
    409 when it no longer matches, 404 for non-members (of the second image's case too)."""
    image, _ = _image_for_user(request, pk, image_pk)
    derived = get_object_or_404(image.derived, pk=derived_pk, status=DerivedImage.Status.DONE)
    if derived.other_id is not None:
        _visible_image(request, derived.other_id)
    try:
        with derived.file.open("rb") as stored:
            data = stored.read()
    except (OSError, ValueError):
        raise Http404("The derived image is missing") from None
    served = hashlib.sha256(data).hexdigest()
    intact = served == derived.sha256
    _record_despite_sqlite_locks(
        request,
        AuditEvent.Action.DERIVED_VIEWED,
        derived,
        case=image.case,
        image=image.pk,
        kind=derived.kind,
        key=derived.key,
        sha256=served,
        intact=intact,
    )
    if not intact:
        return refusal(request, f"The derived image no longer matches its sha256 ({derived.sha256}); not served.")
    response = HttpResponse(data, content_type="image/png")
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return private(response)


def _record_despite_sqlite_locks(*args, **details) -> None:
    """:func:`cases.audit.record`, tried again a few times when SQLite refuses the write because another
    connection is writing: a page loads its derived images at once, each audited, and SQLite (the
    in-memory database of a live test server, or a deferred transaction upgrading its lock) refuses a
    second writer at once instead of waiting. Other databases wait on the chain's lock themselves."""
    for attempt in range(SQLITE_ATTEMPTS):
        try:
            audit.record(*args, **details)
            return
        except OperationalError:
            if connection.vendor != "sqlite" or attempt == SQLITE_ATTEMPTS - 1:
                raise
            time.sleep(SQLITE_PAUSE * (attempt + 1))


@login_required
@require_POST
def pixels_request(request, pk: int, image_pk: int):
    """Queue pixel work from the page: ``what=ela`` with a ``quality``, or ``what=profile`` (all the
    derived images, for an image analysed before they existed or whose work failed). Owners and
    investigators only: it adds records to the case (viewers get 403), and only while the case takes
    evidence (a closed or archived case is kept as it is)."""
    image, _ = _image_for_user(request, pk, image_pk, write=True)
    target = reverse("cases:image", args=[image.case_id, image.pk])
    if closed := evidence_refusal(image.case):  # derived images are new records of the case
        messages.error(request, closed)
        return redirect(target + "#pixels")
    if request.POST.get("what") == "ela":
        try:
            quality = int(request.POST.get("quality", ""))
            pixels.request_ela(image, quality)
        except ValueError:
            messages.error(request, f"Choose an ELA quality among {', '.join(map(str, QUALITIES))}.")
            return redirect(target + "#pixels")
        return redirect(f"{target}?ela={quality}#pixels")
    if image.latest_analysis is None:
        messages.error(request, "The image has not been analysed: its pixels are looked at after its analysis.")
    else:
        pixels.request_profile(image)
    return redirect(target + "#pixels")


@login_required
def structure_view(request, pk: int, image_pk: int):
    """The blocks of the stored original with hex dumps, and its printable strings."""
    image, _ = _image_for_user(request, pk, image_pk)
    audit.record(request, AuditEvent.Action.IMAGE_VIEWED, image, case=image.case, view="structure")
    latest = image.latest_analysis
    error = ""
    try:
        data = pixels.original_bytes(image)
    except pixels.PixelError as exc:
        data, error = b"", str(exc)
    found, cut = structure.blocks(data, latest.report if latest else {})
    context = {
        "case": image.case,
        "image": image,
        "error": error,
        "blocks": found,
        "blocks_cut": cut,
        "max_blocks": structure.MAX_BLOCKS,
        "hex_bytes": structure.HEX_BYTES,
        "strings": structure.printable_strings(data),
        "min_string": structure.MIN_STRING,
        "max_strings": structure.MAX_STRINGS,
    }
    return render(request, "cases/structure.html", context)


@login_required
def compare(request, pk: int):
    """Two images side by side (``?a=`` an image of this case, ``?b=`` one of any of the user's cases),
    with their view copies for the slider, their difference, the metadata that differs and both
    readings.

    The difference of two images of this case is stored with the first on a POST (owners and
    investigators: it adds a record to the case; viewers get 403). The difference with an image of
    another case is never stored: under the first image it would show that other case's pixels to
    members of this case only (and go into this case's package); it is computed for the asking user
    instead (:func:`compare_difference`), once asked for (``difference=1``), not on every view."""
    first, role = _image_for_user(request, pk, _number(request.GET.get("a")), write=request.method == "POST")
    second = _visible_image(request, request.GET.get("b"))
    same_case = second.case_id == first.case_id
    pair = f"?a={first.pk}&b={second.pk}"
    if request.method == "POST":
        if not same_case:
            return redirect(f"{reverse('cases:compare', args=[pk])}{pair}&difference=1#difference")
        if closed := evidence_refusal(first.case):
            messages.error(request, closed)
            return redirect(f"{reverse('cases:compare', args=[pk])}{pair}")
        pixels.request_difference(first, second)
        return redirect(f"{reverse('cases:compare', args=[pk])}{pair}")
    for one, other in ((first, second), (second, first)):
        audit.record(request, AuditEvent.Action.IMAGE_VIEWED, one, case=one.case, compared_with=other.pk)
    reports = [_report(first), _report(second)]
    context = {
        "case": first.case,
        "sides": [_side(first, reports[0]), _side(second, reports[1])],
        "same_case": same_case,
        "can_write": role in Membership.CAN_WRITE,
        "difference": (
            first.derived.filter(kind=DerivedImage.Kind.DIFFERENCE, key=str(second.pk)).first() if same_case else None
        ),
        "difference_now": "" if same_case or request.GET.get("difference") != "1" else pair,
        "pair": pair,
        "diff": pixels.metadata_diff(*reports),
        "first": first,
        "second": second,
    }
    return render(request, "cases/compare.html", context)


@login_required
def compare_difference(request, pk: int):
    """The difference PNG of ``?a=`` (an image of this case) and ``?b=`` (one of any of the user's
    cases), computed for this request and stored nowhere (see :func:`compare`); both images' views
    audited; 404 for a non-member of either case, 409 when a picture cannot be worked on."""
    first, _ = _image_for_user(request, pk, _number(request.GET.get("a")))
    second = _visible_image(request, request.GET.get("b"))
    for one, other in ((first, second), (second, first)):
        _record_despite_sqlite_locks(
            request, AuditEvent.Action.IMAGE_VIEWED, one, case=one.case, compared_with=other.pk, view="difference"
        )
    try:
        png = pixels.difference_now(first, second)
    except pixels.PixelError as exc:
        return refusal(request, f"The difference could not be computed: {exc}")
    response = HttpResponse(png, content_type="image/png")
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return private(response)


def _number(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise Http404("No such image") from None


def _report(image: EvidenceImage) -> dict:
    latest = image.latest_analysis
    return latest.report if latest is not None and isinstance(latest.report, dict) else {}


def _side(image: EvidenceImage, report: dict) -> dict:
    profile = PixelProfile.objects.filter(image=image).first()
    return {
        "image": image,
        "view": image.derived.filter(kind=DerivedImage.Kind.VIEW, status=DerivedImage.Status.DONE).first(),
        "reading": reading(report),
        "profile": profile,
    }
