"""EXIF/TIFF reader: one table-driven IFD walker, as ExifTool's Exif.pm ProcessExif.

Reads a TIFF structure (JPEG APP1 after ``Exif\\0\\0``, a whole TIFF file, the EXIF of PNG,
WebP or HEIF with or without that prefix or HEIF's 4-byte offset) into ExifTool's family-1
groups: IFD0 and the IFDs chained after it (IFD1 with the thumbnail, IFD2, …), ExifIFD, GPS,
InteropIFD, SubIFD, SubIFD1, …, GlobParamIFD. Tags, names and conversions come from the tables
in :mod:`analysis.metadata.tags.exif` and :mod:`analysis.metadata.tags.gps`; unknown tags are
skipped, as ExifTool does without ``-u``.

A BigTIFF file (8-byte offsets, :data:`~analysis.metadata.ifd.BIGTIFF`) is walked by the same
code, with the differences of ExifTool's BigTIFF.pm. After the walk comes what needs the whole
structure: GeoTIFF keys, the maker note (and the original one a DNG keeps in its private data,
:mod:`.dng`), and the TIFF images ExifTool rebuilds from uncompressed reduced-resolution ones
(:mod:`.thumbnail_tiff`).

Damage is reported with ExifTool's wording under the directory's group and reading goes on:
bad field types, values past the end, suspicious offsets, loops (visited offsets), too many
directories, nesting too deep, oversized counts.
"""

import re
import struct
from typing import Any

from ..binary import LITTLE, ByteReader
from ..errors import AnalysisError, LimitError, MalformedDataError
from ..limits import MAX_DEPTH, MAX_IFD_VALUES, MAX_IFDS, MAX_SUBIFDS, MAX_VALUE_BYTES, MAX_WARNINGS_PER_BLOCK
from .context import Block, ReadContext
from .dng import read_adobe_data
from .ifd import BIGTIFF, CLASSIC, FORMATS, UNDEFINED, Entry, Layout, open_bigtiff, open_tiff, read_directory, unpack
from .makernotes import read_makernote
from .tags import exif as exif_tags
from .tags import geotiff as geotiff_tags
from .tags import gps as gps_tags
from .tags.tag import Row, Tag, Where
from .thumbnail_tiff import rebuild
from .values import binary, c_string, list_up_to_64, number, rational, text

KIND = "EXIF"

EXIF_HEADER = b"Exif\x00\x00"
# The block path a BigTIFF file's structure is read under (ExifTool's FileType for it).
BIGTIFF_PATH = "BTF"
TIFF_HEADERS = (b"II*\x00", b"MM\x00*")

# The block kind of DNGPrivateData holding Adobe's records (Exif.pm 0xc634 DNGAdobeData).
ADOBE_DATA = "DNGAdobeData"
# The sub-directories walked here and their tables (ExifTool SubDirectory TagTable); other
# IFD pointers (KodakIFD, LeafSubIFD, ProfileIFD, …) belong to other tables and are skipped.
TABLES: dict[str, dict[int, Row]] = {
    "ExifIFD": exif_tags.TAGS,
    "InteropIFD": exif_tags.TAGS,
    "SubIFD": exif_tags.TAGS,
    "GlobParamIFD": exif_tags.TAGS,
    "GPS": gps_tags.TAGS,
}
# Embedded images ExifTool makes from an offset/length pair, in the pair's group (Exif.pm Composite).
IMAGES = (
    ("ThumbnailOffset", "ThumbnailLength", "ThumbnailImage"),
    ("PreviewImageStart", "PreviewImageLength", "PreviewImage"),
    ("JpgFromRawStart", "JpgFromRawLength", "JpgFromRaw"),
    ("OtherImageStart", "OtherImageLength", "OtherImage"),
)
TEXT_FORMATS = ("string", "undef")
# ExifTool does not decode a numeric value of more than this many items for the tags whose
# ValueConv makes long values binary (Exif.pm %longBin, LongBinary; list_up_to_64 here): it
# shows "(large array of N format values)" instead.
LARGE_ARRAY = 500
INTEGER_FORMATS = ("int8u", "int8s", "int16u", "int16s", "int32u", "int32s", "int64u", "int64s")
# ExifTool gives offset tags (ThumbnailOffset, StripOffsets, …) as file offsets, except for EXIF
# read from a buffer of another block (PNG eXIf/zTXt, Photoshop IRB): those stay TIFF-relative.
TIFF_RELATIVE_PATHS = ("PNG", "PSD", "Photoshop")
# The ExifTool directory name a block tag adds to the metadata path (its SubDirectory DirName, else
# the tag name): IPTC in a TIFF's IFD0 is at TIFF-IFD0-IPTC, one of IPTC's standard places.
DIRECTORY_NAMES = {"IPTC": "IPTC", "Photoshop": "Photoshop", "XMP": "XMP"}


