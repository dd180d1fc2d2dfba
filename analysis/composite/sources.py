"""Which value a bare tag name stands for, as ExifTool chooses among tags of the same name.

ExifTool keeps one value per tag name for its Composite tags (``FoundTag`` in ExifTool.pm): a tag found
later replaces an earlier one of the same name when its priority is at least as high; a priority-0 tag
never replaces another (so the first one stays). Priority is 1 unless the tag or its table says 0: IFD1
and preview IFDs, the XMP ``exif``/``tiff``/``exifEX`` tables ("not as reliable as actual EXIF tags"),
Photoshop resources, and maker-note tags that repeat an EXIF fact less reliably (the rows of
:data:`LOW_PRIORITY_TAGS`, from the Priority/PRIORITY entries of ExifTool 12.57's maker-note modules).

``report.metadata`` keeps the groups in the order they were read, except that the JPEG frame header
(SOF, the last metadata ExifTool meets before the image data) adds ``File:ImageWidth``/``ImageHeight``
to the ``File`` group read first: ``File`` is therefore taken as the last group.
"""

import re
from typing import Any

from ..printconv.table import names

LOW_PRIORITY_GROUPS = frozenset({"IFD1", "PreviewIFD", "XMP-exif", "XMP-tiff", "XMP-exifEX", "Photoshop"})

# Maker-note tags ExifTool reads with Priority 0 (family-1 group → tag names), ExifTool 12.57.
LOW_PRIORITY_TAGS: dict[str, frozenset[str]] = {
    "Canon": names(
        "FocalLength FNumber ExposureTime BaseISO ISO LensType MinFocalLength MaxFocalLength FocalType "
        "FocusDistanceUpper FocusDistanceLower LensModel ImageWidth ImageHeight"
    ),
    "Nikon": names("ISO FocalLength MaxAperture FNumber"),
    "Sony": names(
        "FocalLength ISO FNumber ExposureTime LensType LensType2 MinFocalLength MaxFocalLength BaseISO "
        "FocusMode AFAreaMode"
    ),
    "Pentax": names("ExposureTime FNumber FocalLength LensType LensFocalLength"),
    "Olympus": names("ShutterSpeedValue ApertureValue"),
    "Panasonic": names("LensType FocalLength"),
    "Samsung": names("FNumber FocalLengthIn35mmFormat"),
    "Minolta": names("ISO ExposureTime FNumber FocalLength FocusDistance MaxAperture FocusMode Flash LensType"),
    # (Kodak's main and TypeN tables, group Kodak; the priority-0 exposure tags of its SubIFDs and
    # CameraInfo are not read here)
    "Kodak": names("WhiteBalance"),
    "Casio": names("ISO"),
    "Sigma": names("FNumber ExposureTime"),
    "Ricoh": names("PreviewImageStart PreviewImageLength"),
}

# Family-1 group → family-0 group, by name prefix (ExifTool's "EXIF:", "XMP:", "IPTC:", ...).
_FAMILY0 = (
    (re.compile(r"(IFD\d*|ExifIFD|GPS|InteropIFD|SubIFD\d*|GlobParamIFD|PreviewIFD)$"), "EXIF"),
    (re.compile(r"XMP-"), "XMP"),
    (re.compile(r"IPTC\d*$"), "IPTC"),
    (re.compile(r"ICC"), "ICC_Profile"),
)


def family0(group: str) -> str:
    """The family-0 group of a family-1 group (``ExifIFD`` → ``EXIF``); the group itself otherwise."""
    return next((name for pattern, name in _FAMILY0 if pattern.match(group)), group)


# EXIF tags ExifTool reads with Priority 0 (Exif.pm), raised to 1 in the "priority directory": the
# first IFD whose SubfileType says full-resolution image (0) or OldSubfileType says so (1). So a
# DNG's raw image size in its SubIFD wins over IFD0's thumbnail, and a TIFF without SubfileType
# keeps the first IFD's values.
EXIF_LOW_PRIORITY_TAGS = names(
    "ImageWidth ImageHeight BitsPerSample PhotometricInterpretation DocumentName ImageDescription Orientation "
    "SamplesPerPixel RowsPerStrip XResolution YResolution PlanarConfiguration PrimaryChromaticities "
    "YCbCrCoefficients YCbCrSubSampling ReferenceBlackWhite WhiteBalance"
)


def _priority(group: str, tag: str, priority_dir: str | None = None) -> int:
    if group in LOW_PRIORITY_GROUPS or tag in LOW_PRIORITY_TAGS.get(group, ()):
        return 0
    if tag in EXIF_LOW_PRIORITY_TAGS and family0(group) == "EXIF":
        return 1 if group == priority_dir else 0
    return 1


def priority_directory(metadata: dict[str, dict[str, Any]]) -> str | None:
    """The first EXIF IFD, in reading order, that holds the full-resolution image (SubfileType 0 or
    OldSubfileType 1): ExifTool's PRIORITY_DIR (Exif.pm SubfileType RawConv, ExifTool.pm
    SetPriorityDir)."""
    for group, tags in metadata.items():
        if family0(group) == "EXIF" and (tags.get("SubfileType") == 0 or tags.get("OldSubfileType") == 1):
            return group
    return None


class Sources:
    """The tags of one report by name, for Composite rows: ``get("FocalLength")`` or
    ``get("GPS:GPSLatitude")`` gives ``(value, printed, group)`` or None; :meth:`add` records a Composite tag
    once computed (found after every tag of the file, as in ExifTool)."""

    def __init__(
        self,
        metadata: dict[str, dict[str, Any]],
        printed: dict[str, dict[str, Any]],
        wanted: frozenset[str] | None = None,
    ) -> None:
        """Index the tags of ``metadata`` (only those named in ``wanted``, when given)."""
        self._found: dict[str, list[tuple[str, int, Any, Any]]] = {}
        groups = [group for group in metadata if group != "File"] + (["File"] if "File" in metadata else [])
        priority_dir = priority_directory(metadata)
        for group in groups:
            printed_group = printed.get(group, {})
            tags = metadata[group]
            for tag in tags.keys() & wanted if wanted is not None else tags:
                value = tags[tag]
                self._found.setdefault(tag, []).append(
                    (group, _priority(group, tag, priority_dir), value, printed_group.get(tag, value))
                )
        make = self.get("Make")
        self.make = make[0] if make and isinstance(make[0], str) else ""

    def add(self, tag: str, value: Any, printed: Any, priority: int) -> None:
        """Record Composite ``tag``."""
        self._found.setdefault(tag, []).append(("Composite", priority, value, printed))

    def __contains__(self, tag: str) -> bool:
        """Whether any group has ``tag`` (a bare name): a cheap test before :meth:`get`."""
        return tag in self._found

    def has(self, name: str) -> bool:
        """Whether a tag ``name`` (optionally ``Group:Tag``) exists."""
        return self.get(name) is not None

    def get(self, name: str) -> tuple[Any, Any, str] | None:
        """``(value, printed, family-1 group)`` of the tag ExifTool would show for ``name``: of those in the named
        group, or of all when the name has none, the last of the highest priority found, except that
        among priority-0 tags the first is kept."""
        group, _, tag = name.rpartition(":")
        found = self._found.get(tag, ())
        if group:
            found = [entry for entry in found if group in (entry[0], family0(entry[0]))]
        best = None
        for entry in found:
            if best is None or entry[1] > best[1] or (entry[1] == best[1] and entry[1] > 0):
                best = entry
        return (best[2], best[3], best[0]) if best else None
