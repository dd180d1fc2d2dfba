"""Apple maker-note tag tables: ids, names, formats and conversions from ExifTool 12.57 Apple.pm."""

from ..plist import plist_value
from ..table import PLIST, Table, Tag

RUN_TIME = Table(
    {
        "timescale": "RunTimeScale",
        "epoch": "RunTimeEpoch",
        "value": "RunTimeValue",
        "flags": "RunTimeFlags",
    },
    kind=PLIST,
)

MAIN = Table(
    {
        0x0001: "MakerNoteVersion",
        0x0003: Tag("RunTime", sub=RUN_TIME),
        0x0004: "AEStable",
        0x0005: "AETarget",
        0x0006: "AEAverage",
        0x0007: "AFStable",
        0x0008: "AccelerationVector",
        0x000A: "HDRImageType",
        0x000B: "BurstUUID",
        0x000C: "FocusDistanceRange",
        0x000F: "OISMode",
        0x0011: "MediaGroupUUID",
        0x0015: "ImageUniqueID",
        0x0017: "LivePhotoVideoIndex",
        0x001D: "LuminanceNoiseAmplitude",
        0x0021: "HDRHeadroom",
        0x0027: "SignalToNoiseRatio",
        0x002F: "FocusPosition",
        0x0030: "HDRGain",
        0x0038: "AFMeasuredDepth",
        0x003D: "AFConfidence",
        0x0040: Tag("SemanticStyle", conv=plist_value),
        0x0041: Tag("SemanticStyleRenderingVer", conv=plist_value),
        0x0042: Tag("SemanticStylePreset", conv=plist_value),
        0x0045: "FrontFacingCamera",
    }
)
