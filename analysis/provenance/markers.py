"""Whether a file carries C2PA Content Credentials, told without parsing them.

An embedded C2PA Manifest Store is a JUMBF superbox (ISO/IEC 19566-5) whose description box
(``jumd``) starts with the C2PA type UUID ``63327061-0011-0010-8000-00AA00389B71`` ("c2pa"
followed by the ISO suffix; C2PA Technical Specification, "Use of JUMBF"). Every embedding the
specification defines (JPEG APP11 "JP" segments, the PNG ``caBX`` chunk, the ISO BMFF ``uuid``
box, the RIFF ``C2PA`` chunk, ...) carries that box whole at the start of the store, so these
20 bytes find a store in any container. In a JPEG only the APP11 segments are searched, so the
entropy-coded data costs nothing.

A store kept elsewhere is referenced from XMP ``dcterms:provenance`` (ExifTool
``XMP-dcterms:Provenance``); :func:`remote_reference` reads it from the metadata already read.
The same property may instead point into the file's own store with a JUMBF URI
(``self#jumbf=/c2pa/...``, C2PA Technical Specification, "URI References"), which is no remote
reference.
"""

from typing import Any

from ..limits import MAX_C2PA_TEXT

STORE_SIGNATURE = b"jumd" + bytes.fromhex("6332706100110010800000aa00389b71")

# ExifTool's family-1 group and tag name of XMP dcterms:provenance (XMP.pm, %dcterms).
PROVENANCE_GROUP, PROVENANCE_TAG = "XMP-dcterms", "Provenance"
SELF_REFERENCE = "self#jumbf="


def has_store(data: bytes, jpeg_segments: list[dict[str, Any]] | None = None) -> bool:
    """True when ``data`` holds a C2PA Manifest Store description box.

    ``jpeg_segments`` is the ``segments`` list of the report's ``jpeg`` section (``{marker,
    offset, length, identifier}``, offsets in bytes from the start of the file): when given,
    only APP11 segments whose identifier starts with ``JP`` (JUMBF in JPEG, ISO/IEC 19566-5
    Annex B) are searched. Never raises.
    """
    if jpeg_segments is None:
        return STORE_SIGNATURE in data
    for segment in jpeg_segments:
        if segment.get("marker") == "APP11" and str(segment.get("identifier") or "").startswith("JP"):
            start = segment["offset"]
            if data.find(STORE_SIGNATURE, start, start + segment["length"]) >= 0:
                return True
    return False


def remote_reference(metadata: dict[str, dict[str, Any]]) -> str | None:
    """The URL of a remote manifest store from XMP ``dcterms:provenance`` in ``metadata``
    (``{group: {tag: value}}``), cut to MAX_C2PA_TEXT characters; None when absent, not text or
    a reference into the file itself."""
    value = metadata.get(PROVENANCE_GROUP, {}).get(PROVENANCE_TAG)
    if not isinstance(value, str) or not value.strip() or value.startswith(SELF_REFERENCE):
        return None
    return value.strip()[:MAX_C2PA_TEXT]
