"""ExifTool's lens Composite tags: LensID (Exif.pm Composite LensID and LensID-2, Nikon.pm Composite
LensID), Canon's Lens and Lens35efl (focal range, Canon.pm Composite) and Nikon's LensSpec.

LensID is the maker note's LensType where that has a lookup table, printed as the lens it names; when
a LensType stands for several lenses (``"A or B"``), the one whose focal range and maximum aperture fit
the picture is kept (Exif.pm PrintLensID). Without a LensType, a LensModel or Lens that names a focal
length ("mm", "2/F") is the LensID.
"""

import re
from typing import Any

from ..printconv.convert import perl_number, text_of
from .exif import to_float
from .table import Composite, Inputs, true

# Makers whose LensType ExifTool prints through a lookup of lens names (a PrintConv hash), so that
# Composite:LensID exists: the family-1 group of the LensType.
LENS_TYPE_TABLES = frozenset({"Canon", "Sony", "Pentax", "Minolta", "Olympus", "Sigma", "Samsung", "FujiFilm"})

# Exif.pm GetLensInfo: short and long focal length, widest aperture at each end.
_LENS_INFO = re.compile(
    r"(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?\s*mm.*?(?:[fF]/?\s*)(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?"
)
_NAMES_FOCAL = re.compile(r"(mm|\d/F)")


def lens_info(name: str) -> tuple[float, float, float, float] | None:
    """(short, long focal length, max aperture at short, at long) named in a lens name, or None."""
    match = _LENS_INFO.search(name)
    if not match:
        return None
    short, long, wide, tele = match.groups()
    return float(short), float(long or short), float(wide), float(tele or wide)


def lens_id(v: Inputs) -> Any:
    """The LensType value, where the maker's LensType is a lookup or itself names a lens."""
    if v.groups[0] in LENS_TYPE_TABLES or _NAMES_FOCAL.search(text_of(v.val[0])):
        return v.val[0]
    return None


def print_lens_id(v: Inputs, value: Any) -> Any:
    """Exif.pm PrintLensID, from the printed LensType: a single lens name as it is; among several
    (``" or "``), those whose focal range holds FocalLength and whose aperture fits MaxAperture; a
    Canon/Pentax-style unknown LensType as ``"Unknown 7-22mm"`` from Min/MaxFocalLength."""
    printed, focal = v.prt[0], to_float(v.val[1])
    if v.val[9] is not None and (int(perl_number(v.val[9])) & 0x8000 or perl_number(v.val[9]) == 0):
        printed = v.prt[9] if v.prt[9] != v.val[9] else printed  # Sony E-mount: LensType2, once printed
    short, long = to_float(v.val[4]), to_float(v.val[5])
    if text_of(v.val[0]) in ("-1", "65535") and v.make.startswith("Canon") and short:
        return "Unknown" + _focal_range(short, long)
    if not isinstance(printed, str) or printed.startswith("Unknown"):
        return printed
    candidates = printed.split(" or ")
    if len(candidates) == 1:
        return printed
    aperture = to_float(v.val[2]) or to_float(v.val[3])
    fitting = [name for name in candidates if _fits(name, focal, aperture)]
    return " or ".join(fitting or candidates)


def _focal_range(short: float, long: float | None) -> str:
    text = f" {int(short)}"
    if long and long != short:
        text += f"-{int(long)}"
    return text + "mm"


def _fits(name: str, focal: float | None, aperture: float | None) -> bool:
    info = lens_info(name)
    if info is None:
        return False
    short, long, wide, tele = info
    if focal and not short - 0.5 <= focal <= long + 0.5:
        return False
    return not aperture or wide - 0.15 <= aperture <= tele + 0.15


def model_lens_id(v: Inputs) -> Any:
    """LensID-2: LensModel, else Lens, where it names a focal length; none where XMP-aux gives a
    LensID and a Make is known (ExifTool leaves that case to the XMP tag)."""
    if v.val[2] is not None and v.val[3] is not None:
        return None
    for candidate in v.val[:2]:
        if candidate is not None and _NAMES_FOCAL.search(str(candidate)):
            return candidate
    return None


def print_model_lens_id(v: Inputs, value: Any) -> str:
    text = re.sub(r"(\d)/F", r"\1mm F", str(value), count=1)
    text = text.replace("mmF", "mm F", 1)
    text = re.sub(r"(\d) mm", r"\1mm", text, count=1)
    return text.replace(" - ", "-", 1)


def focal_range(short: Any, long: Any, scale: float = 1) -> str:
    """Canon.pm PrintFocalRange: ``"7.4 - 22.2 mm"``, one number for a prime."""
    short, long = perl_number(short) * scale, perl_number(long) * scale
    return f"{short:.1f} mm" if short == long else f"{short:.1f} - {long:.1f} mm"


def lens_35efl(v: Inputs) -> float:
    """The short focal length x ScaleFactor35efl."""
    return perl_number(v.val[3]) * (perl_number(v.val[2]) if true(v.val[2]) else 1)


def print_lens_35efl(v: Inputs, value: float) -> str:
    if not true(v.val[2]):
        return v.prt[3]
    return f"{v.prt[3]} (35 mm equivalent: {focal_range(v.val[0], v.val[1], perl_number(v.val[2]))})"


ROWS = [
    Composite(
        "LensID",
        lens_id,
        require={0: "LensType"},
        desire={
            1: "FocalLength",
            2: "MaxAperture",
            3: "MaxApertureValue",
            4: "MinFocalLength",
            5: "MaxFocalLength",
            6: "LensModel",
            7: "LensFocalRange",
            8: "LensSpec",
            9: "LensType2",
            10: "LensType3",
            11: "LensFocalLength",
            12: "RFLensType",
        },
        printed=print_lens_id,
    ),
    Composite(
        "LensID",
        model_lens_id,
        desire={0: "LensModel", 1: "Lens", 2: "XMP-aux:LensID", 3: "Make"},
        printed=print_model_lens_id,
        inhibit=("Composite:LensID",),
    ),
    Composite(
        "Lens",
        lambda v: v.val[0],
        require={0: "Canon:MinFocalLength", 1: "Canon:MaxFocalLength"},
        printed=lambda v, value: focal_range(v.val[0], v.val[1]),
    ),
    Composite(
        "Lens35efl",
        lens_35efl,
        require={0: "Canon:MinFocalLength", 1: "Canon:MaxFocalLength", 3: "Lens"},
        desire={2: "ScaleFactor35efl"},
        printed=print_lens_35efl,
    ),
    Composite(
        "LensSpec",
        lambda v: f"{text_of(v.val[0])} {text_of(v.val[1])}",
        require={0: "Nikon:Lens", 1: "Nikon:LensType"},
        printed=lambda v, value: f"{text_of(v.prt[0])} {text_of(v.prt[1])}",
    ),
]
