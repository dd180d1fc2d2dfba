"""CIPA DC-007 Multi-Picture Format (MPF) APP2 reader (ExifTool MPF.pm): groups MPF0, MPF1 and
MPImage1..N.

The block is a TIFF structure; ``Block.offset`` must be the absolute file offset of its header,
because MP Entry offsets count from there (ExifTool reports MPImageStart as a file offset).
"""

import struct

from ..errors import MalformedDataError
from .context import Block, ReadContext
from .ifd import RATIONALS, decode, open_tiff, read_directory
from .tags.mpf import ATTRIBUTE_FIELDS, BINARY, LARGE_THUMBNAIL, MPF, SPLIT_BYTES
from .values import binary

KIND = "MPF"
ENTRY_SIZE = 16
IMAGE_LIST = 0xB002


def read(block: Block, ctx: ReadContext) -> None:
    """Read the MP Index IFD (MPF0) and, when linked, the MP Attribute IFD (MPF1); each MP Entry
    of MPImageList becomes group ``MPImage<n>``. Raises MalformedDataError without a TIFF header."""
    tiff, offset = open_tiff(block.data)
    visited = set()
    for group in ("MPF0", "MPF1"):
        if not offset or offset in visited:
            return
        visited.add(offset)
        directory, warnings = read_directory(tiff, offset)
        for message in warnings:
            ctx.warn(group, message)
        for entry in directory.entries:
            if entry.tag not in MPF:
                continue
            try:
                value = decode(tiff, entry)
            except MalformedDataError as exc:
                ctx.warn(group, f"{MPF[entry.tag]}: {exc}")
                continue
            if entry.tag == IMAGE_LIST and isinstance(value, bytes):
                _image_list(value, tiff.order, block.offset, ctx)
            else:
                ctx.add(group, {MPF[entry.tag]: _value(entry.tag, entry.type, value)})
        offset = directory.next_offset


def _image_list(raw: bytes, order: str, base: int, ctx: ReadContext) -> None:
    preview_done = False
    for index in range(len(raw) // ENTRY_SIZE):
        attribute, length, start, dependent1, dependent2 = struct.unpack(
            order + "IIIHH", raw[16 * index : 16 * index + 16]
        )
        tags = {name: (attribute & mask) >> _shift(mask) for name, mask in ATTRIBUTE_FIELDS}
        tags |= {"MPImageLength": length, "MPImageStart": start + base if start else 0}
        tags |= {"DependentImage1EntryNumber": dependent1, "DependentImage2EntryNumber": dependent2}
        if start and length:
            is_preview = not preview_done and tags["MPImageType"] & 0x0F0000 == LARGE_THUMBNAIL
            preview_done = preview_done or is_preview
            tags["PreviewImage" if is_preview else f"MPImage{index + 1}"] = binary(length, start + base)
        ctx.add(f"MPImage{index + 1}", tags)


def _value(tag: int, field_type: int, value: bytes | tuple):
    """-n style: text for ASCII/UNDEFINED, decimals for rationals, one number or a list."""
    if tag in BINARY:
        return binary(len(value))
    if isinstance(value, bytes):
        return value.split(b"\x00", 1)[0].decode("latin-1")
    if tag in SPLIT_BYTES:
        return " ".join(str(b) for b in value[0].to_bytes(4, "big"))
    if field_type in RATIONALS:
        value = tuple((n / d if d else ("inf" if n else "undef")) for n, d in value)
    return value[0] if len(value) == 1 else list(value)


def _shift(mask: int) -> int:
    return (mask & -mask).bit_length() - 1
