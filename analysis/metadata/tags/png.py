"""PNG chunk and text keyword names as ExifTool reads them (PNG.pm %PNG::Main, %PNG::TextualData)."""

# Chunks holding one value: chunk type → (tag, decoder name in analysis.formats.png.DECODERS).
CHUNKS = {
    b"bKGD": ("BackgroundColor", "numbers"),
    b"dSIG": ("DigitalSignature", "binary"),
    b"fRAc": ("FractalParameters", "binary"),
    b"gAMA": ("Gamma", "gamma"),
    b"gdAT": ("GainMapImage", "binary"),
    b"gIFg": ("GIFGraphicControlExtension", "binary"),
    b"gIFt": ("GIFPlainTextExtension", "binary"),
    b"gIFx": ("GIFApplicationExtension", "binary"),
    b"hIST": ("PaletteHistogram", "binary"),
    b"iDOT": ("AppleDataOffsets", "binary"),
    b"oFFs": ("ImageOffset", "offset"),
    b"pCAL": ("PixelCalibration", "binary"),
    b"PLTE": ("Palette", "palette"),
    b"sBIT": ("SignificantBits", "bytes"),
    b"sPLT": ("SuggestedPalette", "binary"),
    b"sRGB": ("SRGBRendering", "byte"),
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
    # ImageMagick's virtual canvas (PNG.pm %PNG::VirtualPage) and PNG 1.4 stereo layout (sTER)
    b"vpAg": ("PNG", ">IIB", ("VirtualImageWidth", "VirtualImageHeight", "VirtualPageUnits"), 1),
    b"sTER": ("PNG", ">B", ("StereoMode",), 1),
}

# Text keywords whose tag name is not made by ExifTool's general rule (spaces removed, the
# following letter capitalised, other punctuation dropped, first letter capitalised).
TEXT_NAMES = {
    "Warning": "PNGWarning",
    "aesthetic_score": "AestheticScore",
    "create-date": "CreateDate",
    "modify-date": "ModDate",
}
# Keywords of ExifTool's TextualData table (tag names by the general rule unless in TEXT_NAMES).
# Only these take a language suffix (``Title-fr``); an unknown keyword of an iTXt chunk keeps its
# plain name, and a block keyword with a language is read as an unknown keyword (PNG.pm GetLangInfo).
TEXT_KEYWORDS = frozenset(
    {
        *("Title", "Author", "Description", "Copyright", "Creation Time", "Software", "Disclaimer"),
        *("Warning", "Source", "Comment", "Collection", "Artist", "Document", "Label", "Make", "Model"),
        *("create-date", "modify-date", "TimeStamp", "URL"),
    }
)
# Tag names whose text is a date ExifTool converts: RFC 1123 (PNG "Creation Time") or XMP style.
RFC1123_DATES = {"CreationTime"}
XMP_DATES = {"CreateDate", "ModDate"}

# Keywords holding a whole metadata block: keyword → (block kind, ExifTool directory name).
TEXT_BLOCKS = {"XML:com.adobe.xmp": ("XMP", "XMP")}
# Chunks whose body is read as a directory: when it cannot be read, ExifTool keeps the chunk as
# binary data under this name (PNG.pm FoundPNG).
CHUNK_NAMES = {"tEXt": "TextualData", "zTXt": "CompressedText", "iTXt": "InternationalText"}
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
