"""HEIF family in ISO BMFF (ISO/IEC 23008-12): HEIC, HEIF and AVIF, told apart by the ftyp brand.

Pillow reads AVIF itself and HEIC/HEIF through pillow-heif (registered in :mod:`analysis.engine`).
The walker reads ftyp, the ``meta`` box (hdlr, pitm, iinf, iloc, iref, iprp, idat) and mdat's
place, as ExifTool's QuickTime.pm does for HEIF: Exif and XMP items of the primary image are
handed over as EXIF and XMP blocks (those of other images after them), its item properties
become QuickTime tags (every ICC ``colr`` profile an ICC block), and its ``ispe`` gives
File:ImageWidth/ImageHeight. A top-level ``sefd`` box (Samsung phones) holds what a Samsung JPEG
keeps in its trailer (QuickTime.pm SamsungTrailer), read as that trailer is.
"""

from ..errors import AnalysisError, MalformedDataError
from ..metadata.context import Block, ReadContext
from .heif_meta import Item, Meta, read_meta
from .heif_properties import DECODERS, DONT_INHERIT, ICC_KEY
from .isobmff import boxes
from .jpeg_trailers_vendor import samsung as samsung_trailer
from .png_text import Inflater

FILE_TYPE = "HEIC"
MIME = "image/heic"
PILLOW_FORMATS = ("HEIF", "AVIF")
GROUP = "QuickTime"

# Major brand → ExifTool FileType (QuickTime.pm %ftypLookup; 'avis' sequences counted as AVIF).
BRANDS = {
    b"heic": "HEIC",
    b"heix": "HEIC",
    b"heim": "HEIC",
    b"heis": "HEIC",
    b"hevc": "HEIC",
    b"hevx": "HEIC",
    b"mif1": "HEIF",
    b"msf1": "HEIF",
    b"heif": "HEIF",
    b"avif": "AVIF",
    b"avis": "AVIF",
}
# Item types holding metadata ExifTool reads (QuickTime.pm HandleItemInfo).
METADATA_ITEMS = {"Exif": "EXIF", "application/rdf+xml": "XMP"}


def sniff(head: bytes) -> str | None:
    """An ``ftyp`` box first whose major brand is one of :data:`BRANDS`."""
    if head[4:8] != b"ftyp":
        return None
    return BRANDS.get(head[8:12])


def read(data: bytes, ctx: ReadContext) -> None:
    """Top-level boxes, then the primary image's items and properties; damage is reported."""
    file_type = ctx.metadata.get("File", {}).get("FileType", FILE_TYPE)
    ctx.add("File", {"FileTypeExtension": file_type})
    meta, media, meta_seen = Meta(), {}, False
    try:
        for box in boxes(data, 0, len(data)):
            if box.type == b"ftyp":
                _file_type_box(data[box.start : box.end], ctx)
            elif box.type == b"meta" and not meta_seen:
                meta_seen = True
                read_meta(data, box, meta, file_type, ctx)
            elif box.type == b"sefd":
                samsung_trailer(data[box.start : box.end], box.end - box.start, ctx, "", 0)
            elif box.type == b"mdat":  # ExifTool reports the last one, at its declared size
                media = {"MediaDataOffset": box.start, "MediaDataSize": box.size}
    except MalformedDataError as exc:
        ctx.warn(GROUP, str(exc))
    ctx.add(GROUP, media)
    _read_items(data, meta, file_type, Inflater(), ctx)
    _read_properties(data, meta, ctx)


def _file_type_box(body: bytes, ctx: ReadContext) -> None:
    """ftyp: major brand, minor version (ExifTool prints it as x.y.z) and compatible brands."""
    if len(body) < 8:
        return
    version = f"{int.from_bytes(body[4:6], 'big'):x}.{body[6]:x}.{body[7]:x}"
    brands = [body[i : i + 4].decode("latin-1") for i in range(8, len(body) - 3, 4) if b"\x00" not in body[i : i + 4]]
    ctx.add(GROUP, {"MajorBrand": body[:4].decode("latin-1"), "MinorVersion": version, "CompatibleBrands": brands})


