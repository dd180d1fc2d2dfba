"""Nikon maker-note directories written by Nikon's software and for previews: PreviewIFD (tag
0x0011), NikonScan (0x0e10), NikonCaptureOffsets (0x0e0e), NikonCaptureOutput (0x0e1e) from
ExifTool 12.57 Nikon.pm, and NikonCaptureData (0x0e01) from NikonCapture.pm; groups PreviewIFD,
NikonScan and NikonCapture as ExifTool names them."""

from ..nikon_records import capture_offsets, nikon_capture
from ..table import BINARY, RECORDS, Table, Tag

# Nikon.pm PreviewIFD: a TIFF IFD describing the JPEG preview; PreviewImageStart is a file offset.
PREVIEW_IFD = Table(
    {
        0x00FE: "SubfileType",
        0x0103: "Compression",
        0x011A: "XResolution",
        0x011B: "YResolution",
        0x0128: "ResolutionUnit",
        0x0201: Tag("PreviewImageStart", offset=True),
        0x0202: "PreviewImageLength",
        0x0213: "YCbCrPositioning",
    },
    group="PreviewIFD",
)

# Nikon.pm Scan (written by Nikon Scan), with its ROC and GEM blocks.
SCAN = Table(
    {
        0x0002: "FilmType",
        0x0040: "MultiSample",
        0x0041: "BitDepth",
        0x0050: "MasterGain",
        0x0051: "ColorGain",
        0x0060: "ScanImageEnhancer",
        0x0100: "DigitalICE",
        0x0110: Tag("ROCInfo", sub=Table({0: Tag("DigitalROC", conv=lambda v: v / 10)}, kind=BINARY, fmt="int32u")),
        0x0120: Tag(
            "GEMInfo",
            sub=Table({0: Tag("DigitalGEM", conv=lambda v: v / 20 - 1 if v < 95 else 4)}, kind=BINARY, fmt="int32u"),
        ),
        0x0200: "DigitalDEEShadowAdj",
        0x0201: "DigitalDEEThreshold",
        0x0202: "DigitalDEEHighlightAdj",
    },
    group="NikonScan",
)

# Nikon.pm CaptureOffsets: copies of TIFF offsets Nikon Capture keeps (not updated by editors).
CAPTURE_OFFSETS = Table(
    {1: "IFD0_Offset", 2: "PreviewIFD_Offset", 3: "SubIFD_Offset"}, kind=RECORDS, records=capture_offsets
)

# Nikon.pm CaptureOutput (Capture NX).
CAPTURE_OUTPUT = Table(
    {2: "OutputImageWidth", 3: "OutputImageHeight", 4: "OutputResolution"}, kind=BINARY, fmt="int32u"
)


def _half(value: float) -> float:
    return value / 2


def _auto_adjust(value: int) -> int | str:
    """NikonCapture.pm PictureCtrl: 0 is Auto, others are offset by 128."""
    return value - 128 if value else "Auto"


# NikonCapture.pm's binary blocks (little-endian, int8u items unless a row says otherwise).
UNSHARP = Table(
    {
        0: "UnsharpCount",
        **{
            start + step: row
            for start in (19, 46, 73, 100)
            for step, row in (
                (0, Tag(f"Unsharp{(start - 19) // 27 + 1}Color", fmt="int16u")),
                (4, Tag(f"Unsharp{(start - 19) // 27 + 1}Intensity", fmt="int16u")),
                (6, Tag(f"Unsharp{(start - 19) // 27 + 1}HaloWidth", fmt="int16u")),
                (8, Tag(f"Unsharp{(start - 19) // 27 + 1}Threshold")),
            )
        },
    },
    kind=BINARY,
)
D_LIGHTING_HS = Table({0: "D-LightingHSAdjustment", 1: "D-LightingHSColorBoost"}, kind=BINARY, fmt="int32u")
D_LIGHTING_HQ = Table(
    {0: "D-LightingHQShadow", 1: "D-LightingHQHighlight", 2: "D-LightingHQColorBoost"}, kind=BINARY, fmt="int32u"
)
COLOR_BOOST = Table({0: "ColorBoostType", 1: Tag("ColorBoostLevel", fmt="int32u")}, kind=BINARY)
WB_ADJ = Table(
    {
        0x00: Tag("WBAdjRedBalance", fmt="double"),
        0x08: Tag("WBAdjBlueBalance", fmt="double"),
        0x10: "WBAdjMode",
        0x14: Tag("WBAdjLighting", fmt="int16u"),
        0x18: Tag("WBAdjTemperature", fmt="int16u"),
        0x25: Tag("WBAdjTint", fmt="int32s"),
    },
    kind=BINARY,
)
PHOTO_EFFECTS = Table(
    {
        0: "PhotoEffectsType",
        4: Tag("PhotoEffectsRed", fmt="int16s"),
        6: Tag("PhotoEffectsGreen", fmt="int16s"),
        8: Tag("PhotoEffectsBlue", fmt="int16s"),
    },
    kind=BINARY,
)
BRIGHTNESS = Table({0: Tag("BrightnessAdj", fmt="double", conv=lambda v: v * 50), 8: "EnhanceDarkTones"}, kind=BINARY)
NOISE_REDUCTION = Table(
    {
        0x04: "EdgeNoiseReduction",
        0x05: "ColorMoireReductionMode",
        0x09: Tag("NoiseReductionIntensity", fmt="int32u"),
        0x0D: Tag("NoiseReductionSharpness", fmt="int32u"),
        0x11: Tag("NoiseReductionMethod", fmt="int16u"),
        0x15: "ColorMoireReduction",
        0x17: "NoiseReduction",
        0x18: Tag("ColorNoiseReductionIntensity", fmt="int32u"),
        0x1C: Tag("ColorNoiseReductionSharpness", fmt="int32u"),
    },
    kind=BINARY,
)
CROP = Table(
    {
        0x1E: Tag("CropLeft", fmt="double", conv=_half),
        0x26: Tag("CropTop", fmt="double", conv=_half),
        0x2E: Tag("CropRight", fmt="double", conv=_half),
        0x36: Tag("CropBottom", fmt="double", conv=_half),
        0x8E: Tag("CropOutputWidthInches", fmt="double"),
        0x96: Tag("CropOutputHeightInches", fmt="double"),
        0x9E: Tag("CropScaledResolution", fmt="double"),
        0xAE: Tag("CropSourceResolution", fmt="double", conv=_half),
        0xB6: Tag("CropOutputResolution", fmt="double"),
        0xBE: Tag("CropOutputScale", fmt="double"),
        0xC6: Tag("CropOutputWidth", fmt="double"),
        0xCE: Tag("CropOutputHeight", fmt="double"),
        0xD6: Tag("CropOutputPixels", fmt="double"),
    },
    kind=BINARY,
)
PICTURE_CTRL = Table(
    {
        0x00: "PictureControlActive",
        0x13: Tag("PictureControlMode", fmt="string[16]"),
        0x2A: Tag("QuickAdjust", conv=lambda v: v - 128),
        0x2B: Tag("SharpeningAdj", conv=_auto_adjust),
        0x2C: Tag("ContrastAdj", conv=_auto_adjust),
        0x2D: Tag("BrightnessAdj", conv=_auto_adjust),
        0x2E: Tag("SaturationAdj", conv=_auto_adjust),
        0x2F: Tag("HueAdj", conv=lambda v: v - 128),
    },
    kind=BINARY,
)
RED_EYE = Table({0: "RedEyeCorrection"}, kind=BINARY)
EXPOSURE = Table(
    {
        0x00: Tag("ExposureAdj", fmt="int16s", conv=lambda v: v / 100),
        0x12: Tag("ExposureAdj2", fmt="double"),
        0x24: "ActiveD-Lighting",
        0x25: "ActiveD-LightingMode",
    },
    kind=BINARY,
)
HIGHLIGHT = Table({0: "ShadowProtection", 1: "SaturationAdj", 6: "HighlightProtection"}, kind=BINARY, fmt="int8s")

