"""BigTIFF files (magic 43, 8-byte offsets and counts, 20-byte entries): read as ExifTool's
BigTIFF.pm reads them, with file type BTF, no ExifByteOrder, and sub-directories named after the
tag that points to them (ExifOffset, GPSInfo, SubIFD, …), all read with the main EXIF table."""

import struct

from analysis import analyse
from analysis.formats import detect
from analysis.formats import tiff as tiff_format
from analysis.metadata import READERS
from analysis.metadata.context import ReadContext

ASCII, SHORT, LONG, RATIONAL, LONG8, IFD8 = 2, 3, 4, 5, 16, 18
SIZES = {ASCII: 1, SHORT: 2, LONG: 4, RATIONAL: 8, LONG8: 8, IFD8: 8}


def value(ftype: int, item, order: str) -> tuple[int, bytes]:
    """(count, bytes) of an entry value: text for ASCII, else a list of numbers or (n, d) pairs."""
    if ftype == ASCII:
        raw = item.encode() + b"\x00"
        return len(raw), raw
    if ftype == RATIONAL:
        return len(item), b"".join(struct.pack(order + "II", n, d) for n, d in item)
    code = {SHORT: "H", LONG: "I", LONG8: "Q", IFD8: "Q"}[ftype]
    return len(item), struct.pack(order + code * len(item), *item)


class BigTiff:
    """A BigTIFF file assembled directory by directory, each placed at the end so far."""

    def __init__(self, order: str = "<"):
        self.order = order
        mark = b"II+\x00" if order == "<" else b"MM\x00+"
        self.data = bytearray(mark + struct.pack(order + "HHQ", 8, 0, 0))

    def directory(self, entries: list[tuple], next_offset: int = 0) -> int:
        """Append a directory of ``(tag, type, value)`` entries (or ``(tag, type, count, field)``
        with a raw 8-byte field), its long values after it; return its offset."""
        order, start = self.order, len(self.data)
        values_at = start + 8 + 20 * len(entries) + 8
        body, tail = struct.pack(order + "Q", len(entries)), b""
        for entry in entries:
            if len(entry) == 4:
                tag, ftype, count, field = entry
            else:
                tag, ftype, item = entry
                count, raw = value(ftype, item, order)
                if len(raw) <= 8:
                    field = raw.ljust(8, b"\x00")
                else:
                    field = struct.pack(order + "Q", values_at + len(tail))
                    tail += raw + b"\x00" * (len(raw) % 2)
            body += struct.pack(order + "HHQ", tag, ftype, count) + field
        self.data += body + struct.pack(order + "Q", next_offset) + tail
        return start

    def first(self, offset: int) -> bytes:
        """The file, with IFD0 at ``offset``."""
        self.data[8:16] = struct.pack(self.order + "Q", offset)
        return bytes(self.data)


def walk(data: bytes) -> ReadContext:
    """The format walker and the readers alone (strict: a reader bug raises)."""
    ctx = ReadContext(data, READERS, strict=True)
    tiff_format.read(data, ctx)
    return ctx


def sample(order: str = "<") -> bytes:
    """IFD0 (pointing to a SubIFD, an ExifIFD and a GPS IFD) chained to IFD1."""
    big = BigTiff(order)
    exif = big.directory([(0x829A, RATIONAL, [(1, 60)]), (0x9003, ASCII, "2020:01:02 03:04:05")])
    gps = big.directory([(0x0001, ASCII, "N")])
    ifd1 = big.directory([(0x0100, LONG, [4]), (0x0103, SHORT, [6])])
    sub = big.directory([(0x00FE, LONG, [1]), (0x0100, LONG, [2])])
    ifd0 = big.directory(
        [
            (0x0100, LONG8, [8]),
            (0x0101, LONG, [6]),
            (0x010F, ASCII, "Canon"),
            (0x0110, ASCII, "Canon EOS 350D DIGITAL"),
            (0x0111, LONG8, [16]),
            (0x014A, IFD8, [sub]),
            (0x8769, IFD8, [exif]),
            (0x8825, LONG, [gps]),
        ],
        next_offset=ifd1,
    )
    return big.first(ifd0)


