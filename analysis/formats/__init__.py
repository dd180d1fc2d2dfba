"""Container formats, one module each, recognised from their leading bytes.

Each module declares ``FILE_TYPE`` and ``MIME`` (ExifTool's ``File:FileType`` and
``File:MIMEType``), ``PILLOW_FORMATS`` (the Pillow plugins allowed to open it) and
``sniff(head) -> str | None`` returning its file type when ``head`` (the first
:data:`HEAD_BYTES` bytes) carries its signature. Order matters: most specific magic first.
"""

from dataclasses import dataclass
from types import ModuleType

from . import bmp, gif, heif, jpeg, png, psd, tiff, webp

FORMATS: list[ModuleType] = [jpeg, png, heif, webp, gif, psd, tiff, bmp]

HEAD_BYTES = 64

# ExifTool's MIME type for file types a module sniffs beside its main one.
EXTRA_MIME = {"HEIF": "image/heif", "AVIF": "image/avif", "BTF": "image/x-tiff-big"}


@dataclass(frozen=True)
class FileType:
    """What the content says the file is: ExifTool FileType name, MIME type, and its module."""

    name: str
    mime: str
    module: ModuleType


def detect(data: bytes) -> FileType | None:
    """Return the file type from the leading bytes of ``data``, or None when no module knows it.

    The filename and any declared content type are never consulted.
    """
    head = data[:HEAD_BYTES]
    for module in FORMATS:
        name = module.sniff(head)
        if name:
            return FileType(name, EXTRA_MIME.get(name, module.MIME), module)
    return None


def pillow_formats() -> tuple[str, ...]:
    """Every Pillow plugin name the engine lets open a file (limits Pillow's attack surface)."""
    return tuple(f for module in FORMATS for f in module.PILLOW_FORMATS)
