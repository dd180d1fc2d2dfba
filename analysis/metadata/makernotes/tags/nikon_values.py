"""The ValueConv, RawConv and Condition expressions the Nikon tag tables share (Nikon.pm and
NikonCustom.pm, ExifTool 12.57), one named function per expression, the Perl given beside it."""

import math
import operator
import re
from collections.abc import Callable
from typing import Any

from ..table import Probe, Values

# The numeric tests of ExifTool's conditions ``$$self{Name} <op> <number>``.
_TESTS: dict[str, Callable[[Any, Any], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    ">=": operator.ge,
    "<": operator.lt,
    ">": operator.gt,
}


def setting(name: str, test: str, value: int) -> Callable[[Probe], bool]:
    """A ``when`` for ``$$self{name} <test> value``: a value read earlier in the note (0 when
    none was, as an undefined Perl value in a numeric test)."""
    compare = _TESTS[test]
    return lambda probe: compare(probe.n[name], value)


def adjustment(value: int) -> int:
    """``$val - 0x80``: a Picture Control adjustment stored offset by 0x80."""
    return value - 0x80


def aperture_24ths(value: int) -> float:
    """``2**($val/24)``: an f-number in 1/24 EV steps."""
    return 2 ** (value / 24)


def focal_24ths(value: int) -> float:
    """``5 * 2**($val/24)``: a focal length in mm, in 1/24 EV steps from 5 mm."""
    return 5 * 2 ** (value / 24)


def exit_pupil(value: int) -> float | int:
    """``$val ? 2048 / $val : $val``: the exit pupil position in mm."""
    return 2048 / value if value else value


def focus_distance(value: float) -> float:
    """``0.01 * 10**($val/40)``: the focus distance in m."""
    return 0.01 * 10 ** (value / 40)


def iso_from_step(value: int) -> float:
    """``100*exp(($val/12-5)*log(2))``: an ISO speed in 1/12 EV steps from ISO 3.125."""
    return 100 * math.exp((value / 12 - 5) * math.log(2))


def twelfths(value: int) -> float:
    """``$val / 12``: a number of stops stored in 1/12 steps."""
    return value / 12


def sixths(value: int) -> float:
    """``$val / 6``: EV in 1/6 steps."""
    return value / 6


def minus_sixths(value: int) -> float:
    """``-$val/6``: a flash compensation stored negated, in 1/6 EV steps."""
    return -value / 6


def minus_sixths_from_2(value: int) -> float:
    """``-($val-2)/6``: as :func:`minus_sixths`, from a stored 2."""
    return -(value - 2) / 6


def signed_nibble_sixths(value: int) -> float:
    """``($val > 0x7 ? $val - 0x10 : $val) / 6``: a signed 4-bit fine-tuning in 1/6 EV steps."""
    return (value - 0x10 if value > 0x7 else value) / 6


def ev_thirds_from_9(value: int) -> float:
    """``($val - 9) / 3``: EV in 1/3 steps, 0 stored as 9."""
    return (value - 9) / 3


def flash_output(value: int) -> float:
    """``2 ** (-$val/6)``: a flash output fraction, stored in -1/6 EV steps."""
    return 2 ** (-value / 6)


def output_thirds(value: int) -> float:
    """``2 ** (-$val/3)``: a flash output fraction, stored in -1/3 EV steps."""
    return 2 ** (-value / 3)


def output_stops(value: int) -> float:
    """``2 ** (-$val)``: a flash output fraction, stored in -1 EV steps."""
    return 2.0**-value


def output_stops_from_quarter(value: int) -> float:
    """``2 ** (-$val-2)``: a flash output fraction, stored in -1 EV steps from 1/4."""
    return 2.0 ** (-value - 2)


def plus_one(value: int) -> int:
    """``$val + 1``: a count stored from 0."""
    return value + 1


def count_then_fives(value: int) -> int:
    """``$val < 10 ? $val + 1 : 5 * ($val - 7)``: 1 to 10, then steps of 5."""
    return value + 1 if value < 10 else 5 * (value - 7)


def count_then_tens(value: int) -> int:
    """``$val < 10 ? $val + 1 : 10 * ($val - 8)``: 1 to 10, then steps of 10."""
    return value + 1 if value < 10 else 10 * (value - 8)


def signed_degrees(value: int) -> int:
    """``$val <= 180 ? $val : $val - 360``: an angle in degrees from -179 to 180."""
    return value if value <= 180 else value - 360


def no_limit(value: int) -> str:
    """NikonCustom.pm SettingsZ9 MaxContinuousRelease: ``($val = -1 ? 'No Limit' : $val)``
    assigns rather than compares, so ExifTool always gives "No Limit"."""
    return "No Limit"


def z9_flash_shutter_speed(value: int) -> float:
    """NikonCustom.pm SettingsZ9 FlashShutterSpeed: ``my $t = ($val - 16) % 24; $t ? $val / 24
    : 2 + ($val - 16) / 24``."""
    return value / 24 if (value - 16) % 24 else 2 + (value - 16) / 24


def unless_zero(value: Any, values: Values) -> Any:
    """``$val || undef``: a zero value is not reported."""
    return value or None


def unless_zero_or_255(value: Any, values: Values) -> Any:
    """``($val and $val != 255) ? $val : undef``: 0 and 255 mean "not set"."""
    return value if value and value != 255 else None


def flag_unless_blank(name: str) -> Callable[[Any, Values], None]:
    """Nikon.pm LensData0800 OldLensData/NewLensData: ``$$self{name} = 1 unless $val =~
    /^.\\0+$/s; undef``: remember that the block carries that kind of lens data (any byte
    after the first not zero); nothing is reported."""

    def raw(value: Any, values: Values) -> None:
        if isinstance(value, bytes) and not re.fullmatch(rb".\x00+", value, re.S):
            values[name] = 1

    return raw


def fine_tune_sixths(value: int) -> float:
    """NikonSettings.pm FineTuneOpt...: ``($val - 7) / 6``: EV in 1/6 steps, 0 stored as 7."""
    return (value - 7) / 6
