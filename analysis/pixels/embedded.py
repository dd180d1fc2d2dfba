"""Every picture embedded in the file, decoded and compared with the main picture (SIGNATURES.md R5, C3).

Places, read from the report (their offsets are absolute, as ExifTool gives them): the EXIF IFD1 and
JFXX thumbnails, the Photoshop thumbnail (IRB 0x040C), MPF secondary images and maker-note
previews (``PreviewImage``, ``JpgFromRaw``, ``OtherImage``; a maker note records the start in
``<Group>:<Tag>Start``), and the thumbnails of a HEIF primary image (``thmb`` items, via libheif).

A camera makes its thumbnail from the same frame, scaled, padded to 4:3 with black bars, or cropped
to 4:3 (Kee & Farid, "Digital image authentication from thumbnails", SPIE 2010). The main picture
is mapped each of those ways to the thumbnail's size and the closest mapping is kept. The verdict
uses the mean absolute difference of the two luminance planes, both reduced to
:data:`VERDICT_SIDE` pixels and standardised (zero mean, unit deviation): a camera's own thumbnail
differs from the main picture in tone, sharpening and a few pixels of framing, which this ignores,
while another picture differs by about 1.1 (the expectation for unrelated planes). A thumbnail
that shows a different picture proves that the main picture was changed or replaced by a program
that kept the old thumbnail; which of the two is the original it
does not say.
"""

import io
from dataclasses import dataclass, replace

import numpy as np
import pillow_heif
from PIL import Image, ImageOps

from ..errors import AnalysisError
from ..result import Evidence, Finding, Report, Severity
from ..rules.geometry import aspect_gap
from ..rules.thumbnail_aspect import ASPECT_TOLERANCE, CLEAR_MISMATCH
from .load import display, png_bytes, working_image

NAME = "thumbnail_content"

# Tags that hold an embedded picture, whatever their group: what each is.
EMBEDDED_TAGS = {
    "ThumbnailImage": "thumbnail",
    "PhotoshopThumbnail": "thumbnail",
    "PreviewImage": "preview",
    "JpgFromRaw": "preview",
    "OtherImage": "preview",
}
# MPF images (CIPA DC-007 5.2.3.3.1, MPImageType) that are scaled copies of the primary picture; the
# others (panorama frames, disparity images, gain maps of type 0) are not comparable with it.
MPF_SCALED_COPIES = {0x010001: "Large Thumbnail (VGA equivalent)", 0x010002: "Large Thumbnail (Full HD equivalent)"}

# The 4:3 size cameras pad or crop thumbnails to (Kee & Farid 2010), as a size: aspect_gap allows each
# size one pixel of rounding, which on a 4x3 "size" would accept every shape from 3:4 to 5:2.
PADDED_SIZE = (160, 120)

# Embedded pictures are decoded and compared at most this size on the longest side (a 160x120
# thumbnail at its own size; a full-size JpgFromRaw scaled down).
COMPARE_SIDE = 512

# The verdict compares both pictures reduced to this many pixels on the longest side, so that a
# camera's framing a few pixels off (a Ricoh crops its 4:3 thumbnail off-centre) and its own
# sharpening do not count as a difference; the difference image keeps the embedded picture's size.
VERDICT_SIDE = 32

# Standardised luminance difference (at VERDICT_SIDE) beyond which the embedded picture shows another
# picture. Measured on the shared corpus: the 70 embedded pictures of camera files and editors that
# show their picture score 0.02-0.41 (median 0.04; the highest are exif-org/ricoh-rdc5300.jpg's
# off-centre crop at 0.41 and a damaged file's at 0.24); the thumbnail of the uncropped scene in a
# cropped picture (exif-samples tests/35-empty.jpg) 0.83, unrelated pictures about 1.1.
DIFFERS_THRESHOLD = 0.6


@dataclass(frozen=True)
class Comparison:
    """The embedded picture against the main picture mapped to its size (``mapping``: ``"scaled"``,
    ``"padded"`` to its shape with black bars, or ``"cropped"`` to it, centred).
    ``mean_abs_difference``: RGB, 0-255. ``normalised_difference``: standardised luminance, 0 for the
    same picture, about 1.1 for unrelated ones (at :data:`VERDICT_SIDE`). ``aspect_gap``: how far the
    two shapes are apart (fraction). ``difference_png``: the absolute RGB difference stretched so its
    maximum is white."""

    mapping: str
    mean_abs_difference: float
    normalised_difference: float
    aspect_gap: float
    difference_png: bytes


