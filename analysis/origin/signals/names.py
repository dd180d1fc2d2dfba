"""Signals from the upload's file name (user-controlled, so always weak: SIGNATURES.md §0, R17)."""

import re
from collections.abc import Iterator

from ...result import Evidence, OriginSignal, Strength
from ...rules.base import Subject

# (pattern of the whole base name, label, detail, source row). Dates are checked only for shape.
NAME_PATTERNS = [
    (r"IMG-\d{8}-WA\d{4,}(\s*\(\d+\))?\.jpe?g", "whatsapp", None, "P9"),
    (r"WhatsApp Image \d{4}-\d{2}-\d{2} at \d{1,2}\.\d{2}\.\d{2}( [AP]M)?(\s*\(\d+\))?\.jpe?g", "whatsapp", None,
     "P10"),
    (r"photo_\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\s*\(\d+\))?\.jpe?g", "telegram", None, "P13"),
    (r"\d{6,}_\d{6,}_\d{6,}_[no]\.jpe?g", "facebook", None, "P6"),
    (r"FB_IMG_\d{10,}\.jpe?g", "facebook", None, "P6"),
    (r"received_\d{6,}\.jpe?g", "messenger", None, "P8"),
    (r"signal-\d{4}-\d{2}-\d{2}-\d{6}(_\d+)?\.(jpe?g|png)", "signal", None, "P16"),
    (r"Snapchat-\d{6,}\.(jpe?g|png)", "snapchat", None, "P16"),
    (r"\d{8,}_[0-9a-f]{10}(_[a-z])?\.jpe?g", "flickr", None, "P18"),
    (r"Screenshot_\d{8}-\d{6}(_.+)?\.(png|jpe?g)", "screenshot", "android", "S4, S5"),
    (r"Screen ?[Ss]hot \d{4}-\d{2}-\d{2} at \d{1,2}\.\d{2}\.\d{2}( [AP]M)?(\s*\(\d+\))?\.(png|jpe?g)", "screenshot",
     "macos", "S6"),
    (r"Screenshot from \d{4}-\d{2}-\d{2} \d{2}-\d{2}-\d{2}(\s*\(\d+\))?\.png", "screenshot", "linux", "S7"),
    (r"Screenshot \(\d+\)\.png", "screenshot", "windows", "S8"),
    (r"Screenshot \d{4}-\d{2}-\d{2} \d{6}\.png", "screenshot", "windows", "S8"),
]  # fmt: skip
COMPILED = [(re.compile(pattern, re.I), label, detail, source) for pattern, label, detail, source in NAME_PATTERNS]


def file_name(subject: Subject) -> Iterator[OriginSignal]:
    """The upload's name matching a platform's or screenshot tool's naming pattern (weak)."""
    base = subject.filename.replace("\\", "/").rsplit("/", 1)[-1]
    for pattern, label, detail, source in COMPILED:
        if pattern.fullmatch(base):
            evidence = Evidence("upload file name (user-controlled)", base)
            yield OriginSignal(f"file_name_{source.split(',')[0].lower()}", label, Strength.WEAK, (evidence,), detail)
