"""Camera makers' JPEG APPn segments (ExifTool 12.57 ExifTool.pm ProcessJPEG, FLIR.pm,
InfiRay.pm, Qualcomm.pm, Casio.pm QVCI): FLIR's FFF record split over APP1 ``FLIR`` chunks,
InfiRay's IJPEG sections, Qualcomm's APP7 attributes and Casio's APP1 ``QVCI`` block, read
from synthesized JPEGs into ExifTool's groups and names with ``-n`` values."""

import struct

import pytest

from analysis import analyse
from analysis.metadata.vendor_app import qualcomm_name
from tests.builders import ASCII, RATIONAL, exif_tiff, ifd, jpeg, segment

MAKER_NOTE = 0x927C


def _insert_after_app_segments(data: bytes, *segments: bytes) -> bytes:
    """``segments`` placed after the JPEG's own APPn segments (so after its EXIF)."""
    pos = 2
    while data[pos] == 0xFF and 0xE0 <= data[pos + 1] <= 0xEF:
        pos += 2 + struct.unpack(">H", data[pos + 2 : pos + 4])[0]
    return data[:pos] + b"".join(segments) + data[pos:]


def _fff() -> bytes:
    """An FFF structure (big-endian header) with a little-endian CameraInfo record, a
    PaletteInfo record and a RawData record holding a PNG."""
    camera = bytearray(0x470)
    struct.pack_into("<H", camera, 0, 2)  # byte-order mark, little-endian
    struct.pack_into("<f", camera, 0x20, 0.95)  # Emissivity
    struct.pack_into("<f", camera, 0x28, 293.15)  # ReflectedApparentTemperature, kelvin
    struct.pack_into("<f", camera, 0x5C, 1374.5)  # PlanckB
    camera[0xD4 : 0xD4 + 7] = b"FLIR_i7"
    struct.pack_into("<i", camera, 0x308, -6646)  # PlanckO
    struct.pack_into("<IIh", camera, 0x384, 1328966228, 253, -60)  # 2012-02-11 13:17:08 UTC, UTC+1
    palette = bytearray(0x70 + 6)
    palette[0] = 2  # PaletteColors
    palette[0x06:0x09] = b"\xaa\x80\x80"  # AboveColor
    palette[0x50:0x54] = b"Iron"
    raw = bytearray(0x20) + b"\x89PNG\r\n\x1a\n" + bytes(20)
    struct.pack_into(">HHH", raw, 0, 2, 120, 90)  # byte-order mark, width, height
    records = [(0x20, bytes(camera)), (0x22, bytes(palette)), (0x01, bytes(raw))]
    header = bytearray(0x40)
    header[:4] = b"FFF\x00"
    struct.pack_into(">III", header, 0x14, 100, 0x40, len(records) + 1)
    directory, body = b"", b""
    at = 0x40 + 0x20 * (len(records) + 1)
    for kind, data in records:
        directory += struct.pack(">HHIIII", kind, 1, 100, 1, at + len(body), len(data)) + bytes(12)
        body += data
    directory += bytes(0x20)  # an empty entry
    return bytes(header) + directory + body


