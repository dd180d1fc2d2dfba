"""The typed result of an analysis, and its conversion to JSON.

The report is the engine's own: it knows nothing of the original Flask API, whose flat keys and
keyword verdict :mod:`analysis.compat` derives from it for ``/api/extract/`` alone.
"""

from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any


def record(item: Any) -> dict[str, Any]:
    """A dataclass's fields as a dict, in field order, values shared rather than copied (they are
    JSON-able already; ``dataclasses.asdict`` deep-copies each one, a cost on every answer)."""
    return {f.name: getattr(item, f.name) for f in fields(item)}


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
    """Pillow's reading of the header: format name (``"JPEG"``), mode (``"RGB"``), pixel size, and
    ``pixels_refused`` when the size exceeds the decompression-bomb limit (no pixel is decoded)."""

    format: str
    mode: str
    width: int
    height: int
    pixels_refused: bool = False


@dataclass(frozen=True)
class ReadWarning:
    """Damage met while reading a block (ExifTool's ``Warning``): the group and what was wrong."""

    group: str
    message: str


@dataclass(frozen=True)
class Evidence:
    """One place in the file and what it holds.

    ``where`` names the exact place as an investigator would look it up: an ExifTool
    ``Group:Tag`` (``"XMP-xmp:CreatorTool"``), a chunk (``'PNG tEXt "parameters"'``), a segment
    and offset (``'JPEG APP1 "Exif" at offset 2'``), a manifest part (``"C2PA active manifest,
    action c2pa.created"``) or a byte range. ``value`` is the value found there (JSON-able), or a
    short description of it when the value is binary.
    """

    where: str
    value: Any

    def __post_init__(self) -> None:
        if not isinstance(self.where, str) or not self.where.strip():
            raise ValueError("evidence must name the place it was found")


class Severity(StrEnum):
    """How much a finding matters to an investigator, lowest first."""

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        """0 for info up to 3 for high: sort findings with ``-severity.rank``."""
        return list(Severity).index(self)


@dataclass(frozen=True)
class Finding:
    """One forensic observation of a rule, with the evidence it rests on.

    ``proves`` says what the evidence establishes and ``does_not_prove`` what it must not be
    taken for. A finding cannot be made without evidence: ``ValueError`` otherwise.
    """

    rule: str
    severity: Severity
    title: str
    detail: str
    proves: str
    does_not_prove: str
    evidence: tuple[Evidence, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "severity", Severity(self.severity))
        object.__setattr__(self, "evidence", tuple(self.evidence))
        if not self.evidence or not all(isinstance(item, Evidence) for item in self.evidence):
            raise ValueError(f"finding {self.rule!r} has no evidence: no evidence, no claim")

    def to_dict(self) -> dict[str, Any]:
        return record(self) | {"severity": self.severity.value, "evidence": [record(e) for e in self.evidence]}


class SoftwareRole(StrEnum):
    """What a program did to the file."""

    CAMERA_FIRMWARE = "camera_firmware"
    PHONE_OS = "phone_os"
    EDITOR = "editor"
    RAW_CONVERTER = "raw_converter"
    GENERATOR = "generator"
    PLATFORM = "platform"
    ENCODER = "encoder"
    OTHER = "other"


# Roles of programs that re-save a picture as their own export (an edit, a raw conversion).
EDITING_ROLES = (SoftwareRole.EDITOR, SoftwareRole.RAW_CONVERTER)


@dataclass
class Software:
    """One program that touched the file: its normalised ``name`` ("Adobe Photoshop"),
    ``version`` ("24.0", or None), ``role`` and every place that names it (``places``)."""

    name: str
    version: str | None
    role: SoftwareRole
    places: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "role": self.role.value,
            "places": [record(place) for place in self.places],
        }


NO_AI_DECLARATION = "No AI declaration found; this does not show the image is not AI-generated"


@dataclass
class AIDeclaration:
    """What the file itself declares about AI generation.

    ``declared`` is True only on an explicit declaration; ``by`` lists which kinds declare it
    (``"c2pa"``, ``"iptc"``, ``"text"``). Generation parameters are filled where the file
    carries them (``seed``, ``steps`` as numbers when they are; ``size`` as ``"WxH"``).
    ``workflow`` is a node graph summary (``{"tool", "nodes": [{"id", "type", "title"}], "raw"}``)
    for graph tools such as ComfyUI. ``evidence`` names every place read.
    """

    declared: bool = False
    by: list[str] = field(default_factory=list)
    generator: str | None = None
    model: str | None = None
    prompt: str | None = None
    negative_prompt: str | None = None
    seed: Any = None
    steps: Any = None
    sampler: str | None = None
    cfg_scale: Any = None
    size: str | None = None
    workflow: dict[str, Any] | None = None
    statement: str = NO_AI_DECLARATION
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return record(self) | {"evidence": [record(e) for e in self.evidence]}


