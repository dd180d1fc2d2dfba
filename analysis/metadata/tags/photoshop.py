"""Photoshop image resources (IRB, "8BIM" blocks) as ExifTool reads them (Photoshop.pm).

Resource IDs are from Adobe's Photoshop File Formats Specification, "Image Resource IDs". Only the
resources ExifTool extracts by default are listed; the others are skipped like its Unknown rows.
"""

# Resources that are whole metadata blocks: ID → (block kind, ExifTool directory name).
BLOCKS = {
    0x0404: ("IPTC", "IPTC"),
    0x040F: ("ICC", "ICC_Profile"),
    0x0422: ("EXIF", "EXIFInfo"),
    0x0424: ("XMP", "XMP"),
}

# Resources holding one value: ID → (tag, decoder name in analysis.metadata.photoshop.DECODERS).
VALUES = {
    0x03EE: ("AlphaChannelsNames", "pascal_strings"),
    0x0409: ("PhotoshopBGRThumbnail", "thumbnail"),
    0x040A: ("CopyrightFlag", "u8"),
    0x040B: ("URL", "text"),
    0x040C: ("PhotoshopThumbnail", "thumbnail"),
    0x040D: ("GlobalAngle", "u32"),
    0x0419: ("GlobalAltitude", "u32"),
    0x041B: ("WorkflowURL", "unicode"),
    0x041E: ("URL_List", "url_list"),
    0x0425: ("IPTCDigest", "hex"),
    0x0BB7: ("ClippingPathName", "clipping_path"),
}

# Resources holding several values (ExifTool binary-data tables): ID → [(offset, tag, format)].
# Offsets after a variable-length "ustr32" field move by that field's length, as in ExifTool.
STRUCTURES = {
    0x03ED: [
        (0, "XResolution", "fixed32"),
        (4, "DisplayedUnitsX", "u16"),
        (8, "YResolution", "fixed32"),
        (12, "DisplayedUnitsY", "u16"),
    ],
    0x0406: [(0, "PhotoshopQuality", "s16"), (2, "PhotoshopFormat", "s16"), (4, "ProgressiveScans", "s16")],
    0x041A: [(20, "SlicesGroupName", "ustr32"), (24, "NumSlices", "u32")],
    0x0421: [(4, "HasRealMergedData", "u8"), (5, "WriterName", "ustr32"), (9, "ReaderName", "ustr32")],
    0x0426: [(0, "PrintStyle", "u16"), (2, "PrintPosition", "float2"), (10, "PrintScale", "float")],
    0x0428: [(4, "PixelAspectRatio", "double")],
}

# PhotoshopFormat value for progressive JPEG; ProgressiveScans is only meaningful then.
PROGRESSIVE_FORMAT = 0x0101
