"""InfiRay IJPEG tag tables (thermal cameras such as the P2 Pro): byte offsets, names and formats
from ExifTool 12.57 InfiRay.pm, one fixed little-endian block per JPEG APPn segment (Version in
APP2, Factory in APP4, Picture in APP5, MixMode in APP6, OpMode in APP7, Isothermal in APP8,
Sensor in APP9); group InfiRay."""

from ..table import BINARY, Table, Tag


def _table(rows: dict[int, tuple[str, str]]) -> Table:
    return Table({offset: Tag(name, fmt=fmt) for offset, (name, fmt) in rows.items()}, kind=BINARY)


VERSION = _table(
    {
        0x00: ("IJPEGVersion", "int8u[4]"),
        0x0C: ("IJPEGOrgType", "int8u"),
        0x0D: ("IJPEGDispType", "int8u"),
        0x0E: ("IJPEGRotate", "int8u"),
        0x0F: ("IJPEGMirrorFlip", "int8u"),
        0x10: ("ImageColorSwitchable", "int8u"),
        0x11: ("ThermalColorPalette", "int16u"),
        0x20: ("IRDataSize", "int64u"),
        0x28: ("IRDataFormat", "int16u"),
        0x2A: ("IRImageWidth", "int16u"),
        0x2C: ("IRImageHeight", "int16u"),
        0x2E: ("IRImageBpp", "int8u"),
        0x30: ("TempDataSize", "int64u"),
        0x38: ("TempDataFormat", "int16u"),
        0x3A: ("TempImageWidth", "int16u"),
        0x3C: ("TempImageHeight", "int16u"),
        0x3E: ("TempImageBpp", "int8u"),
        0x40: ("VisibleDataSize", "int64u"),
        0x48: ("VisibleDataFormat", "int16u"),
        0x4A: ("VisibleImageWidth", "int16u"),
        0x4C: ("VisibleImageHeight", "int16u"),
        0x4E: ("VisibleImageBpp", "int8u"),
    }
)

FACTORY = _table(
    {
        0x00: ("IJPEGTempVersion", "int8u[4]"),
        0x04: ("FactDefEmissivity", "int8s"),
        0x05: ("FactDefTau", "int8s"),
        0x06: ("FactDefTa", "int16s"),
        0x08: ("FactDefTu", "int16s"),
        0x0A: ("FactDefDist", "int16s"),
        0x0C: ("FactDefA0", "int32s"),
        0x10: ("FactDefB0", "int32s"),
        0x14: ("FactDefA1", "int32s"),
        0x18: ("FactDefB1", "int32s"),
        0x1C: ("FactDefP0", "int32s"),
        0x20: ("FactDefP1", "int32s"),
        0x24: ("FactDefP2", "int32s"),
        0x44: ("FactRelSensorTemp", "int16s"),
        0x46: ("FactRelShutterTemp", "int16s"),
        0x48: ("FactRelLensTemp", "int16s"),
        0x64: ("FactStatusGain", "int8s"),
        0x65: ("FactStatusEnvOK", "int8s"),
        0x66: ("FactStatusDistOK", "int8s"),
        0x67: ("FactStatusTempMap", "int8s"),
    }
)

PICTURE = _table(
    {
        0x00: ("EnvironmentTemp", "float"),
        0x04: ("Distance", "float"),
        0x08: ("Emissivity", "float"),
        0x0C: ("Humidity", "float"),
        0x10: ("ReferenceTemp", "float"),
        0x20: ("TempUnit", "int8u"),
        0x21: ("ShowCenterTemp", "int8u"),
        0x22: ("ShowMaxTemp", "int8u"),
        0x23: ("ShowMinTemp", "int8u"),
        0x24: ("TempMeasureCount", "int16u"),
    }
)

MIX_MODE = _table(
    {
        0x00: ("MixMode", "int8u"),
        0x01: ("FusionIntensity", "float"),
        0x05: ("OffsetAdjustment", "float"),
        0x09: ("CorrectionAsix", "float[30]"),
    }
)

OP_MODE = _table(
    {
        0x00: ("WorkingMode", "int8u"),
        0x01: ("IntegralTime", "int32u"),
        0x05: ("IntegratTimeHdr", "int32u"),
        0x09: ("GainStable", "int8u"),
        0x0A: ("TempControlEnable", "int8u"),
        0x0B: ("DeviceTemp", "float"),
    }
)

ISOTHERMAL = _table(
    {
        0x00: ("IsothermalMax", "float"),
        0x04: ("IsothermalMin", "float"),
        0x08: ("ChromaBarMax", "float"),
        0x0C: ("ChromaBarMin", "float"),
    }
)

SENSOR = _table(
    {
        0x000: ("IRSensorManufacturer", "string[12]"),
        0x040: ("IRSensorName", "string[12]"),
        0x080: ("IRSensorPartNumber", "string[32]"),
        0x0C0: ("IRSensorSerialNumber", "string[32]"),
        0x100: ("IRSensorFirmware", "string[12]"),
        0x140: ("IRSensorAperture", "float"),
        0x144: ("IRFocalLength", "float"),
        0x180: ("VisibleSensorManufacturer", "string[12]"),
        0x1C0: ("VisibleSensorName", "string[12]"),
        0x200: ("VisibleSensorPartNumber", "string[32]"),
        0x240: ("VisibleSensorSerialNumber", "string[32]"),
        0x280: ("VisibleSensorFirmware", "string[12]"),
        0x2C0: ("VisibleSensorAperture", "float"),
        0x2C4: ("VisibleFocalLength", "float"),
    }
)
