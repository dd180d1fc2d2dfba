"""Canon ColorData (maker-note tag 0x4001): white-balance levels and colour temperatures as
shot, chosen by the block's length as ET:Canon.pm does. The values were checked against
ExifTool 12.57 on the same synthetic files."""

from analysis import analyse
from tests.analysis.test_meta_makernotes_offsets import camera_jpeg
from tests.builders import SHORT, ifd

COLOR_DATA = 0x4001


def color_data(model: str, items: dict[int, list[int]], count: int) -> dict:
    """The Canon group of a JPEG whose ColorData holds ``items`` (index → int16 values) in a
    block of ``count`` items."""
    block = [0] * count
    for index, values in items.items():
        block[index : index + len(values)] = values
    data = camera_jpeg("Canon", model, lambda position: ifd([(COLOR_DATA, SHORT, block)], position))
    return analyse(data, "colordata.jpg", strict=True).metadata["Canon"]


def test_colordata1_of_a_20d_gives_white_balance_levels_and_colour_temperatures():
    canon = color_data("Canon EOS 20D", {0x19: [2002, 1185, 1187, 2364, 3064], 0x46: [1, 2, 3, 4, 5200]}, 582)
    assert canon["WB_RGGBLevelsAsShot"] == [2002, 1185, 1187, 2364]
    assert canon["ColorTempAsShot"] == 3064
    assert canon["WB_RGGBLevelsCustom2"] == [1, 2, 3, 4] and canon["ColorTempCustom2"] == 5200


def test_colordata4_reads_its_colour_coefficients_and_the_raw_measured_levels():
    items = {0: [2], 0x3F: [1800, 1024, 1024, 1500, 5200], 0x3F + 0x0A: [1700, 1024, 1024, 1600, 4900]}
    items[0x280] = [1, 2, 0, 3, 0, 0, 4, 5]  # int32u words stored half-swapped
    canon = color_data("Canon EOS-1D Mark III", items, 674)
    assert canon["ColorDataVersion"] == 2
    assert canon["WB_RGGBLevelsAsShot"] == [1800, 1024, 1024, 1500] and canon["ColorTempAsShot"] == 5200
    assert canon["WB_RGGBLevelsMeasured"] == [1700, 1024, 1024, 1600] and canon["ColorTempMeasured"] == 4900
    assert canon["RawMeasuredRGGB"] == [65538, 3, 0, 262149]
    assert "NormalWhiteLevel" not in canon  # version 4, 5, 6, 7 and 9 only


def test_colordata7_rows_follow_the_version():
    items = {0: [10], 0x3F: [2100, 1024, 1024, 1400, 5500], 0x1FC: [15000]}
    canon = color_data("Canon EOS 6D", items, 1313)
    assert canon["ColorDataVersion"] == 10
    assert canon["WB_RGGBLevelsAsShot"] == [2100, 1024, 1024, 1400] and canon["ColorTempAsShot"] == 5500
    assert canon["NormalWhiteLevel"] == 15000
    assert "WB_RGGBLevelsUnknown" not in canon  # ExifTool's unknown sets are not shown


def test_colordata8_sensor_levels_follow_the_version():
    levels = {0x30A: [2048] * 4, 0x30E: [15000, 16000, 500], 0x22C: [512] * 4, 0x230: [14000, 15500, 400]}
    canon = color_data("Canon EOS 5DS", {0: [13], 0x3F: [2000, 1024, 1024, 1600, 5100], **levels}, 1560)
    assert canon["WB_RGGBLevelsAsShot"] == [2000, 1024, 1024, 1600] and canon["ColorTempAsShot"] == 5100
    assert canon["PerChannelBlackLevel"] == [2048] * 4 and canon["NormalWhiteLevel"] == 15000
    canon = color_data("Canon EOS 80D", {0: [14], **levels}, 1592)
    assert canon["PerChannelBlackLevel"] == [512] * 4 and canon["SpecularWhiteLevel"] == 15500


def test_colordata10_is_colordata9_shifted():
    canon = color_data("Canon EOS R5", {0: [16], 0x55: [1900, 1024, 1024, 1700, 4800], 0x32A: [12000]}, 3656)
    assert canon["WB_RGGBLevelsAsShot"] == [1900, 1024, 1024, 1700] and canon["ColorTempAsShot"] == 4800
    assert canon["NormalWhiteLevel"] == 12000


def file_info(model: str) -> dict:
    words = [60, 0x1500, 0x0005] + [0] * 27  # byte count, then an int32u of 0x00051500
    data = camera_jpeg("Canon", model, lambda position: ifd([(0x0093, SHORT, words)], position))
    return analyse(data, "fileinfo.jpg", strict=True).metadata["Canon"]


def test_file_number_of_a_30d_is_rebuilt_from_its_scattered_bits():
    assert file_info("Canon EOS 30D")["FileNumber"] == 3254096


def test_shutter_count_of_a_1d_mark_ii_has_its_halves_swapped():
    assert file_info("Canon EOS-1D Mark II")["ShutterCount"] == 352321541


def test_a_block_whose_byte_count_is_wrong_is_not_read():
    settings = [0, 2] + [0] * 28  # CameraSettings without its byte count (Canon.pm Validate)
    data = camera_jpeg("Canon", "Canon EOS 5D", lambda position: ifd([(0x0001, SHORT, settings)], position))
    assert "MacroMode" not in analyse(data, "invalid.jpg", strict=True).metadata.get("Canon", {})
