"""The original API's ``analysis`` object, both versions, merged into one.

Version 1 (README era) gives ``is_modified``, ``software_detected`` and ``detected_origins``;
version 2 (its last commit) adds ``verdict``, ``confidence``, ``notes`` and ``features`` and
grows both lists. Keyword lists and thresholds are the original's (SIGNATURES.md §1); they are
kept as they are because clients compare against them, weak as some of them are.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import piexif

from .exif import LegacyExif

EDITORS_V1 = ["photoshop", "lightroom", "gimp", "canva", "snapseed", "picsart", "vsco"]
SOCIAL_V1 = ["instagram", "facebook", "twitter", "tiktok", "whatsapp"]
SCREENSHOT_KEYWORDS = ["screenshot", "screen_shot", "capture", "screencap", "screencast", "prtsc", "snap", "ss-"]
EDITORS = [
    *EDITORS_V1,
    "remini",
    "faceapp",
    "meitu",
    "capcut",
    "b612",
    "beautyplus",
    "illustrator",
    "coreldraw",
    "polarr",
    "pixlr",
]
SOCIAL = [*SOCIAL_V1, "telegram", "discord", "line", "wechat", "reddit", "messenger"]
AI_GENERATORS = ["midjourney", "stable diffusion", "dall-e", "novelai", "firefly", "bing image creator", "comfyui"]
SCREENSHOT_SOFTWARE = ["sharex", "snipping tool", "mac os x", "gnome-screenshot", "spectacle", "android", "screenshot"]
SOCIAL_MEDIA_DIMENSIONS = [720, 800, 1024, 1080, 1280, 1350, 1600, 2048]
SOFTWARE_INFO_KEYS = ["software", "processingsoftware", "creator", "description"]

FEATURES = ["camera_photo", "camera_photo_recaptured", "screen_capture", "edited", "ai_generated", "platform_reencoded"]
# (feature, verdict confidence), in the original's order of precedence.
PRECEDENCE = [
    ("ai_generated", 0.95),
    ("camera_photo_recaptured", 0.88),
    ("screen_capture", 0.90),
    ("edited", 0.85),
    ("platform_reencoded", 0.88),
    ("camera_photo", 0.92),
]


@dataclass
class Observed:
    """What the original looked at: Pillow's view of the file, its EXIF, and the upload name.

    ``legacy`` is None when the file has no EXIF blob the original could parse;
    ``letterboxed`` is called at most once, and only when the verdict needs it (it decodes pixels).
    """

    pillow_format: str
    info: dict[str, Any]
    width: int
    height: int
    filesize: int
    filename: str
    legacy: LegacyExif | None
    letterboxed: Callable[[], bool]


@dataclass
class LegacyAnalysis:
    """The union of both versions' ``analysis`` keys, with their types and label vocabulary."""

    is_modified: bool
    software_detected: list[str]
    detected_origins: list[str]
    verdict: str
    confidence: float
    notes: list[str]
    features: dict[str, bool] = field(default_factory=dict)


def assess(seen: Observed) -> LegacyAnalysis:
    """Run both versions of the original's heuristics and merge them.

    Lists are the sorted union of both versions' strings; ``is_modified`` is true when either
    version found an editor; ``verdict``/``confidence``/``notes``/``features`` are version 2's.
    """
    v1_software, v1_origins, v1_modified = _version1(seen)
    v2 = _version2(seen)
    v2.software_detected = sorted(set(v2.software_detected) | set(v1_software))
    v2.detected_origins = sorted(set(v2.detected_origins) | set(v1_origins))
    v2.is_modified = v1_modified or v2.features["edited"]
    return v2


def _software_tag(legacy: LegacyExif | None) -> str:
    raw = legacy.zeroth.get(piexif.ImageIFD.Software) if legacy else None
    return raw.decode("utf-8", "ignore").lower() if isinstance(raw, bytes) and raw else ""


def _icc(seen: Observed) -> bytes:
    icc = seen.info.get("icc_profile") or b""
    return icc.lower() if isinstance(icc, bytes) else b""


def _has(text: str, words: list[str]) -> bool:
    return any(word in text for word in words)


def _version1(seen: Observed) -> tuple[list[str], list[str], bool]:
    software = _software_tag(seen.legacy)
    origins = []
    if _has(software, SOCIAL_V1):
        origins.append("social_media_exif_tag")
    icc = _icc(seen)
    if b"cnrgb" in icc or b"facebook" in icc:
        origins.append("meta_icc_profile")
    if b"google" in icc:
        origins.append("google_icc_profile")
    if seen.legacy is None:
        origins.append("stripped_exif_possible_social_media")
    return ([software] if software else []), origins, _has(software, EDITORS_V1)


def _info_text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "ignore").lower()
    return value.lower() if isinstance(value, str) else str(value).lower()


