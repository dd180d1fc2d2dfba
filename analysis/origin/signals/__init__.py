"""Origin signal detectors, one module per family, registered in :data:`DETECTORS`.

A detector takes a :class:`~analysis.rules.base.Subject` and yields
:class:`~analysis.result.OriginSignal` objects, each with its evidence. Adding a signal is adding a
row to a detector's table or a detector to this list.
"""

from collections.abc import Callable, Iterable

from ...result import OriginSignal
from ...rules.base import Subject
from . import capture, edits, generated, names, platforms, screenshot

Detector = Callable[[Subject], Iterable[OriginSignal]]

DETECTORS: list[Detector] = [
    capture.camera_signals,
    capture.declared_source,
    screenshot.screenshot_signals,
    generated.ai_declaration,
    generated.generator_named,
    edits.editor_signals,
    edits.encoder_against_camera,
    platforms.platform_markers,
    platforms.platform_sizes,
    names.file_name,
]
