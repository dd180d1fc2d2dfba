"""Sigma / Foveon maker-note tag table: ids, names and conversions from ExifTool 12.57 Sigma.pm
(Main). ``SigmaVersion`` is the maker-note version byte (MakerNotes.pm MakerNoteSigmaVer: the
byte after ``SIGMA\\0\\0\\0``, -1 when the header differs); version 3 moved many tags."""

import re

from ..table import Table, Tag, model, not_model


def _text(fmt: str = "string"):
    return lambda p: p.fmt == fmt


def _old(p) -> bool:
    return p.n["SigmaVersion"] < 3


def _new(p) -> bool:
    return p.n["SigmaVersion"] >= 3


def _without(prefix: str):
    # Sigma.pm: "$val =~ s/Expo:\s*//, $val" and the like; a label before the value is dropped.
    pattern = re.compile(prefix + r":\s*")
    return lambda v: pattern.sub("", v, count=1) if isinstance(v, str) else v


def _labelled(name: str, prefix: str) -> tuple[Tag, Tag]:
    return (Tag(name, when=_text(), conv=_without(prefix)), Tag(name, priority=0))


MAIN = Table(
    {
        0x0002: "SerialNumber",
        0x0003: "DriveMode",
        0x0004: "ResolutionMode",
        0x0005: "AFMode",
        0x0006: "FocusSetting",
        0x0007: "WhiteBalance",
        0x0008: "ExposureMode",
        0x0009: "MeteringMode",
        0x000A: "LensFocalRange",
        0x000B: "ColorSpace",
        0x000C: Tag("ExposureCompensation", when=_text(), conv=_without("Expo")),
        0x000D: _labelled("Contrast", "Cont"),
        0x000E: _labelled("Shadow", "Shad"),
        0x000F: _labelled("Highlight", "High"),
        0x0010: _labelled("Saturation", "Satu"),
        0x0011: _labelled("Sharpness", "Shar"),
        0x0012: (Tag("X3FillLight", when=_text(), conv=_without("Fill")), "X3FillLight"),
        0x0014: (Tag("ColorAdjustment", when=_text(), conv=_without("CC")), "ColorAdjustment"),
        0x0015: "AdjustmentMode",
        0x0016: Tag("Quality", conv=_without("Qual")),
        0x0017: "Firmware",
        0x0018: Tag("Software", priority=0),
        0x0019: "AutoBracket",
        0x001A: (
            Tag("PreviewImageStart", when=_text("int32u"), offset=True),
            Tag("ChrominanceNoiseReduction", when=_text(), conv=_without("Chro")),
        ),
        0x001B: (
            Tag("PreviewImageLength", when=_text("int32u")),
            Tag("LuminanceNoiseReduction", when=_text(), conv=_without("Luma")),
        ),
        0x001C: (
            Tag("PreviewImageSize", when=_old),
            Tag("PreviewImageStart", when=_text("int32u"), offset=True),
        ),
        0x001D: (Tag("MakerNoteVersion", when=_old), Tag("PreviewImageLength", when=_text("int32u"))),
        0x001E: Tag("PreviewImageSize", when=_new),
        0x001F: (Tag("AFPoint", when=_old), "MakerNoteVersion"),
        0x0022: Tag("FileFormat", when=_old),
        0x0024: Tag("Calibration", when=_old),
        0x0026: Tag("FileFormat", when=_new),
        0x0027: (
            Tag(
                "LensType",
                when=lambda p: _new(p) and p.fmt == "string",
                conv=lambda v: int(v, 16) if re.fullmatch(r"[0-9a-fA-F]+", v) else v,
            ),
            Tag("LensType", when=_new),
        ),
        0x002A: Tag("LensFocalRange", when=_new),
        0x002B: Tag("LensMaxApertureRange", when=_new),
        0x002C: Tag("ColorMode", when=_text("int32u")),
        0x0030: (Tag("LensApertureRange", when=_old), "Calibration"),
        0x0031: Tag("FNumber", when=_old, priority=0),
        0x0032: Tag("ExposureTime", when=_old, priority=0),
        0x0033: Tag("ExposureTime2", when=not_model(r" (SD1|SD9|SD15|Merrill|Quattro|fp)$"), conv=lambda v: v * 1e-6),
        0x0034: Tag("BurstShot", when=_old),
        0x0035: Tag("ExposureCompensation", when=_old),
        0x0039: Tag("SensorTemperature", when=_old),
        0x003A: Tag("FlashExposureComp", when=_old),
        0x003B: Tag("Firmware", when=_old, priority=0),
        0x003C: Tag("WhiteBalance", when=_old, priority=0),
        0x003D: "PictureMode",
        0x0048: Tag("LensApertureRange", when=_new),
        0x0049: Tag("FNumber", when=_new, priority=0),
        0x004A: Tag("ExposureTime", when=_new, priority=0),
        0x004B: (
            Tag("ExposureTime2", when=model(r"^SIGMA (SD1( Merrill)?|DP\d Merrill)$")),
            Tag("ExposureTime2", when=model(r"^SIGMA dp\d Quattro$", re.I), conv=lambda v: v / 1000000),
        ),
        0x004D: Tag("ExposureCompensation", when=_new),
        0x0055: Tag("SensorTemperature", when=_new),
        0x0056: Tag("FlashExposureComp", when=_new),
        0x0057: Tag("Firmware2", when=_text(), priority=0),
        0x0058: Tag("WhiteBalance", when=_new, priority=0),
        0x0059: Tag("DigitalFilter", when=_new),
        0x0084: "Model",
        0x0086: "ISO",
        0x0087: "ResolutionMode",
        0x0088: "WhiteBalance",
        0x008C: "Firmware",
        0x011F: "CameraCalibration",
    },
)