def _version2(seen: Observed) -> LegacyAnalysis:
    features = dict.fromkeys(FEATURES, False)
    software_used: list[str] = []
    origins: list[str] = []
    notes: list[str] = []
    screenshot = False

    filename = seen.filename.lower()
    if _has(filename, SCREENSHOT_KEYWORDS):
        screenshot = True
        origins.append("screenshot_from_filename")
    if _has(filename, SOCIAL):
        origins.append("social_media_from_filename")

    for key, raw in seen.info.items():
        value = _info_text(raw)
        if _has(value, SCREENSHOT_KEYWORDS):
            screenshot = True
            origins.append("screenshot_from_metadata")
        if _has(value, AI_GENERATORS):
            features["ai_generated"] = True
            origins.append("ai_generated_from_metadata")
        if _has(value, SOCIAL):
            origins.append("social_media_from_metadata")
        if str(key).lower() in SOFTWARE_INFO_KEYS:
            software_used.append(value)
            if _has(value, SCREENSHOT_SOFTWARE):
                screenshot = True

    legacy = seen.legacy
    has_exif = bool(legacy and (legacy.zeroth or legacy.exif))
    has_camera_model = False
    if legacy and legacy.zeroth:
        zeroth = legacy.zeroth
        has_camera_model = bool(zeroth.get(piexif.ImageIFD.Make) or zeroth.get(piexif.ImageIFD.Model))
        software = _software_tag(legacy)
        if software:
            software_used.append(software)
            features["edited"] = features["edited"] or _has(software, EDITORS)
            if _has(software, SOCIAL):
                origins.append("social_media_exif_tag")
            if _has(software, SCREENSHOT_SOFTWARE):
                screenshot = True
                origins.append("screenshot_from_exif")
            if _has(software, AI_GENERATORS):
                features["ai_generated"] = True
                origins.append("ai_generated_from_exif")
    if legacy and legacy.exif:
        comment = legacy.exif.get(piexif.ExifIFD.UserComment)
        if isinstance(comment, bytes) and comment and "screenshot" in comment.decode("utf-8", "ignore").lower():
            screenshot = True
            origins.append("screenshot_from_exif_comment")

    icc = _icc(seen)
    is_png = seen.pillow_format == "PNG"
    if b"cnrgb" in icc or b"facebook" in icc:
        origins.append("meta_icc_profile")
    if b"google" in icc:
        origins.append("google_icc_profile")
    if b"display p3" in icc and is_png and not has_camera_model:
        screenshot = True
        origins.append("ios_mac_screenshot_profile")
    if b"srgb iec61966-2.1" in icc and is_png and not has_camera_model:
        origins.append("generic_srgb_png_possible_screenshot")

    letterbox_cache: list[bool] = []

    def letterboxed() -> bool:
        if not letterbox_cache:
            letterbox_cache.append(seen.letterboxed())
        return letterbox_cache[0]

    width, height = seen.width, seen.height
    if screenshot or (is_png and not has_exif):
        if letterboxed():
            features["camera_photo_recaptured"] = True
            origins.append("screenshot_of_photo_detected")
        else:
            features["screen_capture"] = True
    elif not has_exif and seen.pillow_format == "JPEG" and letterboxed():
        features["camera_photo_recaptured"] = True
        origins.append("screenshot_of_photo_sent_via_social_media")

    if (
        not has_exif
        and seen.pillow_format in ("JPEG", "WEBP")
        and not screenshot
        and not features["camera_photo_recaptured"]
        and not features["edited"]
        and not features["ai_generated"]
    ):
        features["platform_reencoded"] = True
        notes.append("All camera EXIF metadata is missing completely.")
        if max(width, height) in SOCIAL_MEDIA_DIMENSIONS or (width == 720 and height == 1280):
            notes.append(f"Resolution ({width}x{height}) matches common social media compression scaling.")
        else:
            notes.append("Resolution does not match typical native camera sensor outputs.")
        bpp = (seen.filesize * 8) / (width * height) if width * height > 0 else 0
        if bpp < 1.5:
            notes.append(f"Low bits-per-pixel ratio ({bpp:.2f}) strongly indicates heavy platform re-compression.")

    if (
        has_camera_model
        and not screenshot
        and not features["ai_generated"]
        and not features["edited"]
        and not letterboxed()
    ):
        features["camera_photo"] = True
        notes.append("Contains original camera metadata and typical sensor characteristics.")

    if features["camera_photo_recaptured"]:
        features["screen_capture"] = False
        features["camera_photo"] = False
        notes.append("Detected letterboxing/borders on a screen capture, indicating a photo of a photo/screen.")

    verdict, confidence = next(((name, c) for name, c in PRECEDENCE if features[name]), ("unknown", 0.0))
    return LegacyAnalysis(
        is_modified=features["edited"],
        software_detected=[s.strip() for s in software_used if s.strip()],
        detected_origins=origins,
        verdict=verdict,
        confidence=confidence,
        notes=notes,
        features=features,
    )
