"""Printed values of ExifTool's Exif::Main table (lib/Image/ExifTool/Exif.pm, 12.57): the tags of
IFD0, IFD1, ExifIFD, InteropIFD and SubIFD. The lookups are ExifTool's PrintConv hashes; dates print
as read (ExifTool converts them only with its ``-d`` option).
"""

from typing import Any

from .convert import (
    dotted,
    each,
    exposure_time,
    f_number,
    flags,
    fraction,
    lens_info,
    lookup,
    suffix,
    template,
    text_of,
)
from .table import Table, names

DATA_DISCARD = {
    0: "Full Resolution",
    1: "Flexbits Discarded",
    2: "HighPass Frequency Data Discarded",
    3: "Highpass and LowPass Frequency Data Discarded",
}

BACKGROUND_COLOR_INDICATOR = {
    0: "Unspecified Background Color",
    1: "Specified Background Color",
}

CFA_LAYOUT = {
    1: "Rectangular",
    2: "Even columns offset down 1/2 row",
    3: "Even columns offset up 1/2 row",
    4: "Even rows offset right 1/2 column",
    5: "Even rows offset left 1/2 column",
    6: "Even rows offset up by 1/2 row, even columns offset left by 1/2 column",
    7: "Even rows offset up by 1/2 row, even columns offset right by 1/2 column",
    8: "Even rows offset down by 1/2 row, even columns offset left by 1/2 column",
    9: "Even rows offset down by 1/2 row, even columns offset right by 1/2 column",
}

CR2_CFA_PATTERN = {
    "0 1 1 2": "[Red,Green][Green,Blue]",
    "1 0 2 1": "[Green,Red][Blue,Green]",
    "1 2 0 1": "[Green,Blue][Red,Green]",
    "2 1 1 0": "[Blue,Green][Green,Red]",
}

LIGHT_SOURCE = {
    0: "Unknown",
    1: "Daylight",
    2: "Fluorescent",
    3: "Tungsten (Incandescent)",
    4: "Flash",
    9: "Fine Weather",
    10: "Cloudy",
    11: "Shade",
    12: "Daylight Fluorescent",
    13: "Day White Fluorescent",
    14: "Cool White Fluorescent",
    15: "White Fluorescent",
    16: "Warm White Fluorescent",
    17: "Standard Light A",
    18: "Standard Light B",
    19: "Standard Light C",
    20: "D55",
    21: "D65",
    22: "D75",
    23: "D50",
    24: "ISO Studio Tungsten",
    255: "Other",
}

CHROMATIC_ABERRATION_CORRECTION = {
    0: "Off",
    1: "Auto",
    255: "No correction params available",
}

CLEAN_FAX_DATA = {
    0: "Clean",
    1: "Regenerated",
    2: "Unclean",
}

CODING_METHODS_BITS = {
    0: "Unspecified compression",
    1: "Modified Huffman",
    2: "Modified Read",
    3: "Modified MR",
    4: "JBIG",
    5: "Baseline JPEG",
    6: "JBIG color",
}

COLOR_SPACE = {
    1: "sRGB",
    2: "Adobe RGB",
    65533: "Wide Gamut RGB",
    65534: "ICC Profile",
    65535: "Uncalibrated",
}

COMPONENTS_CONFIGURATION = {
    0: "-",
    1: "Y",
    2: "Cb",
    3: "Cr",
    4: "R",
    5: "G",
    6: "B",
}

COMPOSITE_IMAGE = {
    0: "Unknown",
    1: "Not a Composite Image",
    2: "General Composite Image",
    3: "Composite Image Captured While Shooting",
}

