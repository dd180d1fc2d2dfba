"""Which lens a LensType number stands for, when a maker's lens table gives several lenses one number
(Exif.pm PrintLensID, GetLensInfo and MatchLensModel; Canon.pm PrintLensID and LensWithTC, 12.57,
without ExifTool's user-defined lens list).

A table maps the LensType as ExifTool prints its key (``"137"``, Pentax's ``"3 44"``) to a lens name,
and ``"137.1"``, ``"137.2"``... to the further lenses sharing the number. The candidates are narrowed
by the focal length and maximum aperture of the picture, by the lens' own focal range where the maker
note gives it (Canon's Min/MaxFocalLength, with teleconverters of 1.4x, 2x and 2.8x), by a Sony
LensSpec, and last by the LensModel text.
"""

import math
import re
from collections.abc import Mapping

_LENS_INFO = re.compile(
    r"(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?\s*mm.*?(?:[fF]/?\s*)(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?"
)
_CANON_LENS_INFO = re.compile(r"(\d+)(?:-(\d+))?mm.*?(?:[fF]/?)(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?")
_TELECONVERTERS = (1, 1.4, 2, 2.8)


def lens_info(name: str) -> tuple[float, float, float, float] | None:
    """Exif.pm GetLensInfo: (short, long focal length, widest aperture at short, at long) that a lens
    name states (``"... 18-55mm f/3.5-5.6 ..."``), or None."""
    match = _LENS_INFO.search(name)
    if not match:
        return None
    short, long, wide, tele = match.groups()
    return float(short), float(long or short), float(wide), float(tele or wide)


def candidates(table: Mapping[str, str], key: str) -> list[str]:
    """The lens of ``key`` (its text after " or " dropped) and those of ``key.1``, ``key.2``..."""
    names = [re.sub(r" or .*", "", table[key], flags=re.DOTALL)]
    i = 1
    while f"{key}.{i}" in table:
        names.append(table[f"{key}.{i}"])
        i += 1
    return names


def print_lens_id(
    table: Mapping[str, str],
    key: str,
    printed: str,
    *,
    make: str,
    focal: float | None,
    aperture: float | None,
    short: float | None,
    long: float | None,
    model: str | None,
    focal_range: str | None,
    spec: str | None,
) -> str:
    """Exif.pm PrintLensID for LensType ``key`` printed ``printed`` through ``table``: ``focal`` the
    FocalLength, ``aperture`` MaxAperture (else MaxApertureValue), ``short``/``long`` the lens'
    focal range from the maker note, ``model`` LensModel, ``focal_range`` LensFocalRange ("18 55"),
    ``spec`` the printed Sony LensSpec."""
    spec_info = lens_info(spec) if spec else None
    if spec_info and not spec_info[2]:
        spec_info = None
    match = re.fullmatch(r"(\d+)(?: (?:to )?(\d+))?", focal_range or "")
    if match:
        short, long = float(match.group(1)), float(match.group(2) or match.group(1))
    if make != "SONY" and short and long and not (model and re.match(r"TAMRON.*-\d+mm", model)):
        return canon_print_lens_id(table, key, short, long, aperture, model)
    lens = table.get(key)
    if not lens:
        return model or printed
    if f"{key}.1" not in table:
        return lens
    matches, best, diff = [], [], None
    for name in candidates(table, key):
        info = lens_info(name)
        if info is None:
            continue
        sf, lf, sa, la = info
        if spec_info:
            sf0, lf0, sa0, la0 = spec_info
            if abs(sf - sf0) > 0.5 or abs(sa - sa0) > 0.15 or abs(lf - lf0) > 0.5 or abs(la - la0) > 0.15:
                continue
            if re.search(rf" {re.escape(spec)}( \(| GM$|$)", name):
                best = [name]
                break
            if not name.startswith("Sony "):
                best.append(name)
            continue
        converter = re.search(r" \+ .*? (\d+(\.\d+)?)x( |$)", name)
        if converter:
            factor = float(converter.group(1))
            sf, lf, sa, la = sf * factor, lf * factor, sa * factor, la * factor
        if focal and not sf - 0.5 <= focal <= lf + 0.5:
            continue
        if aperture:
            if not sa - 0.15 <= aperture <= la + 0.15:
                continue
            if sf == lf or sa == la or (focal or 0) <= sf:
                approximate = sa
            elif focal >= lf:
                approximate = la
            else:  # the widest aperture assumed to vary log-log with focal length
                slope = (math.log(la) - math.log(sa)) / (math.log(lf) - math.log(sf))
                approximate = math.exp(math.log(sa) + slope * (math.log(focal) - math.log(sf)))
            distance = abs(aperture - approximate)
            if diff is not None:
                if distance > diff + 0.15:
                    continue
                if distance < diff - 0.15:
                    best = []
            diff = distance
            best.append(name)
        matches.append(name)
    best = best or matches
    if best:
        return " or ".join(match_lens_model(best, model))
    return model if model and " or " in lens else lens


