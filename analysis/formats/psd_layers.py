"""PSD/PSB layer records (Photoshop File Formats Specification, "Layer and Mask Information
Section"), read into ExifTool's Photoshop::Layers tags (Photoshop.pm ProcessLayersAndMask and
ProcessLayers): one list entry per layer.

PSB (the large document format) widens some length words from 4 to 8 bytes: the section length,
the layer info length, each channel's data length, and the length of the additional layer info
blocks in :data:`LONG_KEYS`. A 16-bit document may keep its layers in an ``Lr16`` block after an
empty layer info, where ExifTool looks for them too.

As ExifTool does, the records are read from the file as far as they go: a layer cut off after
its rectangle still adds its rectangle, and the stated lengths are trusted up to the end of the
file (a length past the end only stops the reading).
"""

import re
import struct
from datetime import UTC, datetime

from ..metadata.context import ReadContext
from ..metadata.values import number

GROUP = "Photoshop"
RECTANGLE = struct.Struct(">4IH")  # top, left, bottom, right (ExifTool reads int32u), channel count
SIGNATURES = (b"8BIM", b"MIB8")
EXTRA_SIGNATURES = (b"8BIM", b"8B64")
# Additional layer info keys whose length word is 8 bytes in a PSB (Photoshop.pm ProcessLayers).
LONG_KEYS = frozenset(
    key.encode()
    for key in ("LMsk", "Lr16", "Lr32", "Layr", "Mt16", "Mt32", "Mtrn", "Alph", "FMsk", "lnk2", "FEid", "FXid", "PxSD")
)
CP1252_UNDEFINED = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))


def _unicode_name(value: bytes) -> str:
    if len(value) < 4:
        return ""
    return value[4 : 4 + 2 * int.from_bytes(value[:4], "big")].decode("utf-16-be", "replace")


# Additional layer information keys ExifTool extracts: key → (tag, decoder, value for a layer without it).
ADDITIONAL = {
    b"luni": ("LayerUnicodeNames", _unicode_name, ""),
    b"lclr": ("LayerColors", lambda v: int.from_bytes(v[:2], "big") if len(v) >= 2 else "", ""),
    b"shmd": ("LayerModifyDates", lambda v: _layer_time(v), ""),
    b"lsct": ("LayerSections", lambda v: int.from_bytes(v[:4], "big") if len(v) >= 4 else "", 0),
}
BASIC = ("LayerRectangles", "LayerBlendModes", "LayerOpacities", "LayerVisible", "LayerNames")


def read_layers(data: bytes, start: int, psb: bool, ctx: ReadContext) -> int | None:
    """Read the layer and mask information section starting at ``start`` in the file ``data``
    (``psb``: a PSB, with 8-byte lengths); return where ExifTool then reads the image data's
    compression word, or None when the section header (or what ExifTool reads after an empty
    layer info to look for an ``Lr16`` block) is cut off.

    That place is the end of the section, except after a section of length 0: ExifTool then
    reads it just after the section's (absent) layer info header, twice the length size plus 2 bytes on."""
    size = 8 if psb else 4
    header = data[start : start + 2 * size + 2]
    if len(header) < 2 * size + 2:
        return None
    total = int.from_bytes(header[:size], "big")
    pos = start + len(header)
    if total == 0:
        return pos
    end = start + size + total
    length = int.from_bytes(header[size : 2 * size], "big")
    count = int.from_bytes(header[2 * size :], "big", signed=True)
    if length == 0 and count == 0:
        found = _lr16(data, pos, size)
        if found is None:
            return None
        length, pos = found or (length, pos)
    _read(data, pos - 2, length + 2, psb, ctx)
    return end


def _lr16(data: bytes, pos: int, size: int) -> tuple[int, int] | tuple[()] | None:
    """An ``Lr16`` block right after an empty layer info (and an empty global mask, whose second
    half is at ``pos``), possibly after an ``Mt16`` block (Photoshop.pm): ``(layer info length,
    offset just after its layer count)``; ``()`` when there is none; None when the bytes ExifTool
    reads to find out are cut off (it then gives up the section)."""
    if pos + 10 > len(data):
        return None
    if data[pos + 2 : pos + 10] == b"8BIMLr16":
        at = pos + 10
    elif data[pos + 2 : pos + 10] == b"8BIMMt16":
        if pos + 18 + size > len(data):
            return None
        if data[pos + 10 + size : pos + 18 + size] != b"8BIMLr16":
            return ()
        at = pos + 18 + size
    else:
        return ()
    if at + size + 2 > len(data):
        return None
    return int.from_bytes(data[at : at + size], "big"), at + size + 2