COMPRESSION = {
    1: "Uncompressed",
    2: "CCITT 1D",
    3: "T4/Group 3 Fax",
    4: "T6/Group 4 Fax",
    5: "LZW",
    6: "JPEG (old-style)",
    7: "JPEG",
    8: "Adobe Deflate",
    9: "JBIG B&W",
    10: "JBIG Color",
    99: "JPEG",
    262: "Kodak 262",
    32766: "Next",
    32767: "Sony ARW Compressed",
    32769: "Packed RAW",
    32770: "Samsung SRW Compressed",
    32771: "CCIRLEW",
    32772: "Samsung SRW Compressed 2",
    32773: "PackBits",
    32809: "Thunderscan",
    32867: "Kodak KDC Compressed",
    32895: "IT8CTPAD",
    32896: "IT8LW",
    32897: "IT8MP",
    32898: "IT8BL",
    32908: "PixarFilm",
    32909: "PixarLog",
    32946: "Deflate",
    32947: "DCS",
    33003: "Aperio JPEG 2000 YCbCr",
    33005: "Aperio JPEG 2000 RGB",
    34661: "JBIG",
    34676: "SGILog",
    34677: "SGILog24",
    34712: "JPEG 2000",
    34713: "Nikon NEF Compressed",
    34715: "JBIG2 TIFF FX",
    34718: "Microsoft Document Imaging (MDI) Binary Level Codec",
    34719: "Microsoft Document Imaging (MDI) Progressive Transform Codec",
    34720: "Microsoft Document Imaging (MDI) Vector",
    34887: "ESRI Lerc",
    34892: "Lossy JPEG",
    34925: "LZMA2",
    34926: "Zstd",
    34927: "WebP",
    34933: "PNG",
    34934: "JPEG XR",
    65000: "Kodak DCR Compressed",
    65535: "Pentax PEF Compressed",
}

NORMAL_LOW_HIGH = {
    0: "Normal",
    1: "Low",
    2: "High",
}

CUSTOM_RENDERED = {
    0: "Normal",
    1: "Custom",
    2: "HDR (no original saved)",
    3: "HDR (original saved)",
    4: "Original (for HDR)",
    6: "Panorama",
    7: "Portrait HDR",
    8: "Portrait",
}

DEFAULT_BLACK_RENDER = {
    0: "Auto",
    1: "None",
}

DEPTH_FORMAT = {
    0: "Unknown",
    1: "Linear",
    2: "Inverse",
}

DEPTH_MEASURE_TYPE = {
    0: "Unknown",
    1: "Optical Axis",
    2: "Optical Ray",
}

DEPTH_UNITS = {
    0: "Unknown",
    1: "Meters",
}

DISTORTION_CORRECTION = {
    0: "Off",
    1: "Auto",
    17: "Auto fixed by lens",
    255: "No correction params available",
}

EXPOSURE_MODE = {
    0: "Auto",
    1: "Manual",
    2: "Auto bracket",
}

EXPOSURE_PROGRAM = {
    0: "Not Defined",
    1: "Manual",
    2: "Program AE",
    3: "Aperture-priority AE",
    4: "Shutter speed priority AE",
    5: "Creative (Slow speed)",
    6: "Action (High speed)",
    7: "Portrait",
    8: "Landscape",
    9: "Bulb",
}

EXTRA_SAMPLES = {
    0: "Unspecified",
    1: "Associated Alpha",
    2: "Unassociated Alpha",
}

FAX_PROFILE = {
    0: "Unknown",
    1: "Minimal B&W lossless, S",
    2: "Extended B&W lossless, F",
    3: "Lossless JBIG B&W, J",
    4: "Lossy color and grayscale, C",
    5: "Lossless color and grayscale, L",
    6: "Mixed raster content, M",
    7: "Profile T",
    255: "Multi Profiles",
}

FILE_SOURCE = {
    1: "Film Scanner",
    2: "Reflection Print Scanner",
    3: "Digital Camera",
    "\u0003\u0000\u0000\u0000": "Sigma Digital Camera",
}

FILL_ORDER = {
    1: "Normal",
    2: "Reversed",
}

FLASH = {
    0: "No Flash",
    1: "Fired",
    5: "Fired, Return not detected",
    7: "Fired, Return detected",
    8: "On, Did not fire",
    9: "On, Fired",
    13: "On, Return not detected",
    15: "On, Return detected",
    16: "Off, Did not fire",
    20: "Off, Did not fire, Return not detected",
    24: "Auto, Did not fire",
    25: "Auto, Fired",
    29: "Auto, Fired, Return not detected",
    31: "Auto, Fired, Return detected",
    32: "No flash function",
    48: "Off, No flash function",
    65: "Fired, Red-eye reduction",
    69: "Fired, Red-eye reduction, Return not detected",
    71: "Fired, Red-eye reduction, Return detected",
    73: "On, Red-eye reduction",
    77: "On, Red-eye reduction, Return not detected",
    79: "On, Red-eye reduction, Return detected",
    80: "Off, Red-eye reduction",
    88: "Auto, Did not fire, Red-eye reduction",
    89: "Auto, Fired, Red-eye reduction",
    93: "Auto, Fired, Red-eye reduction, Return not detected",
    95: "Auto, Fired, Red-eye reduction, Return detected",
}

