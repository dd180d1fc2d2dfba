"""ICC profile tags as ExifTool 12.57 names them (lib/Image/ExifTool/ICC_Profile.pm: Main, Header,
ViewingConditions, Measurement, Chromaticity and ColorantTable tables; ICC.1:2010 section 7 and 10).
"""

from typing import NamedTuple


class Field(NamedTuple):
    """A fixed-offset field of the header or of a structured tag: byte offset, ExifTool name, value
    format (``string``: text up to the first NUL; ``int8u``, ``int16s``, ``int16u``, ``int32u``:
    big-endian integers; ``fixed32s``, ``fixed32u``: 16.16 fixed point; ``datetime``: six
    ``int16u`` as ``YYYY:MM:DD HH:MM:SS``) and the count of values (bytes for ``string``; several
    numbers are printed space-separated, as ExifTool prints them)."""

    offset: int
    name: str
    format: str
    count: int = 1


# Header (the first 128 bytes), family-1 group ICC-header.
HEADER = (
    Field(4, "ProfileCMMType", "string", 4),
    Field(8, "ProfileVersion", "int16s", 1),
    Field(12, "ProfileClass", "string", 4),
    Field(16, "ColorSpaceData", "string", 4),
    Field(20, "ProfileConnectionSpace", "string", 4),
    Field(24, "ProfileDateTime", "datetime", 6),
    Field(36, "ProfileFileSignature", "string", 4),
    Field(40, "PrimaryPlatform", "string", 4),
    Field(44, "CMMFlags", "int32u", 1),
    Field(48, "DeviceManufacturer", "string", 4),
    Field(52, "DeviceModel", "string", 4),
    Field(56, "DeviceAttributes", "int32u", 2),
    Field(64, "RenderingIntent", "int32u", 1),
    Field(68, "ConnectionSpaceIlluminant", "fixed32s", 3),
    Field(80, "ProfileCreator", "string", 4),
    Field(84, "ProfileID", "int8u", 16),
)

# Tag signature -> name, family-1 group ICC_Profile. The value is read by its type signature
# (desc, mluc, text, XYZ, sf32, ...); types ExifTool does not decode are given as binary.
TAGS: dict[str, str] = {
    "A2B0": "AToB0",
    "A2B1": "AToB1",
    "A2B2": "AToB2",
    "A2B3": "AToB3",
    "A2M0": "AToM0",
    "B2A0": "BToA0",
    "B2A1": "BToA1",
    "B2A2": "BToA2",
    "B2A3": "BToA3",
    "B2D0": "BToD0",
    "B2D1": "BToD1",
    "B2D2": "BToD2",
    "B2D3": "BToD3",
    "CxF ": "CXF",
    "D2B0": "DToB0",
    "D2B1": "DToB1",
    "D2B2": "DToB2",
    "D2B3": "DToB3",
    "M2A0": "MToA0",
    "M2B0": "MToB0",
    "M2B1": "MToB1",
    "M2B2": "MToB2",
    "M2B3": "MToB3",
    "M2S0": "MToS0",
    "M2S1": "MToS1",
    "M2S2": "MToS2",
    "M2S3": "MToS3",
    "MS00": "WCSProfiles",
    "bAB0": "BRDFAToB0",
    "bAB1": "BRDFAToB1",
    "bAB2": "BRDFAToB2",
    "bAB3": "BRDFAToB3",
    "bBA0": "BRDFBToA0",
    "bBA1": "BRDFBToA1",
    "bBA2": "BRDFBToA2",
    "bBA3": "BRDFBToA3",
    "bBD0": "BRDFBToD0",
    "bBD1": "BRDFBToD1",
    "bBD2": "BRDFBToD2",
    "bBD3": "BRDFBToD3",
    "bDB0": "BRDFDToB0",
    "bDB1": "BRDFDToB1",
    "bDB2": "BRDFDToB2",
    "bDB3": "BRDFDToB3",
    "bMB0": "BRDFMToB0",
    "bMB1": "BRDFMToB1",
    "bMB2": "BRDFMToB2",
    "bMB3": "BRDFMToB3",
    "bMS0": "BRDFMToS0",
    "bMS1": "BRDFMToS1",
    "bMS2": "BRDFMToS2",
    "bMS3": "BRDFMToS3",
    "bTRC": "BlueTRC",
    "bXYZ": "BlueMatrixColumn",
    "bcp0": "BRDFColorimetricParam0",
    "bcp1": "BRDFColorimetricParam1",
    "bcp2": "BRDFColorimetricParam2",
    "bcp3": "BRDFColorimetricParam3",
    "bfd ": "UCRBG",
    "bkpt": "MediaBlackPoint",
    "bsp0": "BRDFSpectralParam0",
    "bsp1": "BRDFSpectralParam1",
    "bsp2": "BRDFSpectralParam2",
    "bsp3": "BRDFSpectralParam3",
    "c2sp": "CustomToStandardPcc",
    "calt": "CalibrationDateTime",
    "cept": "ColorEncodingParams",
    "chad": "ChromaticAdaptation",
    "ciis": "ColorimetricIntentImageState",
    "clio": "ColorantInfoOut",
    "cloo": "ColorantOrderOut",
    "clot": "ColorantTableOut",
    "clro": "ColorantOrder",
    "cprt": "ProfileCopyright",
    "crdi": "CRDInfo",
    "csnm": "ColorSpaceName",
    "dAB0": "DirectionalAToB0",
    "dAB1": "DirectionalAToB1",
    "dAB2": "DirectionalAToB2",
    "dAB3": "DirectionalAToB3",
    "dBA0": "DirectionalBToA0",
    "dBA1": "DirectionalBToA1",
    "dBA2": "DirectionalBToA2",
    "dBA3": "DirectionalBToA3",
    "dBD0": "DirectionalBToD0",
    "dBD1": "DirectionalBToD1",
    "dBD2": "DirectionalBToD2",
    "dBD3": "DirectionalBToD3",
    "dDB0": "DirectionalDToB0",
    "dDB1": "DirectionalDToB1",
    "dDB2": "DirectionalDToB2",
    "dDB3": "DirectionalDToB3",
    "desc": "ProfileDescription",
    "devs": "DeviceSettings",
    "dmdd": "DeviceModelDesc",
    "dmnd": "DeviceMfgDesc",
    "dscm": "ProfileDescriptionML",
    "fpce": "FocalPlaneColorimetryEstimates",
    "gTRC": "GreenTRC",
    "gXYZ": "GreenMatrixColumn",
    "gamt": "Gamut",
    "gdb0": "GamutBoundaryDescription0",
    "gdb1": "GamutBoundaryDescription1",
    "gdb2": "GamutBoundaryDescription2",
    "gdb3": "GamutBoundaryDescription3",
    "kTRC": "GrayTRC",
    "lumi": "Luminance",
    "mcta": "MultiplexTypeArray",
    "mdv ": "MultiplexDefaultValues",
    "miin": "MeasurementInputInfo",
    "minf": "MeasurementInfo",
    "mmod": "MakeAndModel",
    "ncl2": "NamedColor2",
    "ncol": "NamedColor",
    "ndin": "NativeDisplayInfo",
    "nmcl": "NamedColor",
    "pre0": "Preview0",
    "pre1": "Preview1",
    "pre2": "Preview2",
    "ps2i": "PS2RenderingIntent",
    "ps2s": "PostScript2CSA",
    "psd0": "PostScript2CRD0",
    "psd1": "PostScript2CRD1",
    "psd2": "PostScript2CRD2",
    "psd3": "PostScript2CRD3",
    "pseq": "ProfileSequenceDesc",
    "psid": "ProfileSequenceIdentifier",
    "psin": "ProfileSequenceInfo",
    "psvm": "PS2CRDVMSize",
    "rTRC": "RedTRC",
    "rXYZ": "RedMatrixColumn",
    "resp": "OutputResponse",
    "rfnm": "ReferenceName",
    "rhoc": "ReflectionHardcopyOrigColorimetry",
    "rig0": "PerceptualRenderingIntentGamut",
    "rig2": "SaturationRenderingIntentGamut",
    "rpoc": "ReflectionPrintOutputColorimetry",
    "s2cp": "StandardToCustomPcc",
    "sape": "SceneAppearanceEstimates",
    "scoe": "SceneColorimetryEstimates",
    "scrd": "ScreeningDesc",
    "scrn": "Screening",
    "smap": "SurfaceMap",
    "svcn": "SpectralViewingConditions",
    "swpt": "SpectralWhitePoint",
    "targ": "CharTarget",
    "tech": "Technology",
    "vcgt": "VideoCardGamma",
    "vued": "ViewingCondDesc",
    "wtpt": "MediaWhitePoint",
}

