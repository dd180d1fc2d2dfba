"""ExifTool's GPS::Main table (lib/Image/ExifTool/GPS.pm): the tags of the GPS IFD (group GPS).

Values as ``-n`` gives them: coordinates in unsigned decimal degrees (the Ref tags carry the
hemisphere), GPSTimeStamp as ``"HH:MM:SS"``, GPSDateStamp as ``"YYYY:MM:DD"``.
"""

from ..values import coded_text, gps_date, gps_degrees, gps_timestamp
from .tag import Tag

TAGS: dict[int, Tag] = {
    0x0000: Tag("GPSVersionID"),
    0x0001: Tag("GPSLatitudeRef"),
    0x0002: Tag("GPSLatitude", conv=gps_degrees),
    0x0003: Tag("GPSLongitudeRef"),
    0x0004: Tag("GPSLongitude", conv=gps_degrees),
    0x0005: Tag("GPSAltitudeRef"),
    0x0006: Tag("GPSAltitude"),
    0x0007: Tag("GPSTimeStamp", conv=gps_timestamp),
    0x0008: Tag("GPSSatellites"),
    0x0009: Tag("GPSStatus"),
    0x000A: Tag("GPSMeasureMode"),
    0x000B: Tag("GPSDOP"),
    0x000C: Tag("GPSSpeedRef"),
    0x000D: Tag("GPSSpeed"),
    0x000E: Tag("GPSTrackRef"),
    0x000F: Tag("GPSTrack"),
    0x0010: Tag("GPSImgDirectionRef"),
    0x0011: Tag("GPSImgDirection"),
    0x0012: Tag("GPSMapDatum"),
    0x0013: Tag("GPSDestLatitudeRef"),
    0x0014: Tag("GPSDestLatitude", conv=gps_degrees),
    0x0015: Tag("GPSDestLongitudeRef"),
    0x0016: Tag("GPSDestLongitude", conv=gps_degrees),
    0x0017: Tag("GPSDestBearingRef"),
    0x0018: Tag("GPSDestBearing"),
    0x0019: Tag("GPSDestDistanceRef"),
    0x001A: Tag("GPSDestDistance"),
    0x001B: Tag("GPSProcessingMethod", conv=coded_text),
    0x001C: Tag("GPSAreaInformation", conv=coded_text),
    0x001D: Tag("GPSDateStamp", fmt="undef", conv=gps_date),
    0x001E: Tag("GPSDifferential"),
    0x001F: Tag("GPSHPositioningError"),
}
