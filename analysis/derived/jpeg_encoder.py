"""Which encoder family wrote a JPEG, from its quantization tables alone (no pixels decoded).

The result is ``report.sections["jpeg"]["encoder"]``::

    {"family": str, "quality": int | None, "digest": str | None, "match": str | None}

- ``digest``: ExifTool's JPEGDigest (SIGNATURES.md §6.2; ``ET:ExifTool.pm`` ProcessJPEG and
  ``ET:JPEGDigest.pm`` ``Calculate``), computed exactly as ExifTool does: every DQT segment before the
  first SOS whose payload (the bytes after the length field) is not empty is kept *whole* under the
  table index in the low 4 bits of its first byte, indexes 0-3 only, a later segment replacing an
  earlier one of the same index (so a segment carrying two tables counts once, under its first
  index); the kept payloads are joined in index order with one 0x00 byte between them; MD5 as 32 hex
  digits. When that is not in ExifTool's table, ``:`` and the subsampling string are appended (each of
  the three components' sampling-factor byte in the first SOF, as two hex digits: ``221111`` 4:2:0,
  ``211111`` 4:2:2, ``111111`` 4:4:4). ExifTool gives no digest when the first SOF does not describe
  three components (greyscale, CMYK) or has no DQT: then ``digest`` and ``match`` are None.
- ``match``: the description ExifTool prints for that digest (:mod:`.jpeg_digests`), or None.
- ``family``: from ``match`` by :data:`FAMILIES` (description prefix → family): ``ijg`` (IJG libjpeg
  tables; shared by Pillow, libjpeg-turbo users, many cameras and platforms, so it never names a
  product), ``photoshop`` (Save As quality 0-12; SIGNATURES.md E1), ``photoshop_save_for_web``
  (0-100; E2), ``lightroom``, ``apple_quicktime``, ``camera`` (a camera model's own tables; C7),
  ``software`` (another named program: Paint Shop Pro, ACDSee, FixFoto, StereoPhoto Maker, Nikon
  Capture NX, Canon DPP, Aperture…; E13) or ``none`` (ExifTool's row for an empty DQT set). Without a
  match, the table shape decides (:mod:`.jpeg_quality`): ``ijg_scaled`` when the tables are exactly
  the ITU-T T.81 Annex K tables scaled by the IJG quality formula (IJG-library output ExifTool does
  not list: greyscale files, which have no digest, or tables laid out otherwise, as the three tables
  in one DQT segment of the corpus's Nikon COOLPIX P6000 files), else ``custom`` (e.g. MozJPEG's
  default tables, phone and camera firmware).
- ``quality``: the encoder's own setting when ``match`` names a single ``Quality N`` (0-12 for
  Photoshop, 0-100 for Save for Web and IJG, 0-1024 for QuickTime…), the IJG quality for
  ``ijg_scaled``; None for ranges (``Quality 0% - 7%``), alternatives (``Quality 0 or 1``), camera
  modes and ``custom``.

ExifTool's labels are not exclusive: camera files of the corpus match another maker's row (a Sony
Cyber-shot "Pentax K10D (AH)", a Nikon COOLPIX P6000 "Pentax Optio 450, Best", a Jolla phone "HTC Touch
Diamond P3700"), many cameras write IJG tables, and a row may name two products (``…; Pentax Better``,
classified by the first). A match says which tables were used, not which program used them. The entry
is absent for a file without a JPEG section or without a DQT table of index 0-3.
"""

import hashlib
import re

from .jpeg_digests import DIGESTS

