"""Leica maker notes (MakerNotes.pm MakerNoteLeica to MakerNoteLeica10; Panasonic.pm tables).

Leica wrote many layouts, told apart by Make, Model and the note's first bytes (MakerNotes.pm
conditions, in its order). Every layout is an IFD with a byte order guessed from its entry
count; they differ in where it starts and what its value offsets count from:

- Make ``LEICA``: Panasonic's layout (IFD at byte 8, offsets from the TIFF header), group
  Panasonic; so is ``LEICA CAMERA AG\\0`` (D-Lux7, IFD at byte 18).
- ``LEICA\\0\\0\\0`` from Leica Camera AG (M8): IFD at byte 8, offsets from the IFD, or from the
  note's start when the first value lies more than 8 bytes past the directory (FixLeicaBase).
- Leica Camera AG without a ``LEICA`` header (R8/R9, not the S2 or M (Typ 240)): IFD at byte 0.
- ``LEICA0`` (M9, M Monochrom): IFD at byte 8, offsets from the note's start.
- ``LEICA\\0`` and a model byte 1, 4, 5, 6, 7, 16 or 26 (X1, X2, T...): the same; 8 or 9
  (Q, SL, CL): offsets from the TIFF header.
- The S2, M (Typ 240) and S (Typ 006): IFD at byte 8, offsets from the TIFF header (such notes
  stored as a JPEG trailer, with file offsets, are not read); ``LEICA\\0\\2\\0`` (M10, S): same.

The M Monochrom (Typ 246) layout (``LEICA\\0\\2\\xff``, absolute file offsets) is not read.
"""

import dataclasses
import re

from ...binary import ByteReader
from ...errors import AnalysisError
from .layout import read_plain_ifd
from .note import Note
from .offsets import value_blocks
from .tags import panasonic as panasonic_tags
from .tags.leica import LEICA2, LEICA3, LEICA4, LEICA5, LEICA6, LEICA9
from .walker import guess_order

GROUP = "Leica"
CAMERA_AG = re.compile(r"^Leica Camera AG")
HEADER = 8
PANASONIC_MAIN = dataclasses.replace(panasonic_tags.MAIN, group="Panasonic")
LEICA5_HEADER = re.compile(rb"LEICA\x00[\x01\x04\x05\x06\x07\x10\x1a]\x00")
LEICA8_HEADER = re.compile(rb"LEICA\x00[\x08\x09]\x00")
TRAILER_MODELS = ("S2", "LEICA M (Typ 240)", "LEICA S (Typ 006)")


def read(note: Note, tiff: ByteReader, offset: int, count: int) -> None:
    """Read the Leica maker note of ``count`` bytes at ``offset`` in ``tiff``."""
    data = tiff.data[offset : offset + HEADER * 2]
    make, model = str(note.values["Make"]), str(note.values["Model"])
    after = (offset + HEADER, count - HEADER)
    if make == "LEICA":
        read_plain_ifd(note, tiff, *after, PANASONIC_MAIN)
    elif CAMERA_AG.match(make) and data.startswith(b"LEICA\x00\x00\x00"):
        read_plain_ifd(note, tiff, *after, LEICA2, base=_m8_base(tiff, offset + HEADER))
    elif CAMERA_AG.match(make) and not data.startswith(b"LEICA") and model not in ("S2", "LEICA M (Typ 240)"):
        read_plain_ifd(note, tiff, offset, count, LEICA3)
    elif CAMERA_AG.match(make) and data.startswith(b"LEICA0"):
        read_plain_ifd(note, tiff, *after, LEICA4, base=offset)
    elif LEICA5_HEADER.match(data):
        read_plain_ifd(note, tiff, *after, LEICA5, base=offset)
    elif make == "Leica Camera AG" and model in TRAILER_MODELS:
        read_plain_ifd(note, tiff, *after, LEICA6)
    elif LEICA8_HEADER.match(data):
        read_plain_ifd(note, tiff, *after, LEICA5)
    elif CAMERA_AG.match(make) and data.startswith(b"LEICA\x00\x02\x00"):
        read_plain_ifd(note, tiff, *after, LEICA9)
    elif data.startswith(b"LEICA CAMERA AG\x00"):
        read_plain_ifd(note, tiff, offset + 18, count - 18, PANASONIC_MAIN)


def _m8_base(tiff: ByteReader, start: int) -> int:
    """MakerNotes.pm FixLeicaBase: offsets count from the IFD (JPEG), or from 8 bytes before it
    (DNG) when the first value lies more than 8 bytes past the directory's end."""
    try:
        blocks = value_blocks(ByteReader(tiff.data, guess_order(tiff, start)), start)
    except AnalysisError:
        return start
    if blocks.sizes and min(blocks.sizes) - (blocks.entries * 12 + 4) > HEADER:
        return start - HEADER
    return start
