"""IPTC changed after Photoshop saved the file (SIGNATURES.md R14).

Reads ``Photoshop:IPTCDigest`` (image resource 0x0425: the MD5 of the IPTC block Photoshop
wrote) and ``File:CurrentIPTCDigest`` (MD5 of the IPTC block present now), the pair ExifTool
compares before warning "IPTCDigest is not current. XMP may be out of sync" (Photoshop.pm).

A finding proves that the IPTC block is not the one Photoshop (or another Adobe-compatible
writer) recorded: a program that does not update the digest changed the IPTC afterwards. It
does not prove the pixels were edited, nor that the change was malicious (caption and keyword
tools do this routinely); the XMP copy of the same fields may now disagree with the IPTC.
"""

from collections.abc import Iterable

from ..result import Finding, Severity
from .base import Subject

NAME = "iptc_digest"

RECORDED, CURRENT = "Photoshop:IPTCDigest", "File:CurrentIPTCDigest"


def check(subject: Subject) -> Iterable[Finding]:
    recorded, current = subject.evidence(RECORDED), subject.evidence(CURRENT)
    if recorded is None or current is None or recorded.value == current.value:
        return
    yield Finding(
        rule=NAME,
        severity=Severity.LOW,
        title="IPTC changed after the digest was recorded",
        detail=f"{RECORDED} records {recorded.value} but the IPTC block now hashes to {current.value}.",
        proves="The IPTC metadata was changed by a program that did not update Photoshop's digest, "
        "after the file was last saved by an Adobe-compatible writer.",
        does_not_prove="That the image content was edited or that the new IPTC values are false; "
        "the XMP copy of these fields may simply be out of sync.",
        evidence=[recorded, current],
    )
