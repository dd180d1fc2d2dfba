"""ExifTool's EXIF Composite tags (Exif.pm ``%Image::ExifTool::Exif::Composite``, 12.57): image size,
exposure and the optics computed from focal length, sensor size and aperture, the CFA pattern and the
preview size.

The embedded images of that table (ThumbnailImage, PreviewImage, JpgFromRaw) are not here: ExifTool files
them under the group of their offset tag (``IFD1:ThumbnailImage``), where the readers already describe them.
"""

import math
import re
from collections.abc import Mapping
from typing import Any

from ..printconv.convert import computed, exposure_time, f_number, number_of, perl_number, text_of
from .table import Composite, Inputs, is_float, true

_FLOAT_IN = re.compile(r"[+-]?(?=\d|\.\d)\d*(?:\.\d*)?(?:[Ee][+-]?\d+)?")
_DIAGONAL_35MM = math.sqrt(36 * 36 + 24 * 24)


def to_float(value: Any) -> float | None:
    """ExifTool's ToFloat: the first number in a value (``"105.0 mm"`` → 105.0), None for none."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    match = _FLOAT_IN.search(value if isinstance(value, str) else str(value))
    return float(match.group()) if match else None


# TIFF-based raws whose IFD0 holds a reduced image, so that ExifTool takes ExifImageWidth/Height
# for their size (Exif.pm Composite ImageSize, by TIFF_TYPE).
_EXIF_SIZED_RAWS = frozenset({"CR2", "Canon 1D RAW", "IIQ", "EIP"})


def image_size(v: Inputs) -> Any:
    """The image size, [width, height] (ExifTool's ``-n`` joins them with a space, as it does any
    numeric array): RawImageCroppedSize where a RAF gives it, ExifImageWidth/Height for CR2 and
    Phase One raws (File:FileType), else ImageWidth/Height."""
    if true(v.val[4]):
        return v.val[4]
    if true(v.val[2]) and true(v.val[3]) and v.val[5] in _EXIF_SIZED_RAWS:
        return [v.val[2], v.val[3]]
    if is_float(v.val[0]) and is_float(v.val[1]):
        return [v.val[0], v.val[1]]
    return None


def _numbers(value: Any) -> list[str]:
    return [text_of(x) for x in value] if isinstance(value, list) else text_of(value).split()


def cfa_pattern(v: Inputs) -> str:
    """Exif.pm Composite CFAPattern: the repeat dimensions then the colours of CFAPattern2,
    ``"2 2 0 1 1 2"``; ``"?"`` when their counts disagree."""
    dims, colours = _numbers(v.val[0]), _numbers(v.val[1])
    if len(dims) != 2 or len(colours) != perl_number(dims[0]) * perl_number(dims[1]):
        return "?"
    return " ".join([*dims, *colours])


_CFA_COLOURS = ("Red", "Green", "Blue", "Cyan", "Magenta", "Yellow", "White")


def print_cfa_pattern(value: Any) -> str:
    """Exif.pm PrintCFAPattern: ``"[Red,Green][Green,Blue]"``."""
    parts = [int(perl_number(x)) for x in _numbers(value)]
    if len(parts) < 2:
        return "<truncated data>"
    rows, columns = parts[:2]
    if not (rows and columns):
        return "<zero pattern size>"
    end = 2 + rows * columns
    if end > len(parts):
        return "<invalid pattern size>"
    names = [_CFA_COLOURS[c] if 0 <= c < len(_CFA_COLOURS) else "Unknown" for c in parts[2:end]]
    return "".join("[" + ",".join(names[i : i + columns]) + "]" for i in range(0, len(names), columns))


def print_image_size(v: Inputs, value: Any) -> str:
    """``"4000x3000"``."""
    return text_of(value).replace(" ", "x")


def megapixels(v: Inputs) -> float:
    """Width x height in millions, from the digits of ImageSize."""
    width, height = (int(d) for d in re.findall(r"\d+", text_of(v.val[0]))[:2])
    return width * height / 1_000_000


def print_megapixels(v: Inputs, value: float) -> str:
    """One decimal from 1 MP, three from 0.001, else six."""
    return f"{value:.{1 if value >= 1 else 3 if value >= 0.001 else 6}f}"


def shutter_speed(v: Inputs) -> Any:
    """BulbDuration when positive, else ExposureTime, else ShutterSpeedValue (seconds)."""
    bulb = number_of(v.val[2])
    if true(v.val[2]) and bulb is not None and bulb > 0:
        return v.val[2]
    return v.val[0] if v.val[0] is not None else v.val[1]


def aperture(v: Inputs) -> Any:
    """FNumber, else ApertureValue; none when neither is set."""
    return v.val[0] if true(v.val[0]) else (v.val[1] if true(v.val[1]) else None)


def light_value(v: Inputs) -> float | None:
    """Exif.pm CalculateLV: 2 log2(Aperture) - log2(ShutterSpeed) - log2(ISO/100), with the ISO as
    printed (a maker note's ISO code prints as the speed it stands for)."""
    numbers = []
    for value in (v.val[0], v.val[1], v.prt[2]):
        match = _FLOAT_IN.search(str(value)) if true(value) else None
        if not match or float(match.group()) <= 0:
            return None
        numbers.append(float(match.group()))
    f, seconds, iso = numbers
    return math.log(f * f * 100 / (seconds * iso)) / math.log(2)


def focal_length_35efl(v: Inputs) -> float:
    """FocalLength x ScaleFactor35efl (x1 without a scale factor)."""
    return (to_float(v.val[0]) or 0) * (to_float(v.val[1]) or 1)


def print_focal_length_35efl(v: Inputs, value: float) -> str:
    if true(v.val[1]):
        return f"{perl_number(v.val[0]):.1f} mm (35 mm equivalent: {value:.1f} mm)"
    return f"{value:.1f} mm"


_UNIT_MM = {3: 10, 4: 1, 5: 0.001}  # FocalPlaneResolutionUnit: cm, mm, µm (else inches)


def scale_factor_35efl(v: Inputs) -> float | None:
    """Exif.pm CalcScaleFactor35efl: FocalLengthIn35mmFormat / FocalLength where both are set, else
    the 35 mm diagonal over the sensor diagonal (FocalPlaneDiagonal, SensorSize, FocalPlaneX/YSize
    with a 4:3 or 3:2 aspect, or the image size over the focal-plane resolution), times a Canon
    digital zoom. For a Canon the sensor size comes first from the stored FocalPlaneX/YResolution
    fractions (:func:`canon_sensor_diagonal`)."""
    val = [to_float(x) for x in v.val]
    focal, focal_35 = val[0], val[1]
    if focal and focal_35:
        return focal_35 / focal
    zoom = val[2] or 1
    diagonal = val[3]
    if v.make == "Canon":
        diagonal = canon_sensor_diagonal(v.rationals) or diagonal
    if not diagonal:
        diagonal = _sensor_diagonal(v.val[4], val) or _resolution_diagonal(val)
    if not diagonal:
        return None
    return _DIAGONAL_35MM * zoom / diagonal


def canon_sensor_diagonal(rationals: Mapping[str, tuple[int, int]]) -> float | None:
    """Canon.pm CalcSensorDiag: the sensor diagonal in mm from the FocalPlaneX/YResolution fractions,
    whose numerators are the image size x 1000 and denominators the sensor size in 1/1000 inch,
    where they look so (numerators multiples of 1000 from 640x480 to 10000 px, a non-square sensor
    of 0.061 to 1.5 inches)."""
    x, y = rationals.get("FocalPlaneXResolution"), rationals.get("FocalPlaneYResolution")
    if not (x and y):
        return None
    if (
        x[0] % 1000 == 0
        and y[0] % 1000 == 0
        and x[0] >= 640000
        and y[0] >= 480000
        and x[0] < 10000000
        and y[0] < 10000000
        and 61 <= x[1] < 1500
        and 61 <= y[1] < 1000
        and x[1] != y[1]
    ):
        return math.hypot(x[1], y[1]) * 0.0254
    return None


def _sensor_diagonal(sensor_xy: Any, val: list[float | None]) -> float | None:
    second = re.search(r" (\d+(\.?\d*)?)$", str(sensor_xy)) if val[4] else None
    if second:
        return math.hypot(val[4], float(second.group(1)))
    x_size, y_size = val[5], val[6]
    if x_size and y_size and (abs(x_size / y_size - 1.3333) < 0.1 or abs(x_size / y_size - 1.5) < 0.1):
        return math.hypot(x_size, y_size)
    return None


def _resolution_diagonal(val: list[float | None]) -> float | None:
    units = _UNIT_MM.get(int(val[7])) if val[7] else None
    units = units or 25.4
    x_res = val[8]
    if not x_res:
        return None
    y_res = val[9] or x_res
    for width, height in ((val[10], val[11]), (val[12], val[13]), (val[14], val[15])):
        if width and height and 0.5 < width / height < 2:
            break
    else:
        return None
    diagonal = math.hypot(width * units / x_res, height * units / y_res)
    return diagonal if 1 < diagonal < 100 else None


def circle_of_confusion(v: Inputs) -> float:
    """The 35 mm-equivalent diagonal / 1440, in mm."""
    return _DIAGONAL_35MM / (perl_number(v.val[0]) * 1440)


def hyperfocal_distance(v: Inputs) -> Any:
    """f² / (N · c), in metres; "inf" without aperture or circle of confusion."""
    focal, f_stop, coc = (to_float(x) or 0 for x in v.val[:3])
    if not (f_stop and coc):
        return "inf"
    return focal * focal / (f_stop * coc * 1000)


def depth_of_field(v: Inputs) -> Any:
    """The limits of acceptable sharpness, [near, far] in metres (far 0 for infinity), at FocusDistance
    (0 is infinity), else SubjectDistance, ObjectDistance, ApproximateFocusDistance or the middle of
    FocusDistanceLower/Upper."""
    val = [to_float(x) for x in v.val]
    distance, focal = val[3], val[0]
    if v.val[3] is not None:
        distance = distance or 1e10
    else:
        distance = val[4] or val[5] or val[6]
        if distance is None:
            if val[7] is None or val[8] is None:
                return None
            distance = (val[7] + val[8]) / 2
    if not (focal and val[2]):
        return 0
    t = (val[1] or 0) * val[2] * (distance * 1000 - focal) / (focal * focal)
    near, far = distance / (1 + t), distance / (1 - t)
    return [near, max(far, 0.0)]


def print_depth_of_field(v: Inputs, value: Any) -> str:
    limits = [float(x) for x in text_of(value).split()]
    if len(limits) < 2 or not limits[1]:
        return f"inf ({limits[0]:.2f} m - inf)"
    near, far = limits
    depth = far - near
    form = "{:.3f}" if 0 < depth < 0.02 else "{:.2f}"
    return f"{form.format(depth)} m ({form.format(near)} - {form.format(far)} m)"


def field_of_view(v: Inputs) -> Any:
    """The angle across the long side, in degrees, for a rectilinear lens; with FocusDistance (m)
    below 10 km also the width covered there, [angle, width]."""
    focal, scale, distance = (to_float(x) for x in v.val[:3])
    if not (focal and scale):
        return None
    correction = 1.0
    if distance:
        d = 1000 * distance - focal
        if d > 0:
            correction += focal / d
    half = math.atan2(36, 2 * focal * scale * correction)
    angle = half * 360 / 3.14159  # ExifTool's value of pi
    if distance and 0 < distance < 10000:
        return [angle, 2 * distance * math.sin(half) / math.cos(half)]
    return angle


def print_field_of_view(v: Inputs, value: Any) -> str:
    parts = [float(x) for x in text_of(value).split()]
    return f"{parts[0]:.1f} deg" + (f" ({parts[1]:.2f} m)" if len(parts) > 1 and parts[1] else "")


# Exif.pm @rggbLookup: indices of red, green, green, blue in each WB_*Levels layout (8: RB, green 256).
_RGGB = ((0, 1, 2, 3), (0, 1, 3, 2), (0, 2, 3, 1), (1, 0, 3, 2), (1, 0, 2, 3), (2, 3, 0, 1), (0, 1, 1, 2))
_RGGB += ((1, 0, 0, 2), (0, 256, 256, 1))
_WB_LEVELS = ("RGGB", "RGBG", "RBGG", "GRBG", "GRGB", "GBRG", "RGB", "GRB", "RB")


def _balance(blue: int):
    def convert(v: Inputs) -> float | None:
        """Exif.pm RedBlueBalance: the red (or blue) level over green from the first WB_*Levels."""
        for levels, lookup in zip(v.val[:9], _RGGB, strict=True):
            if not true(levels):
                continue
            parts = [perl_number(x) for x in (levels if isinstance(levels, list) else str(levels).split())]
            if len(parts) < 2:
                continue
            green = lookup[1]
            if green < 4:
                if len(parts) < 3:
                    continue
                green = (parts[green] + parts[lookup[2]]) / 2
                if not green:
                    continue
            elif parts[lookup[blue * 3]] < 4:
                green = 1  # some Nikon cameras give a scale factor of 1
            return parts[lookup[blue * 3]] / green
        red_or_blue, green = to_float(v.val[9]), to_float(v.val[10])
        return red_or_blue / green if red_or_blue and green else None

    return convert


def _print_balance(v: Inputs, value: float) -> float:
    return float(computed(int(value * 1e6 + 0.5) * 1e-6))


def _balance_sources(level: str) -> dict[int, str]:
    return {**{i: f"WB_{layout}Levels" for i, layout in enumerate(_WB_LEVELS)}, 9: level, 10: "WBGreenLevel"}


ROWS = [
    Composite(
        "ImageSize",
        image_size,
        require={0: "ImageWidth", 1: "ImageHeight"},
        desire={2: "ExifImageWidth", 3: "ExifImageHeight", 4: "RawImageCroppedSize", 5: "File:FileType"},
        printed=print_image_size,
    ),
    Composite(
        "PreviewImageSize",
        lambda v: f"{text_of(v.val[0])}x{text_of(v.val[1])}",
        require={0: "PreviewImageWidth", 1: "PreviewImageHeight"},
    ),
    Composite(
        "CFAPattern",
        cfa_pattern,
        require={0: "CFARepeatPatternDim", 1: "CFAPattern2"},
        printed=lambda v, value: print_cfa_pattern(value),
    ),
    Composite("Megapixels", megapixels, require={0: "ImageSize"}, printed=print_megapixels),
    Composite(
        "ShutterSpeed",
        shutter_speed,
        desire={0: "ExposureTime", 1: "ShutterSpeedValue", 2: "BulbDuration"},
        printed=lambda v, value: exposure_time(value),
    ),
    Composite(
        "Aperture", aperture, desire={0: "FNumber", 1: "ApertureValue"}, printed=lambda v, value: f_number(value)
    ),
    Composite(
        "LightValue",
        light_value,
        require={0: "Aperture", 1: "ShutterSpeed", 2: "ISO"},
        printed=lambda v, value: f"{value:.1f}",
    ),
    Composite(
        "FocalLength35efl",
        focal_length_35efl,
        require={0: "FocalLength"},
        desire={1: "ScaleFactor35efl"},
        printed=print_focal_length_35efl,
    ),
    Composite(
        "ScaleFactor35efl",
        scale_factor_35efl,
        desire=dict(
            enumerate(
                (
                    "FocalLength",
                    "FocalLengthIn35mmFormat",
                    "Composite:DigitalZoom",
                    "FocalPlaneDiagonal",
                    "SensorSize",
                    "FocalPlaneXSize",
                    "FocalPlaneYSize",
                    "FocalPlaneResolutionUnit",
                    "FocalPlaneXResolution",
                    "FocalPlaneYResolution",
                    "ExifImageWidth",
                    "ExifImageHeight",
                    "CanonImageWidth",
                    "CanonImageHeight",
                    "ImageWidth",
                    "ImageHeight",
                )
            )
        ),
        printed=lambda v, value: f"{value:.1f}",
    ),
    Composite(
        "CircleOfConfusion",
        circle_of_confusion,
        require={0: "ScaleFactor35efl"},
        printed=lambda v, value: f"{value:.3f} mm",
    ),
    Composite(
        "HyperfocalDistance",
        hyperfocal_distance,
        require={0: "FocalLength", 1: "Aperture", 2: "CircleOfConfusion"},
        printed=lambda v, value: f"{perl_number(value):.2f} m",
    ),
    Composite(
        "DOF",
        depth_of_field,
        require={0: "FocalLength", 1: "Aperture", 2: "CircleOfConfusion"},
        desire={
            3: "FocusDistance",
            4: "SubjectDistance",
            5: "ObjectDistance",
            6: "ApproximateFocusDistance",
            7: "FocusDistanceLower",
            8: "FocusDistanceUpper",
        },
        printed=print_depth_of_field,
    ),
    Composite(
        "FOV",
        field_of_view,
        require={0: "FocalLength", 1: "ScaleFactor35efl"},
        desire={2: "FocusDistance"},
        printed=print_field_of_view,
    ),
    Composite("RedBalance", _balance(0), desire=_balance_sources("WBRedLevel"), printed=_print_balance),
    Composite("BlueBalance", _balance(1), desire=_balance_sources("WBBlueLevel"), printed=_print_balance),
]
