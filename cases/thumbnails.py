"""Thumbnails: small JPEGs drawn from a stored original, kept in the private evidence storage.

A thumbnail is for display only; the original is never altered. Decoding stays bounded: JPEGs
are decoded at a reduced scale (``Image.draft``), other formats and progressive JPEGs only up to
:data:`MAX_THUMBNAIL_DECODE_PIXELS`, and Pillow's decompression-bomb guard stays on.
"""

import io
import logging

from django.core.files.base import ContentFile
from PIL import Image, ImageOps

import analysis  # noqa: F401 (registers the HEIF opener with Pillow)
from analysis import formats

from .models import EvidenceImage

log = logging.getLogger(__name__)

THUMBNAIL_SIDE = 320  # pixels, longest side
THUMBNAIL_QUALITY = 80
# Formats without reduced decoding are drawn only up to this size (4 bytes a pixel in memory).
MAX_THUMBNAIL_DECODE_PIXELS = 40_000_000


def make_thumbnail(image: EvidenceImage) -> None:
    """Draw ``image``'s thumbnail from its stored original and save it in ``image.thumbnail``
    (a JPEG at most :data:`THUMBNAIL_SIDE` pixels a side, EXIF orientation applied), replacing
    any earlier one. When the original cannot be read or decoded within the limits the image
    keeps no thumbnail; nothing is raised for bad input."""
    try:
        with image.file.open("rb") as stored:
            data = stored.read()
    except OSError:
        log.warning("original of image %s could not be read for its thumbnail", image.pk, exc_info=True)
        return
    jpeg = render(data)
    if jpeg is None:
        return
    if image.thumbnail:
        image.thumbnail.delete(save=False)
    image.thumbnail.save("thumbnail.jpg", ContentFile(jpeg), save=False)
    image.save(update_fields=["thumbnail"])


def render(data: bytes) -> bytes | None:
    """The thumbnail JPEG of the image in ``data``, or None when it is not a known image type,
    cannot be decoded, or is too large to decode."""
    file_type = formats.detect(data)
    if file_type is None:
        return None
    try:
        with Image.open(io.BytesIO(data), formats=file_type.module.PILLOW_FORMATS) as opened:
            if Image.MAX_IMAGE_PIXELS and opened.width * opened.height > Image.MAX_IMAGE_PIXELS:
                return None
            # A progressive JPEG keeps every DCT coefficient of the full image in memory (libjpeg,
            # 2 bytes a sample) whatever the scale it is decoded at: it is capped as full size.
            full_size = opened.width * opened.height
            opened.draft("RGB", (THUMBNAIL_SIDE, THUMBNAIL_SIDE))  # JPEG: decode at 1/2, 1/4 or 1/8 scale
            decoded = full_size if opened.info.get("progressive") else opened.width * opened.height
            if decoded > MAX_THUMBNAIL_DECODE_PIXELS:
                return None
            small = _upright(opened)
            small.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
            out = io.BytesIO()
            _on_white(small).save(out, "JPEG", quality=THUMBNAIL_QUALITY)
            return out.getvalue()
    except Exception:  # Pillow reports damaged image data with many exception types
        log.info("no thumbnail: the image could not be decoded", exc_info=True)
        return None


def _upright(picture: Image.Image) -> Image.Image:
    """``picture`` turned as its EXIF Orientation says; as stored when the EXIF cannot be read
    (Pillow raises ValueError on a PNG's malformed raw-profile EXIF text, for one)."""
    try:
        return ImageOps.exif_transpose(picture)
    except Exception:  # the orientation is a nicety: any failure to read it keeps the picture as stored
        log.info("thumbnail drawn without EXIF orientation: it could not be read", exc_info=True)
        return picture


def _on_white(picture: Image.Image) -> Image.Image:
    """RGB for JPEG: transparency flattened onto white, other modes converted."""
    if picture.mode in ("RGBA", "LA", "PA") or (picture.mode == "P" and "transparency" in picture.info):
        rgba = picture.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if picture.mode in ("I;16", "I;16B", "I;16L", "I"):
        picture = picture.convert("I").point(lambda value: value / 256).convert("L")
    return picture.convert("RGB")
