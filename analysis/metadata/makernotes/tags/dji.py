"""DJI tag tables: ids and names from ExifTool 12.57 DJI.pm (Main, the maker-note IFD of the
Phantom drones; Info, the ``[name:value]`` records of later drones; ThermalParams, the JPEG
APP4 block of the thermal cameras)."""

import re

from ..table import BINARY, Table, Tag

MAIN = Table(
    {
        0x01: Tag("Make", fmt="string"),
        0x03: Tag("SpeedX", fmt="float"),
        0x04: Tag("SpeedY", fmt="float"),
        0x05: Tag("SpeedZ", fmt="float"),
        0x06: Tag("Pitch", fmt="float"),
        0x07: Tag("Yaw", fmt="float"),
        0x08: Tag("Roll", fmt="float"),
        0x09: Tag("CameraPitch", fmt="float"),
        0x0A: Tag("CameraYaw", fmt="float"),
        0x0B: Tag("CameraRoll", fmt="float"),
    }
)

# DJI.pm Info: record name → tag name; other names made as ProcessDJIInfo does.
INFO_NAMES = {
    "ae_dbg_info": "AEDebugInfo",
    "ae_histogram_info": "AEHistogramInfo",
    "ae_local_histogram": "AELocalHistogram",
    "ae_liveview_histogram_info": "AELiveViewHistogramInfo",
    "ae_liveview_local_histogram": "AELiveViewLocalHistogram",
    "awb_dbg_info": "AWBDebugInfo",
    "af_dbg_info": "AFDebugInfo",
    "hiso": "Histogram",
    "xidiri": "Xidiri",
    "GimbalDegree(Y,P,R)": "GimbalDegree",
    "FlightDegree(Y,P,R)": "FlightDegree",
    "adj_dbg_info": "ADJDebugInfo",
    "sensor_id": "SensorID",
    "FlightSpeed(X,Y,Z)": "FlightSpeed",
    "hyperlapse_dbg_info": "HyperlapsDebugInfo",
}
RECORD = re.compile(rb"\[(.*?)\](?=\[|$)", re.S)
TEXT_VALUE = re.compile(rb"([\x20-\x7f]+)\x00*")
PLAIN_NAME = re.compile(r"[-_a-zA-Z0-9]+")


def _tag_name(record: str) -> str | None:
    """DJI.pm ProcessDJIInfo: a known name, else one made from a plain record name (letters
    after underscores capitalised, ExifTool MakeTagName)."""
    if record in INFO_NAMES:
        return INFO_NAMES[record]
    if not PLAIN_NAME.fullmatch(record):
        return None
    name = re.sub(r"_([a-z])", lambda m: "_" + m[1].upper(), record)
    name = re.sub(r"[^-_a-zA-Z0-9]", "", name)
    name = name[:1].upper() + name[1:]
    return name if len(name) >= 2 and not re.match(r"[-0-9]", name) else f"Tag{name}"


def info_records(data: bytes) -> list[tuple[str, str | bytes]]:
    """The ``[name:value]`` records of a DJI Info block as (tag name, value): printable values
    as text (trailing NULs dropped), others as bytes."""
    found = []
    pos = 0
    # DJI.pm reads the records one after another (/\G.../g): the first gap ends them
    while (match := RECORD.match(data, pos)) is not None and match.end() > pos:
        pos = match.end()
        name, colon, value = match[1].partition(b":")
        if not colon:
            continue
        tag = _tag_name(name.decode("latin-1"))
        if tag is None:
            continue
        text = TEXT_VALUE.fullmatch(value)
        found.append((tag, text[1].decode("latin-1") if text else value))
    return found


# DJI.pm ThermalParams (APP4 of the ZH20T and other thermal cameras), byte offsets.
THERMAL_PARAMS = Table(
    {
        0x24: Tag("K1", fmt="float"),
        0x28: Tag("K2", fmt="float"),
        0x2C: Tag("K3", fmt="float"),
        0x30: Tag("K4", fmt="float"),
        0x34: Tag("KF", fmt="float"),
        0x38: Tag("B1", fmt="float"),
        0x3C: Tag("B2", fmt="float"),
        0x44: Tag("ObjectDistance", fmt="int16u"),
        0x46: Tag("RelativeHumidity", fmt="int16u"),
        0x48: Tag("Emissivity", fmt="int16u"),
        0x4A: Tag("Reflection", fmt="int16u"),
        0x4C: Tag("AmbientTemperature", fmt="int16u"),
        0x50: Tag("D2", fmt="int32s"),
        0x54: Tag("KJ", fmt="int16u"),
        0x56: Tag("DB", fmt="int16u"),
        0x58: Tag("KK", fmt="int16u"),
    },
    kind=BINARY,
)
