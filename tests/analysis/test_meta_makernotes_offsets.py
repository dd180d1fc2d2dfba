"""Maker notes whose value offsets no longer fit (ET:MakerNotes.pm FixBase): warned about in
ExifTool's words, moved where ExifTool moves them, and never read from the wrong place.

Each synthetic file is a small real JPEG whose maker note's offsets were written for another
place than where the note lies, as a program that re-writes the EXIF without adjusting them
leaves it; the warning texts and the fixes were checked against ExifTool 12.57 on these files.
"""

import struct
from collections.abc import Callable

from analysis import analyse
from analysis.metadata.makernotes.offsets import usual_gaps
from bench.exiftool_agreement import values_equal
from tests.analysis.exiftool_oracle import oracle
from tests.builders import ASCII, LONG, SHORT, UNDEFINED, exif_tiff, ifd, jpeg

MAKER_NOTE = 0x927C
CANON_ENTRIES = [
    (0x0001, SHORT, [60, 2] + [0] * 28),  # CameraSettings: MacroMode 2
    (0x0006, ASCII, "IMG:PowerShot TEST JPEG"),
    (0x0008, LONG, [1020154]),  # FileNumber, stored in the entry itself
]


def camera_jpeg(make: str, model: str, note: Callable[[int], bytes], order: str = "<") -> bytes:
    """A JPEG whose ExifIFD holds the maker note ``note(position)``, ``position`` being where the
    note lands in the TIFF structure (the note's length must not depend on it)."""

    def tiff(body: bytes) -> bytes:
        return exif_tiff([(0x010F, ASCII, make), (0x0110, ASCII, model)], [(MAKER_NOTE, UNDEFINED, body)], order=order)

    draft = note(0)
    position = tiff(draft).index(draft)
    final = note(position)
    assert len(final) == len(draft)
    return jpeg(tiff(final))


def spread(entries: list[tuple], start: int, extra: int, order: str = "<") -> bytes:
    """An IFD at ``start`` whose values begin ``extra`` bytes later than usual (after the
    next-IFD pointer), its offsets pointing to them."""
    body = ifd(entries, start + extra, order)
    directory = 2 + 12 * len(entries) + 4
    return body[:directory] + bytes(extra) + body[directory:]


def read(data: bytes) -> tuple[dict, list[str]]:
    report = analyse(data, "moved.jpg", strict=True)
    return report.metadata, [warning.message for warning in report.warnings]


def canon_note(written_for: int, footer: int | None = None) -> Callable[[int], bytes]:
    """A Canon note whose offsets were written for a note at ``position + written_for``; a
    footer, when given, records the original offset ``position + footer``."""

    def build(position: int) -> bytes:
        body = ifd(CANON_ENTRIES, position + written_for)
        return body if footer is None else body + b"II*\x00" + struct.pack("<I", position + footer)

    return build


def test_a_canon_note_moved_without_footer_is_flagged_and_what_it_points_to_is_withheld():
    metadata, warnings = read(camera_jpeg("Canon", "Canon PowerShot S40", canon_note(written_for=-40)))
    assert "Possibly incorrect maker notes offsets (fix by 40?)" in warnings
    assert "2 MakerNotes values left out: read through possibly incorrect offsets" in warnings
    assert metadata["Canon"] == {"FileNumber": 1020154}


def test_a_canon_note_moved_with_its_footer_is_read_where_the_values_are_now():
    metadata, warnings = read(camera_jpeg("Canon", "Canon PowerShot S40", canon_note(written_for=40, footer=40)))
    assert warnings == ["Adjusted MakerNotes base by -40"]
    assert metadata["Canon"]["CanonImageType"] == "IMG:PowerShot TEST JPEG"
    assert metadata["Canon"]["MacroMode"] == 2


def test_a_canon_footer_left_behind_by_a_program_that_did_adjust_the_offsets_is_ignored():
    metadata, warnings = read(camera_jpeg("Canon", "Canon PowerShot S40", canon_note(written_for=0, footer=40)))
    assert warnings == ["Canon maker note footer may be invalid (ignored)"]
    assert metadata["Canon"]["CanonImageType"] == "IMG:PowerShot TEST JPEG"


