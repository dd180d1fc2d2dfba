"""Trailers other programs append after an image, read as ExifTool's IdentifyTrailer and
ProcessTrailers do (ExifTool.pm): each is recognised by the last bytes before the end of the file
(or before the trailer read just before it, from the end backwards), and read into its own group.

- AFCP (AXS File Concatenation Protocol, AFCP.pm): ``AXS!``/``AXS*`` header and footer, a
  directory of IPTC, text and JPEG previews at absolute offsets (repaired when the file moved).
- FotoStation (FotoWare, FotoStation.pm): records ending in ``tag, size, A1B2C3D4``: IPTC, soft
  edits (crop, rotation), thumbnail and preview.
- Photo Mechanic (Camera Bits, PhotoMechanic.pm): IIM datasets of soft edits (crop, rotation,
  colour class, tagged) then ``size, "cbipcbbl"``.
- Camera and phone makers' trailers (Samsung, Nikon NX Studio, Canon DPP, Insta360): see
  :mod:`.jpeg_trailers_vendor`.

IPTC found in a trailer is not in IPTC's standard place, so ExifTool (and the IPTC reader) names
it ``IPTC2``, ``IPTC3``… Trailers ExifTool recognises but this module does not read (MIE,
Vivo, OnePlus) end the walk, as damaged ones do.
"""

import re
import struct
from collections.abc import Callable

from ..limits import MAX_SEGMENTS
from ..metadata.context import Block, ReadContext
from ..metadata.iptc import datasets
from ..metadata.tags import trailers as tags
from ..metadata.values import binary, text
from . import jpeg_trailers_vendor as vendor

# Footers of ExifTool.pm IdentifyTrailer, matched against the last 64 bytes before the end
# (FOOTER_WINDOW); a pattern anchored with \A must start those bytes.
SIGNATURES: tuple[tuple[str, re.Pattern[bytes]], ...] = (
    ("AFCP", re.compile(rb"AXS[!*].{8}\Z", re.S)),
    ("FotoStation", re.compile(rb"\xa1\xb2\xc3\xd4\Z")),
    ("PhotoMechanic", re.compile(rb"cbipcbbl\Z")),
    ("CanonVRD", re.compile(rb"\ACANON OPTIONAL DATA\x00")),
    ("MIE", re.compile(rb"~\x00\x04\x00zmie~\x00\x00(\x06.{4}[\x10\x18]\x04|\x0a.{8}[\x10\x18]\x08)\Z", re.S)),
    ("Samsung", re.compile(rb"\x00\x00(QDIOBS|SEFT)\Z")),
    ("Insta360", re.compile(rb"8db42d694ccc418790edff439fe026bf\Z")),
    ("NikonApp", re.compile(rb"\x00{6}/NIKON APP\Z")),
    # recognised by later ExifTool versions (13.x); not read, so the walk ends there either way
    ("Vivo", re.compile(rb"\xff{4}\x1b\*9HWfu\x84\x93\xa2\xb1\Z")),
    ("OnePlus", re.compile(rb"jxrs...\x00\Z", re.S)),
)
FOOTER_WINDOW = 64
FOTOSTATION_SIGNATURE = 0xA1B2C3D4


def identify(data: bytes, end: int) -> str | None:
    """The trailer whose footer ends at ``end``, by ExifTool's signatures, or None."""
    tail = data[max(0, end - FOOTER_WINDOW) : end]
    return next((name for name, pattern in SIGNATURES if pattern.search(tail)), None)


def read_trailers(data: bytes, ctx: ReadContext, file_type: str, image_end: int = 0) -> int | None:
    """Read every recognised trailer at the end of ``data``, last first, into ``ctx``.

    ``image_end`` is where the image itself ends (after a JPEG's EOI); an AFCP trailer whose
    recorded offsets are wrong is looked for from there, as ExifTool's ScanForAFCP does. Returns
    the offset where the first trailer starts, or None when there is none. Damage is reported as
    a warning and ends the walk; nothing raises."""
    end, first = len(data), None
    for _ in range(MAX_SEGMENTS):
        name = identify(data, end)
        reader = READERS.get(name) if name else None
        if reader is None:
            break
        start = reader(data, end, ctx, f"{file_type}-Trailer-{name}", image_end)
        if start is None or not 0 <= start < end:
            break
        first = end = start
    return first


