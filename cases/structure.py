"""The structure view of a stored file: its blocks in order with offsets and lengths, a hex dump of the
start of each, and the printable strings in it with the URLs and e-mail addresses among them.

JPEG segments come from the engine's report (``report["jpeg"]["segments"]``). The other containers'
readers do not record their blocks, so this module walks them again, for this view only and bounded
(:data:`MAX_BLOCKS`, :data:`MAX_DEPTH`): PNG chunks (PNG spec 5.3), ISO-BMFF boxes (ISO/IEC 14496-12
4.2, into the usual container boxes), TIFF IFDs (TIFF 6.0 section 2, with the EXIF, GPS, interoperability
and SubIFD pointers) and RIFF chunks (WebP, AVI, WAV). Nothing here is a finding: a string is a run of
printable bytes wherever it lies, as Ghiro lists them.
"""

import re
import struct
from dataclasses import dataclass, field

# Blocks listed at most (whatever the file claims), and how deep boxes and IFDs are followed.
MAX_BLOCKS = 2000
MAX_DEPTH = 4
# Bytes of a block shown as a hex dump.
HEX_BYTES = 256
# Printable strings: runs of at least MIN_STRING printable ASCII characters (Ghiro's and strings(1)'s
# rule, with Ghiro's minimum of 6), at most MAX_STRINGS listed, each cut at MAX_STRING_CHARS.
MIN_STRING = 6
MAX_STRINGS = 2000
MAX_STRING_CHARS = 200

_STRING = re.compile(rb"[\x20-\x7e\t]{%d,}" % MIN_STRING)
URL = re.compile(r"\b(?:https?|ftp)://[^\s\"'<>()]+", re.IGNORECASE)
EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")

# ISO-BMFF boxes that hold boxes (``meta`` and ``iinf``/``iref`` are full boxes: 4 bytes of version
# and flags, ``iinf`` then a count, before their children).
_CONTAINERS = {b"moov": 0, b"trak": 0, b"mdia": 0, b"minf": 0, b"stbl": 0, b"dinf": 0, b"iprp": 0, b"ipco": 0}
_CONTAINERS |= {b"meta": 4, b"udta": 0, b"edts": 0, b"moof": 0, b"traf": 0, b"mvex": 0}
# TIFF tags that point to another IFD: ExifIFD, GPS, InteropIFD, SubIFDs.
_IFD_POINTERS = {0x8769: "ExifIFD", 0x8825: "GPS", 0xA005: "InteropIFD", 0x014A: "SubIFD"}
_TIFF_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}


@dataclass
class Block:
    """One block of the file: ``name`` (segment marker, chunk or box type, IFD name), ``offset`` and
    ``length`` in bytes (the whole block, header included), ``detail`` (its identifier or entry
    count) and its nesting ``depth`` (0 at the top)."""

    name: str
    offset: int
    length: int
    detail: str = ""
    depth: int = 0
    hex: list[str] = field(default_factory=list)


def blocks(data: bytes, report: dict) -> tuple[list[Block], bool]:
    """The blocks of ``data`` in file order, each with :func:`hex_dump` of its first bytes, and
    whether the list was cut at :data:`MAX_BLOCKS`. Empty for a format not walked."""
    found: list[Block] = []
    segments = (report.get("jpeg") or {}).get("segments") if isinstance(report.get("jpeg"), dict) else None
    if segments:
        found = [
            Block(str(s.get("marker")), int(s["offset"]), int(s["length"]), str(s.get("identifier") or ""))
            for s in segments
            if isinstance(s, dict) and isinstance(s.get("offset"), int) and isinstance(s.get("length"), int)
        ]
    elif data.startswith(b"\x89PNG\r\n\x1a\n"):
        _png(data, found)
    elif data[4:8] == b"ftyp":
        _boxes(data, 0, len(data), 0, found)
    elif data[:4] in (b"II*\x00", b"MM\x00*"):
        _tiff(data, found)
    elif data[:4] == b"RIFF":
        _riff(data, found)
    cut = len(found) > MAX_BLOCKS
    found = sorted(found[:MAX_BLOCKS], key=lambda block: block.offset)
    for block in found:
        block.hex = hex_dump(data, block.offset, block.length)
    return found, cut


def hex_dump(data: bytes, offset: int, length: int, limit: int = HEX_BYTES) -> list[str]:
    """Lines of ``offset  16 hex bytes  ASCII`` for the first ``min(length, limit)`` bytes of ``data``
    from ``offset`` (non-printable bytes as ``.``)."""
    chunk = data[max(0, offset) : max(0, offset) + max(0, min(length, limit))]
    lines = []
    for start in range(0, len(chunk), 16):
        row = chunk[start : start + 16]
        text = "".join(chr(b) if 0x20 <= b < 0x7F else "." for b in row)
        lines.append(f"{offset + start:08x}  {row.hex(' '):<47}  {text}")
    return lines


