"""Olympus maker notes of older and FE models: the TextInfo text of tag 0x0208 (ET:Olympus.pm
TextInfo, read as ET:APP12.pm reads APP12 text) and the FETags sub-IFDs 0x2100-0x2900. The
values were checked against ExifTool 12.57 on the same synthetic files."""

from analysis import analyse
from tests.analysis.test_meta_makernotes_offsets import camera_jpeg
from tests.builders import ASCII, LONG, ifd

HEADER = b"OLYMP\x00\x01\x00"  # the old header: IFD at byte 8, offsets from the TIFF header


def olympus(model: str, entries: list[tuple], sub: list[tuple] | None = None) -> dict:
    """The Olympus group of a JPEG from ``model`` whose maker note holds ``entries``; with
    ``sub``, tag 0x2100 points to a sub-IFD of those entries placed after the main one."""

    def note(position: int) -> bytes:
        start = position + len(HEADER)
        if sub is None:
            return HEADER + ifd(entries, start)
        size = len(ifd([*entries, (0x2100, LONG, [0])], start))
        main = ifd([*entries, (0x2100, LONG, [start + size])], start)
        return HEADER + main + ifd(sub, start + size)

    data = camera_jpeg("OLYMPUS IMAGING CORP.", model, note)
    return analyse(data, "olympus.jpg", strict=True).metadata["Olympus"]


def test_text_info_gives_its_key_value_pairs_as_tags():
    text = "[pictureInfo] Resolution=1 [Camera Info] Type=SR951"
    found = olympus("C2Z,D520Z,C220Z", [(0x0201, 3, [2]), (0x0208, ASCII, text)])
    assert found["Resolution"] == "1"  # text, as APP12 text is (Olympus.pm TextInfo)
    assert found["CameraType"] == "SR951"
    assert found["Quality"] == 2


def test_text_info_keys_end_at_the_next_pair_not_at_a_space():
    text = "[Camera Info] Type=SX151 BETA Resolution=2"
    found = olympus("SX151", [(0x0208, ASCII, text)])
    assert found["CameraType"] == "SX151 BETA" and found["Resolution"] == "2"


def test_fe_models_give_their_firmware_in_a_sub_ifd():
    found = olympus("FE190/X750", [(0x0201, 3, [2])], sub=[(0x0100, ASCII, "Version 1.0")])
    assert found["BodyFirmwareVersion"] == "Version 1.0"


def test_text_info_number_like_text_stays_text():
    # Issue 10: "1.00" is what the camera wrote (APP12 text is text); exiftool -j prints 1.00.
    found = olympus("C2Z,D520Z,C220Z", [(0x0208, ASCII, "[pictureInfo] Resolution=1.00")])
    assert found["Resolution"] == "1.00"
