"""FujiFilm X-series focus and drive settings (ET:FujiFilm.pm PrioritySettings, FocusSettings,
AFCSettings, DriveSettings): bit fields of one integer each. The values were checked against
ExifTool 12.57 on the same synthetic file."""

import struct

from analysis import analyse
from analysis.result import Report
from tests.analysis.test_meta_makernotes_offsets import camera_jpeg
from tests.builders import LONG, SHORT, ifd


def report(model: str, entries: list[tuple]) -> Report:
    """The report of a JPEG from ``model`` whose maker note holds ``entries`` (its IFD at byte
    12 of the note, offsets relative to the note, always little-endian)."""
    note = b"FUJIFILM" + struct.pack("<I", 12) + ifd(entries, 12, "<")
    data = camera_jpeg("FUJIFILM", model, lambda position: note, order=">")
    return analyse(data, "fuji.jpg", strict=True)


def fujifilm(model: str, entries: list[tuple]) -> dict:
    return report(model, entries).metadata["FujiFilm"]


def test_x_series_focus_and_drive_settings_are_split_into_their_bit_fields():
    found = fujifilm(
        "X-T3",
        [
            (0x102B, SHORT, [0x0021]),  # AF-S priority 1 (release), AF-C priority 2 (focus)
            (0x102D, LONG, [0x00035212]),  # AF-C, pre-AF on, wide/tracking, point size 5, zone 3 x 3
            (0x102E, LONG, [0x00000123]),  # "Set 5": zone switching auto, speed 2, tracking 3
            (0x1103, LONG, [0x08000002]),  # continuous high at 8 fps
        ],
    )
    assert found["AF-SPriority"] == 1 and found["AF-CPriority"] == 2
    assert found["FocusMode2"] == 2 and found["PreAF"] == 1 and found["AFAreaMode"] == 2
    assert found["AFAreaPointSize"] == 5 and found["AFAreaZoneSize"] == 3
    assert found["AF-CSetting"] == 0x123
    assert found["AF-CTrackingSensitivity"] == 3 and found["AF-CSpeedTrackingSensitivity"] == 2
    assert found["AF-CZoneAreaSwitching"] == 1
    assert found["DriveMode"] == 2 and found["DriveSpeed"] == 8


def test_settings_print_as_exiftool_prints_them():
    entries = [(0x102D, LONG, [0x00030000]), (0x102E, LONG, [0x00000131]), (0x1103, LONG, [0x0B000001])]
    printed = report("X-T3", entries).metadata_print["FujiFilm"]
    assert printed["AFAreaZoneSize"] == "3 x 3" and printed["AFAreaPointSize"] == "n/a"
    assert printed["AF-CSetting"] == "Set 6 (custom 0x131)"
    assert printed["DriveMode"] == "Continuous Low" and printed["DriveSpeed"] == "11 fps"
