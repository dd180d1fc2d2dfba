"""Adobe's DNGPrivateData (IFD0 tag 0xC634 starting ``Adobe\\0``; ExifTool DNG.pm ProcessAdobeData).

After the 6-byte ``Adobe\\0`` header come records, all big-endian: a 4-byte tag, a 4-byte size,
the data, and a pad byte when the size is odd. The ``MakN`` record is the original camera's maker
note, kept by the DNG converter (DNG.pm ProcessAdobeMakN): the byte order of the original file
(``II``/``MM``), the maker note's offset in the original file (4 bytes, big-endian), then the
maker note itself. Its value offsets still point where they pointed in the original file, so it
is read as if it lay at that original offset: every brand of :mod:`.makernotes` then reads it
as it reads a maker note in place.
"""

from collections.abc import Iterator

from ..binary import BIG, LITTLE, ByteReader
from ..limits import MAX_FILE_BYTES, MAX_SEGMENTS
from .context import ReadContext
from .makernotes import read_makernote

HEADER = b"Adobe\x00"
MAKER_NOTE = b"MakN"
# Camera Raw copies the maker note of a JPEG from 12 bytes too early: 00 00 00 01 and 8 more
# bytes come before it (DNG.pm ProcessAdobeMakN).
CAMERA_RAW_PREFIX = b"\x00\x00\x00\x01"
CAMERA_RAW_EXTRA = 12
MAKN_HEADER = 6


def records(data: bytes) -> Iterator[tuple[bytes, int, int]]:
    """The records of DNG private data ``data`` (starting ``Adobe\\0``): ``(tag, start, size)``
    with ``start`` the offset of the record's data in ``data``; stops at the first record that
    runs past the end, or after :data:`~analysis.limits.MAX_SEGMENTS` records."""
    if not data.startswith(HEADER):
        return
    pos, end = len(HEADER), len(data)
    for _ in range(MAX_SEGMENTS):
        if pos + 8 > end:
            return
        tag, size = data[pos : pos + 4], int.from_bytes(data[pos + 4 : pos + 8], "big")
        pos += 8
        if pos + size > end:
            return
        yield tag, pos, size
        pos += size + (size & 1)


def read_adobe_data(ctx: ReadContext, data: bytes, position: int, *, make: str, model: str) -> None:
    """Read the maker note kept in DNG private data ``data`` (found at file offset ``position``)
    into its brand's group (``Canon``, ``Nikon``, …) through
    :func:`~analysis.metadata.makernotes.read_makernote`; ``make`` and ``model`` are IFD0's.
    Other records (the original CRW, MRW, SR2, RAF directories) are not read. Only the file's
    first maker note record is read: each costs a buffer as long as its original offset, and a
    second could only repeat tags already kept. Damage becomes a warning on group
    ``MakerNotes``; nothing is raised."""
    for tag, start, size in records(data):
        if tag == MAKER_NOTE and ctx.count(MAKER_NOTE.decode()) == 1:
            _maker_note(ctx, data[start : start + size], position + start, make, model)


def _maker_note(ctx: ReadContext, record: bytes, position: int, make: str, model: str) -> None:
    """One ``MakN`` record at file offset ``position``: placed at its original offset in a
    buffer of its own, whose file position makes offset tags come out as file offsets."""
    if len(record) < MAKN_HEADER or record[:2] not in (b"II", b"MM"):
        return
    original = int.from_bytes(record[2:6], "big")
    skip = MAKN_HEADER
    if len(record) >= MAKN_HEADER + CAMERA_RAW_EXTRA and record[6:10] == CAMERA_RAW_PREFIX:
        skip += CAMERA_RAW_EXTRA
    note = record[skip:]
    if not note:
        return
    if original > MAX_FILE_BYTES:
        ctx.warn("MakerNotes", f"DNG maker note claims an original offset of {original}, not read")
        return
    tiff = ByteReader(bytes(original) + note, LITTLE if record[:2] == b"II" else BIG)
    read_makernote(
        ctx,
        make=make,
        model=model,
        tiff=tiff,
        offset=original,
        count=len(note),
        file_offset=position + skip - original,
    )
