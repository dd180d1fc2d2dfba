"""Maker-note layouts shared by the brand modules that have no layout of their own.

Most smaller brands (MakerNotes.pm: Casio, Minolta, Sanyo, Ricoh, Sigma, JVC, GE, Motorola)
write a plain IFD, after a header of a few bytes, in a byte order that must be guessed from
the entry count (``ByteOrder => 'Unknown'``); others (Kodak, Reconyx) write one fixed-layout
block; a few write ``KEY:value`` text. These readers cover the three.
"""

import re

from ...binary import ByteReader
from .note import Note, emit
from .table import Probe, Table
from .walker import fixed_base, guess_order, read_block, read_ifd


def read_plain_ifd(
    note: Note, tiff: ByteReader, start: int, table: Table, base: int = 0, fix: bool = False, gap: int = 4
) -> None:
    """Read the IFD at ``start`` of ``tiff`` with ``table``, its byte order guessed from the
    entry count; value offsets relative to ``base`` (the TIFF header unless given), checked and
    moved as MakerNotes.pm FixBase does when ``fix``, the first value expected ``gap`` bytes
    after the last entry (MakerNotes.pm GetMakerNoteOffset: 4, or 0 for makers that write no
    next-IFD pointer)."""
    reader = ByteReader(tiff.data, guess_order(tiff, start))
    read_ifd(note, reader, start, fixed_base(reader, start, base, gap) if fix else base, table)


def read_fixed_block(note: Note, data: bytes, order: str, table: Table) -> None:
    """Read one binary block (ExifTool ProcessBinaryData) in byte ``order`` (``"<"``/``">"``)."""
    read_block(note, data, order, table)


def read_text_pairs(note: Note, data: bytes, pattern: re.Pattern[bytes], table: Table) -> None:
    """Text maker notes (JVC.pm ProcessJVCText, Ricoh.pm ProcessRicohText): every match of
    ``pattern`` gives a key (group 1) and its text value (group 2); keys the table names are
    kept, as Latin-1 text (one character per byte, as the walker keeps strings)."""
    for found in pattern.finditer(data):
        key = found[1].decode("latin-1")
        tag = table.lookup(key, Probe(note.values, "string", len(found[2]), found[2]))
        if tag is not None and not tag.hidden:
            emit(note, table, note.group, tag, found[2].decode("latin-1"))