# NikonCapture.pm Main: records keyed by 32-bit ids; ``fmt`` is ExifTool's Writable.
CAPTURE = Table(
    {
        0x008AE85E: Tag("LCHEditor", fmt="int8u"),
        0x0C89224B: Tag("ColorAberrationControl", fmt="int8u"),
        0x116FEA21: Tag("HighlightData", sub=HIGHLIGHT),
        0x2175EB78: Tag("D-LightingHQ", fmt="int8u"),
        0x2FC08431: Tag("StraightenAngle", fmt="double"),
        0x374233E0: Tag("CropData", sub=CROP),
        0x39C456AC: Tag("PictureCtrl", sub=PICTURE_CTRL),
        0x3CFC73C6: Tag("RedEyeData", sub=RED_EYE),
        0x3D136244: Tag("EditVersionName", fmt="string"),
        0x416391C6: Tag("QuickFix", fmt="int8u"),
        0x56A54260: Tag("Exposure", sub=EXPOSURE),
        0x5F0E7D23: Tag("ColorBooster", fmt="int8u"),
        0x6A6E36B6: Tag("D-LightingHQSelected", fmt="int8u"),
        0x753DCBC0: Tag("NoiseReduction", fmt="int8u"),
        0x76A43200: Tag("UnsharpMask", fmt="int8u"),
        0x76A43201: Tag("Curves", fmt="int8u"),
        0x76A43202: Tag("ColorBalanceAdj", fmt="int8u"),
        0x76A43203: Tag("AdvancedRaw", fmt="int8u"),
        0x76A43204: Tag("WhiteBalanceAdj", fmt="int8u"),
        0x76A43205: Tag("VignetteControl", fmt="int8u"),
        0x76A43206: Tag("FlipHorizontal", fmt="int8u"),
        0x76A43207: Tag("Rotation", fmt="int16u"),
        0x083A1A25: Tag("HistogramXML", binary=True),
        0x84589434: Tag("BrightnessData", sub=BRIGHTNESS),
        0x890FF591: Tag("D-LightingHQData", sub=D_LIGHTING_HQ),
        0x926F13E0: Tag("NoiseReductionData", sub=NOISE_REDUCTION),
        0x9EF5F6E0: Tag("IPTCData", block="IPTC"),
        0xAB5ECA5E: Tag("PhotoEffects", fmt="int8u"),
        0xAC6BD5C0: Tag("VignetteControlIntensity", fmt="int16s"),
        0xB0384E1E: Tag("PhotoEffectsData", sub=PHOTO_EFFECTS),
        0xB999A36F: Tag("ColorBoostData", sub=COLOR_BOOST),
        0xBF3C6C20: Tag("WBAdjData", sub=WB_ADJ),
        0xCE5554AA: Tag("D-LightingHS", fmt="int8u"),
        0xE2173C47: Tag("PictureControl", fmt="int8u"),
        0xE37B4337: Tag("D-LightingHSData", sub=D_LIGHTING_HS),
        0xE42B5161: Tag("UnsharpData", sub=UNSHARP),
        0xE9651831: Tag("PhotoEffectHistoryXML", binary=True),
        0xFE28A44F: Tag("AutoRedEye", fmt="int8u"),
        0xFE443A45: Tag("ImageDustOff", fmt="int8u"),
    },
    kind=RECORDS,
    records=nikon_capture,
    group="NikonCapture",
)