FOCAL_PLANE_RESOLUTION_UNIT = {
    1: "None",
    2: "inches",
    3: "cm",
    4: "mm",
    5: "um",
}

GAIN_CONTROL = {
    0: "None",
    1: "Low gain up",
    2: "High gain up",
    3: "Low gain down",
    4: "High gain down",
}

GRAY_RESPONSE_UNIT = {
    1: 0.1,
    2: 0.001,
    3: 0.0001,
    4: 1e-05,
    5: 1e-06,
}

HC_USAGE = {
    0: "CT",
    1: "Line Art",
    2: "Trap",
}

IMAGE_COLOR_INDICATOR = {
    0: "Unspecified Image Color",
    1: "Specified Image Color",
}

IMAGE_TYPE_BITS = {
    0: "Preview",
    1: "Page",
}

INDEXED = {
    0: "Not indexed",
    1: "Indexed",
}

INK_SET = {
    1: "CMYK",
    2: "Not CMYK",
}

INTEROP_INDEX = {
    "R03": "R03 - DCF option file (Adobe RGB)",
    "R98": "R98 - DCF basic file (sRGB)",
    "THM": "THM - DCF thumbnail file",
}

JPEG_PROC = {
    1: "Baseline",
    14: "Lossless",
}

MAKER_NOTE_SAFETY = {
    0: "Unsafe",
    1: "Safe",
}

METERING_MODE = {
    0: "Unknown",
    1: "Average",
    2: "Center-weighted average",
    3: "Spot",
    4: "Multi-spot",
    5: "Multi-segment",
    6: "Partial",
    255: "Other",
}

MULTI_PROFILES_BITS = {
    0: "Profile S",
    1: "Profile F",
    2: "Profile J",
    3: "Profile C",
    4: "Profile L",
    5: "Profile M",
    6: "Profile T",
    7: "Resolution/Image Width",
    8: "N Layer Profile M",
    9: "Shared Data",
    10: "JBIG2 Profile M",
}

OPI_PROXY = {
    0: "Higher resolution image does not exist",
    1: "Higher resolution image exists",
}

OLD_SUBFILE_TYPE = {
    1: "Full-resolution image",
    2: "Reduced-resolution image",
    3: "Single page of multi-page image",
}

ORIENTATION = {
    1: "Horizontal (normal)",
    2: "Mirror horizontal",
    3: "Rotate 180",
    4: "Mirror vertical",
    5: "Mirror horizontal and rotate 270 CW",
    6: "Rotate 90 CW",
    7: "Mirror horizontal and rotate 90 CW",
    8: "Rotate 270 CW",
}

PHOTOMETRIC_INTERPRETATION = {
    0: "WhiteIsZero",
    1: "BlackIsZero",
    2: "RGB",
    3: "RGB Palette",
    4: "Transparency Mask",
    5: "CMYK",
    6: "YCbCr",
    8: "CIELab",
    9: "ICCLab",
    10: "ITULab",
    32803: "Color Filter Array",
    32844: "Pixar LogL",
    32845: "Pixar LogLuv",
    32892: "Sequential Color Filter",
    34892: "Linear Raw",
    51177: "Depth Map",
    52527: "Semantic Mask",
}

