"""What a DNG adds to a TIFF: the original maker note kept in Adobe's DNGPrivateData (DNG.pm
ProcessAdobeMakN), and the uncompressed thumbnail ExifTool rebuilds as ThumbnailTIFF (Exif.pm
RebuildTIFF), which any TIFF structure with such a reduced-resolution image gets."""

import struct

from analysis.formats import tiff as tiff_format
from analysis.metadata import READERS
from analysis.metadata.context import ReadContext
from tests.builders import ASCII, LONG, SHORT, UNDEFINED, ifd

ORIGINAL = 0x300  # where the maker note was in the original raw file
IMAGE_TYPE = "IMG:EOS 350D DIGITAL JPEG"
FLOAT = 11
PIXELS = bytes(range(12))  # 2 x 2 RGB, 8 bits


def canon_note(at: int, order: str = "<") -> bytes:
    """A Canon maker note placed at ``at``: its value offsets count from the TIFF start."""
    return ifd([(0x0006, ASCII, IMAGE_TYPE), (0x0008, LONG, [1020154])], at, order)


def makn(note: bytes, order: bytes = b"II", original: int = ORIGINAL, prefix: bytes = b"") -> bytes:
    """Adobe's DNGPrivateData holding one MakN record (byte order, original offset, note)."""
    record = order + struct.pack(">I", original) + prefix + note
    return b"Adobe\x00" + b"MakN" + struct.pack(">I", len(record)) + record


def dng(
    private: bytes | None = None, thumbnail: list[tuple] | None = None, strip: int = len(PIXELS), extra: tuple = ()
) -> bytes:
    """A little-endian TIFF with IFD0 as a DNG's: an uncompressed 2 x 2 RGB thumbnail
    (SubfileType 1), Make and Model, ``private`` as DNGPrivateData, and ``extra`` entries."""
    entries = thumbnail or [
        (0x00FE, LONG, [1]),
        (0x0100, LONG, [2]),
        (0x0101, LONG, [2]),
        (0x0102, SHORT, [8, 8, 8]),
        (0x0103, SHORT, [1]),
        (0x0106, SHORT, [2]),
        (0x0115, SHORT, [3]),
        (0x0116, LONG, [2]),
        (0x0117, LONG, [strip]),
    ]
    entries = [*entries, *extra, (0x010F, ASCII, "Canon"), (0x0110, ASCII, "Canon EOS 350D DIGITAL")]
    if private is not None:
        entries.append((0xC634, UNDEFINED, private))
    size = len(ifd([*entries, (0x0111, LONG, [0])], 8))
    directory = ifd([*entries, (0x0111, LONG, [8 + size])], 8)
    return b"II*\x00" + struct.pack("<I", 8) + directory + PIXELS


def walk(data: bytes) -> ReadContext:
    ctx = ReadContext(data, READERS, strict=True)
    tiff_format.read(data, ctx)
    return ctx


def test_the_original_maker_note_in_dng_private_data_is_read():
    canon = walk(dng(makn(canon_note(ORIGINAL)))).metadata["Canon"]
    assert canon["CanonImageType"] == IMAGE_TYPE  # a value found through an original offset
    assert canon["FileNumber"] == 1020154


def test_the_kept_maker_note_keeps_its_own_byte_order():
    canon = walk(dng(makn(canon_note(ORIGINAL, ">"), order=b"MM"))).metadata["Canon"]
    assert canon["CanonImageType"] == IMAGE_TYPE


def test_camera_raw_s_twelve_extra_bytes_before_a_kept_maker_note_are_skipped():
    prefix = b"\x00\x00\x00\x01" + bytes(8)
    canon = walk(dng(makn(canon_note(ORIGINAL), prefix=prefix))).metadata["Canon"]
    assert canon["CanonImageType"] == IMAGE_TYPE


def test_a_maker_note_record_without_a_byte_order_is_ignored():
    ctx = walk(dng(makn(canon_note(ORIGINAL), order=b"XX")))
    assert "Canon" not in ctx.metadata and ctx.warnings == []


def test_an_impossible_original_offset_is_a_warning():
    ctx = walk(dng(makn(canon_note(0), original=0xFFFFFFF0)))
    assert "Canon" not in ctx.metadata
    assert [w.group for w in ctx.warnings] == ["MakerNotes"]


def test_every_truncation_of_dng_private_data_is_read_without_an_exception():
    private = makn(canon_note(ORIGINAL))
    for end in range(len(private)):
        walk(dng(private[:end]))


def test_an_uncompressed_thumbnail_ifd_is_rebuilt_as_thumbnail_tiff():
    # 8-byte header, 15 entries, 6 bytes of BitsPerSample, 16 of X/YResolution, 12 of pixels.
    ifd0 = walk(dng()).metadata["IFD0"]
    assert ifd0["ThumbnailTIFF"] == {"binary": 8 + 2 + 15 * 12 + 4 + 6 + 16 + len(PIXELS)}


def test_a_strip_of_the_wrong_size_gives_no_thumbnail_tiff():
    assert "ThumbnailTIFF" not in walk(dng(strip=len(PIXELS) - 1)).metadata["IFD0"]


def test_a_compressed_or_full_resolution_image_gives_no_thumbnail_tiff():
    base = [(0x0100, LONG, [2]), (0x0101, LONG, [2]), (0x0102, SHORT, [8, 8, 8]), (0x0106, SHORT, [2])]
    base += [(0x0115, SHORT, [3]), (0x0116, LONG, [2]), (0x0117, LONG, [len(PIXELS)])]
    compressed = [*base, (0x00FE, LONG, [1]), (0x0103, SHORT, [7])]
    full = [*base, (0x00FE, LONG, [0]), (0x0103, SHORT, [1])]
    for entries in (compressed, full):
        assert "ThumbnailTIFF" not in walk(dng(thumbnail=entries)).metadata["IFD0"]


def test_a_reduced_image_wider_than_256_pixels_is_a_preview_tiff():
    wide = [(0x00FE, LONG, [1]), (0x0100, LONG, [300]), (0x0101, LONG, [1]), (0x0102, SHORT, [8])]
    wide += [(0x0103, SHORT, [1]), (0x0106, SHORT, [1]), (0x0115, SHORT, [1]), (0x0116, LONG, [1])]
    wide += [(0x0117, LONG, [300])]
    data = dng(thumbnail=wide) + bytes(300)
    ifd0 = walk(data).metadata["IFD0"]
    assert ifd0["PreviewTIFF"] == {"binary": 8 + 2 + 15 * 12 + 4 + 16 + 300}
    assert "ThumbnailTIFF" not in ifd0


def tone_curve(points: int) -> bytes:
    """A DNG whose ProfileToneCurve holds ``points`` FLOATs, placed after the file."""
    entry = (0xC6FC, FLOAT, points, bytes(4))
    at = len(dng(extra=(entry,)))
    return dng(extra=((0xC6FC, FLOAT, points, struct.pack("<I", at)),)) + struct.pack(f"<{points}f", *range(points))


def test_a_profile_tone_curve_of_more_than_500_values_is_not_decoded():
    assert walk(tone_curve(514)).metadata["IFD0"]["ProfileToneCurve"] == "(large array of 514 float values)"


def test_a_short_profile_tone_curve_is_decoded():
    assert walk(tone_curve(4)).metadata["IFD0"]["ProfileToneCurve"] == [0, 1, 2, 3]
