"""Signals of a screenshot (SIGNATURES.md §2.2: S1-S10)."""

import re
from collections.abc import Iterator

from ...result import OriginSignal, Strength
from ...rules.base import Subject
from .common import has_exif, pixel_size, size_evidence

# Apple writes this exact UserComment on screenshots (S1, strong).
SCREENSHOT_COMMENT = "screenshot"
USER_COMMENTS = ("XMP-exif:UserComment", "ExifIFD:UserComment")
# Full-screen sizes of common displays, landscape and portrait (S10: weak, a size is only a hint).
SCREEN_SIZES = {
    (1280, 720), (1280, 800), (1366, 768), (1440, 900), (1536, 864), (1600, 900), (1680, 1050),
    (1920, 1080), (1920, 1200), (2560, 1080), (2560, 1440), (2560, 1600), (2880, 1800), (3024, 1964),
    (3456, 2234), (3840, 2160), (5120, 2880),
    (750, 1334), (828, 1792), (1080, 1920), (1080, 2340), (1080, 2400), (1125, 2436), (1170, 2532),
    (1179, 2556), (1242, 2208), (1242, 2688), (1284, 2778), (1290, 2796), (1440, 2560), (1440, 3200),
}  # fmt: skip


def screenshot_signals(subject: Subject) -> Iterator[OriginSignal]:
    """Apple's "Screenshot" UserComment (S1, strong), the Apple ``iDOT`` PNG chunk (S2, medium),
    and a PNG of a full-screen size with no camera EXIF (S10, weak)."""
    for place in USER_COMMENTS:
        found = subject.evidence(place)
        if found and str(found.value).strip().lower() == SCREENSHOT_COMMENT:
            yield OriginSignal("apple_screenshot_comment", "screenshot", Strength.STRONG, (found,), _apple_os(subject))
    idot = subject.evidence("PNG:AppleDataOffsets")
    if idot:
        yield OriginSignal("apple_idot_chunk", "screenshot", Strength.MEDIUM, (idot,), _apple_os(subject))
    yield from _retina_display(subject)
    size = pixel_size(subject)
    if subject.report.file.type == "PNG" and size and size in _both_ways(SCREEN_SIZES) and not has_exif(subject):
        yield OriginSignal("screen_sized_png", "screenshot", Strength.WEAK, size_evidence(subject))


def _apple_os(subject: Subject) -> str:
    # Phones are held upright: a portrait capture is an iPhone's, a landscape one a Mac's (or an
    # iPad's; "unknown" would be as honest, but the OS family is what investigators ask first).
    size = pixel_size(subject)
    return "ios" if size and size[1] > size[0] else "macos"


def _both_ways(sizes: set[tuple[int, int]]) -> set[tuple[int, int]]:
    return sizes | {(h, w) for w, h in sizes}


# 144 dpi in pixels per metre (PNG pHYs stores metres): what macOS writes on a Retina capture.
RETINA_PIXELS_PER_METRE = (5669, 5670)
# ICC profile descriptions of displays (macOS embeds the screen's profile in a capture).
DISPLAY_PROFILE = re.compile(r"(display|color lcd|imac|studio display|ultrafine|built-in retina)", re.I)


def _retina_display(subject: Subject) -> Iterator[OriginSignal]:
    """macOS captures: PNG ``pHYs`` of 144 dpi with a display's ICC profile (medium: both are the
    screen's), or the 144 dpi alone (weak: any program can write it)."""
    density = subject.evidence("PNG-pHYs:PixelsPerUnitX")
    retina = density and density.value in RETINA_PIXELS_PER_METRE and subject.tag("PNG-pHYs:PixelUnits") == 1
    if not retina or has_exif(subject):
        return
    profile = subject.evidence("ICC_Profile:ProfileDescription")
    if profile and DISPLAY_PROFILE.search(str(profile.value)):
        yield OriginSignal("macos_retina_capture", "screenshot", Strength.MEDIUM, (density, profile), "macos")
    else:
        yield OriginSignal("retina_density", "screenshot", Strength.WEAK, (density,), "macos")
