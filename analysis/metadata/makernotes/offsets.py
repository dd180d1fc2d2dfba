"""Maker-note value offsets that no longer fit (MakerNotes.pm FixBase, GetMakerNoteOffset, GetValueBlocks).

A maker note is a directory whose values lie outside it at offsets counted from the TIFF header
(for most brands). When a program re-writes the EXIF and moves the maker note without adjusting
those offsets, every value read through them comes from the wrong bytes. ExifTool checks each
maker-note IFD before reading it, and so do we, with its rules and its words:

- a Canon note ends with a footer (``II*\\0``/``MM\\0*`` and the note's original offset): the base
  is moved by the difference ("Adjusted MakerNotes base by N"), unless the values end right at
  the footer, which means the program did adjust them ("Canon maker note footer may be invalid
  (ignored)");
- otherwise the first value should follow the directory by the gap the make's cameras leave
  (:data:`GAPS`); brands whose notes are known to need it (``fix=True``: ExifTool's ``FixBase``)
  are silently moved so that it does; for the others ExifTool only warns "Possibly incorrect maker
  notes offsets (fix by N?)" and reads on. We warn the same, but do not report the values that
  depend on those offsets (:class:`Layout` ``trusted`` False): they are not facts about the photo;
- offsets counted from each entry instead of the TIFF header are recognised and followed.
"""

import re
import struct
from dataclasses import dataclass

from ...binary import ByteReader
from ...errors import AnalysisError
from ..ifd import read_directory
from .note import Note
from .table import FORMATS, TIFF_FORMATS

DIRECTORY = "MakerNotes"  # ExifTool's name for the maker-note IFD in its warnings
FOOTER = 8
FOOTER_MARKS = {"<": b"II*\x00", ">": b"MM\x00*"}
PRINT_IM_TAG, PRINT_IM = 0x0E00, b"PrintIM\x00"
ENTRY, LAST_EXIF_FORMAT = 12, 13
# A first value this close after the directory needs no fixing whatever the make (ExifTool).
ALWAYS_FINE = (0, 4)


@dataclass(frozen=True)
class Gaps:
    """GetMakerNoteOffset: cameras whose Make matches ``make`` (and Model ``model``, when given)
    leave one of ``gaps`` bytes between the end of the maker-note directory and its first value,
    the first being the usual one; None: no expectation (the offsets are never checked)."""

    make: str
    gaps: tuple[int, ...] | None
    model: str = ""

    def matches(self, make: str, model: str) -> bool:
        return re.match(self.make, make) is not None and (not self.model or re.search(self.model, model) is not None)


# MakerNotes.pm GetMakerNoteOffset (12.57), in its order; the first matching row applies.
GAPS = (
    Gaps(r"Canon", (6,), model=r"\b(20D|350D|REBEL XT|Kiss Digital N)\b"),
    Gaps(r"Canon", (4, 28), model=r"\b(FV\b|OPTURA)"),
    Gaps(r"Canon", (4, 16), model=r"(PowerShot|IXUS|IXY)"),
    Gaps(r"Canon", (4,)),
    Gaps(r"CASIO", (4, 16, 2)),  # in JPEG and TIFF; Casio videos use 0
    Gaps(r"(?i)(General Imaging Co\.|GEDSC IMAGING CORP\.)", (0,)),
    Gaps(r"KYOCERA", (12,)),
    Gaps(r"Leica Camera AG", (4, 286), model=r"^S2$"),
    Gaps(r"Leica Camera AG", (4, 130), model=r"^LEICA M MONOCHROM \(Typ 246\)$"),
    Gaps(r"Leica Camera AG", (4, 118), model=r"^LEICA M \(Typ 240\)$"),
    Gaps(r"Leica Camera AG", (6,), model=r"^(R8|R9|M8)\b"),
    Gaps(r"Leica Camera AG", (4,)),
    Gaps(r"OLYMPUS", (16,), model=r"^E-(1|300|330)\b"),
    Gaps(
        r"OLYMPUS",
        None,
        model=r"^(C2500L|C-1Z?|C-5000Z|X-2|C720UZ|C725UZ|C150|C2Z|E-10|E-20|FerrariMODEL2003|u20D|u10D)\b",
    ),
    Gaps(r"(Panasonic|JVC)\b", (0,)),
    Gaps(r"SONY", (4,), model=r"^(DSLR-.*|SLT-A(33|35|55V)|NEX-(3|5|C3|VG10E))$"),
    Gaps(r"SONY", (0,)),
    Gaps(r"FUJIFILM$", (4, 6)),
    Gaps(r"TOSHIBA", (0, 24)),
    Gaps(r"PENTAX", (4,)),
    Gaps(r"(?i)Konica Minolta", (4, -16)),
    Gaps(r"Minolta", (4, -8, -12)),
    Gaps(r"", (4,)),
)

