"""Pillow's reading of the image header: the one derived step that needs a decoder.

Only the header is opened; Pillow's decompression-bomb guard stays on for every open.
"""

import io

import pillow_heif
from PIL import Image

from ..errors import LimitError, MalformedDataError
from ..result import ImageInfo

# HEIC/HEIF through libheif; Pillow reads AVIF itself.
pillow_heif.register_heif_opener()


def open_image(data: bytes, file_type_name: str, pillow_formats: tuple[str, ...]) -> Image.Image:
    """Open the header of ``data`` with the Pillow plugins ``pillow_formats`` only.

    Raises :class:`LimitError` for a possible decompression bomb (over ``Image.MAX_IMAGE_PIXELS``)
    and :class:`MalformedDataError` when Pillow cannot read the header. The caller closes it.
    """
    try:
        image = Image.open(io.BytesIO(data), formats=pillow_formats)
    except Image.DecompressionBombError as exc:
        raise LimitError(f"Refused: {exc}") from exc
    except Exception as exc:  # Pillow signals corrupt headers with many exception types
        raise MalformedDataError(f"Cannot read this {file_type_name} file: {_pillow_reason(exc)}") from exc
    # Pillow only warns between MAX_IMAGE_PIXELS and twice that; refuse there too.
    if Image.MAX_IMAGE_PIXELS and image.width * image.height > Image.MAX_IMAGE_PIXELS:
        image.close()
        raise LimitError(
            f"Refused: {image.width}x{image.height} pixels exceeds the limit of {Image.MAX_IMAGE_PIXELS} "
            "pixels and could be a decompression bomb"
        )
    return image


def image_info(data: bytes, file_type_name: str, pillow_formats: tuple[str, ...]) -> ImageInfo:
    """Format, mode and pixel size from the header; raises as :func:`open_image`."""
    with open_image(data, file_type_name, pillow_formats) as image:
        return ImageInfo(image.format, image.mode, image.width, image.height)


def _pillow_reason(exc: Exception) -> str:
    """Pillow's message when it describes the damage; never object addresses or bare keys."""
    message = str(exc)
    if isinstance(exc, Image.UnidentifiedImageError) or not isinstance(exc, (OSError, ValueError, SyntaxError)):
        return "its header is damaged or of a variant that cannot be decoded"
    return message or type(exc).__name__
