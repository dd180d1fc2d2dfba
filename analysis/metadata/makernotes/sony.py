"""Sony maker notes (MakerNotes.pm MakerNoteSony, MakerNoteSony5; Sony.pm Main).

``SONY DSC \\0\\0\\0`` (or ``SONY CAM``, ``SONY MOBILE``…) then an IFD at byte 12; SR2/ARW
files and newer models write the IFD at the start with no header. Value offsets are relative
to the TIFF header, byte order as the EXIF (checked against the entry count). Several tags
(0x2010, 0x9050, 0x94xx) hold blocks enciphered with Sony's byte substitution. Sony Ericsson
phones write ``SEMC MS\\0`` and an IFD at byte 20 whose offsets are relative to byte 12
(MakerNoteSonyEricsson, Sony.pm Ericsson).
"""

from ...binary import ByteReader
from .note import Note
from .tags.sony import ERICSSON, MAIN
from .walker import guess_order, read_ifd, read_maker_ifd

GROUP = "Sony"
HEADERS = (b"SONY DSC ", b"SONY CAM ", b"SONY MOBILE", b"\x00\x00SONY PIC\x00", b"VHAB     \x00")
HEADER = 12
ERICSSON_HEADER = b"SEMC MS\x00"
ERICSSON_START, ERICSSON_BASE = 20, 12


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Sony maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    head = tiff.data[offset : offset + HEADER]
    if head.startswith(ERICSSON_HEADER):
        start = offset + ERICSSON_START
        read_ifd(note, ByteReader(tiff.data, guess_order(tiff, start)), start, offset + ERICSSON_BASE, ERICSSON)
        return
    if head.startswith(b"\x01\x00"):  # MakerNoteSony5 excludes these (other Sony formats)
        return
    start = offset + HEADER if head.startswith(HEADERS) else offset
    read_maker_ifd(note, ByteReader(tiff.data, guess_order(tiff, start)), start, count, MAIN)
