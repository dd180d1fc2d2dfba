"""The pipeline: sniff the type, open the header with Pillow, read blocks, derive, assess."""

import io
import logging

import pillow_heif
from PIL import Image

from . import formats
from .compat import exif as legacy_exif
from .compat.verdict import Observed, assess
from .derived.hashes import digests
from .derived.letterbox import is_letterboxed
from .errors import AnalysisError, LimitError, MalformedDataError, NotAnImageError
from .limits import MAX_FILE_BYTES
from .metadata import READERS
from .metadata.context import ReadContext
from .provenance.c2pa import read_c2pa
from .provenance.markers import remote_reference
from .result import FileInfo, ImageInfo, ReadWarning, Report

ENGINE_VERSION = "0.1.0"

logger = logging.getLogger(__name__)

# HEIC/HEIF through libheif; Pillow reads AVIF itself.
pillow_heif.register_heif_opener()

KNOWN_TYPES = ", ".join(sorted({m.FILE_TYPE for m in formats.FORMATS} | set(formats.EXTRA_MIME)))


def analyse(data: bytes, filename: str | None = None, *, strict: bool = False) -> Report:
    """Read every fact the engine knows about the image in ``data``.

    ``filename`` is the name the file was uploaded under (user-controlled: used only as weak
    evidence, never as a path). Works in memory, writes nothing, decodes pixels only for the
    reduced-size letterbox check. Never raises for bad input: the Report carries ``error``
    instead. With ``strict=True`` (tests), engine errors are raised.
    """
    file_type = formats.detect(data)
    report = Report(
        engine_version=ENGINE_VERSION,
        file=FileInfo(
            size=len(data),
            type=file_type.name if file_type else None,
            mime=file_type.mime if file_type else None,
            **digests(data),
        ),
    )
    try:
        _check_input(data, file_type)
        _read_metadata(report, data, file_type, strict)
        _read_provenance(report, data, file_type)
        _analyse(report, data, file_type, filename or "")
    except AnalysisError as exc:
        if strict:
            raise
        report.error = str(exc)
        report.error_kind = {NotAnImageError: "not_an_image", LimitError: "limit"}.get(type(exc), "malformed")
    except Exception as exc:
        # A bug met on odd input must still give the caller a report, not a server error.
        if strict:
            raise
        logger.exception("engine failure on a %d-byte %s file", len(data), report.file.type)
        report.error = f"This file could not be analysed ({type(exc).__name__})"
        report.error_kind = "malformed"
    return report


def _check_input(data: bytes, file_type: formats.FileType | None) -> None:
    if len(data) > MAX_FILE_BYTES:
        raise LimitError(f"File is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    if file_type is None:
        raise NotAnImageError(f"Unsupported file type: the content is not one of {KNOWN_TYPES}")


def _read_metadata(report: Report, data: bytes, file_type: formats.FileType, strict: bool) -> None:
    """Our own readers, before Pillow: a file Pillow refuses still shows its metadata."""
    ctx = ReadContext(data, READERS, strict=strict)
    ctx.add("File", {"FileType": file_type.name, "MIMEType": file_type.mime})
    file_type.module.read(data, ctx)
    report.metadata = ctx.metadata
    report.sections = ctx.sections
    report.warnings.extend(ctx.warnings)


def _read_provenance(report: Report, data: bytes, file_type: formats.FileType) -> None:
    """C2PA Content Credentials as ``sections["c2pa"]``, read before Pillow so that a file Pillow
    refuses keeps them; the C2PA SDK runs only when the bytes hold a manifest store."""
    summary = read_c2pa(
        data,
        file_type.mime,
        provenance_url=remote_reference(report.metadata),
        jpeg_segments=report.sections.get("jpeg", {}).get("segments"),
    )
    if summary is not None:
        report.sections["c2pa"] = summary


def _analyse(report: Report, data: bytes, file_type: formats.FileType, filename: str) -> None:
    with _open(data, file_type) as image:
        report.image = ImageInfo(image.format, image.mode, image.width, image.height)
        blob = image.info.get("exif")
        legacy = legacy_exif.load(blob) if isinstance(blob, bytes) and blob else None
        if legacy:
            report.exif_flat = legacy_exif.flat_tags(legacy)
            report.gps = legacy_exif.gps_degrees(legacy)
            report.warnings.extend(ReadWarning("EXIF", message) for message in legacy.warnings)
        report.legacy = assess(
            Observed(
                pillow_format=image.format,
                info=image.info,
                width=image.width,
                height=image.height,
                filesize=len(data),
                filename=filename,
                legacy=legacy,
                letterboxed=lambda: is_letterboxed(image),
            )
        )


def _pillow_reason(exc: Exception) -> str:
    """Pillow's message when it describes the damage; never object addresses or bare keys."""
    message = str(exc)
    if isinstance(exc, Image.UnidentifiedImageError) or not isinstance(exc, (OSError, ValueError, SyntaxError)):
        return "its header is damaged or of a variant that cannot be decoded"
    return message or type(exc).__name__


def _open(data: bytes, file_type: formats.FileType) -> Image.Image:
    """Open the header only; Pillow's decompression-bomb guard stays on."""
    try:
        image = Image.open(io.BytesIO(data), formats=file_type.module.PILLOW_FORMATS)
    except Image.DecompressionBombError as exc:
        raise LimitError(f"Refused: {exc}") from exc
    except Exception as exc:  # Pillow signals corrupt headers with many exception types
        raise MalformedDataError(f"Cannot read this {file_type.name} file: {_pillow_reason(exc)}") from exc
    # Pillow only warns between MAX_IMAGE_PIXELS and twice that; refuse there too.
    if Image.MAX_IMAGE_PIXELS and image.width * image.height > Image.MAX_IMAGE_PIXELS:
        image.close()
        raise LimitError(
            f"Refused: {image.width}x{image.height} pixels exceeds the limit of {Image.MAX_IMAGE_PIXELS} "
            "pixels and could be a decompression bomb"
        )
    return image
