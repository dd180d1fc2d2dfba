"""Where the picture came from: origin signals combined into one label with a calibrated confidence.

Signals come from the detectors registered in :data:`analysis.origin.signals.DETECTORS`; each names
its evidence. They are combined here by rules that keep confidence honest (issue "origin",
SIGNATURES.md §0):

- a label's score is ``1 - Π(1 - weight)`` over its signals (weights: weak 0.3, medium 0.6,
  strong 0.9), so independent signals add up but never reach 1;
- a label supported by weak signals only never gets more than :data:`WEAK_ONLY_CAP` (a size, a file
  name, missing EXIF or "it is a PNG" alone is never a strong claim);
- a platform is named above :data:`PLATFORM_CAP` only with a strong signal or two medium ones;
- a file's history has layers: where it was made (camera, screenshot, AI generator, scanner), then an
  editor, then a platform that served it. The label is the latest supported layer (a Facebook
  download of an edited camera photo is ``facebook``; the others become ``alternatives``) whose score
  is at least :data:`LAYER_MARGIN` times the best score of the layers before it (a medium hint of an
  edit does not outvote a strong camera original), except that an AI declaration always wins;
- two labels of the same layer contradict each other: the chosen one loses half the rival's score;
- no signal gives ``unknown`` with confidence 0, never a guess; no confidence is above
  :data:`MOST_CONFIDENT`: signals can be forged, so nothing here is certain.
"""

from collections import defaultdict

from ..result import Origin, OriginSignal, Report, Strength
from ..rules.base import Subject
from .signals import DETECTORS

SOURCES = ("camera", "screenshot", "ai_generated", "scanner")
EDITS = ("edited",)
PLATFORMS = (
    "whatsapp",
    "instagram",
    "facebook",
    "messenger",
    "telegram",
    "twitter",
    "tiktok",
    "flickr",
    "signal",
    "discord",
    "snapchat",
)
LABELS = (*SOURCES, *EDITS, *PLATFORMS, "unknown")
# Latest layer first: the label says the last thing that happened to the file.
LAYERS = (PLATFORMS, EDITS, SOURCES)

WEAK_ONLY_CAP = 0.5
PLATFORM_CAP = 0.65
# A layer counts as having happened when its best label scores at least this much, and at least
# LAYER_MARGIN times the best score of the layers before it.
SUPPORTED = 0.5
LAYER_MARGIN = 0.7
MOST_CONFIDENT = 0.99


def read_origin(report: Report, data: bytes, filename: str) -> Origin:
    """The origin of the file ``report`` describes: label, confidence, detail, signals, alternatives.

    ``data`` is the file's bytes and ``filename`` the upload's name (weak evidence only). Raises
    nothing for odd input; a detector's own bug propagates (the engine reports it).
    """
    subject = Subject(report, data, filename)
    signals = [signal for detector in DETECTORS for signal in detector(subject)]
    if not signals:
        return Origin()
    by_label: dict[str, list[OriginSignal]] = defaultdict(list)
    for signal in signals:
        by_label[signal.points_to].append(signal)
    scores = {label: _score(label, found) for label, found in by_label.items()}
    label = _choose(scores, by_label)
    confidence = scores[label]
    rivals = [scores[other] for other in _layer_of(label) if other != label and other in scores]
    if rivals:
        confidence *= 1 - max(rivals) / 2
    detail = next((s.detail for s in sorted(by_label[label], key=_strongest) if s.detail), None)
    alternatives = [
        {"label": other, "confidence": round(min(score, MOST_CONFIDENT), 2)}
        for other, score in sorted(scores.items(), key=lambda item: -item[1])
        if other != label
    ]
    return Origin(label, round(min(confidence, MOST_CONFIDENT), 2), detail, signals, alternatives)


def _score(label: str, signals: list[OriginSignal]) -> float:
    remaining = 1.0
    for signal in signals:
        remaining *= 1 - signal.strength.weight
    score = 1 - remaining
    strengths = [signal.strength for signal in signals]
    if all(strength is Strength.WEAK for strength in strengths):
        score = min(score, WEAK_ONLY_CAP)
    if label in PLATFORMS and Strength.STRONG not in strengths and strengths.count(Strength.MEDIUM) < 2:
        score = min(score, PLATFORM_CAP)
    return score


def _choose(scores: dict[str, float], by_label: dict[str, list[OriginSignal]]) -> str:
    if any(signal.strength is Strength.STRONG for signal in by_label.get("ai_generated", [])):
        return "ai_generated"
    for index, layer in enumerate(LAYERS):
        earlier = max((scores.get(label, 0) for below in LAYERS[index + 1 :] for label in below), default=0)
        floor = max(SUPPORTED, LAYER_MARGIN * earlier)
        supported = [label for label in layer if scores.get(label, 0) >= floor]
        if supported:
            return max(supported, key=scores.__getitem__)
    return max(scores, key=scores.__getitem__)


def _layer_of(label: str) -> tuple[str, ...]:
    return next((layer for layer in LAYERS if label in layer), ())


def _strongest(signal: OriginSignal) -> float:
    return -signal.strength.weight