def read(block: Block, ctx: ReadContext) -> None:
    """Read the TIFF structure in ``block`` into ExifTool's IFD groups, ``File:ExifByteOrder``
    and, for the maker note, :func:`~analysis.metadata.makernotes.read_makernote`.

    A block with path :data:`BIGTIFF_PATH` is a whole BigTIFF file, read as ExifTool's
    BigTIFF.pm does (no ExifByteOrder; sub-directories named after their pointer tag). A TIFF
    file (path ``TIFF``) is read whatever its magic number, as ExifTool reads one.

    Raises MalformedDataError when there is no TIFF header (the context records it).
    """
    if block.path == BIGTIFF_PATH:
        start, layout = 0, BIGTIFF
        reader, first = open_bigtiff(block.data)
    else:
        start, layout = tiff_start(block.data), CLASSIC
        if start is None and block.path == "TIFF":
            start = 0  # open_tiff below still wants the byte order
        if start is None:
            raise MalformedDataError("no TIFF header (expected II*\\0 or MM\\0*, optionally after Exif\\0\\0)")
        reader, first = open_tiff(block.data[start:] if start else block.data, any_magic=block.path == "TIFF")
    if first < 8:
        ctx.warn("IFD0", f"{block.path}: bad IFD0 offset {first}")
        return
    if layout is CLASSIC:
        ctx.add("File", {"ExifByteOrder": "II" if reader.order == LITTLE else "MM"})
    known = block.offset or block.data is ctx.data  # a TIFF file starts at 0; a decompressed block has no place
    container = _container(block)
    walker = _Walker(ctx, reader, block.offset + start if known else None, block.path, container, layout)
    walker.chain(first, "IFD0", exif_tags.TAGS, 0)
    if container in ("TIFF", BIGTIFF_PATH) and (walker.multi_page or walker.pages > 1):
        ctx.add("File", {"PageCount": walker.pages})
    walker.finish()


def _container(block: Block) -> str:
    """ExifTool's TIFF_TYPE, which tag conditions test: ``CR2`` for a TIFF file with Canon's
    ``CR\\2\\0`` signature after a 42 header whose IFD0 offset leaves room for it (ExifTool.pm
    DoProcessTIFF), ``TIFF`` for other TIFF files, ``APP1`` for JPEG EXIF, else the block path."""
    if block.path == "TIFF":
        data = block.data
        cr2 = data[2:4] in (b"*\x00", b"\x00*") and data[8:12] == b"CR\x02\x00"
        if cr2 and int.from_bytes(data[4:8], "little" if data[:2] == b"II" else "big") >= 16:
            return "CR2"
        return "TIFF"
    return "APP1" if block.path.endswith("APP1") else block.path


def tiff_start(data: bytes) -> int | None:
    """Where the TIFF header is in an EXIF block: at 0, after ``Exif\\0\\0``, or after HEIF's
    4-byte big-endian offset (ISO/IEC 23008-12 A.2.1 ``exif_tiff_header_offset``); None if not found."""
    if data[:4] in TIFF_HEADERS:
        return 0
    if data.startswith(EXIF_HEADER):
        return len(EXIF_HEADER)
    if len(data) >= 8:
        at = 4 + int.from_bytes(data[:4], "big")
        if data[at : at + 4] in TIFF_HEADERS:
            return at
    return None