PIXEL_FORMAT = {
    5: "Black & White",
    8: "8-bit Gray",
    9: "16-bit BGR555",
    10: "16-bit BGR565",
    11: "16-bit Gray",
    12: "24-bit BGR",
    13: "24-bit RGB",
    14: "32-bit BGR",
    15: "32-bit BGRA",
    16: "32-bit PBGRA",
    17: "32-bit Gray Float",
    18: "48-bit RGB Fixed Point",
    19: "32-bit BGR101010",
    21: "48-bit RGB",
    22: "64-bit RGBA",
    23: "64-bit PRGBA",
    24: "96-bit RGB Fixed Point",
    25: "128-bit RGBA Float",
    26: "128-bit PRGBA Float",
    27: "128-bit RGB Float",
    28: "32-bit CMYK",
    29: "64-bit RGBA Fixed Point",
    30: "128-bit RGBA Fixed Point",
    31: "64-bit CMYK",
    32: "24-bit 3 Channels",
    33: "32-bit 4 Channels",
    34: "40-bit 5 Channels",
    35: "48-bit 6 Channels",
    36: "56-bit 7 Channels",
    37: "64-bit 8 Channels",
    38: "48-bit 3 Channels",
    39: "64-bit 4 Channels",
    40: "80-bit 5 Channels",
    41: "96-bit 6 Channels",
    42: "112-bit 7 Channels",
    43: "128-bit 8 Channels",
    44: "40-bit CMYK Alpha",
    45: "80-bit CMYK Alpha",
    46: "32-bit 3 Channels Alpha",
    47: "40-bit 4 Channels Alpha",
    48: "48-bit 5 Channels Alpha",
    49: "56-bit 6 Channels Alpha",
    50: "64-bit 7 Channels Alpha",
    51: "72-bit 8 Channels Alpha",
    52: "64-bit 3 Channels Alpha",
    53: "80-bit 4 Channels Alpha",
    54: "96-bit 5 Channels Alpha",
    55: "112-bit 6 Channels Alpha",
    56: "128-bit 7 Channels Alpha",
    57: "144-bit 8 Channels Alpha",
    58: "64-bit RGBA Half",
    59: "48-bit RGB Half",
    61: "32-bit RGBE",
    62: "16-bit Gray Half",
    63: "32-bit Gray Fixed Point",
}

PLANAR_CONFIGURATION = {
    1: "Chunky",
    2: "Planar",
}

PREDICTOR = {
    1: "None",
    2: "Horizontal differencing",
    3: "Floating point",
    34892: "Horizontal difference X2",
    34893: "Horizontal difference X4",
    34894: "Floating point X2",
    34895: "Floating point X4",
}

PREVIEW_COLOR_SPACE = {
    0: "Unknown",
    1: "Gray Gamma 2.2",
    2: "sRGB",
    3: "Adobe RGB",
    4: "ProPhoto RGB",
}

PROFILE_EMBED_POLICY = {
    0: "Allow Copying",
    1: "Embed if Used",
    2: "Never Embed",
    3: "No Restrictions",
}

TABLE_ENCODING = {
    0: "Linear",
    1: "sRGB",
}

PROFILE_TYPE = {
    0: "Unspecified",
    1: "Group 3 FAX",
}

RASTER_PADDING = {
    0: "Byte",
    1: "Word",
    2: "Long Word",
    9: "Sector",
    10: "Long Sector",
}

RESOLUTION_UNIT = {
    1: "None",
    2: "inches",
    3: "cm",
}

SCENE_CAPTURE_TYPE = {
    0: "Standard",
    1: "Landscape",
    2: "Portrait",
    3: "Night",
    4: "Other",
}

SCENE_TYPE = {
    1: "Directly photographed",
}

SECURITY_CLASSIFICATION = {
    "C": "Confidential",
    "R": "Restricted",
    "S": "Secret",
    "T": "Top Secret",
    "U": "Unclassified",
}

SENSING_METHOD = {  # 0xa217; the TIFF-EP 0x9217 names 1 "Monochrome area" but is rarely written
    1: "Not defined",
    2: "One-chip color area",
    3: "Two-chip color area",
    4: "Three-chip color area",
    5: "Color sequential area",
    7: "Trilinear",
    8: "Color sequential linear",
}

SENSITIVITY_TYPE = {
    0: "Unknown",
    1: "Standard Output Sensitivity",
    2: "Recommended Exposure Index",
    3: "ISO Speed",
    4: "Standard Output Sensitivity and Recommended Exposure Index",
    5: "Standard Output Sensitivity and ISO Speed",
    6: "Recommended Exposure Index and ISO Speed",
    7: "Standard Output Sensitivity, Recommended Exposure Index and ISO Speed",
}

SHARPNESS = {
    0: "Normal",
    1: "Soft",
    2: "Hard",
}

SONY_RAW_FILE_TYPE = {
    0: "Sony Uncompressed 14-bit RAW",
    1: "Sony Uncompressed 12-bit RAW",
    2: "Sony Compressed RAW",
    3: "Sony Lossless Compressed RAW",
    4: "Sony Lossless Compressed RAW 2",
}