# Shown as binary data whatever their type (ExifTool Binary => 1).
BINARY = frozenset({"B2D0", "B2D1", "B2D2", "B2D3", "D2B0", "D2B1", "D2B2", "D2B3", "clot", "psd3", "psid"})
# Text cut at the first NUL (ExifTool ValueConv); CharTarget longer than 128 bytes is binary.
NUL_TERMINATED = frozenset({"cprt", "targ"})
LONG_TEXT = {"targ": 128}

# Tags holding a structure of their own (its type signature must be the tag's): signature ->
# (family-1 group, fields).
STRUCTURES: dict[str, tuple[str, tuple[Field, ...]]] = {
    "view": (
        "ICC-view",
        (
            Field(8, "ViewingCondIlluminant", "fixed32s", 3),
            Field(20, "ViewingCondSurround", "fixed32s", 3),
            Field(32, "ViewingCondIlluminantType", "int32u"),
        ),
    ),
    "meas": (
        "ICC-meas",
        (
            Field(8, "MeasurementObserver", "int32u"),
            Field(12, "MeasurementBacking", "fixed32s", 3),
            Field(24, "MeasurementGeometry", "int32u"),
            Field(28, "MeasurementFlare", "fixed32u"),
            Field(32, "MeasurementIlluminant", "int32u"),
        ),
    ),
    "chrm": (
        "ICC-chrm",
        (
            Field(8, "ChromaticityChannels", "int16u"),
            Field(10, "ChromaticityColorant", "int16u"),
            Field(12, "ChromaticityChannel1", "fixed32u", 2),
            Field(20, "ChromaticityChannel2", "fixed32u", 2),
            Field(28, "ChromaticityChannel3", "fixed32u", 2),
            Field(36, "ChromaticityChannel4", "fixed32u", 2),
        ),
    ),
    "clrt": (
        "ICC-clrt",
        (
            Field(8, "ColorantCount", "int32u"),
            Field(12, "Colorant1Name", "string", 32),
            Field(44, "Colorant1Coordinates", "int16u", 3),
            Field(50, "Colorant2Name", "string", 32),
            Field(82, "Colorant2Coordinates", "int16u", 3),
            Field(88, "Colorant3Name", "string", 32),
            Field(120, "Colorant3Coordinates", "int16u", 3),
        ),
    ),
}
# The metadata dictionary (type dict, ICC.1:2010 10.29): its entries become tags of ICC-meta.
METADATA_TAG = "meta"
METADATA_GROUP = "ICC-meta"
