"""Printed values of ExifTool's Photoshop tables (lib/Image/ExifTool/Photoshop.pm, 12.57: Main,
Resolution, JPEG_Quality, PrintScaleInfo, VersionInfo, Header, ImageData, Layers): group Photoshop.
Layer values are lists, one item per layer, each printed on its own."""

from typing import Any

from .convert import computed, lookup, perl_number
from .table import Table, names

COLOR_MODE = {
    0: "Bitmap",
    1: "Grayscale",
    2: "Indexed",
    3: "RGB",
    4: "CMYK",
    7: "Multichannel",
    8: "Duotone",
    9: "Lab",
}

BLEND_MODES = {
    "colr": "Color",
    "dark": "Darken",
    "diff": "Difference",
    "diss": "Dissolve",
    "div ": "Color Dodge",
    "dkCl": "Darker Color",
    "fdiv": "Divide",
    "fsub": "Subtract",
    "hLit": "Hard Light",
    "hMix": "Hard Mix",
    "hue ": "Hue",
    "idiv": "Color Burn",
    "lLit": "Linear Light",
    "lbrn": "Linear Burn",
    "lddg": "Linear Dodge",
    "lgCl": "Lighter Color",
    "lite": "Lighten",
    "lum ": "Luminosity",
    "mul ": "Multiply",
    "norm": "Normal",
    "over": "Overlay",
    "pLit": "Pin Light",
    "pass": "Pass Through",
    "sLit": "Soft Light",
    "sat ": "Saturation",
    "scrn": "Screen",
    "smud": "Exclusion",
    "vLit": "Vivid Light",
}

LAYER_COLORS = {0: "None", 1: "Red", 2: "Orange", 3: "Yellow", 4: "Green", 5: "Blue", 6: "Violet", 7: "Gray"}

UNITS = {1: "inches", 2: "cm"}


def quality(value: Any) -> str:
    """PhotoshopQuality as the 0-12 of Photoshop's Save As dialog (stored as -4 to 8)."""
    return computed(perl_number(value) + 4)


def hundredths(value: Any) -> str:
    """A resolution rounded to 2 decimals: 71.9999847 is ``"72"``."""
    return computed(int(perl_number(value) * 100 + 0.5) / 100)


def percent(value: Any) -> str:
    """A layer opacity as a whole percentage (``sprintf("%d%%")``)."""
    return f"{int(perl_number(value))}%"


TABLE = Table(
    {
        "ColorMode": lookup(COLOR_MODE),
        "Compression": lookup({0: "Uncompressed", 1: "RLE", 2: "ZIP without prediction", 3: "ZIP with prediction"}),
        "CopyrightFlag": lookup({0: "False", 1: "True"}),
        "DisplayedUnitsX": lookup(UNITS),
        "DisplayedUnitsY": lookup(UNITS),
        "HasRealMergedData": lookup({0: "No", 1: "Yes"}),
        "LayerBlendModes": lookup(BLEND_MODES),
        "LayerColors": lookup(LAYER_COLORS),
        "LayerOpacities": percent,
        "LayerSections": lookup({0: "Layer", 1: "Folder (open)", 2: "Folder (closed)", 3: "Divider"}),
        "LayerVisible": lookup({0: "Yes", 2: "No"}),
        "PhotoshopFormat": lookup({0: "Standard", 1: "Optimized", 257: "Progressive"}),
        "PhotoshopQuality": quality,
        "PrintStyle": lookup({0: "Centered", 1: "Size to Fit", 2: "User Defined"}),
        "ProgressiveScans": lookup({1: "3 Scans", 2: "4 Scans", 3: "5 Scans"}),
        "XResolution": hundredths,
        "YResolution": hundredths,
    },
    text=names("""AlphaChannelsNames ClippingPathName LayerNames LayerUnicodeNames ReaderName SlicesGroupName URL
        URL_List WorkflowURL WriterName"""),
    items=True,
)