@dataclass(frozen=True)
class EmbeddedImage:
    """One embedded picture. ``place`` is its ExifTool ``Group:Tag`` (or the HEIF item), ``kind``
    one of ``thumbnail``, ``preview``, ``mpf``; ``offset``/``length`` in bytes (None for HEIF
    thumbnails, which libheif extracts). ``width`` x ``height`` is its stored size and ``png`` the
    decoded picture (at most :data:`COMPARE_SIDE`); both None with a ``reason`` when it could not be
    decoded. ``comparison`` is None with a ``reason`` when the picture is not a copy of the main one
    or could not be compared."""

    place: str
    kind: str
    offset: int | None
    length: int | None
    width: int | None = None
    height: int | None = None
    png: bytes | None = None
    comparison: Comparison | None = None
    reason: str | None = None

    @property
    def where(self) -> str:
        return self.place if self.offset is None else f"{self.place} at offset {self.offset}"

    @property
    def differs(self) -> bool:
        """True when the embedded picture shows another picture than the main one."""
        return self.comparison is not None and self.comparison.normalised_difference > DIFFERS_THRESHOLD

    @property
    def aspect_mismatch(self) -> bool:
        """True when its shape clearly differs from the main picture's and is not the 4:3 that cameras
        pad or crop every thumbnail to (the thresholds of the ``thumbnail_aspect`` rule)."""
        if self.comparison is None or self.width is None or self.height is None:
            return False
        padded = aspect_gap((self.width, self.height), PADDED_SIZE) <= ASPECT_TOLERANCE
        return not padded and self.comparison.aspect_gap > CLEAR_MISMATCH

    def evidence(self) -> Evidence | None:
        """Where the embedded picture is and its difference statistic with the threshold, or None when
        it was not compared."""
        if self.comparison is None:
            return None
        return Evidence(
            self.where,
            {
                "size": f"{self.width}x{self.height}",
                "mapping": self.comparison.mapping,
                "normalised_difference": self.comparison.normalised_difference,
                "threshold": DIFFERS_THRESHOLD,
                "mean_abs_difference": self.comparison.mean_abs_difference,
                "aspect_gap": self.comparison.aspect_gap,
            },
        )

    def finding(self, main: Evidence) -> Finding | None:
        """A finding when the picture differs or its shape does not match; ``main`` is the evidence of
        the main picture's size (e.g. ``File:ImageWidth``). None otherwise."""
        evidence = self.evidence()
        if evidence is None or not (self.differs or self.aspect_mismatch):
            return None
        what = "shows a different picture than" if self.differs else "has another shape than"
        return Finding(
            rule=NAME,
            severity=Severity.MEDIUM,
            title="Embedded picture does not match the main picture",
            detail=f"The {self.kind} {self.where} ({self.width}x{self.height}) {what} the main picture: "
            f"standardised difference {self.comparison.normalised_difference} (threshold {DIFFERS_THRESHOLD}) "
            f"after the closest mapping ({self.comparison.mapping}).",
            proves="The main picture was changed, cropped or replaced after the embedded picture was made, by a "
            "program that kept the old one",
            does_not_prove="Which of the two is the original, or what was changed; the embedded picture may itself "
            "be the altered part",
            evidence=(evidence, main),
        )


def embedded_images(data: bytes, report: Report) -> list[EmbeddedImage]:
    """Every embedded picture of the file whose ``report`` (from :func:`analysis.analyse`) is given,
    in metadata order then HEIF thumbnails, each decoded (bomb-guarded, at most
    :data:`COMPARE_SIDE`) and compared with the main picture. Pictures that cannot be decoded or
    compared are listed with a ``reason``. Raises as :func:`analysis.pixels.load.working_image` when
    the main picture itself cannot be decoded."""
    found = [*_from_metadata(data, report), *_heif_thumbnails(data)]
    if not found:
        return []
    main = working_image(data, 2 * COMPARE_SIDE)
    return [_compared(item, picture, main.image, (main.width, main.height)) for item, picture in found]


def _from_metadata(data: bytes, report: Report) -> list[tuple[EmbeddedImage, Image.Image | None]]:
    found = []
    for group, tags in report.metadata.items():
        for tag, value in tags.items():
            kind = "mpf" if group.startswith("MPImage") and tag in (group, "PreviewImage") else EMBEDDED_TAGS.get(tag)
            if kind is None or not isinstance(value, dict) or not isinstance(value.get("binary"), int):
                continue
            offset = value.get("offset", tags.get(f"{tag}Start"))
            item = EmbeddedImage(f"{group}:{tag}", kind, offset if isinstance(offset, int) else None, value["binary"])
            found.append(_decoded(item, data, tags.get("MPImageType") if kind == "mpf" else None))
    return found


