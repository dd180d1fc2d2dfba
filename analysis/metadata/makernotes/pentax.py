"""Pentax maker notes (MakerNotes.pm MakerNotePentax, MakerNotePentax5; Pentax.pm Main).

``AOC\\0`` and a byte-order mark (``MM``, ``II``, or two blanks on old models), then an IFD
at byte 6 whose value offsets are relative to the TIFF header but often wrong, so the base is
checked and fixed (MakerNotes.pm FixBase). ``PENTAX \\0`` notes (newer models) have the IFD at
byte 10 with offsets relative to the maker note start. The Optio 330 and 430 (Make ``Asahi``)
write a Casio-like IFD at the start of the note, offsets checked and fixed as for ``AOC``
(MakerNotePentax2, Pentax.pm Type2).
"""

from ...binary import ByteReader
from .note import Note
from .tags.pentax import MAIN, TYPE2
from .walker import guess_order, read_ifd, read_maker_ifd

GROUP = "Pentax"


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Pentax maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    if tiff.data.startswith(b"PENTAX \x00", offset):
        start = offset + 10
        read_ifd(note, ByteReader(tiff.data, guess_order(tiff, start)), start, offset, MAIN)
        return
    if not tiff.data.startswith(b"AOC\x00", offset):
        if str(note.values["Make"]).startswith("Asahi"):
            reader = ByteReader(tiff.data, guess_order(tiff, offset))
            read_maker_ifd(note, reader, offset, count, TYPE2, fix=True)
        return
    start = offset + 6
    # The byte-order mark sets the order, unless the entry count says otherwise (as
    # MakerNotes.pm LocateIFD finds it: some programs re-wrote the IFD and kept the mark).
    order = {b"MM": ">", b"II": "<"}.get(tiff.data[offset + 4 : offset + 6], tiff.order)
    reader = ByteReader(tiff.data, guess_order(ByteReader(tiff.data, order), start))
    read_maker_ifd(note, reader, start, count - 6, MAIN, fix=True)