def _read_items(data: bytes, meta: Meta, file_type: str, inflate: Inflater, ctx: ReadContext) -> None:
    """Exif and XMP items. Those describing another image than the primary one (an iPhone's HDR
    gain map) are ExifTool's sub-documents: read after the others, so that in each group they only
    add the tags the primary image lacks, as ``exiftool -j -G1`` shows them."""
    for item_id in sorted(meta.items, key=lambda i: (_describes_other_image(meta, meta.items[i]), i)):
        item = meta.items[item_id]
        kind = METADATA_ITEMS.get(item.type)
        if kind is None:
            continue
        try:
            payload, offset = _item_data(data, meta, item)
            if item.encoding == "deflate":
                payload, offset = inflate(payload), 0
            elif item.encoding:
                raise MalformedDataError(f"Can't currently decode {item.encoding} encoded {item.type} metadata")
        except AnalysisError as exc:
            ctx.warn(GROUP, f"{item.type} item {item_id}: {exc}")
            continue
        start = _exif_start(payload, ctx) if kind == "EXIF" else 0
        if start is not None and payload[start:]:
            ctx.read(Block(kind, payload[start:], f"{file_type}-Meta-ItemInformation", offset + start if offset else 0))


def _describes_other_image(meta: Meta, item: Item) -> bool:
    return meta.primary is not None and bool(item.refers_to) and meta.primary not in item.refers_to


def _item_data(data: bytes, meta: Meta, item: Item) -> tuple[bytes, int]:
    """An item's bytes: its extents joined, from the file (method 0) or from idat (method 1)."""
    if item.protected or item.external or item.method > 1 or not item.extents:
        raise MalformedDataError("item is protected, external, constructed or has no extents")
    if item.method == 1 and meta.idat is None:
        raise MalformedDataError("No 'idat' for item with construction method 1")
    origin = meta.idat.start if item.method == 1 else 0
    limit = meta.idat.end if item.method == 1 else len(data)
    if sum(length for _, length in item.extents) > limit - origin:
        raise MalformedDataError("extents are larger than the data they point into")
    parts = []
    for offset, length in item.extents:
        start = origin + item.base + offset
        if start + length > limit:
            raise MalformedDataError(f"extent of {length} bytes at offset {start} runs past the data")
        parts.append(data[start : start + length])
    return b"".join(parts), origin + item.base + item.extents[0][0]


def _exif_start(payload: bytes, ctx: ReadContext) -> int | None:
    """Exif items begin with a u32 offset to the TIFF header (ISO/IEC 23008-12 Annex A.2.1)."""
    if payload[:4] in (b"II*\x00", b"MM\x00*"):
        ctx.warn(GROUP, "Missing Exif header")
        return 0
    if payload.startswith(b"Exif\x00\x00"):
        ctx.warn(GROUP, "Missing Exif header size")
        return 6
    start = 4 + int.from_bytes(payload[:4], "big")
    if len(payload) < 4 or start > len(payload):
        ctx.warn(GROUP, "Invalid EXIF header")
        return None
    return start


def _read_properties(data: bytes, meta: Meta, ctx: ReadContext) -> None:
    """Properties of the primary image, the later winning as in ExifTool; properties of other
    items (ExifTool's sub-documents) only add tags the primary image lacks. Every ICC profile is
    read, in box order, as ExifTool numbers them (``ICC_Profile``, ``ICC_Profile2``, ...)."""
    main, others = {}, {}
    for index, box in enumerate(meta.properties, 1):
        if box.type not in DECODERS:
            continue
        tags = DECODERS[box.type](data[box.start : box.end])
        if ICC_KEY in tags:
            ctx.read(Block("ICC", tags.pop(ICC_KEY), "QuickTime-ItemProp-ICC_Profile", box.start + 4))
        if _describes_primary(meta, index, box.type):
            main |= tags
        else:
            others |= {tag: value for tag, value in tags.items() if tag not in others}
    if "ImageWidth" in main:
        ctx.add("File", {"ImageWidth": main.pop("ImageWidth"), "ImageHeight": main.pop("ImageHeight")})
    ctx.add(GROUP, {tag: value for tag, value in (others | main).items() if tag not in ("ImageWidth", "ImageHeight")})


def _describes_primary(meta: Meta, index: int, kind: bytes) -> bool:
    """ExifTool's rule: a property belongs to the main document when an associated item is the
    primary, describes the primary, or is referred to by the primary (per DONT_INHERIT)."""
    owners = sorted((i for i, item in meta.items.items() if index in item.properties), reverse=True)
    if not owners or meta.primary is None:
        return True
    dont = DONT_INHERIT.get(kind, 0)
    primary_refers = meta.items[meta.primary].refers_to if meta.primary in meta.items else set()
    return any(
        owner == meta.primary
        or (not dont and meta.primary in meta.items[owner].refers_to)
        or (dont != 1 and owner in primary_refers)
        for owner in owners
    )
