"""Embedded thumbnails against the main picture's shape (SIGNATURES.md R5 aspect part, C3).

Reads the EXIF thumbnail (``IFD1:ThumbnailImage``: its JPEG's SOF header at the absolute
file offset the EXIF reader records) and the Photoshop thumbnail (``Photoshop:PhotoshopThumbnail``,
IRB 0x040C, same way), and the stored pixel size with ``IFD0:Orientation``. A camera makes the
thumbnail from the same frame, so its shape matches the picture (Kee & Farid 2010); many pad it
to 160x120 (4:3) with black bars instead, so a 4:3 thumbnail proves nothing. A thumbnail turned
the other way than the picture, or of another shape that padding cannot explain, proves the
picture was cropped or turned by a program that left the old thumbnail in place; it does not
show what was changed, and the thumbnail itself may be the altered part.
"""

from collections.abc import Iterable

from ..result import Evidence, Finding, Severity
from .base import Subject
from .geometry import aspect_gap, jpeg_frame_size, pixel_size, quarter_turned

NAME = "thumbnail_aspect"

# Embedded thumbnails, one row per place: the binary's place (with "binary" size and
# absolute "offset" as the readers record it).
THUMBNAILS = ["IFD1:ThumbnailImage", "Photoshop:PhotoshopThumbnail"]

# Cameras pad thumbnails to 160x120 whatever the picture's shape (Kee & Farid 2010), so a
# 160x120 thumbnail (within a pixel) is never evidence of a different shape.
PADDED_SHAPE = (160, 120)

# Shapes closer than 1 % (R5) are the same after rounding; between 1 % and 10 % a thumbnail
# may be a sloppy but honest resize; beyond 10 % it is another picture shape.
ASPECT_TOLERANCE = 0.01
CLEAR_MISMATCH = 0.10

# A picture within this of square has no orientation to disagree with.
NEAR_SQUARE = 0.05


def check(subject: Subject) -> Iterable[Finding]:
    """A finding per thumbnail whose shape clearly differs from the picture's."""
    actual = pixel_size(subject)
    if actual is None:
        return
    width, height, actual_evidence = actual
    turned = quarter_turned(subject)
    for place in THUMBNAILS:
        stored = subject.tag(place)
        if not isinstance(stored, dict) or not isinstance(stored.get("offset"), int):
            continue
        size = jpeg_frame_size(subject.data, stored["offset"], int(stored.get("binary") or 0))
        if size is None:
            continue
        candidates = [(width, height), (height, width)] if turned else [(width, height)]
        gap = min(aspect_gap(size, shape) for shape in candidates)
        flipped = (
            not turned
            and _landscape(size) is not None
            and _landscape((width, height))
            not in (
                None,
                _landscape(size),
            )
        )
        padded = aspect_gap(size, PADDED_SHAPE) <= ASPECT_TOLERANCE
        if not flipped and (padded or gap <= CLEAR_MISMATCH):
            continue
        orientation = subject.evidence("IFD0:Orientation")
        evidence = (
            Evidence(place, f"{size[0]}x{size[1]} JPEG at offset {stored['offset']}"),
            *actual_evidence,
            *([orientation] if orientation else []),
        )
        how = "turned the other way" if flipped else f"a different shape ({gap:.0%} apart)"
        yield Finding(
            rule=NAME,
            severity=Severity.MEDIUM,
            title="Embedded thumbnail does not match the picture",
            detail=f"The {place} thumbnail is {size[0]}x{size[1]} but the picture is {width}x{height}: {how}, "
            "which neither scaling nor the usual 160x120 padding explains.",
            proves="The picture was cropped, turned or replaced after the thumbnail was made, by a program that "
            "kept the old thumbnail",
            does_not_prove="What was changed; the thumbnail may show the earlier picture, or be the altered part",
            evidence=evidence,
        )


def _landscape(size: tuple[int, int]) -> bool | None:
    """True for landscape, False for portrait, None when too close to square to say."""
    if abs(size[0] - size[1]) <= NEAR_SQUARE * max(size):
        return None
    return size[0] > size[1]