def _read(data: bytes, start: int, limit: int, psb: bool, ctx: ReadContext) -> None:
    """The layer records from the layer count at ``start``, ``limit`` bytes long as stated.

    ``pos`` counts bytes from ``start`` as ExifTool's bounds checks do; ``cur`` is where the next
    read happens. They part when a layer's additional info does not fill its stated extent:
    ExifTool moves on by the stated extent but reads on from where it stopped, and so do we."""
    if limit < 2 or start + 2 > len(data):
        return
    count = abs(int.from_bytes(data[start : start + 2], "big", signed=True))
    tags: dict[str, list] = {tag: [] for tag in BASIC}
    extra: dict[bytes, list] = {}
    size = 8 if psb else 4
    pos, cur = 2, start + 2
    for index in range(count):
        if pos + 18 > limit or cur + 18 > len(data):
            break
        top, left, bottom, right, channels = RECTANGLE.unpack_from(data, cur)
        tags["LayerRectangles"].append(f"{top} {left} {bottom} {right}")
        skip = (2 + size) * channels
        pos, cur = pos + 18 + skip, cur + 18 + skip
        if pos + 20 > limit or cur + 20 > len(data):
            break
        blend = data[cur : cur + 20]
        if blend[:4] not in SIGNATURES:
            break
        tags["LayerBlendModes"].append(blend[4:8].decode("latin-1"))
        tags["LayerOpacities"].append(number(100 * blend[8] / 255))
        tags["LayerVisible"].append(blend[10] & 0x02)
        following = pos + 16 + int.from_bytes(blend[12:16], "big")
        mask = int.from_bytes(blend[16:20], "big")
        pos, cur = pos + 20 + mask, cur + 20 + mask
        if pos + 4 > limit or cur + 4 > len(data):
            break
        ranges = int.from_bytes(data[cur : cur + 4], "big")
        pos, cur = pos + 4 + ranges, cur + 4 + ranges
        if pos + 1 > limit or cur + 1 > len(data):
            break
        name_length = data[cur]
        if pos + 1 + name_length > limit or cur + 1 + name_length > len(data):
            break
        tags["LayerNames"].append(_latin(data[cur + 1 : cur + 1 + name_length]))
        padded = (name_length + 4) & ~3  # length byte and name, padded to 4
        pos, cur = pos + padded, cur + padded
        cur = _additional(data, pos, cur, following, psb, index, extra)
        pos = following
    for key, values in extra.items():
        values.extend([ADDITIONAL[key][2]] * (count - len(values)))
    found = {"LayerCount": count}
    found |= {tag: _list(values) for tag, values in tags.items() if values}
    found |= {ADDITIONAL[key][0]: _list(values) for key, values in extra.items()}
    ctx.add(GROUP, found)


def _additional(data: bytes, pos: int, cur: int, end: int, psb: bool, index: int, extra: dict[bytes, list]) -> int:
    """The additional layer info blocks of layer ``index`` up to its extent ``end`` (in ``pos``
    terms), added to ``extra`` (lists padded for the layers before without the key); returns
    where reading stopped."""
    while pos + 12 <= end:
        block = data[cur : cur + 12]
        if len(block) < 12 or block[:4] not in EXTRA_SIGNATURES:
            break
        key = block[4:8]
        if psb and key in LONG_KEYS:
            if pos + 16 > end or cur + 16 > len(data):
                break
            length = int.from_bytes(data[cur + 8 : cur + 16], "big")
            pos, cur = pos + 16, cur + 16
        else:
            length = int.from_bytes(block[8:12], "big")
            pos, cur = pos + 12, cur + 12
        if pos + length > end:
            break
        padded = length + (-length % 4)
        if key in ADDITIONAL:
            if cur + length > len(data):
                break
            _, decode, missing = ADDITIONAL[key]
            values = extra.setdefault(key, [])
            values.extend([missing] * (index - len(values)))
            values.append(decode(data[cur : cur + length]))
        pos, cur = pos + padded, cur + padded
    return cur


def _latin(raw: bytes) -> str:
    """A layer name: ExifTool's ``string`` format (cut at a NUL) in its Latin charset (cp1252,
    whose five unassigned bytes stay as they are)."""
    raw = raw.split(b"\x00", 1)[0]
    return "".join(chr(b) if b in CP1252_UNDEFINED else bytes([b]).decode("cp1252") for b in raw)


def _layer_time(value: bytes) -> str:
    """The ``layerTime`` double in undocumented layer metadata, as ExifTool's UTC date."""
    match = re.search(rb"layerTime(doub|buod)(.{8})", value, re.S)
    if not match:
        return ""
    seconds = struct.unpack(">d", match.group(2))[0]
    try:
        return datetime.fromtimestamp(round(seconds), UTC).strftime("%Y:%m:%d %H:%M:%S+00:00")
    except (ValueError, OverflowError, OSError):  # NaN, or a date no calendar here can show
        return ""


def _list(values: list):
    """ExifTool lists of one value print as that value."""
    return values[0] if len(values) == 1 else values