class Strength(StrEnum):
    """How far one origin signal can be trusted (SIGNATURES.md §0): ``strong`` = a marker that
    practically only that source writes; ``medium`` = typical behaviour other software can also
    produce; ``weak`` = a hint that needs corroboration (a size, a file name, missing metadata)."""

    WEAK = "weak"
    MEDIUM = "medium"
    STRONG = "strong"

    @property
    def weight(self) -> float:
        """The signal's weight in 0..1, as combined by :mod:`analysis.origin`."""
        return {"weak": 0.3, "medium": 0.6, "strong": 0.9}[self.value]


@dataclass(frozen=True)
class OriginSignal:
    """One observation that points to an origin ``label`` (see :data:`analysis.origin.LABELS`):
    ``signal`` is its id (``"fbmd"``), ``detail`` what it says of the label (a device, an editor,
    an OS) or None, and ``evidence`` the places it was read (never empty)."""

    signal: str
    points_to: str
    strength: Strength
    evidence: tuple[Evidence, ...]
    detail: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "evidence", tuple(self.evidence))
        if not self.evidence:
            raise ValueError(f"origin signal {self.signal!r} has no evidence: no evidence, no claim")

    def to_dict(self) -> dict[str, Any]:
        return {
            "signal": self.signal,
            "points_to": self.points_to,
            "weight": self.strength.weight,
            "strength": self.strength.value,
            "detail": self.detail,
            "evidence": [record(e) for e in self.evidence],
        }


@dataclass
class Origin:
    """Where the picture came from: one ``label``, ``confidence`` in 0..1 (of files labelled X at
    0.7 or more, at least 95 % really are X), ``detail`` (the device, OS, generator or editor),
    every ``signal`` read, and ``alternatives`` ``[{"label", "confidence"}]``."""

    label: str = "unknown"
    confidence: float = 0.0
    detail: str | None = None
    signals: list[OriginSignal] = field(default_factory=list)
    alternatives: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "confidence": self.confidence,
            "detail": self.detail,
            "signals": [signal.to_dict() for signal in self.signals],
            "alternatives": self.alternatives,
        }


@dataclass
class Report:
    """Everything the engine learnt about one file.

    ``error`` is set (with ``error_kind`` one of ``"not_an_image"``, ``"malformed"``,
    ``"limit"``) when the file could not be read as an image; the other fields then hold
    whatever was learnt before and after (a file Pillow refuses still has its metadata,
    findings and reading). ``rules_run`` counts the rules that ran to the end; ``None`` when the
    rules stage was never reached.
    """

    engine_version: str
    file: FileInfo
    image: ImageInfo | None = None
    metadata: dict[str, dict[str, Any]] = field(default_factory=dict)
    metadata_print: dict[str, dict[str, Any]] = field(default_factory=dict)
    sections: dict[str, Any] = field(default_factory=dict)
    warnings: list[ReadWarning] = field(default_factory=list)
    software: list[Software] = field(default_factory=list)
    ai: AIDeclaration = field(default_factory=AIDeclaration)
    findings: list[Finding] = field(default_factory=list)
    origin: Origin = field(default_factory=Origin)
    rules_run: int | None = None
    summary: str = ""
    error: str | None = None
    error_kind: str | None = None
    # Pillow's opened header, ``(image, pixels_refused)``, kept only when analyse() is asked to
    # (keep_header): never serialised, closed by whoever asked.
    header: Any = field(default=None, repr=False, compare=False)

    def tag(self, group: str, name: str) -> Any:
        """The value of ``group:name`` in ``metadata`` (ExifTool family-1 names), or None."""
        return (self.metadata.get(group) or {}).get(name)

    def reading(self) -> dict[str, Any]:
        """The reading as JSON: ``summary``, ``origin``, ``findings`` (highest severity first),
        ``software``, ``ai`` and ``rules_run``."""
        return {
            "summary": self.summary,
            "origin": self.origin.to_dict(),
            "findings": [finding.to_dict() for finding in self.findings],
            "software": [software.to_dict() for software in self.software],
            "ai": self.ai.to_dict(),
            "rules_run": self.rules_run,
        }

    def to_dict(self) -> dict[str, Any]:
        """The report as stored with a case analysis: ``file``, ``image``, ``metadata``,
        ``metadata_print`` (ExifTool's printed values where they differ, see
        :mod:`analysis.printconv`), extra
        sections such as ``jpeg`` and ``c2pa``, ``warnings``, ``analysis`` (the reading, see
        :meth:`reading`), ``engine_version`` and, on failure, ``error`` and ``error_kind``."""
        out: dict[str, Any] = {
            "file": record(self.file),
            "image": record(self.image) if self.image else None,
            "metadata": self.metadata,
            "metadata_print": self.metadata_print,
        }
        out.update(self.sections)
        out["warnings"] = [record(w) for w in self.warnings]
        out["analysis"] = self.reading()
        out["engine_version"] = self.engine_version
        if self.error:
            out["error"] = self.error
            out["error_kind"] = self.error_kind
        return out
