"""Signals of an editor's export (SIGNATURES.md §3.2 C11-C17, §4)."""

from collections.abc import Iterator

from ...result import EDITING_ROLES, Evidence, OriginSignal, Strength
from ...rules.base import Subject
from .capture import FIRMWARE_ROLES
from .common import maker_note_group

# Encoder families (analysis.derived.jpeg_encoder) that only software writes (C17). IJG tables,
# exact or scaled, are left out: many cameras and phones write them too.
SOFTWARE_ENCODERS = ("photoshop", "photoshop_save_for_web", "lightroom", "software")


def editor_signals(subject: Subject) -> Iterator[OriginSignal]:
    """A program of role editor or raw converter named in the file (C11-C13, strong)."""
    for software in subject.report.software:
        if software.role in EDITING_ROLES and software.places:
            name = f"{software.name} {software.version}" if software.version else software.name
            yield OriginSignal("editor_named", "edited", Strength.STRONG, tuple(software.places), name)


def encoder_against_camera(subject: Subject) -> Iterator[OriginSignal]:
    """A camera maker note while the JPEG tables are a known software encoder's (C17/R12; medium:
    the match is exact, but a file's maker note may have been copied into an export). Silent while
    the camera's own firmware is still named in Software: editors replace that tag, and some cameras
    use tables identical to Photoshop's (a Nikon E950 writes "Adobe Photoshop, Quality 8")."""
    encoder = (subject.report.sections.get("jpeg") or {}).get("encoder") or {}
    group = maker_note_group(subject)
    firmware = any(software.role in FIRMWARE_ROLES for software in subject.report.software)
    if group and not firmware and encoder.get("family") in SOFTWARE_ENCODERS:
        found = Evidence("JPEG DQT tables (JPEGDigest)", encoder.get("match") or encoder.get("family"))
        maker = Evidence(f"{group} maker note (ExifIFD:MakerNote)", "present")
        yield OriginSignal("software_encoder_on_camera_file", "edited", Strength.MEDIUM, (found, maker))
