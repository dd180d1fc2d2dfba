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
from .walker import guess_order, read_block, read_maker_ifd


def read_plain_ifd(
    note: Note, tiff: ByteReader, start: int, length: int, table: Table, base: int = 0, fix: bool = False
) -> None:
    """Read the IFD at ``start`` of ``tiff`` (the note running ``length`` bytes from there) with
    ``table``, its byte order guessed from the entry count; value offsets relative to ``base`` (the
    TIFF header unless given), checked as MakerNotes.pm FixBase does with the make's usual gap
    (GetMakerNoteOffset) and moved silently when ``fix`` (see :func:`.walker.read_maker_ifd`)."""
    reader = ByteReader(tiff.data, guess_order(tiff, start))
    read_maker_ifd(note, reader, start, length, table, base, fix)


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
