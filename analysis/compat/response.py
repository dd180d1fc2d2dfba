"""``/api/extract/``'s JSON: the original API's keys, derived from a typed report, then ours.

The original read Pillow's ``info`` and the EXIF blob Pillow exposes, and decoded pixels for its
letterbox check; those are done here, only for this endpoint, and the letterbox decode only when
the verdict asks for it.
"""

from typing import Any

from .. import formats
from ..derived.pixels import open_header
from ..errors import AnalysisError
from ..result import Report, record
from . import exif as legacy_exif
from .letterbox import is_letterboxed
from .verdict import Observed, assess


def extract_response(
    report: Report, data: bytes, filename: str | None = None, *, printed: bool = False
) -> dict[str, Any]:
    """The response body of ``POST /api/extract/`` for ``report`` (made from ``data``).

    Keys: the original's ``format``, ``mode``, ``width``, ``height``, ``filesize_bytes``, flat
    EXIF keys and ``gps`` (when Pillow can open the file), ``analysis`` (the original's keys of
    both versions plus our reading: ``summary``, ``findings``, ``software``, ``ai``,
    ``rules_run``), then :meth:`Report.to_dict`'s ``file``, ``image``, ``metadata``, sections,
    ``warnings``, ``engine_version`` and ``error``. ``metadata_print`` (ExifTool's printed values)
    only when ``printed``: it would double the size of every answer.
    """
    ours = report.to_dict()
    if not printed:
        ours.pop("metadata_print", None)
    out: dict[str, Any] = {}
    file_type = formats.detect(data)
    if report.image is None or file_type is None:
        # The original answered an error for any file Pillow could not open.
        pixels = next((w["message"] for w in ours["warnings"] if w["group"] == "Pixels"), None)
        return out | ours | ({"error": pixels} if pixels and "error" not in ours else {})
    if report.header is not None:  # the engine's own, handed over (analyse(keep_header=True))
        (image, refused), report.header = report.header, None
    else:
        try:
            image, refused = open_header(data, file_type.name, file_type.module.PILLOW_FORMATS)
        except AnalysisError:
            return out | ours
    with image:
        info = report.image
        out.update(format=info.format, mode=info.mode, width=info.width, height=info.height)
        out["filesize_bytes"] = report.file.size
        blob = image.info.get("exif")
        legacy = legacy_exif.load(blob) if isinstance(blob, bytes) and blob else None
        if legacy:
            out.update(legacy_exif.flat_tags(legacy))
            gps = legacy_exif.gps_degrees(legacy)
            if gps:
                out["gps"] = {"latitude": gps[0], "longitude": gps[1]}
            ours["warnings"] += [{"group": "EXIF", "message": message} for message in legacy.warnings]
        verdict = assess(
            Observed(
                pillow_format=image.format,
                info=image.info,
                width=image.width,
                height=image.height,
                filesize=len(data),
                filename=filename or "",
                legacy=legacy,
                # Pixels over the decompression-bomb limit are never decoded: "not letterboxed".
                letterboxed=lambda: not refused and is_letterboxed(image, scans=_scans(report)),
            )
        )
    out["analysis"] = record(verdict) | ours.pop("analysis")
    return out | ours


def _scans(report: Report) -> int | None:
    scans = report.sections.get("jpeg", {}).get("scans")
    return scans if isinstance(scans, int) else None