def _flir_chunks(fff: bytes, parts: int = 2) -> list[bytes]:
    size = -(-len(fff) // parts)
    pieces = [fff[i : i + size] for i in range(0, len(fff), size)]
    return [segment(0xE1, b"FLIR\x00\x01" + bytes([n, len(pieces) - 1]) + piece) for n, piece in enumerate(pieces)]


def _flir_jpeg(chunks: list[bytes]) -> bytes:
    """A FLIR Systems JPEG: EXIF with a FLIR maker note (Emissivity 0.8, ImageTemperatureMax
    308) at the end of the TIFF structure, then ``chunks``."""

    def tiff(at: int, count: int) -> bytes:
        maker_note = (MAKER_NOTE, 7, count, struct.pack("<I", at))
        return exif_tiff([(0x010F, ASCII, "FLIR Systems AB")], [maker_note])

    at = len(tiff(0, 0))
    note = ifd([(0x0003, RATIONAL, [(80, 100)]), (0x0001, RATIONAL, [(308, 1)])], at, "<")
    return _insert_after_app_segments(jpeg(tiff(at, len(note)) + note), *chunks)


def test_flir_fff_records_split_over_chunks_are_read():
    found = analyse(_flir_jpeg(_flir_chunks(_fff())), strict=True).metadata["FLIR"]
    assert found["Emissivity"] == pytest.approx(0.95)  # the FFF record replaces the maker note's
    assert found["ImageTemperatureMax"] == 308  # from the maker note
    assert found["ReflectedApparentTemperature"] == pytest.approx(20, abs=1e-4)
    assert found["PlanckB"] == 1374.5 and found["PlanckO"] == -6646
    assert found["CameraModel"] == "FLIR_i7"
    assert found["DateTimeOriginal"] == "2012:02:11 14:17:08.253+01:00"
    assert found["PaletteColors"] == 2 and found["AboveColor"] == [170, 128, 128]
    assert found["PaletteName"] == "Iron" and "PaletteFileName" not in found
    assert found["Palette"] == {"binary": 6}
    assert (found["RawThermalImageWidth"], found["RawThermalImageHeight"]) == (120, 90)
    assert found["RawThermalImageType"] == "PNG" and found["RawThermalImage"] == {"binary": 28}
    assert found["PeakSpectralSensitivity"] == pytest.approx(14387.6515 / 1374.5)


def test_flir_chunks_whose_count_changes_are_given_up_with_a_warning():
    chunks = _flir_chunks(_fff())
    bad = chunks[1][:11] + bytes([5]) + chunks[1][12:]  # claims another chunk count
    report = analyse(_flir_jpeg([chunks[0], bad]), strict=False)
    assert "CameraModel" not in report.metadata.get("FLIR", {})
    assert any(w.group == "FLIR" and "FLIR chunk" in w.message for w in report.warnings)


def test_flir_fff_directory_past_the_end_is_a_warning():
    fff = bytearray(_fff())
    struct.pack_into(">I", fff, 0x1C, 1000)  # record count
    report = analyse(_flir_jpeg(_flir_chunks(bytes(fff), 1)), strict=False)
    assert "Truncated FLIR FFF directory" in {w.message for w in report.warnings}


def test_infiray_sections_follow_the_ijpeg_header():
    version = bytearray(0x50)
    version[4:10] = b"IJPEG\x00"
    version[0:4] = b"\x00\x02\x00\x01"
    struct.pack_into("<HH", version, 0x2A, 256, 384)
    picture = bytearray(38)
    struct.pack_into("<ff", picture, 0, 25.0, 0.25)
    sensor = bytearray(768)
    sensor[:9] = b"infisense"
    data = _insert_after_app_segments(
        jpeg(),
        segment(0xE2, bytes(version)),
        segment(0xE3, bytes(10)),
        segment(0xE3, bytes(10)),
        segment(0xE5, bytes(picture)),
        segment(0xE9, bytes(sensor)),
    )
    found = analyse(data, strict=True).metadata["InfiRay"]
    assert found["IJPEGVersion"] == [0, 2, 0, 1]
    assert (found["IRImageWidth"], found["IRImageHeight"]) == (256, 384)
    assert found["ImagingData"] == {"binary": 20}  # consecutive APP3 segments, joined
    assert (found["EnvironmentTemp"], found["Distance"]) == (25, 0.25)
    assert found["IRSensorManufacturer"] == "infisense"


def test_infiray_sections_without_the_ijpeg_header_are_not_read():
    data = _insert_after_app_segments(jpeg(), segment(0xE5, bytes(38)))
    assert "InfiRay" not in analyse(data, strict=True).metadata


def _qualcomm_record(name: bytes, code: int, value: bytes) -> bytes:
    return struct.pack("<HB", len(value), len(name)) + name + bytes([code]) + struct.pack("<HH", 1, 1) + value


def test_qualcomm_records_are_named_as_exiftool_names_them():
    body = b"\x1aQualcomm Camera Attributes" + b"".join(
        [
            _qualcomm_record(b"aec_current_sensor_luma", 4, struct.pack("<I", 22)),
            _qualcomm_record(b"asf5_exposure_index_1", 2, struct.pack("<H", 180)),
            _qualcomm_record(b"asf5_luma_filter[0]", 1, b"\xff"),
        ]
    )
    found = analyse(_insert_after_app_segments(jpeg(), segment(0xE7, body)), strict=True).metadata["Qualcomm"]
    assert found == {"AECCurrentSensorLuma": 22, "ASF5ExposureIndex1": 180, "ASF5LumaFilter00": -1}


@pytest.mark.parametrize(
    ("record", "name"),
    [("af_position", "AFPosition"), ("HJR_enable", "HJREnable"), ("max_prview_fps", "MaxPrviewFps")],
)
def test_qualcomm_tag_names(record, name):
    assert qualcomm_name(record) == name


def test_casio_qvci_block_is_read():
    block = bytearray(0x90)
    block[:5] = b"QVCI\x00"
    block[0x2C] = 1
    block[0x4D : 0x4D + 19] = b"1998.10.24 12:08:57"
    block[0x62 : 0x62 + 6] = b"KX-778"
    found = analyse(_insert_after_app_segments(jpeg(), segment(0xE1, bytes(block))), strict=True).metadata["Casio"]
    assert found["CasioQuality"] == 1
    assert found["DateTimeOriginal"] == "1998:10:24 12:08:57"
    assert found["ModelType"] == "KX-778"


def test_dji_thermal_segments_are_read_only_for_make_dji():
    params = bytearray(0x5A)
    params[:4] = b"\xaa\x55\x12\x06"
    struct.pack_into("<H", params, 0x44, 5)  # ObjectDistance
    struct.pack_into("<H", params, 0x48, 100)  # Emissivity
    segments = (
        segment(0xE3, bytes(100)),
        segment(0xE3, bytes(50)),
        segment(0xE4, bytes(params)),
        segment(0xE5, bytes(30)),
        segment(0xE6, b'DTAT\x00\x00\x01{"a":1}'),
    )
    dji = analyse(_insert_after_app_segments(jpeg(exif_tiff([(0x010F, ASCII, "DJI")])), *segments), strict=True)
    found = dji.metadata["DJI"]
    assert found["ThermalData"] == {"binary": 150}
    assert (found["ObjectDistance"], found["Emissivity"]) == (5, 100)
    assert found["ThermalCalibration"] == {"binary": 30}
    assert found["DJI_DTAT"] == '{"a":1}'
    other = analyse(_insert_after_app_segments(jpeg(exif_tiff([(0x010F, ASCII, "Acme")])), *segments[:4]))
    assert "DJI" not in other.metadata


def test_kodak_app3_meta_ifd_and_its_effects_ifd_are_read():
    order = ">"
    effects_at = 8 + 2 + 12 * 3 + 4 + 40  # after the first IFD and its CameraOwner value
    owner = b"UNICODE\x00" + "KODAK DC240".encode("utf-16-be")
    first = ifd(
        [(0xC353, 7, owner), (0xC365, 7, b"0100"), (0xC36E, 4, [effects_at])],
        8,
        order,
    )
    first = first.ljust(effects_at - 8, b"\x00")
    effects = ifd([(0x0000, 1, [1, 0, 0, 0]), (0x0002, 3, [0])], effects_at, order)
    body = b"Meta\x00\x00MM\x00*" + struct.pack(">I", 8) + first + effects
    metadata = analyse(_insert_after_app_segments(jpeg(), segment(0xE3, body)), strict=True).metadata
    assert metadata["MetaIFD"] == {"CameraOwner": "KODAK DC240", "MetadataNumber": "0100"}
    assert metadata["KodakEffectsIFD"] == {"DigitalEffectsVersion": [1, 0, 0, 0], "DigitalEffectsType": 0}
