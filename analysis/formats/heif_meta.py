"""The HEIF ``meta`` box (ISO/IEC 14496-12 §8.11, ISO/IEC 23008-12 §9): items and their properties.

Parsed into :class:`Meta` as ExifTool's QuickTime.pm does (ParseItemInfoEntry, ParseItemLocation,
ParseContentDescribes, ParseItemPropAssoc); hdlr, pitm and idat also give tags directly. Item and
extent counts are capped by MAX_ITEMS.
"""

from dataclasses import dataclass, field

from ..errors import MalformedDataError
from ..limits import MAX_ITEMS
from ..metadata.context import ReadContext
from .isobmff import Box, boxes

GROUP = "QuickTime"


@dataclass
class Item:
    """An item of the meta box: infe type, iloc location, ipma properties, cdsc/dimg references."""

    type: str = ""
    encoding: str = ""
    protected: bool = False
    method: int = 0
    external: bool = False
    base: int = 0
    extents: list[tuple[int, int]] = field(default_factory=list)
    properties: list[int] = field(default_factory=list)
    refers_to: set[int] = field(default_factory=set)


@dataclass
class Meta:
    """The primary item ID, items by ID, the ipco properties (numbered from 1) and idat."""

    primary: int | None = None
    items: dict[int, Item] = field(default_factory=dict)
    properties: list[Box] = field(default_factory=list)
    idat: Box | None = None


def read_meta(data: bytes, box: Box, meta: Meta, file_type: str, ctx: ReadContext) -> None:
    """Fill ``meta`` from the children of the meta FullBox ``box``; MetaImageSize (idat) is
    only reported for HEIC, as ExifTool does. Raises MalformedDataError for a damaged box."""
    for child in boxes(data, box.start + 4, box.end):
        body = data[child.start : child.end]
        if child.type == b"hdlr" and len(body) >= 12:
            ctx.add(GROUP, {"HandlerType": body[8:12].decode("latin-1")})
            description = _handler_name(body[24:])
            if description:
                ctx.add(GROUP, {"HandlerDescription": description})
        elif child.type == b"pitm" and len(body) >= 6:
            meta.primary = int.from_bytes(body[4:6] if body[0] == 0 else body[4:8], "big")
            ctx.add("Meta", {"PrimaryItemReference": meta.primary})
        elif child.type == b"iinf" and body:
            for entry in boxes(data, child.start + (6 if body[0] == 0 else 8), child.end):
                if entry.type == b"infe":
                    _item_info(data[entry.start : entry.end], meta)
        elif child.type == b"iloc":
            _item_locations(body, meta, ctx)
        elif child.type == b"iref" and body:
            for reference in boxes(data, child.start + 4, child.end):
                _item_reference(reference.type, data[reference.start : reference.end], body[0], meta)
        elif child.type == b"iprp":
            _item_properties(data, child, meta)
        elif child.type == b"idat":
            meta.idat = child
            if file_type == "HEIC":  # ExifTool's condition for this tag
                sizes = [int.from_bytes(body[i : i + 2], "big") for i in range(0, len(body) - 1, 2)]
                ctx.add("Meta", {"MetaImageSize": " ".join(map(str, sizes))})


def _handler_name(raw: bytes) -> str:
    """hdlr name: a C string, or a Pascal string as some writers store it (ExifTool RawConv)."""
    if raw[:1] and raw[0] < 0x20 and raw[0] < len(raw):
        return raw[1 : 1 + raw[0]].decode("utf-8", "replace")
    return raw.split(b"\x00", 1)[0].decode("utf-8", "replace")


def _item(meta: Meta, item_id: int) -> Item:
    if item_id not in meta.items and len(meta.items) >= MAX_ITEMS:
        raise MalformedDataError(f"more than {MAX_ITEMS} items")
    return meta.items.setdefault(item_id, Item())


