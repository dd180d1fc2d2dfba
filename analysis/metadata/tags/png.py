"""PNG chunk and text keyword names as ExifTool reads them (PNG.pm %PNG::Main, %PNG::TextualData)."""

# Chunks holding one value: chunk type → (tag, decoder name in analysis.formats.png.DECODERS).
CHUNKS = {
    b"bKGD": ("BackgroundColor", "numbers"),
    b"dSIG": ("DigitalSignature", "binary"),
    b"fRAc": ("FractalParameters", "binary"),
    b"gAMA": ("Gamma", "gamma"),
    b"gdAT": ("GainMapImage", "binary"),
    b"hIST": ("PaletteHistogram", "binary"),
    b"iDOT": ("AppleDataOffsets", "binary"),
    b"oFFs": ("ImageOffset", "offset"),
    b"pCAL": ("PixelCalibration", "binary"),
    b"PLTE": ("Palette", "palette"),
    b"sBIT": ("SignificantBits", "bytes"),
    b"sPLT": ("SuggestedPalette", "binary"),
    b"sRGB": ("SRGBRendering", "bytes"),
    b"tIME": ("ModifyDate", "time"),
}

# Chunks with fixed fields: chunk type → (group, struct format, tags, divisor applied to each value).
STRUCTURES = {
    b"IHDR": (
        "PNG",
        ">IIBBBBB",
        ("ImageWidth", "ImageHeight", "BitDepth", "ColorType", "Compression", "Filter", "Interlace"),
        1,
    ),
    b"pHYs": ("PNG-pHYs", ">IIB", ("PixelsPerUnitX", "PixelsPerUnitY", "PixelUnits"), 1),
    b"cHRM": (
        "PNG",
        ">8I",
        ("WhitePointX", "WhitePointY", "RedX", "RedY", "GreenX", "GreenY", "BlueX", "BlueY"),
        100000,
    ),
    b"cICP": (
        "PNG-cICP",
        ">4B",
        ("ColorPrimaries", "TransferCharacteristics", "MatrixCoefficients", "VideoFullRangeFlag"),
        1,
    ),
    b"acTL": ("PNG", ">II", ("AnimationFrames", "AnimationPlays"), 1),
}

# Text keywords whose tag name is not made by ExifTool's general rule (spaces removed, the
# following letter capitalised, other punctuation dropped, first letter capitalised).
TEXT_NAMES = {
    "Warning": "PNGWarning",
    "aesthetic_score": "AestheticScore",
    "create-date": "CreateDate",
    "modify-date": "ModDate",
}
# Tag names whose text is a date ExifTool converts: RFC 1123 (PNG "Creation Time") or XMP style.
RFC1123_DATES = {"CreationTime"}
XMP_DATES = {"CreateDate", "ModDate"}

# Keywords holding a whole metadata block: keyword → (block kind, ExifTool directory name).
TEXT_BLOCKS = {"XML:com.adobe.xmp": ("XMP", "XMP")}
# ImageMagick's hex-encoded "Raw profile type <name>" text: name → (block kind, tag name).
RAW_PROFILES = {
    "APP1": ("EXIF", "APP1_Profile"),
    "exif": ("EXIF", "EXIF_Profile"),
    "icc": ("ICC", "ICC_Profile"),
    "icm": ("ICC", "ICC_Profile"),
    "iptc": ("IPTC", "IPTC_Profile"),
    "xmp": ("XMP", "XMP_Profile"),
    "8bim": ("Photoshop", "Photoshop_Profile"),
}
