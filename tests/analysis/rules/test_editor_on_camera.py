"""Rule editor_on_camera: an editor named on a file that keeps a camera's Make, Model and maker note."""

import pytest

from analysis import analyse
from analysis.result import Evidence, Finding, Severity
from tests.builders import ASCII, LONG, UNDEFINED, exif_tiff, ifd, jpeg

MAKE, MODEL, SOFTWARE, PROCESSING_SOFTWARE, MAKER_NOTE = 0x010F, 0x0110, 0x0131, 0x000B, 0x927C
# A Canon maker note is a bare IFD (chosen by Make, no header): one inline CanonModelID entry.
CANON_NOTE = ifd([(0x0010, LONG, [0x80000001])], 0)


def camera_jpeg(*software: tuple[int, str], maker_note: bool = True) -> bytes:
    """A Canon EOS 40D JPEG with IFD0 ``software`` entries ``(tag, text)`` and, unless told, a maker note."""
    ifd0 = [(MAKE, ASCII, "Canon"), (MODEL, ASCII, "Canon EOS 40D")] + [(tag, ASCII, text) for tag, text in software]
    exif = [(MAKER_NOTE, UNDEFINED, CANON_NOTE)] if maker_note else [(0x9000, UNDEFINED, b"0230")]
    return jpeg(exif_tiff(ifd0, exif=exif))


def findings(data: bytes, name: str = "IMG_0001.JPG") -> list[Finding]:
    return [f for f in analyse(data, name, strict=True).findings if f.rule == "editor_on_camera"]


def test_it_fires_when_a_camera_file_names_an_editor():
    (finding,) = findings(camera_jpeg((SOFTWARE, "GIMP 2.10.30")))
    assert finding.severity is Severity.MEDIUM
    assert finding.title == "Camera file re-saved by GIMP 2.10.30"
    assert finding.evidence == (
        Evidence("IFD0:Make", "Canon"),
        Evidence("IFD0:Model", "Canon EOS 40D"),
        Evidence("ExifIFD:MakerNote", "Canon maker note, 1 tags decoded"),
        Evidence("IFD0:Software", "GIMP 2.10.30"),
    )
    assert "opened and saved again by GIMP 2.10.30" in finding.proves
    assert "picture content was altered" in finding.does_not_prove


def test_its_evidence_has_every_place_naming_the_editor():
    data = camera_jpeg((SOFTWARE, "Adobe Photoshop 24.0 (Windows)"), (PROCESSING_SOFTWARE, "Adobe Photoshop CS6"))
    (finding,) = findings(data)
    assert [e.where for e in finding.evidence][3:] == ["IFD0:Software", "IFD0:ProcessingSoftware"]


def test_it_fires_for_a_raw_converter():
    (finding,) = findings(camera_jpeg((SOFTWARE, "Digital Photo Professional 4.15")))
    assert finding.title == "Camera file re-saved by Canon Digital Photo Professional 4.15"


def test_make_and_model_without_a_maker_note_are_too_weak_to_fire():
    assert findings(camera_jpeg((SOFTWARE, "GIMP 2.10.30"), maker_note=False)) == []


def test_silent_when_the_software_is_the_cameras_firmware():
    assert findings(camera_jpeg((SOFTWARE, "Firmware Version 1.0.3"))) == []


def test_silent_when_the_program_is_not_an_editor():
    assert findings(camera_jpeg((SOFTWARE, "Image::ExifTool 12.57"))) == []


@pytest.mark.parametrize(
    "relative",
    [
        "formats/jpg/Pentax.jpg",  # K10D Ver 1.30
        "formats/jpg/apple_gainmap_new.jpg",  # iOS 18.7.1
        "exif-samples/heic/IMG_5195.HEIC",  # iOS 14.4.2 in Software and CreatorTool
        "exif-samples/jpg/exif-org/canon-ixus.jpg",  # no Software
        "exif-samples/jpg/exif-org/fujifilm-finepix40i.jpg",  # Digital Camera FinePix40i Ver1.39
        "exif-samples/jpg/exif-org/olympus-c960.jpg",  # OLYMPUS CAMEDIA Master (download software)
        "exif-samples/jpg/gps/DSCN0010.jpg",  # Nikon Transfer 1.1 W
        "exif-samples/jpg/hdr/iphone_hdr_YES.jpg",  # iOS 8.3
        "exif-samples/jpg/tests/42_IndexError.jpg",  # Version 1.3
    ],
)
def test_silent_on_a_camera_original(shared, relative):
    path = shared / "corpus" / relative
    assert findings(path.read_bytes(), path.name) == []


@pytest.mark.parametrize(
    ("relative", "titles"),
    [
        ("exif-samples/jpg/tests/87_OSError.jpg", ["Camera file re-saved by Adobe Lightroom 6.2.1"]),
        ("exif-samples/jpg/exif-org/nikon-e950.jpg", ["Camera file re-saved by Adobe Photoshop 6.0"]),
        (
            "formats/heic/L_exif_xmp_iptc.heic",
            ["Camera file re-saved by Adobe Lightroom Classic 7.4", "Camera file re-saved by Adobe Camera Raw 10.4"],
        ),
    ],
)
def test_it_fires_on_edited_camera_files_of_the_corpus(shared, relative, titles):
    path = shared / "corpus" / relative
    assert [f.title for f in findings(path.read_bytes(), path.name)] == titles
