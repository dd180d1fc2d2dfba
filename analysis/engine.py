"""The pipeline: formats → readers → derived values → rules → reading.

Each stage adds to one typed :class:`Report`. A stage that fails on bad input records the error
and the later stages still run on what was learnt: a file Pillow refuses keeps its metadata,
findings and reading. Nothing here knows the original Flask API (see :mod:`analysis.compat`).
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from . import formats
from .composite import composite_tags
from .composite.rationals import focal_plane_rationals
from .derived.ai import read_ai, unreadable_json
from .derived.hashes import digests
from .derived.jpeg_encoder import jpeg_encoder
from .derived.pixels import header_info, open_header, refusal
from .derived.software import find_software
from .errors import AnalysisError, LimitError, MalformedDataError, NotAnImageError
from .limits import MAX_FILE_BYTES
from .metadata import READERS
from .metadata.context import ReadContext
from .origin import read_origin
from .printconv import print_values
from .provenance.c2pa import read_c2pa
from .provenance.markers import remote_reference
from .reading import summarise
from .result import FileInfo, ReadWarning, Report
from .rules import run_rules
from .rules.base import Subject

ENGINE_VERSION = "0.2.0"

logger = logging.getLogger(__name__)

KNOWN_TYPES = ", ".join(sorted({m.FILE_TYPE for m in formats.FORMATS} | set(formats.EXTRA_MIME)))


@dataclass
class _Input:
    data: bytes
    filename: str
    file_type: formats.FileType
    strict: bool
    keep_header: bool


def analyse(data: bytes, filename: str | None = None, *, strict: bool = False, keep_header: bool = False) -> Report:
    """Read every fact the engine knows about the image in ``data`` and give its reading.

    ``filename`` is the name the file was uploaded under (user-controlled: used only as weak
    evidence, never as a path). Works in memory, writes nothing and decodes no pixels. Never
    raises for bad input: the Report carries ``error`` and ``error_kind`` instead (the first
    error met). With ``strict=True`` (tests) every engine error is raised. With
    ``keep_header=True`` the Pillow image opened on the header stays open as ``report.header``
    (``(image, pixels_refused)``) for a caller that reads Pillow's own view of the file (the
    ``/api/extract/`` adapter), so the header is parsed once; that caller closes it.
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
    if not _run(report, strict, _check_input, data, file_type):
        return report
    source = _Input(data, filename or "", file_type, strict, keep_header)
    for stage in STAGES:
        _run(report, strict, stage, report, source)
    return report


def _run(report: Report, strict: bool, stage: Callable, *args) -> bool:
    """Run one stage; True when it finished. An error is recorded on ``report`` (the first one
    is kept), raised in strict mode."""
    try:
        stage(*args)
        return True
    except AnalysisError as exc:
        if strict:
            raise
        if report.error is None:
            report.error = str(exc)
            report.error_kind = {NotAnImageError: "not_an_image", LimitError: "limit"}.get(type(exc), "malformed")
    except Exception as exc:
        # A bug met on odd input must still give the caller a report, not a server error.
        if strict:
            raise
        logger.exception("stage %s failed on a %d-byte %s file", stage.__name__, report.file.size, report.file.type)
        if report.error is None:
            report.error = f"This file could not be analysed ({type(exc).__name__})"
            report.error_kind = "malformed"
    return False


