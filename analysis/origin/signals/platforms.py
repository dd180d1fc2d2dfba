"""Signals of a platform download (SIGNATURES.md §2.1: P1-P19)."""

import re
from collections.abc import Iterator

from ...result import Evidence, OriginSignal, Strength
from ...rules.base import Subject
from .common import has_exif, pixel_size, size_evidence

# (label, place, pattern of the whole value, strength, signal id): markers a platform writes.
MARKERS = [
    # P1: Facebook's tracking string in IPTC SpecialInstructions, "FBMD" + version + hex.
    ("facebook", "IPTC:SpecialInstructions", re.compile(r"FBMD[0-9]{2}[0-9a-f]{16,}", re.I), Strength.STRONG, "fbmd"),
    # P3: Facebook's small re-encode ICC profile names "FB" as its copyright.
    ("facebook", "ICC_Profile:ProfileCopyright", re.compile(r"FB"), Strength.MEDIUM, "facebook_icc"),
    # P18 (source README of corpus/origin/flickr): Flickr's download stamp in IPTC DocumentNotes.
    (
        "flickr",
        "IPTC:DocumentNotes",
        re.compile(r"https?://(www\.)?flickr\.com/e/\S+", re.I),
        Strength.STRONG,
        "flickr_stamp",
    ),
]
# Long edges platforms resize photos to (P7, P11, P12, P15: blog measurements, so weak), for a
# JPEG carrying no EXIF. Several platforms share sizes; each gets its own weak signal.
PLATFORM_EDGES = {
    "instagram": (1080, 1440),
    "whatsapp": (1600, 2560),
    "telegram": (1280, 2560),
    "twitter": (4096, 2048),
}


def platform_markers(subject: Subject) -> Iterator[OriginSignal]:
    """Markers that a platform writes into the file (P1, P3, Flickr's stamp), each read in the one
    field that carries it."""
    for label, place, pattern, strength, signal in MARKERS:
        found = subject.evidence(place)
        if found and isinstance(found.value, str) and pattern.fullmatch(found.value.strip()):
            evidence = [found]
            if signal == "fbmd":
                evidence += [e for e in [subject.evidence("IPTC:OriginalTransmissionReference")] if e]
            yield OriginSignal(signal, label, strength, tuple(evidence))


def platform_sizes(subject: Subject) -> Iterator[OriginSignal]:
    """A JPEG stripped of its metadata whose long edge is a platform's resize target (P19, weak:
    many programs produce these sizes, and "send as file" keeps the original). Silent when the file
    keeps metadata platforms strip (XMP, IPTC, Content Credentials)."""
    size = pixel_size(subject)
    if subject.report.file.type != "JPEG" or size is None or has_exif(subject) or _kept_metadata(subject):
        return
    long_edge = max(size)
    for label, edges in PLATFORM_EDGES.items():
        if long_edge in edges:
            no_exif = Evidence("JPEG APP1 Exif", "absent")
            yield OriginSignal(f"{label}_size", label, Strength.WEAK, (*size_evidence(subject), no_exif))


def _kept_metadata(subject: Subject) -> bool:
    groups = subject.report.metadata
    return bool(subject.c2pa) or any(group.startswith(("XMP", "IPTC", "Photoshop")) for group in groups)
