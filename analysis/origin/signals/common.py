"""Facts several origin detectors read."""

from ...metadata.makernotes import MAKER_NOTE_GROUPS
from ...result import Evidence
from ...rules.base import Subject

# Groups that hold camera EXIF (not XMP copies).
EXIF_GROUPS = ("IFD0", "ExifIFD")


def has_exif(subject: Subject) -> bool:
    """True when the file carries an EXIF IFD0 or Exif IFD."""
    return any(subject.report.metadata.get(group) for group in EXIF_GROUPS)


def maker_note_group(subject: Subject) -> str | None:
    """The maker-note group the engine read (``"Canon"``), or None."""
    return next((group for group in MAKER_NOTE_GROUPS if subject.report.metadata.get(group)), None)


def pixel_size(subject: Subject) -> tuple[int, int] | None:
    """(width, height) from the image header (Pillow), else the container's ``File`` tags."""
    image = subject.report.image
    if image:
        return image.width, image.height
    width, height = subject.tag("File:ImageWidth"), subject.tag("File:ImageHeight")
    if isinstance(width, int) and isinstance(height, int):
        return width, height
    return None


def size_evidence(subject: Subject) -> Evidence | None:
    """Evidence of the pixel size, named after where it was read."""
    size = pixel_size(subject)
    if size is None:
        return None
    where = "image header (width x height)" if subject.report.image else "File:ImageWidth/ImageHeight"
    return Evidence(where, f"{size[0]}x{size[1]}")