class _Walker:
    """State of one walk: visited directory offsets, counts, and what later steps need."""

    def __init__(
        self,
        ctx: ReadContext,
        reader: ByteReader,
        file_offset: int | None,
        path: str,
        container: str,
        layout: Layout = CLASSIC,
    ):
        self.ctx = ctx
        self.reader = reader
        self.layout = layout
        self.big = layout is BIGTIFF
        self.file_offset = file_offset
        relative = any(part in TIFF_RELATIVE_PATHS for part in path.split("-"))
        self.base = 0 if relative else file_offset or 0
        self.path = path
        self.container = container
        self.visited: dict[int, str] = {}
        self.make = ""
        self.model = ""
        self.makernote: tuple[int, int] | None = None
        # DNGPrivateData blocks (raw bytes, offset in the TIFF structure) that start "Adobe\0".
        self.adobe: list[tuple[bytes, int]] = []
        # Every directory read, (group, values), for the TIFF thumbnails rebuilt from them.
        self.directories: list[tuple[str, dict[str, Any]]] = []
        self.geotiff: dict[str, bytes] = {}
        # Pages of a multi-page TIFF, counted as ExifTool does from (Old)SubfileType (Exif.pm 0xfe).
        self.pages = 0
        self.multi_page = False

    def chain(self, offset: int, name: str, table: dict[int, Row], depth: int) -> None:
        """Read a directory and those linked after it: IFD0 → IFD1 → IFD2 …, SubIFD → SubIFD1 …"""
        stem, number_text = re.fullmatch(r"(.*?)(\d*)", name).groups()
        index = int(number_text or 0)
        while offset:
            offset = self.directory(offset, name, table, depth)
            index += 1
            name = f"{stem}{index}"

    def finish(self) -> None:
        """What needs the whole structure read first: GeoTIFF keys, and the maker note (which
        may need Make and Model)."""
        if "GeoTiffDirectory" in self.geotiff and not self.big:  # ExifTool reads no GeoTIFF keys in BigTIFF
            self._geotiff()
        for image in rebuild(self.directories, len(self.ctx.data)):
            if image.length is None:
                self.ctx.warn(image.group, f"Invalid {image.tag} data")
            else:
                self.ctx.add(image.group, {image.tag: binary(image.length)})
        try:
            if self.makernote is not None:
                offset, count = self.makernote
                read_makernote(
                    self.ctx,
                    make=self.make,
                    model=self.model,
                    tiff=self.reader,
                    offset=offset,
                    count=count,
                    file_offset=self.base,
                )
            # A DNG keeps the original maker note in its private data (DNG.pm ProcessAdobeData).
            for raw, at in self.adobe:
                read_adobe_data(self.ctx, raw, self.base + at, make=self.make, model=self.model)
        except AnalysisError as exc:
            self.ctx.warn("MakerNotes", f"{self.path}: {exc}")

    def _geotiff(self) -> None:
        """GeoKeys (GeoTIFF 1.0 §2.4; ExifTool GeoTiff.pm ProcessGeoTiff): a header of 4 SHORTs
        (version, revision, minor, key count), then per key its id, location, count and value or
        index: location 0 = the value itself, 0x87AF/0x87B0/0x87B1 = index into that tag."""
        group, order = geotiff_tags.GROUP, self.reader.order
        raw = self.geotiff["GeoTiffDirectory"]
        shorts = struct.unpack(f"{order}{len(raw) // 2}H", raw[: len(raw) // 2 * 2])
        if len(shorts) < 4 or len(shorts) < 4 * (shorts[3] + 1):
            self.ctx.warn(group, "Bad GeoTIFF directory")
            return
        doubles_raw = self.geotiff.get("GeoTiffDoubleParams", b"")
        sources: dict[int, Any] = {
            0x87AF: shorts,
            0x87B0: [number(v) for v in unpack(doubles_raw, "double", order)],
            0x87B1: self.geotiff.get("GeoTiffAsciiParams", b""),
        }
        values: dict[str, Any] = {"GeoTiffVersion": f"{shorts[0]}.{shorts[1]}.{shorts[2]}"}
        for index in range(1, shorts[3] + 1):
            key, location, count, at = shorts[4 * index : 4 * index + 4]
            name = geotiff_tags.KEYS.get(key)
            if name is None:
                continue
            if location == 0:
                location, count, at = 0x87AF, 1, 4 * index + 3
            source = sources.get(location)
            if source is None:
                self.ctx.warn(group, f"Unknown GeoTiff location ({location}) for {name}")
            elif len(source) < at + count:
                self.ctx.warn(group, f"Missing data for {name}")
            elif isinstance(source, bytes):
                values[name] = re.sub(r"[\x00|]$", "", c_string(source[at : at + count]))
            else:
                values[name] = source[at] if count == 1 else list(source[at : at + count])
        self.ctx.add(group, values)

    def directory(self, offset: int, name: str, table: dict[int, Row], depth: int) -> int:
        """Read the directory at ``offset`` into group ``name``; return the next-IFD offset (0 = none)."""
        warn = self.ctx.warn
        if offset in self.visited:
            warn(name, f"{name} pointer references previous {self.visited[offset]} directory")
            return 0
        if len(self.visited) >= MAX_IFDS:
            warn(name, f"{name} not read: more than {MAX_IFDS} directories")
            return 0
        if depth > MAX_DEPTH:
            warn(name, f"{name} not read: directories nested deeper than {MAX_DEPTH}")
            return 0
        self.visited[offset] = name
        layout = self.layout
        try:
            found, damage = read_directory(self.reader, offset, layout)
        except (MalformedDataError, LimitError) as exc:
            warn(name, f"Bad {name} directory ({exc})")
            return 0
        if damage and self.big:  # BigTIFF.pm reads a directory whole or not at all
            warn(name, f"Truncated {name} directory")
            return 0
        for message in damage:
            warn(name, message)
        entries = _Entries(self, name, offset, layout.header_size + layout.entry_size * len(found.entries))
        corrupt = False
        for index, entry in enumerate(found.entries):
            if entries.warnings > MAX_WARNINGS_PER_BLOCK:
                warn(name, f"Too many warnings -- {name} parsing aborted")
                break
            if entry.type not in layout.types:
                if self.big:  # BigTIFF.pm takes any bad format for a corrupt directory
                    entries.warn(f"Unknown format ({entry.type}) for {name} tag 0x{entry.tag:x}")
                    corrupt = True
                    break
                if entry.type:  # a zero type is padding, not damage
                    entries.warn(f"Bad format ({entry.type}) for {name} entry {index}")
                if index == 0:  # ExifTool takes a bad first entry for a corrupt directory
                    return 0
                continue
            entries.read(index, entry, table)
        if entries.values:
            self.ctx.add(name, entries.values)
            self._images(name, entries.values)
            self.directories.append((name, entries.values))
        for tag, raw, at in entries.blocks:
            if tag.block == geotiff_tags.GROUP:
                self.geotiff.setdefault(tag.name, raw)
            elif tag.block == ADOBE_DATA:
                self.adobe.append((raw, at))
            else:
                path = f"{self.path}-{name}-{DIRECTORY_NAMES.get(tag.block, tag.name)}"
                self.ctx.read(Block(tag.block, raw, path, self.base + at))
        for tag, pointers in entries.pointers:
            self._subdirectories(tag, pointers, depth)
        return 0 if corrupt else found.next_offset

    def _subdirectories(self, tag: Tag, pointers: list[Any], depth: int) -> None:
        if self.big:
            self._big_subdirectories(tag, pointers, depth)
            return
        table = TABLES.get(tag.ifd)
        if table is None:
            return
        if len(pointers) > MAX_SUBIFDS:
            self.ctx.warn(tag.ifd, f"Ignoring {len(pointers) - MAX_SUBIFDS} {tag.name} directories")
        for index, pointer in enumerate(pointers[:MAX_SUBIFDS]):
            name = re.sub(r"\d*$", str(index), tag.ifd) if index else tag.ifd
            if not isinstance(pointer, int) or pointer < 8 or pointer + 2 > len(self.reader):
                self.ctx.warn(name, f"Bad {tag.name} SubDirectory start")
            elif name == "SubIFD":  # ExifTool follows the next-IFD links of IFD0 and SubIFD only
                self.chain(pointer, name, table, depth + 1)
            else:
                self.directory(pointer, name, table, depth + 1)

    def _big_subdirectories(self, tag: Tag, pointers: list[Any], depth: int) -> None:
        """BigTIFF.pm reads every sub-IFD pointer's directories with the main EXIF table (GPS
        too) into a group named after the pointer tag (ExifOffset, GPSInfo, SubIFD, SubIFD1, …),
        and follows the next-IFD links of the SubIFD ones."""
        if len(pointers) > MAX_SUBIFDS:
            self.ctx.warn(tag.name, f"Ignoring {len(pointers) - MAX_SUBIFDS} {tag.name} directories")
        for index, pointer in enumerate(pointers[:MAX_SUBIFDS]):
            name = f"{tag.name}{index}" if index else tag.name
            if not isinstance(pointer, int) or pointer < 8 or pointer + 8 > len(self.reader):
                self.ctx.warn(name, f"Bad {name} offset")
            elif re.fullmatch(r"SubIFD\d*", name):
                self.chain(pointer, name, exif_tags.TAGS, depth + 1)
            else:
                self.directory(pointer, name, exif_tags.TAGS, depth + 1)

    def _images(self, name: str, values: dict[str, Any]) -> None:
        for start_tag, length_tag, image in IMAGES:
            start, length = values.get(start_tag), values.get(length_tag)
            if not (isinstance(start, int) and isinstance(length, int) and length > 0):
                continue
            if start - self.base + length > len(self.reader):
                self.ctx.warn(name, f"{image} ({length} bytes at {start}) runs past the end of the EXIF data")
            at = None if self.file_offset is None else self.file_offset + start - self.base
            self.ctx.add(name, {image: binary(length, at)})


class _Entries:
    """The entries of one directory being read: their values, and what to read after them."""

    def __init__(self, walker: _Walker, name: str, offset: int, size: int):
        self.walker = walker
        self.name = name
        self.offset = offset
        self.end = offset + size
        self.warnings = 0
        self.values: dict[str, Any] = {}
        self.blocks: list[tuple[Tag, bytes, int]] = []
        self.pointers: list[tuple[Tag, list[Any]]] = []
        self.compression: int | None = None
        self.subfile_type: int | None = None

    def warn(self, message: str) -> None:
        self.warnings += 1
        self.walker.ctx.warn(self.name, message)

    def read(self, index: int, entry: Entry, table: dict[int, Row]) -> None:
        """Read one entry (its type already known valid) and file its value by what its tag is."""
        reader, layout, big = self.walker.reader, self.walker.layout, self.walker.big
        row = table.get(entry.tag)
        if row is None and big:  # BigTIFF.pm skips unknown tags before looking at their values
            return
        size = layout.types[entry.type][0] * entry.count
        at = self.offset + layout.header_size + layout.entry_size * index + 4 + layout.count_size
        if size > layout.field_size:
            at = int.from_bytes(entry.field, "little" if reader.order == LITTLE else "big")
            if size > 0x7FFFFFFF:
                name = f" {_label(entry.tag, row)}" if row else ""
                self.warn(f"Invalid size ({size}) for {self.name} tag 0x{entry.tag:04x}{name}")
                return
            if at + size > len(reader):
                bad = f"Bad offset for {self.name} {_label(entry.tag, row)}"
                self.warn(f"Error reading {self.name} entry {index}" if big else bad)
                return
            if not big and (at < 8 or (at < self.end and at + size > self.offset)):
                self.warn(f"Suspicious {self.name} offset for {_label(entry.tag, row)}")
                return
        if row is None:
            return
        tag = row if isinstance(row, Tag) else self._choose(row, reader.data[at : at + min(size, 16)])
        if tag is None:
            return
        fmt = tag.fmt or ("int8u" if entry.type == UNDEFINED and entry.count == 1 else layout.formats[entry.type])
        if (tag.ifd or tag.offset) and fmt not in INTEGER_FORMATS:
            self.warn(f"Wrong format ({fmt}) for {self.name} 0x{entry.tag:04x} {tag.name}")
            return
        count = size // FORMATS[fmt][1]
        if count > MAX_IFD_VALUES and fmt not in TEXT_FORMATS:
            self.warn(f"Ignoring {self.name} {tag.name} with excessive count")
            return
        if tag.makernote:
            self.walker.makernote = (at, size)
            return
        if count > LARGE_ARRAY and tag.conv is list_up_to_64 and fmt not in TEXT_FORMATS:
            self._store(tag, f"(large array of {count} {fmt} values)")
            return
        if size > MAX_VALUE_BYTES or (tag.binary and fmt in TEXT_FORMATS):
            self._store(tag, binary(size, self._file_offset(at)))
            return
        raw = reader.data[at : at + size] if size > layout.field_size else entry.field[:size]
        if tag.block:
            self.blocks.append((tag, raw, at))
            return
        value = self._value(tag, raw, fmt, reader.order)
        if tag.ifd:
            self.pointers.append((tag, value if isinstance(value, list) else [value]))
            return
        if tag.offset and isinstance(value, list):
            value = [v + self.walker.base if isinstance(v, int) else v for v in value]
        if tag.binary:  # ExifTool measures a numeric binary value by its text form
            length = len(" ".join(str(v) for v in value)) if isinstance(value, list) else size
            value = binary(length, self._file_offset(at))
        elif tag.conv:
            value = tag.conv(value, reader.order)
        self._store(tag, value)

    def _value(self, tag: Tag, raw: bytes, fmt: str, order: str) -> list[Any] | str | bytes:
        if fmt == "string":
            return c_string(raw)
        if fmt == "undef":
            return raw
        numbers = unpack(raw, fmt, order)
        if fmt.startswith("rational"):
            if any(d == 0 for _, d in numbers):
                self.warn(f"{self.name} {tag.name} has a zero denominator")
            return [rational(n, d) for n, d in numbers]
        if fmt in ("float", "double"):
            return [number(v) for v in numbers]
        return list(numbers)

    def _store(self, tag: Tag, value: Any) -> None:
        if isinstance(value, bytes):
            value = text(value)
        elif isinstance(value, list):
            value = "" if not value else value[0] if len(value) == 1 else value
        if value is None:
            return
        if tag.name == "Compression" and isinstance(value, int):
            self.compression = value
        elif tag.name == "SubfileType" and isinstance(value, int):
            self.subfile_type = value
            self._page(value in (0, 2), value == 2)
        elif tag.name == "OldSubfileType":
            self._page(value in (1, 3), value == 3)
        elif tag.name == "Make" and isinstance(value, str) and not self.walker.make:
            self.walker.make = value
        elif tag.name == "Model" and isinstance(value, str) and not self.walker.model:
            self.walker.model = value
        # Text stays text (issue 10: Software "8.0", SubSecTime "641"), though exiftool -j prints
        # number-looking text as a number; only values stored as numbers are numbers.
        self.values.setdefault(tag.name, value)

    def _page(self, is_page: bool, is_multi_page: bool) -> None:
        if is_page:
            self.walker.pages += 1
            self.walker.multi_page |= is_multi_page

    def _choose(self, variants: tuple[Tag, ...], head: bytes) -> Tag | None:
        where = Where(self.name, self.walker.container, self.compression, self.subfile_type, head)
        return next((tag for tag in variants if tag.when is None or tag.when(where)), None)

    def _file_offset(self, at: int) -> int | None:
        return None if self.walker.file_offset is None else self.walker.file_offset + at


def _label(tag_id: int, row: Row | None) -> str:
    """How ExifTool names an entry in warnings: the tag name, else ``tag 0x1234``."""
    if isinstance(row, Tag):
        return row.name
    return row[-1].name if row else f"tag 0x{tag_id:04x}"
