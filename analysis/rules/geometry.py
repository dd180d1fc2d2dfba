"""Pixel sizes for the size rules: the image's real size (for a camera raw, its full-resolution
image's, never the preview Pillow reads), aspect comparison and the frame size of an embedded
JPEG (thumbnail) read from its SOF header."""

from ..composite.sources import family0, priority_directory
from ..formats.jpeg import SOF_MARKERS
from ..metadata.makernotes import MAKER_NOTE_GROUPS
from ..result import Evidence
from .base import Subject

# IFD0:Orientation values that turn the picture a quarter (Exif 2.32 §4.6.4 A: 5-8 transpose
# rows and columns), so width and height may be stored swapped.
QUARTER_TURNS = {5, 6, 7, 8}

# Segments walked before giving up on finding a thumbnail's SOF (a thumbnail has a handful:
# APP0/DQT/DHT/SOF; a camera's never more than a few dozen).
MAX_THUMBNAIL_SEGMENTS = 64


# File:FileType values of a TIFF file that is no camera raw (formats.tiff_raw names the raws).
PLAIN_TIFF_TYPES = {"TIFF", "BTF"}


def pixel_size(subject: Subject) -> tuple[int, int, tuple[Evidence, ...]] | None:
    """The stored pixel size ``(width, height, evidence)``: for a camera raw its full-resolution
    image's (:func:`raw_size`, None when the file does not say it); else ``File:ImageWidth``/
    ``ImageHeight`` (the JPEG SOF or the format's header, as ExifTool names them), else Pillow's
    reading of the header; None when neither is known."""
    if is_camera_raw(subject):
        return raw_size(subject)
    width, height = subject.evidence("File:ImageWidth"), subject.evidence("File:ImageHeight")
    if width and height and is_size(width.value) and is_size(height.value):
        return width.value, height.value, (width, height)
    image = subject.report.image
    if image is not None and image.width > 0 and image.height > 0:
        return image.width, image.height, (Evidence("image header (Pillow)", f"{image.width}x{image.height}"),)
    return None


def is_camera_raw(subject: Subject) -> bool:
    """True for a TIFF-based camera raw (CR2, NEF, DNG, ARW, PEF, IIQ...), whose first directory,
    the one Pillow reads, may hold a preview or a placeholder rather than the picture: a file
    whose content names a raw type (``File:FileType``, :mod:`analysis.formats.tiff_raw`), a TIFF
    with a camera's maker notes (IIQ, which keeps its type only in the file name), or one whose
    full-resolution image is in a SubIFD (where raws keep the raw data; a scanner's or editor's
    TIFF keeps its picture in IFD0 and at most a thumbnail in a SubIFD)."""
    if subject.report.file.type != "TIFF":
        return False
    if subject.tag("File:FileType") not in PLAIN_TIFF_TYPES:
        return True
    metadata = subject.report.metadata
    if any(metadata.get(group) for group in MAKER_NOTE_GROUPS):
        return True
    return (priority_directory(metadata) or "").startswith("SubIFD")


def raw_size(subject: Subject) -> tuple[int, int, tuple[Evidence, ...]] | None:
    """A camera raw's full-resolution size: ``ImageWidth``/``ImageHeight`` of the directory that
    says it holds the full-resolution image (SubfileType 0, OldSubfileType 1: the one ExifTool's
    Composite:ImageSize takes), when that is not IFD0. None otherwise: CR2 and Phase One raws keep
    a preview or a 1x1 placeholder in IFD0 and give the raw's size in no IFD, so the size is not
    known from the file's directories."""
    group = priority_directory(subject.report.metadata)
    if group is None or group == "IFD0" or family0(group) != "EXIF":
        return None
    width, height = subject.evidence(f"{group}:ImageWidth"), subject.evidence(f"{group}:ImageHeight")
    if width and height and is_size(width.value) and is_size(height.value):
        return width.value, height.value, (width, height)
    return None


def quarter_turned(subject: Subject) -> bool:
    """True when IFD0:Orientation says the stored picture is turned a quarter (5-8)."""
    return subject.tag("IFD0:Orientation") in QUARTER_TURNS


def aspect_gap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """How far apart the aspect ratios of two ``(width, height)`` sizes are, as a fraction of
    the smaller ratio, after allowing each size one pixel of rounding (a 160x107 thumbnail of a
    3:2 picture counts as 3:2). 0.0 when they can be the same shape."""
    low_a, high_a = (a[0] - 1) / (a[1] + 1), (a[0] + 1) / max(a[1] - 1, 1)
    low_b, high_b = (b[0] - 1) / (b[1] + 1), (b[0] + 1) / max(b[1] - 1, 1)
    if high_a >= low_b and high_b >= low_a:
        return 0.0
    return (low_b - high_a) / high_a if high_a < low_b else (low_a - high_b) / high_b


def jpeg_frame_size(data: bytes, offset: int, length: int) -> tuple[int, int] | None:
    """``(width, height)`` from the SOF header of the JPEG stored at ``data[offset:offset+length]``,
    walking at most :data:`MAX_THUMBNAIL_SEGMENTS` marker segments (ITU T.81 B.1.1, B.2.2); None
    when the bytes there are not a JPEG with a readable SOF. Never reads outside that range."""
    if offset < 0 or length <= 0:
        return None
    block = data[offset : offset + length]
    if block[:2] != b"\xff\xd8":
        return None
    pos = 2
    for _ in range(MAX_THUMBNAIL_SEGMENTS):
        if pos + 4 > len(block) or block[pos] != 0xFF:
            return None
        marker = block[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        size = int.from_bytes(block[pos + 2 : pos + 4], "big")
        if marker in SOF_MARKERS:
            if size < 8 or pos + 9 > len(block):
                return None
            height = int.from_bytes(block[pos + 5 : pos + 7], "big")
            width = int.from_bytes(block[pos + 7 : pos + 9], "big")
            return (width, height) if width and height else None
        if marker in (0xD9, 0xDA) or size < 2:  # EOI or scan data before any frame header
            return None
        pos += 2 + size
    return None


def is_size(value: object) -> bool:
    """True for a usable pixel count (a positive int; 0 is how files write "unknown")."""
    return isinstance(value, int) and value > 0
