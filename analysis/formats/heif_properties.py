"""HEIF item properties (ISO/IEC 23008-12 §6.5; ipco boxes) as ExifTool's QuickTime.pm
%ItemPropCont and its sub-tables read them, into group QuickTime.

Each decoder takes the property box body and returns ``{tag: value}``; ``colr`` profiles are
returned under :data:`ICC_KEY` for the caller to hand over as an ICC block.
"""

import struct

from ..metadata.values import rational

GROUP = "QuickTime"
ICC_KEY = "ICC"


def _full_box(body: bytes) -> bool:
    return body[:4] == b"\x00\x00\x00\x00"


def _spatial_extent(body: bytes) -> dict:
    """ispe: version/flags, then u32 width and height."""
    if not _full_box(body) or len(body) < 12:
        return {}
    width, height = struct.unpack_from(">II", body, 4)
    return {"ImageSpatialExtent": f"{width} {height}", "ImageWidth": width, "ImageHeight": height}


def _pixel_depth(body: bytes) -> dict:
    """pixi: version/flags, channel count, bits per channel."""
    if not _full_box(body) or len(body) < 6:
        return {}
    depths = list(body[5 : 5 + body[4]])
    return {"ImagePixelDepth": depths[0] if len(depths) == 1 else " ".join(map(str, depths))}


def _colour(body: bytes) -> dict:
    """colr: an ICC profile ('prof', 'rICC') or nclx code points (ExifTool %QuickTime::ColorRep)."""
    if body[:4] in (b"prof", b"rICC"):
        return {ICC_KEY: body[4:]}
    if body[:4] != b"nclx" or len(body) < 11:
        return {}
    primaries, transfer, matrix = struct.unpack_from(">HHH", body, 4)
    return {
        "ColorProfiles": "nclx",
        "ColorPrimaries": primaries,
        "TransferCharacteristics": transfer,
        "MatrixCoefficients": matrix,
        "VideoFullRangeFlag": body[10] >> 7,
    }


def _hevc(body: bytes) -> dict:
    """hvcC: HEVCDecoderConfigurationRecord (ISO/IEC 14496-15 §8.3.3.1; ExifTool %HEVCConfig)."""
    if len(body) < 22:
        return {}
    return {
        "HEVCConfigurationVersion": body[0],
        "GeneralProfileSpace": body[1] >> 6,
        "GeneralTierFlag": (body[1] >> 5) & 1,
        "GeneralProfileIDC": body[1] & 0x1F,
        "GenProfileCompatibilityFlags": int.from_bytes(body[2:6], "big"),
        "ConstraintIndicatorFlags": " ".join(map(str, body[6:12])),
        "GeneralLevelIDC": body[12],
        "MinSpatialSegmentationIDC": int.from_bytes(body[13:15], "big") & 0x0FFF,
        "ParallelismType": body[15] & 3,
        "ChromaFormat": body[16] & 3,
        "BitDepthLuma": (body[17] & 7) + 8,
        "BitDepthChroma": (body[18] & 7) + 8,
        "AverageFrameRate": int.from_bytes(body[19:21], "big") / 256,
        "ConstantFrameRate": body[21] >> 6,
        "NumTemporalLayers": (body[21] >> 3) & 7,
        "TemporalIDNested": (body[21] >> 2) & 1,
    }


def _av1(body: bytes) -> dict:
    """av1C: AV1CodecConfigurationRecord (AV1 in ISOBMFF §2.3; ExifTool %AV1Config)."""
    if len(body) < 4:
        return {}
    return {
        "AV1ConfigurationVersion": body[0] & 0x7F,
        "ChromaFormat": (body[2] & 0x1C) >> 2,
        "ChromaSamplePosition": body[2] & 3,
    }


def _clean_aperture(body: bytes) -> dict:
    """clap: four signed rationals, width, height, horizontal and vertical offset."""
    if len(body) < 32:
        return {}
    numbers = struct.unpack_from(">8i", body)
    return {"CleanAperture": " ".join(str(rational(n, d)) for n, d in zip(numbers[::2], numbers[1::2], strict=True))}


DECODERS = {
    b"ispe": _spatial_extent,
    b"pixi": _pixel_depth,
    b"colr": _colour,
    b"hvcC": _hevc,
    b"av1C": _av1,
    b"clap": _clean_aperture,
    # irot: anticlockwise quarter turns (ISO/IEC 23008-12 §6.5.10); ExifTool 12.57 gives degrees
    b"irot": lambda b: {"Rotation": (b[0] & 3) * 90} if b else {},
    b"imir": lambda b: {"Mirroring": b[0] & 1} if b else {},
    b"pasp": lambda b: {"PixelAspectRatio": "{} {}".format(*struct.unpack_from(">II", b))} if len(b) >= 8 else {},
    b"auxC": lambda b: {"AuxiliaryImageType": b[4:].split(b"\x00", 1)[0].decode("latin-1")},
}
# Properties ExifTool does not take from an item the primary item refers to (QuickTime.pm
# %dontInherit): 1 = neither direction, 2 = only from items the primary refers to.
DONT_INHERIT = {b"ispe": 1, b"pixi": 1, b"irot": 1, b"imir": 1, b"pasp": 1, b"hvcC": 2, b"colr": 2}
