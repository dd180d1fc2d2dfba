"""Recorded dimensions against the real pixel size (SIGNATURES.md R7, C8).

Reads the stored pixel size (``File:ImageWidth``/``ImageHeight`` from the JPEG SOF or the
format's header, else Pillow's header reading; for a camera raw the full-resolution image's
size, never the preview Pillow reads, and nothing when the raw does not say it: see
:func:`.geometry.pixel_size`) and the sizes the metadata records:
``ExifIFD:ExifImageWidth``/``ExifImageHeight``, ``XMP-exif:ExifImageWidth``/``ExifImageHeight``
(PixelX/YDimension) and ``XMP-tiff:ImageWidth``/``ImageHeight`` (ImageLength). A width and height
swapped is accepted when ``IFD0:Orientation`` is 5-8, a raw's recorded size up to
:data:`RAW_BORDER` smaller than its raw data (the masked sensor border); a recorded 0 means
"unknown" and is ignored. A different size proves the pixels were re-encoded at another size after that block
was written (resized when the shape is kept, cropped or re-proportioned when it is not); it
does not prove what the picture shows was changed.
"""

from collections.abc import Iterable

from ..result import Evidence, Finding, Severity
from .base import Subject
from .geometry import aspect_gap, is_camera_raw, is_size, pixel_size, quarter_turned

NAME = "dimensions"

# Recorded sizes, one row per block: (width place, height place).
RECORDED_SIZES = [
    ("ExifIFD:ExifImageWidth", "ExifIFD:ExifImageHeight"),
    ("XMP-exif:ExifImageWidth", "XMP-exif:ExifImageHeight"),
    ("XMP-tiff:ImageWidth", "XMP-tiff:ImageHeight"),
]

# Shapes closer than this (beyond a pixel of rounding) are the same picture scaled: 1 % is the
# R5/R7 tolerance of examiners.
ASPECT_TOLERANCE = 0.01

# A camera raw's full-resolution image keeps the sensor's masked border that the recorded
# (developed) size leaves out, 1-4 % a side on Canon, Nikon and Sony sensors (3516x2328 raw
# data for a 3456x2304 picture): a recorded size that much smaller, never larger, is the same
# picture.
RAW_BORDER = 0.06


def check(subject: Subject) -> Iterable[Finding]:
    """One finding when a recorded size differs from the pixels; see the module docstring."""
    actual = pixel_size(subject)
    if actual is None:
        return
    width, height, actual_evidence = actual
    turned = quarter_turned(subject)
    raw = is_camera_raw(subject)
    resized, reshaped = [], []
    for width_place, height_place in RECORDED_SIZES:
        claim_w, claim_h = subject.evidence(width_place), subject.evidence(height_place)
        if not claim_w or not claim_h or not is_size(claim_w.value) or not is_size(claim_h.value):
            continue
        claim = (claim_w.value, claim_h.value)
        candidates = [claim, claim[::-1]] if turned else [claim]
        if (width, height) in candidates or (raw and any(_within_border((width, height), c) for c in candidates)):
            continue
        # the shape is judged either way round: pixels turned and re-saved with Orientation reset
        # are a resize, not a crop
        same_shape = any(aspect_gap((width, height), size) <= ASPECT_TOLERANCE for size in (claim, claim[::-1]))
        (resized if same_shape else reshaped).append((claim_w, claim_h))
    if not resized and not reshaped:
        return
    mismatched = reshaped + resized
    recorded = "; ".join(f"{w.where.split(':')[0]} records {w.value}x{h.value}" for w, h in mismatched)
    orientation = subject.evidence("IFD0:Orientation")
    evidence: tuple[Evidence, ...] = (
        *actual_evidence,
        *(item for pair in mismatched for item in pair),
        *([orientation] if orientation and turned else []),
    )
    if reshaped:
        yield Finding(
            rule=NAME,
            severity=Severity.MEDIUM,
            title="Cropped or re-proportioned after the metadata was written",
            detail=f"The pixels are {width}x{height} but {recorded}: a different shape.",
            proves="The picture was cropped or its proportions changed after that metadata was written, and the "
            "metadata was carried over without being updated",
            does_not_prove="What was removed or changed in the picture",
            evidence=evidence,
        )
        return
    yield Finding(
        rule=NAME,
        severity=Severity.LOW,
        title="Resized after the metadata was written",
        detail=f"The pixels are {width}x{height} but {recorded}: the same shape (either way round) at another size.",
        proves="The file is not the one that wrote this metadata: it was scaled and re-encoded afterwards",
        does_not_prove="That the picture's content was changed; sharing and web export resize pictures routinely",
        evidence=evidence,
    )


def _within_border(raw: tuple[int, int], recorded: tuple[int, int]) -> bool:
    """True when ``recorded`` is ``raw`` less at most :data:`RAW_BORDER` of each side's length."""
    return all(size * (1 - RAW_BORDER) <= claim <= size for size, claim in zip(raw, recorded, strict=True))
