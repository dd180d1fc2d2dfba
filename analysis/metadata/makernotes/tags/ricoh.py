"""Ricoh maker-note tag tables: ids, names and conversions from ExifTool 12.57 Ricoh.pm (Main,
its ImageInfo block and ``[Ricoh Camera Info]`` sub-directory, and the Text maker notes)."""

import re

from ..table import BINARY, IFD, Table, Tag

IMAGE_INFO = Table(
    {
        0x00: Tag("RicohImageWidth", fmt="int16u"),
        0x02: Tag("RicohImageHeight", fmt="int16u"),
        0x06: Tag(
            "RicohDate", fmt="int8u[7]", conv=lambda v: "{:02x}{:02x}:{:02x}:{:02x} {:02x}:{:02x}:{:02x}".format(*v)
        ),
        0x1C: Tag("PreviewImageStart", fmt="int16u", offset=True),
        0x1E: Tag("PreviewImageLength", fmt="int16u"),
        0x20: "FlashMode",
        0x21: "Macro",
        0x22: "Sharpness",
        0x26: "WhiteBalance",
        0x27: "ISOSetting",
        0x28: "Saturation",
    },
    kind=BINARY,
    priority=0,
)

SUBDIR = Table(
    {
        0x0004: Tag("ManufactureDate1", fmt="string[20]"),
        0x0005: Tag("ManufactureDate2", fmt="string[20]"),
        0x002A: "NoiseReduction",
    },
    kind=IFD,
)

CAMERA_INFO = b"[Ricoh Camera Info]"

MAIN = Table(
    {
        0x0001: "MakerNoteType",
        0x0002: "FirmwareVersion",
        0x0005: (
            Tag("SerialNumber", fmt="undef[16]", when=lambda p: re.fullmatch(rb"[-\w ]+", p.data)),
            Tag("InternalSerialNumber", fmt="undef[16]", conv=lambda v: v.hex() if isinstance(v, bytes) else v),
        ),
        0x1000: "RecordingFormat",
        0x1001: (Tag("ImageInfo", when=lambda p: p.fmt != "int16u", sub=IMAGE_INFO), "ExposureProgram"),
        0x1002: Tag("DriveMode", when=lambda p: p.fmt == "int16u"),
        0x1003: (Tag("Sharpness", when=lambda p: p.fmt != "int16u"), "WhiteBalance"),
        0x1004: Tag("WhiteBalanceFineTune", fmt="int16s", when=lambda p: p.fmt == "int16u"),
        0x1006: "FocusMode",
        0x1007: "AutoBracketing",
        0x1009: "MacroMode",
        0x100A: "FlashMode",
        0x100B: "FlashExposureComp",
        0x100C: "ManualFlashOutput",
        0x100D: "FullPressSnap",
        0x100E: "DynamicRangeExpansion",
        0x100F: "NoiseReduction",
        0x1010: "ImageEffects",
        0x1011: "Vignetting",
        0x1012: Tag("Contrast", fmt="int32s"),
        0x1013: "Saturation",
        0x1014: "Sharpness",
        0x1015: "ToningEffect",
        0x1016: "HueAdjust",
        0x1017: "WideAdapter",
        0x1018: "CropMode",
        0x1019: "NDFilter",
        0x101A: "WBBracketShotNumber",
        0x1200: "AFStatus",
        0x1201: "AFAreaXPosition1",
        0x1202: "AFAreaYPosition1",
        0x1203: "AFAreaXPosition",
        0x1204: "AFAreaYPosition",
        0x1205: "AFAreaMode",
        0x1307: "ColorTempKelvin",
        0x1308: "ColorTemperature",
        0x1500: "FocalLength",
        0x1601: "SensorWidth",
        0x1602: "SensorHeight",
        0x1603: "CroppedImageWidth",
        0x1604: "CroppedImageHeight",
        # The Caplio RR1 sub-directory has offsets relative to itself (Base => '$start-20'),
        # which the walker does not follow: not read.
        0x2001: (
            Tag(
                "RicohSubdir",
                sub=SUBDIR,
                order=">",
                start=len(CAMERA_INFO) + 1,
                when=lambda p: not p.n.match("Model", r"^Caplio RR1\b") and p.data.startswith(CAMERA_INFO),
            ),
            # the Caplio RR1 counts the offsets from the "[Ricoh Camera Info]" header
            Tag(
                "RicohRR1Subdir",
                sub=SUBDIR,
                order=">",
                start=len(CAMERA_INFO) + 1,
                own_base=True,
                when=lambda p: p.n.match("Model", r"^Caplio RR1\b") and p.data.startswith(CAMERA_INFO),
            ),
        ),
    },
)

TEXT = Table(
    {
        "Rev": "FirmwareVersion",
        "Rv": "FirmwareVersion",
        "Rg": "RedGain",
        "Gg": "GreenGain",
        "Bg": "BlueGain",
    },
)
