"""Facts several origin detectors read."""

from ...metadata.makernotes import MAKER_NOTE_GROUPS
from ...result import Evidence
from ...rules.base import Subject
from ...rules.geometry import pixel_size as stored_size

# Groups that hold camera EXIF (not XMP copies).
EXIF_GROUPS = ("IFD0", "ExifIFD")


def has_exif(subject: Subject) -> bool:
    """True when the file carries an EXIF IFD0 or Exif IFD."""
    return any(subject.report.metadata.get(group) for group in EXIF_GROUPS)


def maker_note_group(subject: Subject) -> str | None:
    """The maker-note group the engine read (``"Canon"``), or None."""
    return next((group for group in MAKER_NOTE_GROUPS if subject.report.metadata.get(group)), None)


def pixel_size(subject: Subject) -> tuple[int, int] | None:
    """(width, height) of the stored picture, as the size rules read it
    (:func:`analysis.rules.geometry.pixel_size`: a raw's full-resolution image, not its preview)."""
    found = stored_size(subject)
    return None if found is None else found[:2]


def size_evidence(subject: Subject) -> tuple[Evidence, ...]:
    """Where the pixel size was read (``File:ImageWidth`` and ``File:ImageHeight``...); empty when
    it is not known."""
    found = stored_size(subject)
    return () if found is None else found[2]