def _decoded(item: EmbeddedImage, data: bytes, mpf_type: int | None) -> tuple[EmbeddedImage, Image.Image | None]:
    """The item with its size and picture, or with the reason it has none."""
    if item.offset is None:
        return replace(item, reason="its offset is not recorded"), None
    if item.offset < 0 or item.offset + item.length > len(data):
        return replace(item, reason="it extends past the end of the file"), None
    blob = data[item.offset : item.offset + item.length]
    if not blob.startswith(b"\xff\xd8"):
        return replace(item, reason="the bytes there are not a JPEG stream"), None
    try:
        working = working_image(blob, COMPARE_SIDE)
    except AnalysisError as exc:
        return replace(item, reason=f"it cannot be decoded: {exc}"), None
    reason = None
    if item.kind == "mpf" and mpf_type not in MPF_SCALED_COPIES:
        kind = f"{mpf_type:#08x}" if isinstance(mpf_type, int) else "unknown"
        reason = f"MPF image type {kind} is not a scaled copy of the picture"
    sized = replace(item, width=working.width, height=working.height, png=png_bytes(working.image), reason=reason)
    return sized, (working.image if reason is None else None)


def _heif_thumbnails(data: bytes) -> list[tuple[EmbeddedImage, Image.Image | None]]:
    """The thumbnails of a HEIF file's primary image (none for other files)."""
    try:
        heif = pillow_heif.open_heif(io.BytesIO(data), convert_hdr_to_8bit=True)
        primary = heif[heif.primary_index]
        count = len(primary.info.get("thumbnails") or [])
    except Exception:  # not HEIF, or a HEIF libheif cannot read: no thumbnails to list
        return []
    found = []
    for index in range(count):
        item = EmbeddedImage(f"HEIF thumbnail {index + 1} of the primary image", "thumbnail", None, None)
        try:
            picture = primary.get_thumbnail(index).to_pillow().convert("RGB")
        except Exception as exc:  # libheif's decoding errors
            found.append((replace(item, reason=f"it cannot be decoded: {exc}"), None))
            continue
        size = picture.size
        picture.thumbnail((COMPARE_SIDE, COMPARE_SIDE), Image.Resampling.LANCZOS)
        found.append((replace(item, width=size[0], height=size[1], png=png_bytes(picture)), picture))
    return found


def _compared(
    item: EmbeddedImage, picture: Image.Image | None, main: Image.Image, main_size: tuple[int, int]
) -> EmbeddedImage:
    if picture is None:
        return item
    return replace(item, comparison=compare(main, picture, main_size, (item.width, item.height)))


def compare(
    main: Image.Image, embedded: Image.Image, main_size: tuple[int, int], embedded_size: tuple[int, int]
) -> Comparison:
    """``embedded`` (RGB) against ``main`` (RGB) mapped to its size each way cameras make thumbnails,
    keeping the closest mapping; the sizes are the stored ones (for the aspect gap)."""
    size = embedded.size
    mappings = {
        "scaled": main.resize(size, Image.Resampling.LANCZOS),
        "padded": ImageOps.pad(main, size, Image.Resampling.LANCZOS, color=(0, 0, 0)),
        "cropped": ImageOps.fit(main, size, Image.Resampling.LANCZOS),
    }
    target = _standardised(embedded)
    scores = {name: float(np.abs(_standardised(mapped) - target).mean()) for name, mapped in mappings.items()}
    best = min(scores, key=scores.__getitem__)
    difference = np.abs(np.asarray(mappings[best], np.int16) - np.asarray(embedded, np.int16))
    return Comparison(
        mapping=best,
        mean_abs_difference=round(float(difference.mean()), 2),
        normalised_difference=round(scores[best], 3),
        aspect_gap=round(aspect_gap(embedded_size, main_size), 3),
        difference_png=display(difference),
    )


def _standardised(image: Image.Image) -> np.ndarray:
    """The luminance at :data:`VERDICT_SIDE`, standardised (zero mean, unit deviation; flat pictures
    are only centred)."""
    small = image.convert("L")
    small.thumbnail((VERDICT_SIDE, VERDICT_SIDE), Image.Resampling.BOX)
    plane = np.asarray(small, np.float32)
    return (plane - plane.mean()) / max(float(plane.std()), 1.0)
