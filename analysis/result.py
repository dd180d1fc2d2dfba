"""The typed result of an analysis, and its one-call conversion to the API's JSON."""

from dataclasses import asdict, dataclass, field
from typing import Any

from .compat.verdict import LegacyAnalysis


@dataclass(frozen=True)
class FileInfo:
    """Facts about the bytes received: size in bytes, type and MIME from the content (None when
    unknown), and hex digests."""

    size: int
    type: str | None
    mime: str | None
    md5: str
    sha1: str
    sha256: str


@dataclass(frozen=True)
class ImageInfo:
    """Pillow's reading of the header: format name (``"JPEG"``), mode (``"RGB"``), pixel size."""

    format: str
    mode: str
    width: int
    height: int


@dataclass(frozen=True)
class ReadWarning:
    """Damage met while reading a block (ExifTool's ``Warning``): the group and what was wrong."""

    group: str
    message: str


@dataclass(frozen=True)
class Finding:
    """One forensic observation. ``evidence`` names the exact tag or byte-level marker."""

    rule: str
    severity: str
    title: str
    detail: str
    evidence: str


@dataclass
class Report:
    """Everything the engine learnt about one file.

    ``error`` is set (with ``error_kind`` one of ``"not_an_image"``, ``"malformed"``,
    ``"limit"``) when the file could not be read as an image; the other fields then hold
    whatever was learnt before.
    """

    engine_version: str
    file: FileInfo
    image: ImageInfo | None = None
    exif_flat: dict[str, Any] = field(default_factory=dict)
    gps: tuple[float, float] | None = None
    legacy: LegacyAnalysis | None = None
    metadata: dict[str, dict[str, Any]] = field(default_factory=dict)
    sections: dict[str, Any] = field(default_factory=dict)
    warnings: list[ReadWarning] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    error_kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``POST /api/extract/``: the original API's flat keys (both of its
        versions) plus ``file``, ``metadata``, extra sections such as ``jpeg``, ``warnings`` and
        ``engine_version``."""
        out: dict[str, Any] = {}
        if self.image:
            out.update(asdict(self.image))
            out["filesize_bytes"] = self.file.size
        out.update(self.exif_flat)
        if self.gps:
            out["gps"] = {"latitude": self.gps[0], "longitude": self.gps[1]}
        if self.legacy:
            out["analysis"] = asdict(self.legacy) | {"findings": [asdict(f) for f in self.findings]}
        out["file"] = asdict(self.file)
        out["metadata"] = self.metadata
        out.update(self.sections)
        out["warnings"] = [asdict(w) for w in self.warnings]
        out["engine_version"] = self.engine_version
        if self.error:
            out["error"] = self.error
        return out
