"""Sanyo maker-note tag table: ids and names from ExifTool 12.57 Sanyo.pm (Main)."""

from ..table import Table, Tag

MAIN = Table(
    {
        0x00FF: "MakerNoteOffset",
        0x0100: Tag("SanyoThumbnail", binary=True),
        0x0200: "SpecialMode",
        0x0201: "SanyoQuality",
        0x0202: "Macro",
        0x0204: "DigitalZoom",
        0x0207: "SoftwareVersion",
        0x0208: "PictInfo",
        0x0209: "CameraID",
        0x020E: "SequentialShot",
        0x020F: "WideRange",
        0x0210: "ColorAdjustmentMode",
        0x0213: "QuickShot",
        0x0214: "SelfTimer",
        0x0216: "VoiceMemo",
        0x0217: "RecordShutterRelease",
        0x0218: "FlickerReduce",
        0x0219: "OpticalZoomOn",
        0x021B: "DigitalZoomOn",
        0x021D: "LightSourceSpecial",
        0x021E: "Resaved",
        0x021F: "SceneSelect",
        0x0223: (
            Tag("ManualFocusDistance", when=lambda p: p.fmt == "rational64u"),
            Tag("FaceInfo", hidden=True),  # a block of face positions, not read here
        ),
        0x0224: "SequenceShotInterval",
        0x0225: "FlashMode",
        0x0F00: Tag("DataDump", binary=True),
    },
)