def canon_print_lens_id(
    table: Mapping[str, str], key: str, short: float, long: float, aperture: float | None, model: str | None
) -> str:
    """Canon.pm PrintLensID: the lenses of ``key`` whose focal range is the maker note's (with a
    teleconverter where that fits better), narrowed by aperture and LensModel; LensModel itself
    without a known lens ("Canon " before it for Canon's own table); else
    ``"Unknown (key) 18-55mm"``."""
    lens = None if key in ("-1", "65535") else table.get(key)
    if lens:
        if f"{key}.1" not in table:
            return lens_with_teleconverter(lens, short)
        maybe, likely, matches = [], [], []
        names = candidates(table, key)
        for tc in _TELECONVERTERS:
            for name in names:
                match = _CANON_LENS_INFO.search(name)
                if not match:
                    continue
                sf, lf = float(match.group(1)), float(match.group(2) or match.group(1))
                sa, la = float(match.group(3)), float(match.group(4) or match.group(3))
                converter = re.search(r" \+ (\d+(\.\d+)?)x$", name)
                if converter:
                    factor = float(converter.group(1))
                    sf, lf, sa, la = sf * factor, lf * factor, sa * factor, la * factor
                if abs(short - sf * tc) > 0.9:
                    continue
                named = f"{name} + {tc}x" if tc > 1 else name
                maybe.append(named)
                if abs(long - lf * tc) > 0.9:
                    continue
                likely.append(named)
                if aperture and not sa * tc - 0.18 <= aperture <= la * tc + 0.18:
                    continue
                matches.append(named)
            if maybe:
                break
        series = re.search(r"(\| [ACS])", model or "")
        if len(matches) > 1 and series:
            matches = [name for name in matches if series.group(1) in name] or matches
        matches = match_lens_model(matches or likely or maybe, model)
        if matches:
            return " or ".join(matches)
    elif model and re.search(r"\d", model):
        return f"Canon {model}" if getattr(table, "canon", False) else model
    focal = ""
    if short:
        focal = f" {int(short)}" + (f"-{int(long)}" if long and long != short else "") + "mm"
    return f"Unknown{focal}" if key in ("-1", "65535") else f"Unknown ({key}){focal}"


def lens_with_teleconverter(lens: str, short: float) -> str:
    """Canon.pm LensWithTC: ``" + 1.4x"`` (or 2x, 2.8x) where the lens' short focal length times it is
    the one the maker note gives."""
    first = re.search(r"(\d+)", lens)
    if lens.endswith("x") or not first:
        return lens
    for tc in _TELECONVERTERS:
        if abs(short - int(first.group(1)) * tc) <= 0.9:
            return f"{lens} + {tc}x" if tc > 1 else lens
    return lens


def match_lens_model(names: list[str], model: str | None) -> list[str]:
    """Exif.pm MatchLensModel: of several lenses, those whose focal length, then f-number, then
    version ("II") and "USM" agree with LensModel, where that leaves some but not all."""
    if len(names) < 2 or not model:
        return names

    def narrow(names: list[str], pattern: str, flags: int = 0) -> list[str]:
        kept = [name for name in names if re.search(pattern, name, flags)]
        return kept if kept and len(kept) < len(names) else names

    focal = re.search(r"((\d+-)?\d+mm)", model)
    if focal:
        names = narrow(names, focal.group(1))
    fnum = re.search(r"(?:F/?|1:)(\d+(\.\d+)?)", model, re.IGNORECASE)
    if len(names) > 1 and fnum:
        names = narrow(names, rf"(F/?|1:){fnum.group(1)}(\b|[A-Z])", re.IGNORECASE)
    for pattern in ("I+", "USM"):
        word = re.search(rf"\b({pattern})\b", model)
        if len(names) > 1 and word:
            names = narrow(names, rf"\b{word.group(1)}\b")
    return names