@dataclass(frozen=True)
class Strings:
    """The printable strings of a file: ``items`` as (offset, text) in file order (at most
    :data:`MAX_STRINGS`, ``cut`` when there were more), and the URLs and e-mail addresses found in
    them (each once, in order)."""

    items: list[tuple[int, str]]
    cut: bool
    urls: list[str]
    emails: list[str]


def printable_strings(data: bytes) -> Strings:
    """Runs of at least :data:`MIN_STRING` printable ASCII characters in ``data`` (see :class:`Strings`)."""
    items: list[tuple[int, str]] = []
    cut = False
    for match in _STRING.finditer(data):
        if len(items) == MAX_STRINGS:
            cut = True
            break
        items.append((match.start(), match.group().decode("ascii")[:MAX_STRING_CHARS]))
    urls = list(dict.fromkeys(url for _, text in items for url in URL.findall(text)))
    emails = list(dict.fromkeys(email for _, text in items for email in EMAIL.findall(text)))
    return Strings(items, cut, urls, emails)


def _full(found: list[Block]) -> bool:
    return len(found) > MAX_BLOCKS


def _png(data: bytes, found: list[Block]) -> None:
    offset = 8
    found.append(Block("signature", 0, 8))
    while offset + 12 <= len(data) and not _full(found):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8].decode("latin-1")
        found.append(Block(kind, offset, 12 + length, f"{length} bytes of data"))
        if kind == "IEND":
            break
        offset += 12 + length


def _boxes(data: bytes, start: int, end: int, depth: int, found: list[Block]) -> None:
    offset = start
    while offset + 8 <= end and not _full(found):
        size, kind = struct.unpack(">I4s", data[offset : offset + 8])
        header = 8
        if size == 1 and offset + 16 <= end:
            (size,) = struct.unpack(">Q", data[offset + 8 : offset + 16])
            header = 16
        elif size == 0:
            size = end - offset
        if size < header or offset + size > end:
            found.append(Block(kind.decode("latin-1"), offset, end - offset, "size past its container", depth))
            return
        found.append(Block(kind.decode("latin-1"), offset, size, "", depth))
        skip = _CONTAINERS.get(kind)
        if skip is not None and depth < MAX_DEPTH:
            _boxes(data, offset + header + skip, offset + size, depth + 1, found)
        offset += size


def _tiff(data: bytes, found: list[Block]) -> None:
    order = "<" if data[:2] == b"II" else ">"
    found.append(Block("TIFF header", 0, 8, "little-endian" if order == "<" else "big-endian"))
    (first,) = struct.unpack(order + "I", data[4:8])
    queue = [(first, "IFD0", 0)]
    seen: set[int] = set()
    chain = 0
    while queue and not _full(found):
        offset, name, depth = queue.pop(0)
        if offset in seen or offset < 8 or offset + 2 > len(data) or depth > MAX_DEPTH:
            continue
        seen.add(offset)
        (count,) = struct.unpack(order + "H", data[offset : offset + 2])
        length = 2 + 12 * count + 4
        found.append(Block(name, offset, length, f"{count} entries", depth))
        for index in range(min(count, (len(data) - offset - 2) // 12)):
            entry = offset + 2 + 12 * index
            tag, kind, values = struct.unpack(order + "HHI", data[entry : entry + 8])
            if tag in _IFD_POINTERS and kind in (4, 13) and values * _TIFF_SIZES[kind] <= 4:
                (pointer,) = struct.unpack(order + "I", data[entry + 8 : entry + 12])
                queue.append((pointer, _IFD_POINTERS[tag], depth + 1))
        if offset + length <= len(data) and name.startswith("IFD"):
            (following,) = struct.unpack(order + "I", data[offset + length - 4 : offset + length])
            chain += 1
            if following:
                queue.append((following, f"IFD{chain}", depth))


def _riff(data: bytes, found: list[Block]) -> None:
    (size,) = struct.unpack("<I", data[4:8])
    found.append(Block("RIFF", 0, min(8 + size, len(data)), data[8:12].decode("latin-1")))
    offset = 12
    while offset + 8 <= len(data) and not _full(found):
        kind, length = struct.unpack("<4sI", data[offset : offset + 8])
        found.append(Block(kind.decode("latin-1"), offset, 8 + length, f"{length} bytes of data", 1))
        offset += 8 + length + (length & 1)  # chunks are padded to an even length