def _afcp(data: bytes, end: int, ctx: ReadContext, path: str, image_end: int) -> int | None:
    """AFCP: 12-byte header (``AXS!`` big-endian or ``AXS*`` little-endian, version, entry count,
    checksum), 12-byte entries (id, size, absolute offset), values; footer of the header id, the
    header's offset and a checksum."""
    signature = data[end - 12 : end - 8]
    order = ">" if signature == b"AXS!" else "<"
    recorded = struct.unpack_from(order + "I", data, end - 8)[0]
    start = recorded
    if data[start : start + 4] != signature:
        found = data.find(signature, image_end, end - 12)  # the file moved: look for the header
        if found < 0:
            return None
        start = found
        ctx.warn("AFCP", f"Adjusted AFCP offsets by {start - recorded}")
    count = struct.unpack_from(order + "H", data, start + 6)[0] if start + 12 <= end else 0
    if start + 12 + 12 * count > end:
        ctx.warn("AFCP", "Error reading AFCP directory")
        return start
    budget = len(data)  # entries may overlap; together they are read no more than the file's size
    for index in range(count):
        entry_id, size, offset = struct.unpack_from(order + "4sII", data, start + 12 + 12 * index)
        offset += start - recorded
        if size >= 0x80000000 or offset < 0 or offset + size > len(data):
            ctx.warn("AFCP", "Bad AFCP directory")
            break
        if entry_id in (b"IPTC", b"TEXT"):
            budget -= size
            if budget < 0:
                ctx.warn("AFCP", "AFCP entries overlap; the rest was not read")
                break
        if entry_id == b"IPTC":
            ctx.read(Block("IPTC", data[offset : offset + size], f"{path}-IPTC", offset))
        elif entry_id == b"TEXT":
            ctx.add("AFCP", {tags.AFCP[entry_id]: text(data[offset : offset + size])})
        elif entry_id in tags.AFCP:
            # a 10-byte header then padding before the JPEG (AFCP.pm): from its SOI, else byte 18
            soi = data.find(b"\xff\xd8\xff", offset + 10, offset + size)
            skip = soi - offset if soi >= 0 else min(18, size)
            ctx.add("AFCP", {tags.AFCP[entry_id]: binary(size - skip)})
    return start


def _fotostation(data: bytes, end: int, ctx: ReadContext, path: str, _image_end: int) -> int | None:
    """FotoStation: records, last first, each followed by ``tag (u16), size incl. this 10-byte
    footer (u32), A1B2C3D4``; all big-endian."""
    start = None
    for _ in range(MAX_SEGMENTS):
        if end < 10:
            break
        record, size, signature = struct.unpack_from(">HII", data, end - 10)
        if signature != FOTOSTATION_SIGNATURE or size < 10 or size > end:
            break
        value, end = data[end - size : end - 10], end - size
        start = end
        if record == 1:
            ctx.read(Block("IPTC", value, f"{path}-IPTC", end))
        elif record == 2:
            ctx.add("FotoStation", _fotostation_soft_edit(value))
        elif record in tags.FOTOSTATION_IMAGES:
            ctx.add("FotoStation", {tags.FOTOSTATION_IMAGES[record]: binary(len(value), end)})
    return start


def _fotostation_soft_edit(value: bytes) -> dict:
    found = {}
    for index, (name, convert) in tags.FOTOSTATION_SOFT_EDIT.items():
        if 4 * index + 4 <= len(value):
            raw = struct.unpack_from(">i", value, 4 * index)[0]
            found[name] = convert(raw) if convert else raw
    return found


# The number Perl reads at the start of text used in arithmetic ("12 px" is 12).
_PERL_NUMBER = re.compile(r"\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)")


def _photomechanic(data: bytes, end: int, ctx: ReadContext, _path: str, _image_end: int) -> int | None:
    """Photo Mechanic: IIM datasets, then ``size (u32 big-endian), "cbipcbbl"``. Only record 2
    (soft edits) has a table; values are unsigned integers when short and binary-looking
    (ExifTool's IPTC format guess: IPTC.pm ProcessIPTC ignores the table's int32s FORMAT), else
    text, kept as text."""
    size = int.from_bytes(data[end - 12 : end - 8], "big")
    if size & 0x80000000 or size > end - 12:
        ctx.warn("PhotoMechanic", "Bad PhotoMechanic trailer")
        return None
    start = end - 12 - size
    found = {}
    for record, number_, raw in datasets(data[start : end - 12], ctx, "PhotoMechanic"):
        if record != tags.PHOTOMECHANIC_RECORD:
            ctx.warn("PhotoMechanic", f"Unrecognized IPTC record {record} (ignored)")
            continue
        if number_ not in tags.PHOTOMECHANIC:
            continue
        name, convert = tags.PHOTOMECHANIC[number_]
        if len(raw) <= 4 and len(raw) != 3 and re.search(rb"[\x00-\x08]", raw):
            value = int.from_bytes(raw, "big")
            found[name] = convert(value) if convert else value
        else:
            # Text stays text (issue 10), unless the row's ValueConv does arithmetic on it: then
            # the text counts as Perl reads a number in it (its leading number, else 0).
            value = text(raw)
            if convert:
                leading = _PERL_NUMBER.match(value)
                value = convert(float(leading[1]) if leading else 0)
            found[name] = value
    if found:
        ctx.add("PhotoMechanic", found)
    return start


READERS: dict[str, Callable[[bytes, int, ReadContext, str, int], int | None]] = {
    "AFCP": _afcp,
    "FotoStation": _fotostation,
    "PhotoMechanic": _photomechanic,
    "Samsung": vendor.samsung,
    "NikonApp": vendor.nikon_app,
    "Insta360": vendor.insta360,
    "CanonVRD": vendor.canon_vrd,
}
