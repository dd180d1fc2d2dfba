"""Nintendo maker-note tag tables (3DS cameras): ids, names and conversions from ExifTool 12.57
Nintendo.pm (Main, an IFD; CameraInfo, a little-endian block)."""

from ..convert import unix_time
from ..table import BINARY, Table, Tag

# Nintendo.pm TimeStamp: seconds since 2000-01-01 (10957 days after the Unix epoch).
EPOCH_2000 = 10957 * 24 * 3600

CAMERA_INFO = Table(
    {
        0x00: Tag("ModelID", fmt="undef[4]"),
        0x08: Tag("TimeStamp", fmt="int32u", conv=lambda v: unix_time(v + EPOCH_2000)),
        0x18: Tag("InternalSerialNumber", fmt="undef[4]", conv=lambda v: "0x" + v.hex()),
        0x28: Tag("Parallax", fmt="float"),
        0x30: Tag("Category", fmt="int16u"),
    },
    kind=BINARY,
    priority=0,
)

MAIN = Table({0x1101: Tag("CameraInfo", sub=CAMERA_INFO, order="<")})
