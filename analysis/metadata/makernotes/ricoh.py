"""Ricoh maker notes (MakerNotes.pm MakerNoteRicoh, MakerNoteRicohText; Ricoh.pm).

Caplio and later models (Make ``RICOH``, note starting ``Ricoh``, six blanks, ``MM\\0*`` or
``II*\\0``): an IFD at byte 8, byte order guessed, value offsets relative to the TIFF header.
Older DC/RDC models write text: ``Rv0207;Rg76;...``, a tag name (a capital and one or two small
letters) then hexadecimal digits and ``;``. Notes starting ``RICOH\\0II``/``MM`` (Pentax-made)
and the Type2 layout are not read.
"""

import re

from ...binary import ByteReader
from .layout import read_plain_ifd, read_text_pairs
from .note import Note
from .tags.ricoh import MAIN, TEXT

GROUP = "Ricoh"
SKIP = 8
IFD_NOTE = re.compile(rb"(?i:Ricoh|      |MM\x00\x2a|II\x2a\x00)")
TYPE2_NOTE = re.compile(rb"MM\x00\x2a\x00\x00\x00\x08\x00.\x00\x00|II\x2a\x00\x08\x00\x00\x00.\x00\x00\x00", re.S)
TEXT_NOTE = re.compile(rb"Rev|Rv")
TEXT_PAIR = re.compile(rb"([A-Z][a-z]{1,2})([0-9A-F]+);")


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Ricoh maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    data = tiff.data[offset : offset + count]
    if data.startswith((b"RICOH\x00II", b"RICOH\x00MM")) or TYPE2_NOTE.match(data):
        return
    if IFD_NOTE.match(data) and note.values["Model"] != "RICOH WG-M1":
        read_plain_ifd(note, tiff, offset + SKIP, count - SKIP, MAIN)
    elif TEXT_NOTE.match(data):
        read_text_pairs(note, data, TEXT_PAIR, TEXT)
