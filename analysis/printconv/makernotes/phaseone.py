"""Printed values of ExifTool's PhaseOne tables for the PhaseOne group (PhaseOne.pm, 12.57), keyed by
tag name: ExifTool's PrintConv hashes as lookups, its bit masks as flag lists, its expressions as
the named printers of :mod:`.functions`. The Main, SensorCalibration tables feed the PhaseOne group;
where a later one prints a name of an earlier one otherwise, its rows are a :class:`..table.Source`
known by the tags only it has."""

from ..convert import each, exposure_time, lookup
from ..table import Table
from .functions import (
    sprintf,
)

TABLES: dict[str, Table] = {
    "PhaseOne": Table(
        rows={
            "CameraOrientation": lookup(
                {0: "Horizontal (normal)", 1: "Rotate 90 CW", 2: "Rotate 270 CW", 3: "Rotate 180"}
            ),
            "ColorMatrix1": each(sprintf("%.3f"), " "),
            "RawFormat": lookup({1: "RAW 1", 2: "RAW 2", 3: "IIQ L", 5: "IIQ S", 6: "IIQ Sv2", 8: "IIQ L16"}),
            "SensorTemperature": sprintf("%.2f C"),
            "SensorTemperature2": sprintf("%.2f C"),
            "ColorMatrix2": each(sprintf("%.3f"), " "),
            "ShutterSpeedValue": exposure_time,
            "ApertureValue": sprintf("%.1f"),
            "ExposureCompensation": sprintf("%.3f"),
            "FocalLength": sprintf("%.1f mm"),
            "MaxApertureValue": sprintf("%.1f"),
            "MinApertureValue": sprintf("%.1f"),
            "LinearizationCoefficients1": each(sprintf("%.5g"), " "),
            "LinearizationCoefficients2": each(sprintf("%.5g"), " "),
        },
    ),
}