# The warnings below that mean the offsets no longer fit where the camera put them (the rule
# makernote_consistency lists them).
ADJUSTED = f"Adjusted {DIRECTORY} base by"
POSSIBLY_INCORRECT = "Possibly incorrect maker notes offsets"


@dataclass(frozen=True)
class Layout:
    """How to read a maker-note IFD's values: offsets relative to ``base`` (a position in the
    TIFF structure), or to each entry's own position when ``entry_based``; ``trusted`` False when
    the offsets are possibly wrong and were not fixed (values read through them are withheld)."""

    base: int
    entry_based: bool = False
    trusted: bool = True


@dataclass(frozen=True)
class Blocks:
    """GetValueBlocks: the directory's entry count; the largest value stored at each offset
    (offset → bytes); the same keyed as if offsets counted from each entry, with the smallest
    such offset of at least 12 and ExifTool's (smallest) end; the offset of each tag's value."""

    entries: int
    sizes: dict[int, int]
    entry_sizes: dict[int, int]
    entry_min: int
    entry_max: int
    pointers: dict[int, int]


def value_blocks(reader: ByteReader, start: int) -> Blocks:
    """The out-of-line values of the directory at ``start`` (up to its first entry of an unknown
    format). Raises MalformedDataError or LimitError when the directory cannot be read."""
    directory, _ = read_directory(reader, start)
    sizes: dict[int, int] = {}
    entry_sizes: dict[int, int] = {}
    pointers: dict[int, int] = {}
    entry_min = entry_max = None
    for index, entry in enumerate(directory.entries):
        if not 1 <= entry.type <= LAST_EXIF_FORMAT:
            break
        size = FORMATS[TIFF_FORMATS[entry.type]][1] * entry.count
        if size <= 4:
            continue
        pointer = struct.unpack(reader.order + "I", entry.field)[0]
        pointers[entry.tag] = pointer
        if sizes.get(pointer, -1) <= size:
            sizes[pointer] = size
        adjusted = pointer + ENTRY * index
        if entry_sizes.get(adjusted, -1) > size:
            continue
        entry_sizes[adjusted] = size
        if entry_min is None or entry_max is None:
            entry_min, entry_max = adjusted, adjusted + size
        else:
            if entry_min < 12 or entry_min > adjusted:
                entry_min = adjusted
            entry_max = min(entry_max, adjusted + size)  # sic: ExifTool keeps the smallest end
    return Blocks(len(directory.entries), sizes, entry_sizes, entry_min or 0, entry_max or 0, pointers)


@dataclass(frozen=True)
class Shape:
    """Where a directory's values lie: the offset of its ``first`` real value (garbage below 12
    and values stored before the directory skipped), and how many values follow the one before
    directly (``adjoining``), at -12 bytes (``negative12``: offsets counted from each entry) or
    overlap it."""

    first: int
    adjoining: int
    negative12: int
    overlapping: int


def first_value(blocks: Blocks, ifd_len: int, expected: int) -> Shape:
    """FixBase's walk over the sorted value offsets; ``expected`` is where the first value
    should be (an offset, as stored)."""
    pointers = sorted(blocks.sizes)
    first, last = pointers[0], None
    adjoining = negative12 = overlapping = 0
    for pointer in pointers:
        if last is not None:
            gap = pointer - last
            if gap in (0, 1):
                adjoining += 1
            elif gap == -ENTRY:
                negative12 += 1
            elif gap < 0:
                overlapping += bool(pointer)
            elif gap >= ifd_len and abs(pointer - expected) <= 4:
                first = pointer  # some values lie before the directory: skip them
            if first < 12:
                first = pointer  # an offset below 12 is surely garbage
        last = pointer + blocks.sizes[pointer]
    return Shape(first, adjoining, negative12, overlapping)