SUBFILE_TYPE_BITS = {
    0: "Reduced resolution",
    1: "Single page",
    2: "Transparency mask",
    3: "TIFF/IT final page",
    4: "TIFF-FX mixed raster content",
}

SUBFILE_TYPE = {
    0: "Full-resolution image",
    1: "Reduced-resolution image",
    2: "Single page of multi-page image",
    3: "Single page of multi-page reduced-resolution image",
    4: "Transparency mask",
    5: "Transparency mask of reduced-resolution image",
    6: "Transparency mask of multi-page image",
    7: "Transparency mask of reduced-resolution multi-page image",
    8: "Depth map",
    9: "Depth map of reduced-resolution image",
    16: "Enhanced image data",
    65537: "Alternate reduced-resolution image",
    65540: "Semantic Mask",
    4294967295: "invalid",
}

SUBJECT_DISTANCE_RANGE = {
    0: "Unknown",
    1: "Macro",
    2: "Close",
    3: "Distant",
}

T4_OPTIONS_BITS = {
    0: "2-Dimensional encoding",
    1: "Uncompressed",
    2: "Fill bits added",
}

T6_OPTIONS_BITS = {
    1: "Uncompressed",
}

TIFF_FX_EXTENSIONS_BITS = {
    0: "Resolution/Image Width",
    1: "N Layer Profile M",
    2: "Shared Data",
    3: "B&W JBIG2",
    4: "JBIG2 Profile M",
}

THRESHOLDING = {
    1: "No dithering or halftoning",
    2: "Ordered dither or halftone",
    3: "Randomized dither",
}

TRANSFORMATION = {
    0: "Horizontal (normal)",
    1: "Mirror vertical",
    2: "Mirror horizontal",
    3: "Rotate 180",
    4: "Rotate 90 CW",
    5: "Mirror horizontal and rotate 90 CW",
    6: "Mirror horizontal and rotate 270 CW",
    7: "Rotate 270 CW",
}

USPTO_ORIGINAL_CONTENT_TYPE = {
    0: "Text or Drawing",
    1: "Grayscale",
    2: "Color",
}

UNCOMPRESSED = {
    0: "No",
    1: "Yes",
}

VIGNETTING_CORRECTION = {
    256: "Off",
    257: "Auto",
    272: "Auto (ILCE-1)",
    511: "No correction params available",
}

WHITE_BALANCE = {
    0: "Auto",
    1: "Manual",
}

YCBCR_POSITIONING = {
    1: "Centered",
    2: "Co-sited",
}

YCBCR_SUB_SAMPLING = {
    "1 1": "YCbCr4:4:4 (1 1)",
    "1 2": "YCbCr4:4:0 (1 2)",
    "1 4": "YCbCr4:4:1 (1 4)",
    "2 1": "YCbCr4:2:2 (2 1)",
    "2 2": "YCbCr4:2:0 (2 2)",
    "2 4": "YCbCr4:2:1 (2 4)",
    "4 1": "YCbCr4:1:1 (4 1)",
    "4 2": "YCbCr4:1:0 (4 2)",
}

SAMPLE_FORMAT = {
    1: "Unsigned",
    2: "Signed",
    3: "Float",
    4: "Undefined",
    5: "Complex int",
    6: "Complex float",
}


def cfa_pattern(value: Any) -> str:
    """The CFA repeat pattern as ``[Red,Green][Green,Blue]`` (Exif.pm PrintCFAPattern): the value is
    the pattern's columns, rows, then one colour index per cell."""
    numbers = [int(n) for n in text_of(value).split()]
    if len(numbers) < 2:
        return "<truncated data>"
    columns, rows = numbers[:2]
    if not columns or not rows:
        return "<zero pattern size>"
    cells = numbers[2 : 2 + columns * rows]
    if len(cells) < columns * rows:
        return "<invalid pattern size>"
    names = [CFA_COLORS[c] if 0 <= c < len(CFA_COLORS) else "Unknown" for c in cells]
    return "".join("[" + ",".join(names[r * columns : (r + 1) * columns]) + "]" for r in range(rows))


