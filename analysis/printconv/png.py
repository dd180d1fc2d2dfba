"""Printed values of ExifTool's PNG tables (lib/Image/ExifTool/PNG.pm, 12.57: ImageHeader, Main,
PhysicalPixel): groups PNG and PNG-pHYs. Text chunks are text whatever they hold: a tEXt
"Software" of ``8.0`` prints as that text."""

from .convert import lookup
from .table import Table, names

TABLE = Table(
    {
        "ColorType": lookup({0: "Grayscale", 2: "RGB", 3: "Palette", 4: "Grayscale with Alpha", 6: "RGB with Alpha"}),
        "Compression": lookup({0: "Deflate/Inflate"}),
        "Filter": lookup({0: "Adaptive"}),
        "Interlace": lookup({0: "Noninterlaced", 1: "Adam7 Interlace"}),
        "StereoMode": lookup({0: "Cross-fuse Layout", 1: "Diverging-fuse Layout"}),
        "SubjectUnits": lookup({1: "meters", 2: "radians"}),
        "SRGBRendering": lookup(
            {0: "Perceptual", 1: "Relative Colorimetric", 2: "Saturation", 3: "Absolute Colorimetric"}
        ),
    },
    # Values of the fixed chunks; every other PNG tag is a text chunk's keyword.
    numeric=names("""ImageWidth ImageHeight BitDepth ColorType Compression Filter Interlace Gamma BackgroundColor
        SRGBRendering SignificantBits WhitePointX WhitePointY RedX RedY GreenX GreenY BlueX BlueY ImageOffset
        Palette Transparency VirtualImageWidth VirtualImageHeight VirtualPageUnits StereoMode SubjectUnits"""),
)

TABLES = {
    "PNG": TABLE,
    "PNG-pHYs": Table({"PixelUnits": lookup({0: "Unknown", 1: "meters"})}),
}
