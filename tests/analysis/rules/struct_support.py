"""Helpers for the structure and provenance rule tests: run the engine strictly, pick one rule's
findings, splice JPEG segments, and list the shared corpus' camera originals."""

import pytest

from analysis import analyse
from analysis.result import Finding, Report
from analysis.rules.base import Subject
from tests.analysis.rules.metadata_builders import above_info  # noqa: F401 (shared with the rule tests)
from tests.builders import segment, with_segments  # noqa: F401 (shared with the rule tests)
from tests.conftest import SHARED

CAMERA_ORIGINALS = sorted((SHARED / "corpus" / "exif-samples" / "jpg").glob("*.jpg"))


def camera_originals(*excluded: str) -> list:
    """Parameters over exif-samples/jpg/*.jpg, minus ``excluded`` names; one skipped parameter
    when the shared corpus is absent."""
    files = [path for path in CAMERA_ORIGINALS if path.name not in excluded]
    return files or [pytest.param(None, marks=pytest.mark.skip(reason="shared corpus absent"))]


def findings(data: bytes, rule: str, name: str = "image.jpg") -> list[Finding]:
    return [f for f in analyse(data, name, strict=True).findings if f.rule == rule]


def run(module, report: Report, data: bytes) -> list[Finding]:
    """``module.check`` on a report the test has adjusted."""
    return list(module.check(Subject(report, data, "image.jpg")))


def insert_at(data: bytes, offset: int, *segments: bytes) -> bytes:
    return data[:offset] + b"".join(segments) + data[offset:]


def xmp_packet(description: str) -> bytes:
    """An APP1 XMP segment whose rdf:Description holds ``description`` (attributes and children)."""
    xml = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f"<rdf:Description {description}</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    return segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + xml.encode())
