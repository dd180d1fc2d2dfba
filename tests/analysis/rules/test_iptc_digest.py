"""iptc_digest: the IPTC block no longer matches the digest Photoshop recorded (R14)."""

import hashlib
import struct

import pytest

from analysis.result import Severity
from tests.analysis.rules.struct_support import above_info, camera_originals, findings, segment, with_segments
from tests.builders import jpeg

RULE = "iptc_digest"
IPTC = b"\x1c\x02\x78" + struct.pack(">H", 7) + b"Harbour"  # 2:120 Caption-Abstract


def _resource(resource: int, data: bytes) -> bytes:
    """One 8BIM image resource with an empty name (Photoshop File Formats, Image Resource Blocks)."""
    return b"8BIM" + struct.pack(">HHI", resource, 0, len(data)) + data + b"\x00" * (len(data) & 1)


def _with_digest(digest: bytes) -> bytes:
    irb = b"Photoshop 3.0\x00" + _resource(0x0404, IPTC) + _resource(0x0425, digest)
    return with_segments(jpeg(), segment(0xED, irb))


def test_it_fires_when_the_iptc_changed_after_the_digest_with_both_digests():
    stale = hashlib.md5(b"older caption").digest()
    [finding] = findings(_with_digest(stale), RULE)
    assert finding.severity == Severity.LOW
    assert [(e.where, e.value) for e in finding.evidence] == [
        ("Photoshop:IPTCDigest", stale.hex()),
        ("File:CurrentIPTCDigest", hashlib.md5(IPTC).hexdigest()),
    ]


def test_silent_when_the_digest_is_current():
    assert findings(_with_digest(hashlib.md5(IPTC).digest()), RULE) == []


def test_fires_on_the_corpus_file_exiftool_warns_about(shared):
    [finding] = findings((shared / "corpus" / "formats" / "jpg" / "IPTC.jpg").read_bytes(), RULE)
    assert finding.evidence[0].value == "05ad1770b1a95f1f9788ac995fa647da"


@pytest.mark.parametrize("path", camera_originals())
def test_silent_above_info_on_camera_originals(path):
    assert above_info(findings(path.read_bytes(), RULE)) == []