def usual_gaps(make: str, model: str) -> tuple[int, ...] | None:
    """The gaps between directory and first value that ``make``'s ``model`` writes (:data:`GAPS`)."""
    return next(row.gaps for row in GAPS if row.matches(make, model))


def check_base(note: Note, reader: ByteReader, start: int, length: int, base: int = 0, fix: bool = False) -> Layout:
    """ExifTool's FixBase for the maker-note IFD at ``start`` (the note being ``length`` bytes
    from there), whose value offsets are meant to count from ``base``: the layout to read it with,
    after the warnings ExifTool gives (in ``note``'s group). ``fix``: move the base silently when
    the offsets do not fit (MakerNotes.pm ``FixBase => 1``); else only warn, and withhold.
    Nothing is raised: an unreadable directory is left to the walker to report."""
    try:
        blocks = value_blocks(reader, start)
    except AnalysisError:
        return Layout(base)
    if not blocks.sizes:
        return Layout(base)
    make, model = str(note.values["Make"]), str(note.values["Model"])
    if make.startswith("Canon") and length > FOOTER:
        moved = _canon_footer(note, reader, start, length, base, blocks)
        if moved is not None:
            return moved
    ifd_len = 2 + ENTRY * blocks.entries
    ifd_end = start + ifd_len
    gaps = usual_gaps(make, model)
    shape = first_value(blocks, ifd_len, ifd_end - base + (gaps[0] if gaps else 4))
    entry_based = (
        (shape.negative12 > shape.adjoining and blocks.entry_min >= ifd_len - 2)
        or blocks.entry_min in (ifd_len - 2, ifd_len + 2)
    ) and blocks.entry_max <= length - 2
    if entry_based:
        # Offsets counted from each entry; the first value usually follows the last entry.
        diff, gaps = blocks.entry_min - ENTRY * blocks.entries, (0, *(gaps or ()), 4)
        layout = Layout(start + 2, entry_based=True)
    else:
        diff = base + shape.first - ifd_end
        if shape.overlapping:
            note.warn(f"Overlapping {DIRECTORY} values")
        print_im = blocks.pointers.get(PRINT_IM_TAG)
        if print_im is not None and reader.data[base + print_im : base + print_im + len(PRINT_IM)] == PRINT_IM:
            return Layout(base)  # PrintIM where its offset says: the offsets are right
        layout = Layout(base)
    if gaps is None or diff in ALWAYS_FINE or diff in gaps:
        return layout
    shift = gaps[0] - diff
    if fix:
        return Layout(layout.base + shift, layout.entry_based)
    if diff < 0 or diff > 16 or diff & 1:
        note.warn(f"{POSSIBLY_INCORRECT} (fix by {shift}?)")
        return Layout(layout.base, layout.entry_based, trusted=False)
    return layout


def _canon_footer(note: Note, reader: ByteReader, start: int, length: int, base: int, blocks: Blocks) -> Layout | None:
    """The Canon footer case of FixBase: the layout it gives, or None when there is no footer."""
    footer = reader.data[start + length - FOOTER : start + length]
    if len(footer) < FOOTER or not footer.startswith(FOOTER_MARKS[reader.order]):
        return None
    shift = start - base - int.from_bytes(footer[4:], "little" if reader.order == "<" else "big")
    if not shift:
        return Layout(base)
    # Picasa and ACDSee moved the values without updating the footer: then they end at it.
    last = max(blocks.sizes)
    if start + length - (base + last + blocks.sizes[last]) - FOOTER in (0, 1):
        note.warn("Canon maker note footer may be invalid (ignored)")
        return Layout(base)
    note.warn(f"{ADJUSTED} {shift}")
    return Layout(base + shift)
