"""Samsung maker-note tag tables (Main for ``STMN`` notes, Type2): ids, names and conversions from
ExifTool 12.57 Samsung.pm."""

import re

from ..convert import first
from ..table import BINARY, Table, Tag, pstr

# Samsung.pm Main: the binary "STMN" notes, int32u items in the EXIF byte order. The preview
# offset is already a file position (IsOffset 3: not moved by the maker note's base).
STMN = Table(
    {
        0: Tag("MakerNoteVersion", fmt="undef[8]"),
        2: "PreviewImageStart",
        3: "PreviewImageLength",
    },
    kind=BINARY,
    fmt="int32u",
)

TYPE2 = Table(
    {
        0x0001: "MakerNoteVersion",
        0x0002: "DeviceType",
        0x0003: "SamsungModelID",
        0x0020: (
            Tag("SmartAlbumColor", when=lambda p: re.search(rb"^\0{4}", p.data)),
            "SmartAlbumColor",
        ),
        0x0030: Tag(
            "LocalLocationName",
            fmt="undef",
            conv=lambda v: re.sub(rb"\0 *", b"\n", v.split(b"\0\0")[0]) if isinstance(v, bytes) else v,
        ),
        0x0031: "LocationName",
        0x0035: (
            Tag(
                "PreviewIFD",
                when=lambda p: pstr(p.n["TIFF_TYPE"]) == "SRW" and pstr(p.n["Model"]) != "EK-GN120",
                hidden=True,
            ),
            Tag("PreviewIFD", when=lambda p: pstr(p.n["TIFF_TYPE"]) == "SRW", hidden=True),
        ),
        0x0040: "RawDataByteOrder",
        0x0041: "WhiteBalanceSetup",
        0x0043: "CameraTemperature",
        0x0050: "RawDataCFAPattern",
        0x0100: "FaceDetect",
        0x0120: "FaceRecognition",
        0x0123: "FaceName",
        0xA001: "FirmwareName",
        0xA002: Tag("SerialNumber", when=lambda p: re.search(rb"^\w{5}", p.data)),
        0xA003: "LensType",
        0xA004: "LensFirmware",
        0xA005: "InternalLensSerialNumber",
        0xA010: "SensorAreas",
        0xA011: "ColorSpace",
        0xA012: "SmartRange",
        0xA013: "ExposureCompensation",
        0xA014: "ISO",
        0xA018: Tag("ExposureTime", conv=first),
        0xA019: Tag("FNumber", conv=first, priority=0),
        0xA01A: Tag("FocalLengthIn35mmFormat", fmt="int32u", conv=lambda v: v / 10, priority=0),
        0xA025: "HighlightLinearityLimit",
    },
)
