"""Pillow's reading of the image header: the one derived step that needs a decoder.

Only the header is opened. An image over Pillow's decompression-bomb limit keeps its header facts
and is marked ``pixels_refused``: every step that decodes pixels (thumbnails, the letterbox check
of the old API) refuses it, and the guard stays on for them.
"""

import io
import warnings

import pillow_heif
from PIL import Image

from ..errors import MalformedDataError
from ..result import ImageInfo

# HEIC/HEIF through libheif; Pillow reads AVIF itself.
pillow_heif.register_heif_opener()
# Pillow warns (rather than refuses) between its limit and twice it; every size over the limit is
# marked pixels_refused here and never decoded, so the warning would only repeat that.
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)


def open_header(data: bytes, file_type_name: str, pillow_formats: tuple[str, ...]) -> tuple[Image.Image, bool]:
    """Open the header of ``data`` with the Pillow plugins ``pillow_formats`` only; no pixel is
    decoded. Returns the image and whether its size exceeds Pillow's decompression-bomb limit
    (``Image.MAX_IMAGE_PIXELS``): such an image (a 100 MP medium-format photo, or a bomb) keeps its
    header facts, and the caller must not decode its pixels. Raises :class:`MalformedDataError`
    when Pillow cannot read the header. The caller closes the image.
    """
    try:
        image = Image.open(io.BytesIO(data), formats=pillow_formats)
    except Image.DecompressionBombError:
        # Pillow refuses at twice the limit inside open(); its format plugin reads the header
        # alone without that check, and nothing below decodes.
        return _open_unchecked(data, file_type_name, pillow_formats), True
    except Exception as exc:  # Pillow signals corrupt headers with many exception types
        raise MalformedDataError(f"Cannot read this {file_type_name} file: {_pillow_reason(exc)}") from exc
    return image, over_limit(image.width, image.height)


def over_limit(width: int, height: int) -> bool:
    """True when ``width`` x ``height`` pixels exceed Pillow's decompression-bomb limit (Pillow only
    warns between the limit and twice it; we treat the whole range as too large to decode)."""
    return bool(Image.MAX_IMAGE_PIXELS) and width * height > Image.MAX_IMAGE_PIXELS


def header_info(image: Image.Image, refused: bool) -> ImageInfo:
    """Format, mode and pixel size of an image :func:`open_header` opened, and whether its pixels
    are too many to decode (``refused``, as :func:`open_header` says)."""
    return ImageInfo(image.format, image.mode, image.width, image.height, pixels_refused=refused)


def refusal(info: ImageInfo) -> str:
    """What the report says of an image whose pixels are not decoded."""
    megapixels = info.width * info.height / 1e6
    return (
        f"{info.width}x{info.height} pixels ({megapixels:,.0f} MP) exceed the decompression-bomb limit of "
        f"{Image.MAX_IMAGE_PIXELS / 1e6:,.0f} MP: the pixels are not decoded (no thumbnail or pixel check); "
        "the metadata and the reading are complete"
    )


def _open_unchecked(data: bytes, file_type_name: str, pillow_formats: tuple[str, ...]) -> Image.Image:
    head = data[:16]
    for name in pillow_formats:
        factory, accept = Image.OPEN.get(name, (None, None))
        if factory is not None and (accept is None or accept(head)):
            try:
                return factory(io.BytesIO(data), "")
            except Exception as exc:  # as in open_header: Pillow's many exception types
                raise MalformedDataError(f"Cannot read this {file_type_name} file: {_pillow_reason(exc)}") from exc
    raise MalformedDataError(f"Cannot read this {file_type_name} file: its header is damaged")


def _pillow_reason(exc: Exception) -> str:
    """Pillow's message when it describes the damage; never object addresses or bare keys."""
    message = str(exc)
    if isinstance(exc, Image.UnidentifiedImageError) or not isinstance(exc, (OSError, ValueError, SyntaxError)):
        return "its header is damaged or of a variant that cannot be decoded"
    return message or type(exc).__name__