def test_the_gap_a_make_leaves_after_the_directory_is_not_flagged():
    # PowerShots leave 12 spare bytes after the next-IFD pointer (16 in all); ExifTool warns
    # from 17 bytes, or an odd number, for the others.
    powershot = camera_jpeg("Canon", "Canon PowerShot S40", lambda position: spread(CANON_ENTRIES, position, 12))
    eos = camera_jpeg("Canon", "Canon EOS 40D", lambda position: spread(CANON_ENTRIES, position, 13))
    assert read(powershot)[1] == []
    assert read(eos)[1][0] == "Possibly incorrect maker notes offsets (fix by -13?)"


def test_usual_gaps_follow_exiftools_table_by_make_and_model():
    assert usual_gaps("Canon", "Canon EOS 20D") == (6,)
    assert usual_gaps("Canon", "Canon PowerShot S40") == (4, 16)
    assert usual_gaps("Panasonic", "DMC-FZ30") == (0,)
    assert usual_gaps("SONY", "DSLR-A100") == (4,)
    assert usual_gaps("SONY", "ILCE-7M3") == (0,)
    assert usual_gaps("OLYMPUS OPTICAL CO.,LTD", "C2500L") is None
    assert usual_gaps("NIKON CORPORATION", "NIKON D70") == (4,)


def pentax_note(written_for: int, mark: bytes = b"MM", order: str = ">") -> Callable[[int], bytes]:
    entries = [(0x0006, UNDEFINED, bytes([0x07, 0xD8, 3, 2])), (0x0007, UNDEFINED, bytes([12, 1, 23]))]
    entries += [(0x0016, SHORT, [57]), (0x0200, SHORT, [1, 2, 3, 4])]  # BlackPoint, outside the entry
    return lambda position: b"AOC\x00" + mark + ifd(entries, position + 6 + written_for, order)


def test_pentax_offsets_that_do_not_fit_are_moved_silently_as_exiftool_does():
    metadata, warnings = read(camera_jpeg("PENTAX Corporation", "PENTAX K10D", pentax_note(-40), ">"))
    assert warnings == []
    assert metadata["Pentax"]["BlackPoint"] == [1, 2, 3, 4]


def test_a_pentax_note_whose_byte_order_mark_disagrees_with_its_entries_is_read_in_their_order():
    # A re-written *ist DL note (exiv2 test data bug884c) says MM but holds a little-endian IFD.
    metadata, warnings = read(camera_jpeg("PENTAX Corporation", "PENTAX *ist DL", pentax_note(0, b"MM", "<"), "<"))
    assert warnings == []
    assert metadata["Pentax"]["BlackPoint"] == [1, 2, 3, 4]


def test_printim_found_where_its_offset_points_vouches_for_the_offsets():
    # An Olympus note whose values start 13 bytes later than usual, but whose PrintIM block is
    # where its offset says: ExifTool trusts the offsets.
    entries = [(0x0207, ASCII, "SR874"), (0x0E00, UNDEFINED, b"PrintIM\x000300" + bytes(8))]
    note = camera_jpeg("OLYMPUS IMAGING CORP.", "E-P3", lambda at: b"OLYMP\x00\x01\x00" + spread(entries, at + 8, 13))
    metadata, warnings = read(note)
    assert warnings == []
    assert metadata["Olympus"]["CameraType"] == "SR874"


def test_a_value_pointing_into_the_tiff_header_is_named_in_exiftools_words_and_withheld():
    entries = [(0x0001, SHORT, [2]), (0x0025, UNDEFINED, b"S010604030293\x00\x00\x00")]

    def build(position: int) -> bytes:
        body = bytearray(ifd([*entries, (0x0033, ASCII, 20, struct.pack("<I", 4))], position + 12))
        return b"Panasonic\x00\x00\x00" + bytes(body)

    metadata, warnings = read(camera_jpeg("Panasonic", "DMC-FZ30", build))
    assert warnings == ["Suspicious MakerNotes offset for BabyAge"]
    assert "BabyAge" not in metadata["Panasonic"]
    assert metadata["Panasonic"]["InternalSerialNumber"] == "S010604030293"


