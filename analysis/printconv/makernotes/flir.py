"""Printed values of ExifTool's FLIR tables for the FLIR group (FLIR.pm, 12.57), keyed by tag name:
ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions as the named
printers of :mod:`.functions`. The CameraInfo, Main, FFF, FPF, GPSInfo, MeasInfo, MeterLink,
PaletteInfo, ParamInfo, Params, PiP, TextInfo, EmbeddedImage, RawData, SerialNums, MoreInfo, Parts,
Composite tables feed the FLIR group; where a later one prints a name of an earlier one otherwise,
its rows are a :class:`..table.Source` known by the tags only it has."""

from ..convert import dms, lookup
from ..table import Table
from .common import NO_YES
from .functions import (
    scaled,
    sprintf,
)

# Printers several tables share.
GPSTRACK_REF = lookup({"M": "Magnetic North", "T": "True North"})
READING1_DESCRIPTION = lookup(
    {
        0: "Humidity",
        3: "Moisture",
        7: "Dew Point",
        8: "Air Temperature",
        9: "IR Temperature",
        11: "Difference Temperature",
    }
)
READING2_UNITS = lookup({13: "C", 27: "%", 29: "rel", 36: "g/kg"}, hex_unknown=True)


TABLES: dict[str, Table] = {
    "FLIR": Table(
        rows={
            "Emissivity": sprintf("%.2f"),
            "ObjectDistance": sprintf("%.2f m"),
            "ReflectedApparentTemperature": sprintf("%.1f C"),
            "AtmosphericTemperature": sprintf("%.1f C"),
            "IRWindowTemperature": sprintf("%.1f C"),
            "IRWindowTransmission": sprintf("%.2f"),
            "RelativeHumidity": scaled(100, sprintf("%.1f %%")),
            "PlanckR1": sprintf("%.8g"),
            "PlanckB": sprintf("%.8g"),
            "PlanckF": sprintf("%.8g"),
            "AtmosphericTransAlpha1": sprintf("%.6f"),
            "AtmosphericTransAlpha2": sprintf("%.6f"),
            "AtmosphericTransBeta1": sprintf("%.6f"),
            "AtmosphericTransBeta2": sprintf("%.6f"),
            "AtmosphericTransX": sprintf("%.6f"),
            "CameraTemperatureRangeMax": sprintf("%.1f C"),
            "CameraTemperatureRangeMin": sprintf("%.1f C"),
            "CameraTemperatureMaxClip": sprintf("%.1f C"),
            "CameraTemperatureMinClip": sprintf("%.1f C"),
            "CameraTemperatureMaxWarn": sprintf("%.1f C"),
            "CameraTemperatureMinWarn": sprintf("%.1f C"),
            "CameraTemperatureMaxSaturated": sprintf("%.1f C"),
            "CameraTemperatureMinSaturated": sprintf("%.1f C"),
            "FieldOfView": sprintf("%.1f deg"),
            "PlanckR2": sprintf("%.8g"),
            "FocusDistance": sprintf("%.1f m"),
            "ImageType": lookup(
                {0: "Temperature", 1: "Temperature Difference", 2: "Object Signal", 3: "Object Signal Difference"}
            ),
            "ImagePixelFormat": lookup(
                {0: "2-byte short integer", 1: "4-byte long integer", 2: "4-byte float", 3: "8-byte double"}
            ),
            "ComputedAtmosphericTrans": sprintf("%.2f"),
            "EstimatedAtmosphericTrans": sprintf("%.2f"),
            "ReferenceTemperature": sprintf("%.1f C"),
            "CameraScaleMin": sprintf("%.1f"),
            "CameraScaleMax": sprintf("%.1f"),
            "CalculatedScaleMin": sprintf("%.1f"),
            "CalculatedScaleMax": sprintf("%.1f"),
            "ActualScaleMin": sprintf("%.1f"),
            "ActualScaleMax": sprintf("%.1f"),
            "GPSValid": lookup(NO_YES),
            "GPSLatitudeRef": lookup({"N": "North", "S": "South"}),
            "GPSLongitudeRef": lookup({"E": "East", "W": "West"}),
            "GPSLatitude": dms("N"),
            "GPSLongitude": dms("E"),
            "GPSAltitude": sprintf("%.2f m"),
            "GPSDOP": sprintf("%.2f"),
            "GPSSpeedRef": lookup({"K": "km/h", "M": "mph", "N": "knots"}),
            "GPSTrackRef": GPSTRACK_REF,
            "GPSImgDirectionRef": GPSTRACK_REF,
            "GPSSpeed": sprintf("%.2f"),
            "GPSTrack": sprintf("%.2f"),
            "GPSImgDirection": sprintf("%.2f"),
            "Reading1Units": lookup({13: "C", 27: "%", 29: "Relative", 36: "g/kg"}, hex_unknown=True),
            "Reading1Description": READING1_DESCRIPTION,
            "Reading2Units": READING2_UNITS,
            "Reading2Description": READING1_DESCRIPTION,
            "Reading3Units": READING2_UNITS,
            "Reading3Description": READING1_DESCRIPTION,
            "Reading4Units": READING2_UNITS,
            "Reading4Description": READING1_DESCRIPTION,
            "OffsetX": sprintf("%+d"),
            "OffsetY": sprintf("%+d"),
            "PeakSpectralSensitivity": sprintf("%.1f um"),
        },
    ),
}
