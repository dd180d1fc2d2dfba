"""CIPA DC-007 Multi-Picture Format tags (ExifTool MPF.pm %MPF::Main): tag ID → name.

Used for the MP Index IFD (group MPF0) and the MP Attribute IFD that may follow it (MPF1).
"""

MPF = {
    0xB000: "MPFVersion",
    0xB001: "NumberOfImages",
    0xB002: "MPImageList",
    0xB003: "ImageUIDList",
    0xB004: "TotalFrames",
    0xB101: "MPIndividualNum",
    0xB201: "PanOrientation",
    0xB202: "PanOverlapH",
    0xB203: "PanOverlapV",
    0xB204: "BaseViewpointNum",
    0xB205: "ConvergenceAngle",
    0xB206: "BaselineLength",
    0xB207: "VerticalDivergence",
    0xB208: "AxisDistanceX",
    0xB209: "AxisDistanceY",
    0xB20A: "AxisDistanceZ",
    0xB20B: "YawAngle",
    0xB20C: "PitchAngle",
    0xB20D: "RollAngle",
}
# Values kept as {"binary": length} (ExifTool Binary => 1).
BINARY = {0xB003}
# A u32 shown as its four bytes, "rows columns start direction" (ExifTool ValueConv).
SPLIT_BYTES = {0xB201}
# The 16-byte MP Entry (DC-007 §5.2.3.3.3): attribute word split by mask (ExifTool %MPF::MPImage).
ATTRIBUTE_FIELDS = (("MPImageFlags", 0xF8000000), ("MPImageFormat", 0x07000000), ("MPImageType", 0x00FFFFFF))
# MP Type with this category (mask 0x0F0000) is a large thumbnail; ExifTool calls the first PreviewImage.
LARGE_THUMBNAIL = 0x010000
