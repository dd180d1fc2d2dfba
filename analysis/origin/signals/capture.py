"""Signals of a camera or phone original (SIGNATURES.md §3.1: C1-C10) and declared capture sources."""

from collections.abc import Iterator

from ...reading import clean_text as text
from ...reading import device_name
from ...result import Evidence, OriginSignal, SoftwareRole, Strength
from ...rules.base import Subject, present
from .common import maker_note_group, pixel_size, size_evidence

IPTC_CODES = "http://cv.iptc.org/newscodes/digitalsourcetype/"
# IPTC digital source types that say how the picture was made (SIGNATURES A26, A27, C10).
DECLARED_SOURCES = {
    "digitalCapture": "camera",
    "computationalCapture": "camera",
    "negativeFilm": "scanner",
    "positiveFilm": "scanner",
    "print": "scanner",
    "screenCapture": "screenshot",
}
FIRMWARE_ROLES = (SoftwareRole.CAMERA_FIRMWARE, SoftwareRole.PHONE_OS)


def camera_signals(subject: Subject) -> Iterator[OriginSignal]:
    """Make/Model (C1, weak: trivially written), a maker note of the brand (C2, strong: written by
    the firmware), firmware-style Software (C5, medium), DateTimeOriginal and an IFD1 thumbnail
    (C3/C4, weak)."""
    make = subject.evidence("IFD0:Make")
    model = subject.evidence("IFD0:Model")
    device = device_name(text(make and make.value), text(model and model.value))
    if make or model:
        yield OriginSignal("make_model", "camera", Strength.WEAK, tuple(present(make, model)), device)
    group = maker_note_group(subject)
    if group and make and (text(make.value) or "").upper().startswith(group.upper()[:4]):
        tags = subject.report.metadata[group]
        yield OriginSignal(
            "maker_note",
            "camera",
            Strength.STRONG,
            (make, Evidence(f"{group} maker note (ExifIFD:MakerNote)", f"{len(tags)} tags read")),
            device,
        )
    for software in subject.report.software:
        if software.role in FIRMWARE_ROLES:
            yield OriginSignal("firmware_software", "camera", Strength.MEDIUM, tuple(software.places), device)
    yield from _camera_tables(subject, make, device)
    yield from _stored_size(subject, make, model, device)
    original = subject.evidence("ExifIFD:DateTimeOriginal")
    thumbnail = subject.evidence("IFD1:ThumbnailLength")
    if original and thumbnail and (make or model):
        yield OriginSignal("capture_date_and_thumbnail", "camera", Strength.WEAK, (original, thumbnail), device)


def declared_source(subject: Subject) -> Iterator[OriginSignal]:
    """``XMP-iptcExt:DigitalSourceType`` naming a capture, scan or screen capture (A26-A27, C10:
    medium, it is a declaration anyone can write) and a valid C2PA ``c2pa.created`` action that
    declares one (strong: signed and unchanged)."""
    declared = subject.evidence("XMP-iptcExt:DigitalSourceType")
    code = str(declared.value).strip().removeprefix(IPTC_CODES) if declared else ""
    if code in DECLARED_SOURCES:
        yield OriginSignal("iptc_digital_source_type", DECLARED_SOURCES[code], Strength.MEDIUM, (declared,))
    c2pa = subject.c2pa
    manifest = (c2pa or {}).get("active_manifest") or {}
    for action in manifest.get("actions") or []:
        code = str(action.get("digitalSourceType") or "").strip().removeprefix(IPTC_CODES)
        if action.get("action") == "c2pa.created" and code in DECLARED_SOURCES:
            strength = Strength.STRONG if c2pa.get("state") == "valid" else Strength.WEAK
            where = f"C2PA active manifest ({c2pa.get('state')}), action c2pa.created digitalSourceType"
            yield OriginSignal("c2pa_digital_source_type", DECLARED_SOURCES[code], strength, (Evidence(where, code),))


def _camera_tables(subject: Subject, make: Evidence | None, device: str | None) -> Iterator[OriginSignal]:
    """C7: the JPEG tables are one of ExifTool's rows for a camera of the same make (strong: the
    match is exact; rows naming another maker say nothing, as several makers share tables)."""
    encoder = (subject.report.sections.get("jpeg") or {}).get("encoder") or {}
    match, brand = str(encoder.get("match") or ""), (text(make and make.value) or "").split()
    if (
        encoder.get("family") == "camera"
        and brand
        and match.lower().startswith(_BRAND_ALIASES.get(brand[0].lower(), brand[0].lower()))
    ):
        evidence = (make, Evidence("JPEG DQT tables (JPEGDigest)", match))
        yield OriginSignal("camera_quantization_tables", "camera", Strength.STRONG, evidence, device)


def _stored_size(
    subject: Subject, make: Evidence | None, model: Evidence | None, device: str | None
) -> Iterator[OriginSignal]:
    """C8: ExifImageWidth/Height equal the pixels (swapped allowed): not resized since the EXIF was
    written (weak: any program that rewrites both keeps them equal)."""
    width, height = subject.evidence("ExifIFD:ExifImageWidth"), subject.evidence("ExifIFD:ExifImageHeight")
    size = pixel_size(subject)
    if not (width and height and size and (make or model)):
        return
    # A damaged EXIF may store the size as a list or text: only two numbers say a size.
    if not all(isinstance(value, int) for value in (width.value, height.value)):
        return
    if sorted((width.value, height.value)) == sorted(size) and min(size) > 1:
        yield OriginSignal(
            "exif_size_matches", "camera", Strength.WEAK, (width, height, *size_evidence(subject)), device
        )


# Make words whose ExifTool JPEGDigest rows are spelled otherwise.
_BRAND_ALIASES = {"konica": "konica/minolta", "minolta": "konica/minolta"}
