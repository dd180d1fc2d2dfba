"""Progressive JPEG claiming to come straight from a camera (SIGNATURES.md R11, C16).

Reads the ``jpeg`` section's ``progressive`` flag and frame marker (SOF2, SOF6, SOF10, SOF14),
``IFD0:Make``/``IFD0:Model`` and whether a maker note was decoded (its brand group, such as
``Canon`` or ``Nikon``, is in the metadata). Camera encoders write baseline JPEG (SOF0/SOF1);
progressive encoding is what web tools, platforms and editors choose on export.

A finding proves that the pixels were encoded again after the camera wrote its metadata: a
program re-encoded the file and kept the camera's EXIF. It does not prove that the picture
content was changed (a resize or a platform's re-compression does the same), nor that the
EXIF is forged.
"""

from collections.abc import Iterable

from ..metadata.makernotes import MAKER_NOTE_GROUPS
from ..result import Evidence, Finding, Severity
from .base import Subject, present

NAME = "progressive_camera"


def check(subject: Subject) -> Iterable[Finding]:
    section = subject.report.sections.get("jpeg") or {}
    make = subject.evidence("IFD0:Make")
    notes = sorted(group for group in subject.report.metadata if group in MAKER_NOTE_GROUPS)
    if not section.get("progressive") or make is None or not notes:
        return
    frame = next(s for s in section["segments"] if s["marker"] == f"SOF{section['encoding_process']}")
    yield Finding(
        rule=NAME,
        severity=Severity.MEDIUM,
        title="Progressive JPEG with a camera's metadata",
        detail=f"The image is progressive ({frame['marker']}) but IFD0:Make names a camera and a {notes[0]} maker "
        "note is present; cameras write baseline JPEG.",
        proves="The image data was re-encoded by some program after the camera wrote it, and the camera's "
        "EXIF was carried over.",
        does_not_prove="That the content was edited (resizing or a platform's re-compression also re-encode), "
        "or that the EXIF is forged.",
        evidence=[
            Evidence(f"JPEG {frame['marker']} at offset {frame['offset']}", "progressive DCT"),
            *present(make, subject.evidence("IFD0:Model")),
            Evidence(f"{notes[0]} maker note (ExifIFD:MakerNote)", f"{len(subject.report.metadata[notes[0]])} tags"),
        ],
    )
