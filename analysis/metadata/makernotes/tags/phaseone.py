"""Phase One maker-note tag tables: ids, names, formats and conversions from ExifTool 12.57
PhaseOne.pm (Main, SensorCalibration); group PhaseOne. Unknown and hidden rows are left out."""

from ..convert import unix_time
from ..table import Table, Tag


def _two_power_half(value: float) -> float:
    """PhaseOne.pm ApertureValue: an APEX value, 2 ** (v / 2)."""
    return 2 ** (value / 2)


SENSOR_CALIBRATION = Table(
    {
        0x0400: Tag("SensorDefects", fmt="undef", binary=True),
        0x0407: Tag("SerialNumber", fmt="string"),
        0x0419: Tag("LinearizationCoefficients1", fmt="float"),
        0x041A: Tag("LinearizationCoefficients2", fmt="float"),
    },
    fmt="int32s",
)

MAIN = Table(
    {
        0x0100: Tag("CameraOrientation", conv=lambda v: v & 0x03),
        0x0102: Tag("SerialNumber", fmt="string"),
        0x0105: "ISO",
        0x0106: Tag("ColorMatrix1", fmt="float"),
        0x0107: Tag("WB_RGBLevels", fmt="float"),
        0x0108: "SensorWidth",
        0x0109: "SensorHeight",
        0x010A: "SensorLeftMargin",
        0x010B: "SensorTopMargin",
        0x010C: "ImageWidth",
        0x010D: "ImageHeight",
        0x010E: "RawFormat",
        0x010F: Tag("RawData", fmt="undef", binary=True),
        0x0110: Tag("SensorCalibration", sub=SENSOR_CALIBRATION),
        0x0112: Tag("DateTimeOriginal", fmt="int32u", conv=unix_time, priority=0),
        0x0113: "ImageNumber",
        0x0203: Tag("Software", fmt="string"),
        0x0204: Tag("System", fmt="string"),
        0x0210: Tag("SensorTemperature", fmt="float"),
        0x0211: Tag("SensorTemperature2", fmt="float"),
        0x021C: Tag("StripOffsets", binary=True),
        0x021D: "BlackLevel",
        0x0222: "SplitColumn",
        0x0223: Tag("BlackLevelData", fmt="int16u", binary=True),
        0x0226: Tag("ColorMatrix2", fmt="float"),
        0x0267: Tag("AFAdjustment", fmt="float"),
        0x0301: Tag("FirmwareVersions", fmt="string"),
        0x0400: Tag("ShutterSpeedValue", fmt="float", conv=lambda v: 2 ** (-v) if abs(v) < 100 else 0),
        0x0401: Tag("ApertureValue", fmt="float", conv=_two_power_half),
        0x0402: Tag("ExposureCompensation", fmt="float"),
        0x0403: Tag("FocalLength", fmt="float"),
        0x0410: Tag("CameraModel", fmt="string"),
        0x0412: Tag("LensModel", fmt="string"),
        0x0414: Tag("MaxApertureValue", fmt="float", conv=_two_power_half),
        0x0415: Tag("MinApertureValue", fmt="float", conv=_two_power_half),
        0x0455: Tag("Viewfinder", fmt="string"),
    },
    fmt="int32s",
)
