"""ExifTool's lens Composite tags: LensID (Exif.pm Composite LensID and LensID-2, Nikon.pm Composite
LensID, XMP.pm Composite LensID), Canon's Lens and Lens35efl (focal range, Canon.pm Composite) and
Nikon's LensSpec.

LensID is, in ExifTool's order: the maker note's LensType where that has a lookup table, printed as
the lens it names (among lenses sharing a number, the one whose focal range and maximum aperture fit
the picture, :mod:`.lens_names`); Nikon's eight lens-data bytes in hex, printed through Nikon's lens
list (:mod:`.nikon_lenses`); a LensModel or Lens that names a focal length ("mm", "2/F"); Adobe's
numerical XMP-aux:LensID.
"""

import math
import re
from typing import Any

from ..printconv.convert import perl_number, text_of
from ..printconv.makernotes.canon import RF_LENS_TYPE
from ..printconv.makernotes.canon_lenses import LENS_TYPES as CANON_LENS_TYPES
from ..printconv.makernotes.olympus_lenses import LENS_TYPES_OLYMPUS
from ..printconv.makernotes.pentax_lenses import LENS_TYPES_PENTAX
from ..printconv.makernotes.sony_lenses import LENS_TYPE2S, LENS_TYPES_SONY
from . import lens_names
from .exif import to_float
from .nikon_lenses import NIKON_LENS_IDS
from .table import Composite, Inputs, true

# Makers whose LensType ExifTool prints through a lookup of lens names (a PrintConv hash), so that
# Composite:LensID exists: the family-1 group of the LensType.
LENS_TYPE_TABLES = frozenset({"Canon", "Sony", "Pentax", "Minolta", "Olympus", "Sigma", "Samsung", "FujiFilm"})

_NAMES_FOCAL = re.compile(r"(mm|\d/F)")


def lens_id(v: Inputs) -> Any:
    """The LensType value, where the maker's LensType is a lookup or itself names a lens."""
    if v.groups[0] in LENS_TYPE_TABLES or _NAMES_FOCAL.search(text_of(v.val[0])):
        return v.val[0]
    return None


class LensTable(dict):
    """A maker's lens lookup keyed as ExifTool prints the LensType (``"137"``, ``"137.1"``, ``"3 44"``);
    ``canon`` marks Canon's own (%canonLensTypes), whose unknown lenses print as "Canon <LensModel>"."""

    canon = False


def _lens_table(table: dict, canon: bool = False) -> LensTable:
    keyed = LensTable((str(key), name) for key, name in table.items())
    keyed.canon = canon
    return keyed


# The PrintConv of each maker's LensType (by its family-1 group), Sony's LensType2/3 and Canon's
# RFLensType, for Exif.pm PrintLensID.
LENS_TABLES = {
    "Canon": _lens_table(CANON_LENS_TYPES, canon=True),
    "Pentax": _lens_table(LENS_TYPES_PENTAX),
    "Sony": _lens_table(LENS_TYPES_SONY),
    "Olympus": _lens_table(LENS_TYPES_OLYMPUS),
}
SONY_LENS_TYPE2 = _lens_table(LENS_TYPE2S)
CANON_RF_LENS_TYPE = _lens_table(RF_LENS_TYPE)


def print_lens_id(v: Inputs, value: Any) -> Any:
    """Composite LensID's PrintConv (Exif.pm): Sony's LensType2 (or LensType3) for an E-mount lens,
    Canon's RFLensType where set, then PrintLensID (:mod:`.lens_names`) through the maker's lens
    table, and a teleconverter the Pentax LensFocalLength reveals. For makers whose lens table is
    not here, the printed LensType narrowed the same way."""
    val, prt = list(v.val), list(v.prt)
    table = LENS_TABLES.get(v.groups[0] or "")
    if val[9] is not None and (int(perl_number(val[9])) & 0x8000 or perl_number(val[9]) == 0):
        val[0], prt[0], table = val[9], prt[9], SONY_LENS_TYPE2
        if perl_number(val[9]) == 0 and int(perl_number(val[10] or 0)) & 0x8000:
            val[0], prt[0] = val[10], prt[10]
    if true(val[12]):
        val[0], prt[0], table = val[12], prt[12], CANON_RF_LENS_TYPE
    if table is None:
        return _print_from_text(v)
    lens = lens_names.print_lens_id(
        table,
        text_of(val[0]),
        text_of(prt[0]),
        make=v.make,
        focal=to_float(val[1]),
        aperture=to_float(val[2]) or to_float(val[3]),
        short=to_float(val[4]),
        long=to_float(val[5]),
        model=text_of(val[6]) if true(val[6]) else None,
        focal_range=text_of(val[7]) if val[7] is not None else None,
        spec=text_of(prt[8]) if true(prt[8]) else None,
    )
    if true(val[11]) and true(val[1]) and lens:
        converter = perl_number(val[1]) / perl_number(val[11])
        if converter > 1.1:
            lens += f" + {converter:.1f}x converter"
    return lens


def _print_from_text(v: Inputs) -> Any:
    """Without the maker's lens table: a single printed lens name as it is; among several
    (``" or "``), those whose focal range holds FocalLength and whose aperture fits MaxAperture."""
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
    info = lens_names.lens_info(name)
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


def _raw_byte(value: Any, convert: Any) -> int:
    """The stored byte behind a converted Nikon lens-data value (``convert`` inverts the maker
    note's ValueConv), as ExifTool's ``@raw`` holds it."""
    return round(convert(perl_number(value))) & 0xFF