def _item_info(body: bytes, meta: Meta) -> None:
    """infe version 2/3: item ID, protection index, item type, name, [content type, encoding]."""
    if len(body) < 12 or body[0] not in (2, 3):
        return
    size = 2 if body[0] == 2 else 4
    item = _item(meta, int.from_bytes(body[4 : 4 + size], "big"))
    pos = 4 + size
    item.protected = body[pos : pos + 2] != b"\x00\x00"
    item.type = body[pos + 2 : pos + 6].decode("latin-1")
    strings = body[pos + 6 :].split(b"\x00")
    if item.type == "mime" and len(strings) > 1:
        item.type = strings[1].decode("latin-1")
        item.encoding = strings[2].decode("latin-1") if len(strings) > 2 else ""


def _item_locations(body: bytes, meta: Meta, ctx: ReadContext) -> None:
    """iloc (ISO/IEC 14496-12 §8.11.3): field sizes, then per item its construction method,
    data reference, base offset and extents. A record cut short ends the box."""
    if len(body) < 8:
        return
    version, sizes = body[0], int.from_bytes(body[4:6], "big")
    offset_size, length_size, base_size, index_size = sizes >> 12, (sizes >> 8) & 15, (sizes >> 4) & 15, sizes & 15
    index_size = index_size if version in (1, 2) else 0
    reader = _Fields(body, 8 if version < 2 else 10)
    count = int.from_bytes(body[6:8] if version < 2 else body[6:10], "big")
    budget = MAX_ITEMS  # extents in all, so that empty extent fields cannot spin
    try:
        for _ in range(min(count, MAX_ITEMS)):
            item = _item(meta, reader.take(2 if version < 2 else 4))
            item.method = reader.take(2) & 15 if version in (1, 2) else 0
            item.external = reader.take(2) != 0
            item.base = reader.take(base_size)
            extents, item.extents = reader.take(2), []
            if extents > budget:
                raise MalformedDataError(f"more than {MAX_ITEMS} extents")
            budget -= extents
            for _ in range(extents):
                reader.take(index_size)
                item.extents.append((reader.take(offset_size), reader.take(length_size)))
    except MalformedDataError as exc:
        ctx.warn(GROUP, f"iloc: {exc}")


class _Fields:
    """Big-endian unsigned fields of 0, 2, 4 or 8 bytes read in sequence, bounds-checked."""

    def __init__(self, body: bytes, pos: int) -> None:
        self.body, self.pos = body, pos

    def take(self, size: int) -> int:
        if self.pos + size > len(self.body):
            raise MalformedDataError("record is truncated")
        self.pos += size
        return int.from_bytes(self.body[self.pos - size : self.pos], "big")


def _item_reference(kind: bytes, body: bytes, version: int, meta: Meta) -> None:
    """cdsc ("content describes") and dimg (derived image) references: from ID, count, to IDs."""
    if kind not in (b"cdsc", b"dimg"):
        return
    size = 4 if version else 2
    if len(body) < size + 2:
        return
    count = int.from_bytes(body[size : size + 2], "big")
    targets = [int.from_bytes(body[pos : pos + size], "big") for pos in range(size + 2, len(body) - size + 1, size)]
    _item(meta, int.from_bytes(body[:size], "big")).refers_to.update(targets[:count])


def _item_properties(data: bytes, iprp: Box, meta: Meta) -> None:
    """ipco lists the properties (numbered from 1); ipma associates them with items."""
    for child in boxes(data, iprp.start, iprp.end):
        if child.type == b"ipco":
            meta.properties.extend(boxes(data, child.start, child.end))
        elif child.type == b"ipma":
            _associations(data[child.start : child.end], meta)


def _associations(body: bytes, meta: Meta) -> None:
    if len(body) < 8:
        return
    version, wide, count, pos = body[0], body[3] & 1, int.from_bytes(body[4:8], "big"), 8
    for _ in range(min(count, MAX_ITEMS)):
        id_size = 2 if version == 0 else 4
        if pos + id_size + 1 > len(body):
            return
        item = _item(meta, int.from_bytes(body[pos : pos + id_size], "big"))
        number, pos = body[pos + id_size], pos + id_size + 1
        entry = 2 if wide else 1
        raw = body[pos : pos + number * entry]
        mask = 0x7FFF if wide else 0x7F
        item.properties = [
            int.from_bytes(raw[i : i + entry], "big") & mask for i in range(0, len(raw) - entry + 1, entry)
        ]
        pos += number * entry