def test_bigtiff_is_its_own_file_type():
    data = sample()
    file_type = detect(data)
    assert (file_type.name, file_type.mime) == ("BTF", "image/x-tiff-big")
    assert walk(data).metadata["File"] == {"FileTypeExtension": "BTF"}  # and no ExifByteOrder


def test_bigtiff_ifd0_is_read():
    ifd0 = walk(sample()).metadata["IFD0"]
    assert ifd0 == {
        "ImageWidth": 8,
        "ImageHeight": 6,
        "Make": "Canon",  # inline: up to eight bytes live in the entry
        "Model": "Canon EOS 350D DIGITAL",
        "StripOffsets": 16,
    }


def test_bigtiff_ifd0_is_read_in_either_byte_order():
    assert walk(sample(">")).metadata == walk(sample("<")).metadata


def test_bigtiff_sub_ifds_are_named_after_their_pointer_tags_and_read_with_the_exif_table():
    metadata = walk(sample()).metadata
    assert metadata["ExifOffset"] == {"ExposureTime": 0.01666666667, "DateTimeOriginal": "2020:01:02 03:04:05"}
    assert metadata["GPSInfo"] == {"InteropIndex": "N"}  # GPS tag 1 read with the EXIF table
    assert metadata["SubIFD"] == {"SubfileType": 1, "ImageWidth": 2}
    assert metadata["IFD1"] == {"ImageWidth": 4, "Compression": 6}
    assert "ExifIFD" not in metadata and "GPS" not in metadata


def test_bigtiff_sub_ifd_values_print_as_exif_values():
    printed = analyse(sample(), strict=True).to_dict()["metadata_print"]
    assert printed["ExifOffset"]["ExposureTime"] == "1/60"
    assert printed["GPSInfo"]["InteropIndex"] == "Unknown (N)"


def test_a_cut_off_bigtiff_directory_is_not_read():
    data = b"II+\x00\x08\x00\x00\x00" + struct.pack("<QQ", 16, 8)  # IFD0 claims 8 entries, has none
    ctx = walk(data)
    assert "IFD0" not in ctx.metadata
    assert [(w.group, w.message) for w in ctx.warnings] == [("IFD0", "Truncated IFD0 directory")]


def test_a_bad_format_ends_a_bigtiff_directory_and_its_chain():
    big = BigTiff()
    ifd1 = big.directory([(0x0100, LONG, [4])])
    ifd0 = big.directory([(0x0100, LONG, [8]), (0x0101, 99, 1, bytes(8)), (0x0102, SHORT, [8])], next_offset=ifd1)
    ctx = walk(big.first(ifd0))
    assert ctx.metadata["IFD0"] == {"ImageWidth": 8}
    assert "IFD1" not in ctx.metadata
    assert ("IFD0", "Unknown format (99) for IFD0 tag 0x101") in [(w.group, w.message) for w in ctx.warnings]


def test_a_value_past_the_end_is_skipped_with_a_warning():
    big = BigTiff()
    ifd0 = big.directory([(0x0100, LONG, [8]), (0x010F, ASCII, 20, struct.pack("<Q", 1 << 20))])
    ctx = walk(big.first(ifd0))
    assert ctx.metadata["IFD0"] == {"ImageWidth": 8}
    assert ("IFD0", "Error reading IFD0 entry 1") in [(w.group, w.message) for w in ctx.warnings]


def test_magic_43_without_the_bigtiff_header_is_read_as_a_tiff():
    data = b"II+\x00" + struct.pack("<I", 0x00FFFF00) + bytes(24)  # offset size not 8: not BigTIFF
    assert detect(data).name == "TIFF"
    ctx = walk(data)
    assert ctx.metadata["File"] == {"FileTypeExtension": "TIF", "ExifByteOrder": "II"}
    assert [w.group for w in ctx.warnings] == ["IFD0"]


def test_every_truncation_of_a_bigtiff_is_read_without_an_exception():
    data = sample()
    for end in range(0, len(data), 3):
        analyse(data[:end])