# Description prefix → family (SIGNATURES.md §6.2, E1, E2, E13, C7); every row of DIGESTS starts with
# exactly one of these (tests/analysis/test_jpeg_encoder.py checks it).
FAMILIES: dict[str, str] = {
    "Independent JPEG Group library": "ijg",
    "Adobe Photoshop, Quality": "photoshop",
    "Adobe Photoshop, Save for web": "photoshop_save_for_web",
    "Adobe Lightroom": "lightroom",
    "Apple QuickTime": "apple_quicktime",
    "Canon PowerShot": "camera",
    "Canon EOS": "camera",
    "Canon DV": "camera",
    "HTC ": "camera",
    "Konica/Minolta ": "camera",
    "Nikon D": "camera",
    "Panasonic ": "camera",
    "Pentax ": "camera",
    "Sony DSLR": "camera",
    "Adobe Photoshop Express": "software",
    "Apple Aperture": "software",
    "Corel Paint Shop Pro": "software",
    "ACD Systems": "software",
    "FixFoto": "software",
    "StereoPhoto Maker": "software",
    "Nikon Capture NX": "software",
    "Canon Digital Photo Professional": "software",
    "Canon ZoomBrowser": "software",
    "FinePixViewer": "software",
    "PENTAX PHOTO Laboratory": "software",
    "Sony Image Data Suite": "software",
    "No DQT defined": "none",
}
# A single setting: "Quality 75", "Quality 512 (50%)", "Quality 60; Pentax Better" — not "Quality 0 or 1",
# "Quality 1021-1023 (100%)" or "Quality 0% - 7%".
QUALITY = re.compile(r"Quality (\d+)(?: \(|;|$)")


def jpeg_encoder(data: bytes, section: dict) -> dict | None:
    """The ``encoder`` entry (see the module docstring) for the JPEG ``data`` whose reader section
    (:mod:`analysis.formats.jpeg`: ``segments`` with ``marker``/``offset``/``length``, ``quality``) is
    ``section``; None when no DQT segment of index 0-3 precedes the first SOS. Reads only the DQT and
    first SOF segments' bytes."""
    payloads, subsampling = _tables_and_subsampling(data, section["segments"])
    if not payloads:
        return None
    digest = match = None
    if subsampling:
        # Perl's truth: a payload of the single character "0" is skipped (JPEGDigest.pm `next unless $dat`).
        joined = b"\x00".join(payloads[index] for index in sorted(payloads) if payloads[index] != b"0")
        digest = hashlib.md5(joined, usedforsecurity=False).hexdigest()
        if digest not in DIGESTS:
            digest = f"{digest}:{subsampling}"
        match = DIGESTS.get(digest)
    if match is not None:
        family = next(family for prefix, family in FAMILIES.items() if match.startswith(prefix))
        quality = QUALITY.search(match)
        return {"family": family, "quality": int(quality[1]) if quality else None, "digest": digest, "match": match}
    shape = section.get("quality") or {}
    if shape.get("exact"):
        return {"family": "ijg_scaled", "quality": shape["estimate"], "digest": digest, "match": None}
    return {"family": "custom", "quality": None, "digest": digest, "match": None}


def _tables_and_subsampling(data: bytes, segments: list[dict]) -> tuple[dict[int, bytes], str | None]:
    """``({table index: DQT payload}, subsampling string or None)`` from the segments before the first
    SOS, as ExifTool's ProcessJPEG keeps them (only the first SOF of at least 6 bytes counts)."""
    payloads: dict[int, bytes] = {}
    subsampling, seen_sof = None, False
    for segment in segments:
        marker = segment["marker"]
        if marker == "SOS":
            break
        if marker != "DQT" and (seen_sof or not marker.startswith("SOF")):
            continue  # only these two segments' bytes are read (APPn can be 64 KiB each)
        body = data[segment["offset"] + 4 : segment["offset"] + segment["length"]]
        if marker == "DQT":
            if body and body[0] & 0x0F < 4:
                payloads[body[0] & 0x0F] = body
        elif len(body) >= 6:
            seen_sof = True
            if body[5] == 3 and len(body) >= 15:
                subsampling = "".join(f"{body[7 + 3 * component]:02x}" for component in range(3))
    return payloads, subsampling