def components(value: Any) -> str:
    """ComponentsConfiguration, one name per channel: ``1 2 3 0`` is ``"Y, Cb, Cr, -"``; an unknown
    code prints ``Err (n)`` (Exif.pm)."""
    return ", ".join(COMPONENTS_CONFIGURATION.get(int(n), f"Err ({n})") for n in text_of(value).split())


def cfa_colors(value: Any) -> str:
    """CFAPlaneColor: colour names joined by commas (Exif.pm)."""
    return ",".join(
        CFA_COLORS[n] if 0 <= n < len(CFA_COLORS) else f"Unknown({n})" for n in map(int, text_of(value).split())
    )


CFA_COLORS = ("Red", "Green", "Blue", "Cyan", "Magenta", "Yellow", "White")

# Tags ExifTool reads as text (Writable 'string', or text in undefined data): a number-like value
# such as Software "8.0" or SubSecTime "641", which -j prints as a number, is printed as text.
TEXT = names("""Artist AsShotProfileName CameraLabel CameraSerialNumber Converter Copyright CreateDate DateTimeOriginal
    DocumentName ExifVersion FlashpixVersion HostComputer ImageDescription ImageHistory ImageUniqueID InteropIndex
    InteropVersion Lens LensMake LensModel LensSerialNumber LocalizedCameraModel Make Model ModifyDate OffsetTime
    OffsetTimeDigitized OffsetTimeOriginal OriginalRawFileName OwnerName PageName PreviewApplicationName
    PreviewApplicationVersion PreviewDateTime PreviewSettingsName ProcessingSoftware ProfileCalibrationSig
    ProfileCopyright ProfileName RawFile ReelName RelatedImageFileFormat RelatedSoundFile SecurityClassification
    SerialNumber Software SpectralSensitivity SubSecTime SubSecTimeDigitized SubSecTimeOriginal TargetPrinter
    UniqueCameraModel UserComment XPAuthor XPComment XPKeywords XPSubject XPTitle""")

