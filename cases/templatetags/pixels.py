"""The Pixels section of the image report and the near-duplicate groups of the case page (issue 13),
as inclusion tags so that the pages' views need not change. Both only read what the pixel jobs stored
(:mod:`cases.pixels`); nothing is computed on page view."""

from django import template

from analysis.pixels import MAX_SIDE, QUALITIES, quantisation_grids
from analysis.pixels.ela import DEFAULT_QUALITY
from analysis.pixels.embedded import DIFFERS_THRESHOLD
from analysis.pixels.hashes import NEAR_DUPLICATE
from analysis.pixels.jpeg import ALIGNED_THRESHOLD, NON_ALIGNED_THRESHOLD

from .. import pixels
from ..models import DerivedImage, PixelProfile

register = template.Library()

Kind = DerivedImage.Kind


@register.inclusion_tag("cases/_pixels.html", takes_context=True)
def pixels_section(context) -> dict:
    """The Pixels section for ``context["image"]`` (its ``report``, the ``request``'s user): the ELA
    at the quality chosen with ``?ela=`` (default 90), every embedded picture, the quantisation grids,
    the noise residual, double compression, and the near and exact duplicates the user may see."""
    image, request = context["image"], context["request"]
    report = context.get("report") or {}
    asked = request.GET.get("ela", "")
    quality = int(asked) if asked.isdigit() and int(asked) in QUALITIES else DEFAULT_QUALITY
    derived = {(d.kind, d.key): d for d in image.derived.all()}
    profile = PixelProfile.objects.filter(image=image).first()
    statistics = profile.statistics if profile else {}
    embedded = [
        facts
        | {
            "picture": derived.get((Kind.EMBEDDED, facts["place"])),
            "difference": derived.get((Kind.EMBEDDED_DIFFERENCE, facts["place"])),
        }
        for facts in statistics.get("embedded") or []
    ]
    jpeg = report.get("jpeg") if isinstance(report.get("jpeg"), dict) else {}
    analysis = context.get("analysis")
    return {
        "case": context["case"],
        "image": image,
        "analysis": analysis,
        "csrf_token": context.get("csrf_token"),
        "can_write": context.get("can_write"),
        "profile": profile,
        "statistics": statistics,
        "max_side": MAX_SIDE,
        "qualities": QUALITIES,
        "quality": quality,
        "default_quality": DEFAULT_QUALITY,
        "ela": derived.get((Kind.ELA, str(quality))),
        "noise": derived.get((Kind.NOISE, "")),
        "embedded": embedded,
        "differs_threshold": DIFFERS_THRESHOLD,
        "grids": quantisation_grids(jpeg),
        "compression": statistics.get("double_compression"),
        "aligned_threshold": ALIGNED_THRESHOLD,
        "non_aligned_threshold": NON_ALIGNED_THRESHOLD,
        "findings": analysis.findings.filter(rule__in=pixels.PIXEL_RULES) if analysis else [],
        "near": pixels.near_duplicates_of(image, request.user),
        "exact": pixels.exact_duplicates_of(image, request.user),
        "near_limits": NEAR_DUPLICATE,
        "others": image.case.images.exclude(pk=image.pk).order_by("uploaded_at", "pk"),
    }


@register.inclusion_tag("cases/_near_duplicates.html")
def near_duplicate_groups(case) -> dict:
    """The case's images grouped as near-duplicates, with the distance of each to its group's first."""
    return {"case": case, "groups": pixels.near_duplicate_groups(case), "near_limits": NEAR_DUPLICATE}
