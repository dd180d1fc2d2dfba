"""makernote_consistency: the camera maker note must fit the Make and sit where the camera put
it (R6, C2, C18)."""

import struct

from analysis.result import Severity
from analysis.rules import makernote_consistency
from tests.analysis.test_meta_dng import ORIGINAL, canon_note, makn
from tests.builders import UNDEFINED

from .metadata_builders import (
    EXIF_VERSION,
    MAKE,
    MAKER_NOTE,
    assert_silent,
    corpus_findings,
    exif_jpeg,
    findings,
    on_camera_originals,
    places,
    text,
)

# A Nikon type-3 maker note (ET:Nikon.pm): header, then its own empty little-endian TIFF IFD.
NIKON_NOTE = b"Nikon\x00\x02\x10\x00\x00" + b"II*\x00" + struct.pack("<IHI", 8, 0, 0)


def camera(make: str | None, note: bytes | None, version: bytes = b"0230") -> bytes:
    ifd0 = [text(MAKE, make)] if make else []
    exif = [(EXIF_VERSION, UNDEFINED, version)] + ([(MAKER_NOTE, UNDEFINED, note)] if note else [])
    return exif_jpeg(ifd0, exif)


def test_silent_when_the_maker_note_is_the_makes_own():
    assert findings(makernote_consistency, camera("NIKON CORPORATION", NIKON_NOTE)) == []


def test_it_fires_high_on_a_nikon_maker_note_under_make_canon():
    (found,) = findings(makernote_consistency, camera("Canon", NIKON_NOTE))
    assert found.severity is Severity.HIGH
    evidence = places(found)
    assert evidence["IFD0:Make"] == "Canon"
    assert "starting b'Nikon\\x00\\x02" in evidence["ExifIFD:MakerNote"]


def test_a_rebadged_body_is_no_mismatch():
    pentax = b"AOC\x00II" + struct.pack("<HI", 0, 0)
    assert findings(makernote_consistency, camera("SAMSUNG TECHWIN", pentax)) == []


def test_an_unknown_make_with_a_brand_maker_note_is_info_only():
    (found,) = findings(makernote_consistency, camera("Acme Optics", NIKON_NOTE))
    assert found.severity is Severity.INFO


def test_it_fires_medium_on_a_brand_maker_note_without_make():
    (found,) = findings(makernote_consistency, camera(None, NIKON_NOTE))
    assert found.severity is Severity.MEDIUM and places(found)["IFD0:Make"] == "absent"


def test_it_fires_low_when_a_brand_that_writes_maker_notes_has_none():
    (found,) = findings(makernote_consistency, camera("Canon", None))
    assert found.severity is Severity.LOW and places(found)["ExifIFD:ExifVersion"] == "0230"


def test_silent_when_the_maker_note_is_kept_in_dng_private_data():
    # A DNG keeps the camera's maker note in DNGPrivateData (0xC634), not in ExifIFD:MakerNote.
    kept = (0xC634, UNDEFINED, makn(canon_note(ORIGINAL)))
    data = exif_jpeg([text(MAKE, "Canon"), kept], [(EXIF_VERSION, UNDEFINED, b"0230")])
    assert findings(makernote_consistency, data) == []


def test_silent_on_a_missing_maker_note_before_exif_2_2():
    assert findings(makernote_consistency, camera("SONY", None, version=b"0210")) == []


def test_it_fires_medium_when_maker_note_offsets_no_longer_fit():
    # A Panasonic maker note (header, IFD at once, offsets from the TIFF start: ET:Panasonic.pm)
    # whose one value points into the TIFF header, as after a program moved the EXIF.
    note = b"Panasonic\x00\x00\x00" + struct.pack("<HHHII", 1, 0x0001, UNDEFINED, 8, 4) + struct.pack("<I", 0)
    (found,) = findings(makernote_consistency, camera("Panasonic", note))
    assert found.severity is Severity.MEDIUM and found.title == "Maker note offsets no longer fit"
    assert places(found) == {
        "Panasonic maker note (read warning)": "Possibly incorrect maker notes offsets (fix by 100?)"
    }


@on_camera_originals
def test_silent_on_a_camera_original(shared, path):
    assert_silent(makernote_consistency, path)


def test_a_canon_maker_note_moved_by_an_editor_is_found_in_the_corpus(shared):
    (found,) = corpus_findings(makernote_consistency, shared, "hdr/canon_hdr_NO.jpg")
    assert found.severity is Severity.MEDIUM and "Adjusted MakerNotes base by -128" in found.detail
