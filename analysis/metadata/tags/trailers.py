"""Tags of the trailers ExifTool reads after an image (AFCP.pm, FotoStation.pm, PhotoMechanic.pm,
Samsung.pm %Samsung::Trailer; ExifTool 12.57). Each row: id → (tag name, value conversion or
None); conversions give ExifTool's ``-n`` value."""

from collections.abc import Callable
from typing import Any

from ..values import number

Row = tuple[str, Callable[[Any], Any] | None]


def _per_655(value: int) -> int | float:
    return number(value / 655.36)


def _per_1000(value: int) -> int | float:
    return number(value / 1000)


# AFCP directory entries (AFCP.pm %AFCP::Main); "IPTC" is an IPTC block of its own.
AFCP: dict[bytes, str] = {b"TEXT": "Text", b"Nail": "ThumbnailImage", b"PrVw": "PreviewImage"}

# FotoStation records (FotoStation.pm %FotoStation::Main): 1 is an IPTC block, 2 SoftEdit.
FOTOSTATION_IMAGES = {3: "ThumbnailImage", 4: "PreviewImage"}
# SoftEdit: big-endian int32s values by index (FotoStation.pm %FotoStation::SoftEdit).
FOTOSTATION_SOFT_EDIT: dict[int, Row] = {
    0: ("OriginalImageWidth", None),
    1: ("OriginalImageHeight", None),
    2: ("ColorPlanes", None),
    3: ("XYResolution", _per_1000),
    # stored as degrees counter-clockwise x 100; ExifTool gives degrees clockwise
    4: ("Rotation", lambda v: number(360 - v / 100) if v else 0),
    6: ("CropLeft", _per_1000),
    7: ("CropTop", _per_1000),
    8: ("CropRight", _per_1000),
    9: ("CropBottom", _per_1000),
    11: ("CropRotation", lambda v: number(-v / 100)),
}

# Photo Mechanic soft edits: IIM datasets of record 2 (PhotoMechanic.pm %PhotoMechanic::SoftEdit).
PHOTOMECHANIC_RECORD = 2
PHOTOMECHANIC: dict[int, Row] = {
    209: ("RawCropLeft", _per_655),
    210: ("RawCropTop", _per_655),
    211: ("RawCropRight", _per_655),
    212: ("RawCropBottom", _per_655),
    213: ("ConstrainedCropWidth", None),
    214: ("ConstrainedCropHeight", None),
    215: ("FrameNum", None),
    216: ("Rotation", None),
    217: ("CropLeft", None),
    218: ("CropTop", None),
    219: ("CropRight", None),
    220: ("CropBottom", None),
    221: ("Tagged", None),
    222: ("ColorClass", None),
    223: ("Rating", None),
    236: ("PreviewCropLeft", _per_655),
    237: ("PreviewCropTop", _per_655),
    238: ("PreviewCropRight", _per_655),
    239: ("PreviewCropBottom", _per_655),
}

# Samsung SEFH/SEFT trailer entries by type: (tag of the entry's name, tag of its data, data is
# binary). ExifTool names some data by the entry's name: (name, tag) pairs in SAMSUNG_NAMED.
SAMSUNG: dict[int, tuple[str | None, str | None, bool]] = {
    0x0001: ("EmbeddedImageName", "EmbeddedImage2", True),
    0x0100: ("EmbeddedAudioFileName", "EmbeddedAudioFile", True),
    0x0201: ("SurroundShotVideoName", "SurroundShotVideo", True),
    0x0A01: (None, "TimeStamp", False),
    0x0A20: ("DualCameraImageName", "DualCameraImage", True),
    0x0A30: ("EmbeddedVideoType", "EmbeddedVideoFile", True),
    0x0AA1: (None, "MCCData", False),
    0x0AB1: ("DepthMapName", "DepthMapData2", True),
    0x0B41: (None, "SingleShotDepthMap", True),
}
SAMSUNG_NAMED = {(0x0001, "DualShot_1"): "EmbeddedImage", (0x0AB1, "DualShot_DepthMap_1"): "DepthMapData"}