TABLE = Table(
    {
        "AlphaDataDiscard": lookup(DATA_DISCARD),
        "AmbientTemperature": suffix(" C"),
        "ApertureValue": template("%.1f"),
        "BackgroundColorIndicator": lookup(BACKGROUND_COLOR_INDICATOR),
        "CFALayout": lookup(CFA_LAYOUT),
        "CFAPattern": cfa_pattern,
        "CFAPlaneColor": cfa_colors,
        "CR2CFAPattern": lookup(CR2_CFA_PATTERN),
        "CacheVersion": dotted,
        "CalibrationIlluminant1": lookup(LIGHT_SOURCE),
        "CalibrationIlluminant2": lookup(LIGHT_SOURCE),
        "CalibrationIlluminant3": lookup(LIGHT_SOURCE),
        "ChromaticAberrationCorrection": lookup(CHROMATIC_ABERRATION_CORRECTION),
        "CleanFaxData": lookup(CLEAN_FAX_DATA),
        "CodingMethods": flags(CODING_METHODS_BITS),
        "ColorSpace": lookup(COLOR_SPACE, hex_unknown=True),
        "ComponentsConfiguration": components,
        "CompositeImage": lookup(COMPOSITE_IMAGE),
        "Compression": lookup(COMPRESSION),
        "Contrast": lookup(NORMAL_LOW_HIGH),
        "CustomRendered": lookup(CUSTOM_RENDERED),
        "DNGBackwardVersion": dotted,
        "DNGLensInfo": lens_info,
        "DNGVersion": dotted,
        "DefaultBlackRender": lookup(DEFAULT_BLACK_RENDER),
        "DepthFormat": lookup(DEPTH_FORMAT),
        "DepthMeasureType": lookup(DEPTH_MEASURE_TYPE),
        "DepthUnits": lookup(DEPTH_UNITS),
        "DistortionCorrection": lookup(DISTORTION_CORRECTION),
        "ExposureCompensation": fraction,
        "ExposureMode": lookup(EXPOSURE_MODE),
        "ExposureProgram": lookup(EXPOSURE_PROGRAM),
        "ExposureTime": exposure_time,
        "ExtraSamples": lookup(EXTRA_SAMPLES),
        "FNumber": f_number,
        "FaxProfile": lookup(FAX_PROFILE),
        "FileSource": lookup(FILE_SOURCE),
        "FillOrder": lookup(FILL_ORDER),
        "Flash": lookup(FLASH, hex_unknown=True),
        "FocalLength": template("%.1f mm"),
        "FocalLengthIn35mmFormat": suffix(" mm"),
        "FocalPlaneResolutionUnit": lookup(FOCAL_PLANE_RESOLUTION_UNIT),
        "GainControl": lookup(GAIN_CONTROL),
        "GrayResponseUnit": lookup(GRAY_RESPONSE_UNIT),
        "HCUsage": lookup(HC_USAGE),
        "ISO": each(text_of, ", "),
        "ImageColorIndicator": lookup(IMAGE_COLOR_INDICATOR),
        "ImageDataDiscard": lookup(DATA_DISCARD),
        "ImageType": flags(IMAGE_TYPE_BITS),
        "Indexed": lookup(INDEXED),
        "InkSet": lookup(INK_SET),
        "InteropIndex": lookup(INTEROP_INDEX),
        "JPEGProc": lookup(JPEG_PROC),
        "LensInfo": lens_info,
        "LightSource": lookup(LIGHT_SOURCE),
        "MakerNoteSafety": lookup(MAKER_NOTE_SAFETY),
        "MaxApertureValue": template("%.1f"),
        "MeteringMode": lookup(METERING_MODE),
        "MultiProfiles": flags(MULTI_PROFILES_BITS),
        "OPIProxy": lookup(OPI_PROXY),
        "OldSubfileType": lookup(OLD_SUBFILE_TYPE),
        "Orientation": lookup(ORIENTATION),
        "PhotometricInterpretation": lookup(PHOTOMETRIC_INTERPRETATION),
        "PixelFormat": lookup(PIXEL_FORMAT, hex_unknown=True),
        "PlanarConfiguration": lookup(PLANAR_CONFIGURATION),
        "Predictor": lookup(PREDICTOR),
        "PreviewColorSpace": lookup(PREVIEW_COLOR_SPACE),
        "ProfileEmbedPolicy": lookup(PROFILE_EMBED_POLICY),
        "ProfileHueSatMapEncoding": lookup(TABLE_ENCODING),
        "ProfileLookTableEncoding": lookup(TABLE_ENCODING),
        "ProfileType": lookup(PROFILE_TYPE),
        "RasterPadding": lookup(RASTER_PADDING),
        "ResolutionUnit": lookup(RESOLUTION_UNIT),
        "SampleFormat": each(lookup(SAMPLE_FORMAT), "; "),
        "Saturation": lookup(NORMAL_LOW_HIGH),
        "SceneCaptureType": lookup(SCENE_CAPTURE_TYPE),
        "SceneType": lookup(SCENE_TYPE),
        "SecurityClassification": lookup(SECURITY_CLASSIFICATION),
        "SensingMethod": lookup(SENSING_METHOD),
        "SensitivityType": lookup(SENSITIVITY_TYPE),
        "Sharpness": lookup(SHARPNESS),
        "ShutterSpeedValue": exposure_time,
        "SonyRawFileType": lookup(SONY_RAW_FILE_TYPE),
        "SubfileType": flags(SUBFILE_TYPE_BITS, SUBFILE_TYPE),
        "SubjectDistance": suffix(" m"),
        "SubjectDistanceRange": lookup(SUBJECT_DISTANCE_RANGE),
        "T4Options": flags(T4_OPTIONS_BITS),
        "T6Options": flags(T6_OPTIONS_BITS),
        "TIFF_FXExtensions": flags(TIFF_FX_EXTENSIONS_BITS),
        "TStop": each(template("%.2f"), "-"),
        "Thresholding": lookup(THRESHOLDING),
        "Transformation": lookup(TRANSFORMATION),
        "USPTOOriginalContentType": lookup(USPTO_ORIGINAL_CONTENT_TYPE),
        "Uncompressed": lookup(UNCOMPRESSED),
        "VignettingCorrection": lookup(VIGNETTING_CORRECTION),
        "WhiteBalance": lookup(WHITE_BALANCE),
        "YCbCrPositioning": lookup(YCBCR_POSITIONING),
        "YCbCrSubSampling": lookup(YCBCR_SUB_SAMPLING),
    },
    text=TEXT,
)