# Nikon.pm LensData ValueConvs, inverted: LensFStops $val/12, focal lengths 5*2**($val/24),
# apertures 2**($val/24).
_NIKON_RAW = (
    lambda v: v,
    lambda v: v * 12,
    lambda v: 24 * math.log2(v / 5),
    lambda v: 24 * math.log2(v / 5),
    lambda v: 24 * math.log2(v),
    lambda v: 24 * math.log2(v),
    lambda v: v,
    lambda v: v,
)


def nikon_lens_id(v: Inputs) -> str:
    """Nikon.pm Composite LensID: the eight lens-data bytes in hex, ``"7F 40 2D 5C 2C 34 84 06"``
    (LensIDNumber, LensFStops, Min/MaxFocalLength, MaxApertureAtMin/MaxFocal, MCUVersion, LensType)."""
    return " ".join(f"{_raw_byte(value, convert):02X}" for value, convert in zip(v.val[:8], _NIKON_RAW, strict=True))


def print_nikon_lens_id(v: Inputs, value: str) -> str:
    """The lens a Nikon LensID names (Nikon.pm %nikonLensIDs, LensIDConv): every lens sharing the
    LensID joined by " or "; an unlisted one matched ignoring the f-stops byte, else (with
    "Unknown (...) ... ?") ignoring the lens number or the high bits of the lens type."""
    if value in NIKON_LENS_IDS:
        return NIKON_LENS_IDS[value]
    shared = [NIKON_LENS_IDS[key] for i in range(1, 100) if (key := f"{value}.{i}") in NIKON_LENS_IDS]
    if shared:
        return " or ".join(shared)
    parts = value.split(" ")
    if len(parts) == 8:
        for keep, unknown in ((_not_fstops, False), (_not_number, True), (_not_type_high, True)):
            match = next((key for key in _NIKON_KEYS if keep(key.split(" ")) == keep(parts)), None)
            if match:
                return f"Unknown ({value}) {NIKON_LENS_IDS[match]} ?" if unknown else NIKON_LENS_IDS[match]
    return f"Unknown ({value})"


# The whole-number LensIDs, sorted (LensIDConv sorts the candidates), and the parts each fallback
# of LensIDConv compares.
_NIKON_KEYS = sorted(key for key in NIKON_LENS_IDS if "." not in key)


def _not_fstops(parts: list[str]) -> tuple[str, ...]:
    return (parts[0], *parts[2:])


def _not_number(parts: list[str]) -> tuple[str, ...]:
    return tuple(parts[1:])


def _not_type_high(parts: list[str]) -> tuple[str, ...]:
    return (*parts[:7], parts[7][1:])


# Makes whose lens lookup XMP.pm PrintLensID consults for an Adobe XMP-aux:LensID (Ricoh for Pentax).
_XMP_LENS_MAKES = ("Canon", "Nikon", "Pentax", "Ricoh", "Sony", "Sigma", "Samsung", "Leica")


def print_xmp_lens_id(v: Inputs, value: Any) -> str:
    """XMP.pm PrintLensID for a numerical XMP-aux:LensID (sources: LensID, Make, LensInfo,
    FocalLength, LensModel, MaxApertureValue). Nikon's number is the LensID's leading bytes: the
    lenses whose LensID starts with them. Without a known lens: LensModel, else ``"Unknown (id)"``
    with the focal range of LensInfo (Canon.pm PrintLensID)."""
    make, lens_id = str(v.val[1] or ""), text_of(value)
    maker = next((m for m in _XMP_LENS_MAKES if m.lower() in make.lower()), None)
    if maker is None:
        return f"Unknown ({lens_id})"
    lenses: list[str] = []
    if maker == "Nikon" and re.fullmatch(r"-?\d+", lens_id):
        digits = f"{int(lens_id) & 0xFFFFFFFFFFFFFFFF:X}"  # Perl's %X of a negative number: 64 bits
        lens_id = " ".join(re.findall("..", digits if len(digits) % 2 == 0 else f"0{digits}"))
        for key, name in NIKON_LENS_IDS.items():
            if key.startswith(lens_id) and name not in lenses:
                lenses.append(name)
    info = [None if p == "undef" else perl_number(p) for p in str(v.val[2] or "").split()]
    short, long = [*info, None, None][:2]
    if len(lenses) == 1:
        return lenses[0]
    if lenses:
        return " or ".join(lenses)
    model = v.val[4]
    if model is not None and re.search(r"\d", str(model)):
        return f"Canon {model}" if maker == "Canon" else str(model)
    focal = ""
    if short:
        focal = f" {int(short)}" + (f"-{int(long)}" if long and long != short else "") + "mm"
    return f"Unknown ({lens_id}){focal}"


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
        nikon_lens_id,
        require={
            0: "Nikon:LensIDNumber",
            1: "LensFStops",
            2: "MinFocalLength",
            3: "MaxFocalLength",
            4: "MaxApertureAtMinFocal",
            5: "MaxApertureAtMaxFocal",
            6: "MCUVersion",
            7: "Nikon:LensType",
        },
        printed=print_nikon_lens_id,
    ),
    Composite(
        "LensID",
        model_lens_id,
        desire={0: "LensModel", 1: "Lens", 2: "XMP-aux:LensID", 3: "Make"},
        printed=print_model_lens_id,
        inhibit=("Composite:LensID",),
    ),
    Composite(
        "LensID",
        lambda v: v.val[0],
        require={0: "XMP-aux:LensID", 1: "Make"},
        desire={2: "LensInfo", 3: "FocalLength", 4: "LensModel", 5: "MaxApertureValue"},
        printed=print_xmp_lens_id,
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