def _check_input(data: bytes, file_type: formats.FileType | None) -> None:
    if len(data) > MAX_FILE_BYTES:
        raise LimitError(f"File is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    if file_type is None:
        raise NotAnImageError(f"Unsupported file type: the content is not one of {KNOWN_TYPES}")


def read_blocks(report: Report, source: _Input) -> None:
    """Formats and readers: walk the container and read every metadata block."""
    ctx = ReadContext(source.data, READERS, strict=source.strict)
    ctx.add("File", {"FileType": source.file_type.name, "MIMEType": source.file_type.mime})
    try:
        source.file_type.module.read(source.data, ctx)
    finally:
        # What was read before a fatal error still belongs in the report.
        report.metadata = ctx.metadata
        report.sections = ctx.sections
        report.warnings.extend(ctx.warnings)


def derive_printed_values(report: Report, source: _Input) -> None:
    """Derived: ExifTool's printed values beside the ``-n`` ones, as ``metadata_print``."""
    report.metadata_print = print_values(report.metadata)


def derive_composite(report: Report, source: _Input) -> None:
    """Derived: ExifTool's Composite tags (ImageSize, ShutterSpeed, signed GPS coordinates...) as
    ``metadata["Composite"]``, their printed forms as ``metadata_print["Composite"]``."""
    jpeg = report.sections.get("jpeg")
    rationals = focal_plane_rationals(source.data, jpeg.get("segments", []) if jpeg else None)
    values, printed = composite_tags(report.metadata, report.metadata_print, rationals)
    if values:
        report.metadata["Composite"] = values
    if printed:
        report.metadata_print["Composite"] = printed


def derive_jpeg_encoder(report: Report, source: _Input) -> None:
    """Derived: the JPEG encoder family from the quantization tables, as ``sections["jpeg"]["encoder"]``."""
    section = report.sections.get("jpeg")
    encoder = jpeg_encoder(source.data, section) if section else None
    if encoder:
        section["encoder"] = encoder


def read_provenance(report: Report, source: _Input) -> None:
    """C2PA Content Credentials as ``sections["c2pa"]``; the C2PA SDK runs only when the bytes
    hold a manifest store."""
    summary = read_c2pa(
        source.data,
        source.file_type.mime,
        provenance_url=remote_reference(report.metadata),
        jpeg_segments=report.sections.get("jpeg", {}).get("segments"),
    )
    if summary is not None:
        report.sections["c2pa"] = summary


# Groups that say only how the file is encoded (every recognised file has File, JFIF is the
# encoder's header): reading only these is reading nothing about the picture.
BASIC_GROUPS = {"File", "JFIF"}


def read_pixels_header(report: Report, source: _Input) -> None:
    """Derived: Pillow's header reading (format, mode, size). A file whose pixels Pillow cannot
    read but whose metadata was read is not a failure: the report keeps ``image`` None and says
    so in a ``Pixels`` warning. With nothing read either, the Pillow error is the report's error."""
    try:
        image, refused = open_header(source.data, source.file_type.name, source.file_type.module.PILLOW_FORMATS)
    except MalformedDataError as exc:
        if not set(report.metadata) - BASIC_GROUPS:
            raise
        report.warnings.append(ReadWarning("Pixels", f"{exc}: no pixel is read; the metadata and reading are complete"))
        return
    report.image = header_info(image, refused)
    if source.keep_header:
        report.header = (image, refused)
    else:
        image.close()
    if report.image.pixels_refused:
        report.warnings.append(ReadWarning("Pixels", refusal(report.image)))


def derive_software(report: Report, source: _Input) -> None:
    """Derived: every program named in the file."""
    report.software = find_software(report)


def derive_ai(report: Report, source: _Input) -> None:
    """Derived: the AI declaration and generation parameters."""
    report.ai = read_ai(report)
    report.warnings.extend(unreadable_json(report))


def apply_rules(report: Report, source: _Input) -> None:
    """Rules: every registered rule, each finding with its evidence."""
    findings, warnings, completed = run_rules(Subject(report, source.data, source.filename), strict=source.strict)
    report.findings, report.rules_run = findings, completed
    report.warnings.extend(warnings)


def read_origin_stage(report: Report, source: _Input) -> None:
    """Reading: where the picture came from, with the signals behind it."""
    report.origin = read_origin(report, source.data, source.filename)


def write_reading(report: Report, source: _Input) -> None:
    """Reading: the summary sentence."""
    report.summary = summarise(report)


STAGES = [
    read_blocks,
    derive_printed_values,
    derive_composite,
    derive_jpeg_encoder,
    read_provenance,
    read_pixels_header,
    derive_software,
    derive_ai,
    apply_rules,
    read_origin_stage,
    write_reading,
]
