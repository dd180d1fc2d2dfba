"""PSD layer records (Photoshop File Formats Specification, "Layer and Mask Information Section"),
read into ExifTool's Photoshop::Layers tags (Photoshop.pm ProcessLayers): one list entry per layer.
"""

import re
import struct
from datetime import UTC, datetime

from ..metadata.context import ReadContext
from ..metadata.values import number

GROUP = "Photoshop"
RECORD = struct.Struct(">4iH")  # top, left, bottom, right, channel count
BLEND = struct.Struct(">4s4sBBBxII")  # signature, blend mode, opacity, clipping, flags, extra, mask size
SIGNATURES = (b"8BIM", b"MIB8")
# Additional layer information keys ExifTool extracts: key → (tag, decoder, value for a layer without it).
ADDITIONAL = {
    b"luni": (
        "LayerUnicodeNames",
        lambda v: v[4 : 4 + 2 * int.from_bytes(v[:4], "big")].decode("utf-16-be", "replace"),
        "",
    ),
    b"lclr": ("LayerColors", lambda v: int.from_bytes(v[:2], "big"), ""),
    b"shmd": ("LayerModifyDates", lambda v: _layer_time(v), ""),
    b"lsct": ("LayerSections", lambda v: int.from_bytes(v[:4], "big"), 0),
}


def read_layers(section: bytes, ctx: ReadContext) -> None:
    """Read the layer info of the layer and mask section ``section`` (without its length word)."""
    if len(section) < 6:
        return
    info = section[4 : 4 + int.from_bytes(section[:4], "big")]
    count = abs(int.from_bytes(info[:2], "big", signed=True)) if len(info) >= 2 else 0
    if not count:
        ctx.add(GROUP, {"LayerCount": 0})
        return
    layers, pos = [], 2
    for _ in range(count):
        layer, pos = _layer(info, pos)
        if layer is None:
            break
        layers.append(layer)
    tags = {"LayerCount": count}
    for tag in ("LayerRectangles", "LayerBlendModes", "LayerOpacities", "LayerVisible", "LayerNames"):
        tags[tag] = _list([layer[tag] for layer in layers if tag in layer])
    for tag, _, missing in ADDITIONAL.values():
        if any(tag in layer for layer in layers):
            tags[tag] = _list([layer.get(tag, missing) for layer in layers])
    ctx.add(GROUP, {tag: value for tag, value in tags.items() if value != []})


def _layer(info: bytes, pos: int) -> tuple[dict | None, int]:
    """One layer record at ``pos``; returns its tags and the offset of the next record."""
    if pos + RECORD.size > len(info):
        return None, pos
    top, left, bottom, right, channels = RECORD.unpack_from(info, pos)
    layer = {"LayerRectangles": f"{top} {left} {bottom} {right}"}
    pos += RECORD.size + 6 * channels
    if pos + BLEND.size > len(info):
        return None, pos
    signature, mode, opacity, _, flags, extra, mask = BLEND.unpack_from(info, pos)
    if signature not in SIGNATURES:
        return None, pos
    layer |= {"LayerBlendModes": mode.decode("latin-1"), "LayerOpacities": number(100 * opacity / 255)}
    layer["LayerVisible"] = flags & 0x02
    end = pos + 16 + extra
    pos += BLEND.size + mask
    if pos + 4 > len(info):
        return layer, end
    pos += 4 + int.from_bytes(info[pos : pos + 4], "big")  # blending ranges
    if pos < len(info):
        layer["LayerNames"] = info[pos + 1 : pos + 1 + info[pos]].decode("latin-1")
        pos += (info[pos] + 4) & ~3  # length byte and name, padded to 4
    while pos + 12 <= end:
        signature, key, size = (
            info[pos : pos + 4],
            info[pos + 4 : pos + 8],
            int.from_bytes(info[pos + 8 : pos + 12], "big"),
        )
        if signature not in (b"8BIM", b"8B64") or pos + 12 + size > end:
            break
        if key in ADDITIONAL:
            tag, decode, _ = ADDITIONAL[key]
            layer[tag] = decode(info[pos + 12 : pos + 12 + size])
        pos += 12 + size + (-size % 4)
    return layer, end


def _layer_time(value: bytes) -> str:
    """The ``layerTime`` double in undocumented layer metadata, as ExifTool's UTC date."""
    match = re.search(rb"layerTime(doub|buod)(.{8})", value, re.S)
    if not match:
        return ""
    seconds = round(struct.unpack(">d", match.group(2))[0])
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y:%m:%d %H:%M:%S+00:00")


def _list(values: list):
    """ExifTool lists of one value print as that value."""
    return values[0] if len(values) == 1 else values
