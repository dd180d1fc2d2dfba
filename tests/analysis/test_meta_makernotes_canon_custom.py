"""Canon custom functions (CanonCustom group) and creative filters: the record layouts ExifTool
reads with its own procedures (CanonCustom.pm ProcessCanonCustom/ProcessCanonCustom2, Canon.pm
ProcessFilters). The expected values were checked against ExifTool 12.57 on the same files."""

import struct

from analysis import analyse
from tests.analysis.test_meta_makernotes_offsets import camera_jpeg
from tests.builders import SHORT, UNDEFINED, ifd

CUSTOM_FUNCTIONS, PERSONAL_FUNCTIONS, PERSONAL_VALUES = 0x000F, 0x0091, 0x0092
CUSTOM_FUNCTIONS_2, FILTER_INFO = 0x0099, 0x4024


def canon(model: str, entries: list[tuple], order: str = "<") -> dict:
    """The metadata of a Canon JPEG whose maker note holds ``entries``."""
    data = camera_jpeg("Canon", model, lambda position: ifd(entries, position, order), order)
    return analyse(data, "custom.jpg", strict=True).metadata


def old_functions(settings: dict[int, int], size: int | None = None) -> list[int]:
    """A 0x000F block: its byte count, then (function << 8 | setting) words."""
    words = [number << 8 | value for number, value in settings.items()]
    return [size if size is not None else 2 + 2 * len(words), *words]


def functions2(groups: list[list[tuple[int, list[int]]]], order: str = "<") -> bytes:
    """A 0x0099 block: byte count and group count, then groups of (id, count, int32s)."""
    body = b""
    for number, entries in enumerate(groups, 1):
        records = b"".join(struct.pack(f"{order}II{len(v)}i", tag, len(v), *v) for tag, v in entries)
        body += struct.pack(order + "III", number, 8 + len(records), len(entries)) + records
    return struct.pack(order + "HHI", 8 + len(body), 0, len(groups)) + body


def test_custom_functions_of_a_20d_are_read_one_word_each():
    metadata = canon("Canon EOS 20D", [(CUSTOM_FUNCTIONS, SHORT, old_functions({0: 1, 1: 0, 4: 2, 8: 1}))])
    custom = metadata["CanonCustom"]
    assert custom == {
        "SetFunctionWhenShooting": 1,
        "LongExposureNoiseReduction": 0,
        "AFAssistBeam": 2,
        "AEBSequenceAutoCancel": 1,
    }
    assert "Canon" not in metadata  # custom functions are a group of their own


def test_the_model_chooses_the_custom_function_table():
    settings = {2: 1, 7: 0}
    assert canon("Canon EOS 5D", [(CUSTOM_FUNCTIONS, SHORT, old_functions(settings))])["CanonCustom"] == {
        "LongExposureNoiseReduction": 1,
        "FlashFiring": 0,
    }
    assert canon("Canon EOS 10D", [(CUSTOM_FUNCTIONS, SHORT, old_functions(settings))])["CanonCustom"] == {
        "ShutterReleaseNoCFCard": 1,
        "AFPointRegistration": 0,
    }


def test_a_custom_function_block_whose_byte_count_is_wrong_is_not_read():
    metadata = canon("Canon EOS 20D", [(CUSTOM_FUNCTIONS, SHORT, old_functions({0: 1, 1: 0}, size=99))])
    assert "CanonCustom" not in metadata


def test_the_d60_counts_its_custom_functions_two_bytes_short():
    block = old_functions({1: 1, 2: 3}, size=4)  # six bytes, counted as four
    assert canon("Canon EOS D60", [(CUSTOM_FUNCTIONS, SHORT, block)])["CanonCustom"] == {
        "LongExposureNoiseReduction": 1,
        "Shutter-AELock": 3,
    }


def test_custom_functions2_are_read_by_group_with_model_and_count_conditions():
    block = functions2([[(0x0101, [2]), (0x0103, [1, 72, 104])], [(0x0511, [1, 0]), (0x080E, [3])]])
    custom = canon("Canon EOS-1D Mark III", [(CUSTOM_FUNCTIONS_2, UNDEFINED, block)])["CanonCustom"]
    assert custom == {
        "ExposureLevelIncrements": 2,
        "ISOSpeedRange": [1, 100, 1600],  # the limits as ISO speeds (1D models)
        "AFDuringLiveView": [1, 0],
        "AddAspectRatioInfo": 3,
    }


def test_custom_functions2_read_in_the_notes_byte_order():
    block = functions2([[(0x0101, [1]), (0x0102, [1])]], order=">")
    custom = canon("Canon EOS 40D", [(CUSTOM_FUNCTIONS_2, UNDEFINED, block)], order=">")["CanonCustom"]
    assert custom == {"ExposureLevelIncrements": 1, "ISOSpeedIncrements": 1}


def test_custom_functions2_with_a_wrong_byte_count_give_nothing():
    block = bytearray(functions2([[(0x0101, [1])]]))
    block[0] += 4
    assert "CanonCustom" not in canon("Canon EOS 40D", [(CUSTOM_FUNCTIONS_2, UNDEFINED, bytes(block))])


def test_personal_functions_of_the_eos_1d_and_their_values():
    functions = [8, 1, 0, 5]  # byte count, then PF0, PF1, PF2
    values = [10, 0, 0, 0, 12]  # byte count, PF1Value..PF3Value, then PF4ExposureTimeMin
    metadata = canon("Canon EOS-1D", [(PERSONAL_FUNCTIONS, SHORT, functions), (PERSONAL_VALUES, SHORT, values)])
    custom = metadata["CanonCustom"]
    assert custom["PF0CustomFuncRegistration"] == 1
    assert custom["PF2DisableMeteringModes"] == 5
    assert custom["PF1Value"] == 0
    assert round(custom["PF4ExposureTimeMin"], 9) == 44.194173824  # exp(-CanonEv(48)·log 2)·1000/8


def test_creative_filter_parameters_are_read_from_each_filter():
    def parameter(tag: int, *values: int) -> bytes:
        return struct.pack(f"<II{len(values)}i", tag, len(values), *values)

    parameters = parameter(0x401, 2) + parameter(0x402, 1) + parameter(0x403, 345)
    filter_record = struct.pack("<III", 4, 8 + len(parameters), 3) + parameters
    block = struct.pack("<II", 8 + len(filter_record), 1) + filter_record
    canon_group = canon("Canon EOS M2", [(FILTER_INFO, UNDEFINED, block)])["Canon"]
    assert canon_group["MiniatureFilter"] == 2
    assert canon_group["MiniatureFilterOrientation"] == 1
    assert canon_group["MiniatureFilterPosition"] == 345