def test_offsets_counted_from_each_entry_are_followed():
    # Each pointer counts from the start of its own entry (ExifTool: "entry-based" offsets).
    def build(position: int) -> bytes:
        start = position + 12
        plain = ifd([(0x0001, SHORT, [2, 0]), (0x0025, UNDEFINED, b"S010604030293\x00\x00\x00")], start)
        out = bytearray(plain)
        for index in range(2):
            field = 2 + 12 * index + 8
            pointer = struct.unpack("<I", out[field : field + 4])[0]
            if index:  # the second value lies outside its entry; count from the entry instead
                out[field : field + 4] = struct.pack("<I", pointer - (start + 2 + 12 * index))
        return b"Panasonic\x00\x00\x00" + bytes(out)

    metadata, warnings = read(camera_jpeg("Panasonic", "DMC-FZ30", build))
    assert warnings == []
    assert metadata["Panasonic"]["InternalSerialNumber"] == "S010604030293"


def test_a_gimp_resave_that_shifted_the_panasonic_values_is_flagged_and_they_are_withheld(shared):
    path = shared / "corpus/exif-samples/jpg/Panasonic_DMC-FZ30.jpg"
    metadata, warnings = read(path.read_bytes())
    assert warnings == [
        "Possibly incorrect maker notes offsets (fix by 2?)",
        "3 MakerNotes values left out: read through possibly incorrect offsets",
    ]
    expected = oracle(shared, path)["Panasonic"]
    # ExifTool reads them 2 bytes early: BabyAge comes out empty instead of "9999:99:99 00:00:00".
    withheld = {"BabyAge", "InternalSerialNumber"}
    assert set(expected) - set(metadata["Panasonic"]) == withheld
    assert all(values_equal(value, expected[tag]) for tag, value in metadata["Panasonic"].items())


def relocated(data: bytes, shift: int) -> bytes:
    """``data`` with its maker note moved to the end of the Exif APP1 segment, ``shift`` bytes
    after it, and other bytes left where it was, as an editor that re-writes the EXIF without
    adjusting the maker note's offsets leaves it."""
    start = data.index(b"Exif\x00\x00") + 6
    length = struct.unpack(">H", data[start - 8 : start - 6])[0]
    tiff = bytearray(data[start : start - 8 + length])
    order = "<" if tiff[:2] == b"II" else ">"

    def entries(offset: int):
        for index in range(struct.unpack(order + "H", tiff[offset : offset + 2])[0]):
            at = offset + 2 + 12 * index
            yield at, struct.unpack(order + "HHII", tiff[at : at + 12])

    ifd0 = struct.unpack(order + "I", tiff[4:8])[0]
    exif = next(value for _, (tag, _, _, value) in entries(ifd0) if tag == 0x8769)
    at, (_, _, count, note) = next(item for item in entries(exif) if item[1][0] == MAKER_NOTE)
    body = bytes(tiff[note : note + count])
    tiff[note : note + count] = bytes(index % 251 for index in range(count))
    tiff[at + 8 : at + 12] = struct.pack(order + "I", len(tiff) + shift)
    tiff += bytes(shift) + body
    segment = b"Exif\x00\x00" + bytes(tiff)
    return data[: start - 10] + b"\xff\xe1" + struct.pack(">H", len(segment) + 2) + segment + data[start - 8 + length :]


def test_a_powershot_jpeg_re_saved_by_an_editor_shows_no_values_from_the_wrong_place(shared):
    # The S40 writes no footer. ExifTool 12.57 on this file: "Possibly incorrect maker notes
    # offsets (fix by 6734?)", and values read from the bytes now at the old offsets.
    original = (shared / "corpus/exif-samples/jpg/Canon_PowerShot_S40.jpg").read_bytes()
    metadata, warnings = read(relocated(original, 6))
    assert "Possibly incorrect maker notes offsets (fix by 6734?)" in warnings
    assert {"LensType", "MaxAperture", "CanonImageType", "OwnerName"}.isdisjoint(metadata["Canon"])
    assert metadata["Canon"]["FileNumber"] == read(original)[0]["Canon"]["FileNumber"]
