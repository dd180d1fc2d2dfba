"""Which program a software name is: one row per product (SIGNATURES.md §3-§5).

A row's pattern must match the whole name (case-insensitive) and may capture its ``version``.
Names are matched whole so that "Adobe Photoshop Lightroom 6.2" is never taken for Photoshop and
no product is found inside free text. Rows whose ``when`` test is set apply only when the file's
device (IFD0 Make and Model) fits: a bare "17.1" is the iOS version of an iPhone and nothing
otherwise. ``source`` is the SIGNATURES.md row the product is listed in.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..result import SoftwareRole

CAMERA, PHONE, EDITOR, RAW = (
    SoftwareRole.CAMERA_FIRMWARE,
    SoftwareRole.PHONE_OS,
    SoftwareRole.EDITOR,
    SoftwareRole.RAW_CONVERTER,
)
GENERATOR, PLATFORM, ENCODER, OTHER = (
    SoftwareRole.GENERATOR,
    SoftwareRole.PLATFORM,
    SoftwareRole.ENCODER,
    SoftwareRole.OTHER,
)

# Pieces that follow a product name: a version ("2.10", "v3.36", "/26.9.0") and the platform
# Adobe and GIMP append ("(Windows)", " Macintosh", "(Linux)").
VERSION = r"\d[\w.+-]*"
PLATFORM_SUFFIX = r"(?:\s+\(?(?:windows|win|macintosh|mac ?os(?: ?x)?|mac|linux|ios|android)\)?)?"
# Nikon's desktop programs end with " W" (Windows) or " M" (Mac): "Nikon Transfer 1.1 W".
NIKON_SUFFIX = r"(?:\s+[wm])?"
ANYTHING = r"(?:[\s,(].*)?"


@dataclass(frozen=True)
class Device:
    """The device the file says took the picture: IFD0 Make and Model, stripped ("" when absent)."""

    make: str = ""
    model: str = ""


@dataclass(frozen=True)
class Identity:
    """A program as the reading names it: canonical ``name``, ``version`` (None when not
    written) and ``role``."""

    name: str
    version: str | None
    role: SoftwareRole


@dataclass(frozen=True)
class Product:
    """One row: ``pattern`` (a compiled, whole-name match with an optional ``version`` group),
    the canonical ``name`` and ``role``, an optional ``when(device, match)`` test, and ``source``."""

    name: str
    role: SoftwareRole
    pattern: re.Pattern[str]
    source: str
    when: Callable[[Device, re.Match[str]], bool] | None = None

    def identify(self, text: str, device: Device | None) -> Identity | None:
        """The program when this row names the whole of ``text`` (and ``when`` accepts ``device``)."""
        if self.when is not None and device is None:
            return None
        match = self.pattern.fullmatch(text)
        if match is None or (self.when is not None and not self.when(device, match)):
            return None
        version = match.groupdict().get("version")
        return Identity(self.name, version.strip() if version else None, self.role)


def product(
    name: str,
    role: SoftwareRole,
    spelling: str,
    source: str,
    *,
    version: str = VERSION,
    tail: str = PLATFORM_SUFFIX,
    when: Callable[[Device, re.Match[str]], bool] | None = None,
) -> Product:
    """A row for names spelt ``spelling`` (a regex), then an optional version ("v", "ver." or
    "version" allowed before it), then ``tail``."""
    pattern = rf"(?:{spelling})(?:(?:\s+|/)(?:v|ver\.?|version\s)?\s?(?P<version>{version}))?{tail}"
    return Product(name, role, re.compile(pattern, re.IGNORECASE), source, when)


def exact(name: str, role: SoftwareRole, pattern: str, source: str, *, when=None) -> Product:
    """A row whose ``pattern`` is the whole match, ``version`` group included where there is one."""
    return Product(name, role, re.compile(pattern, re.IGNORECASE), source, when)


def _apple(model_prefix: str) -> Callable[[Device, re.Match[str]], bool]:
    return lambda device, _: device.make.lower() == "apple" and device.model.lower().startswith(model_prefix)


def _make(make: str) -> Callable[[Device, re.Match[str]], bool]:
    return lambda device, _: device.make.lower().startswith(make)


def _camera(device: Device, _: re.Match[str]) -> bool:
    return bool(device.make)


def _model_names(device: Device, match: re.Match[str]) -> bool:
    # "K10D Ver 1.30" on a "PENTAX K10D": the text before the version is the model's own name.
    return bool(device.make) and match["model"].lower() in device.model.lower()


def _model_code(device: Device, match: re.Match[str]) -> bool:
    # Samsung builds start with the model code: "J320FXXU0AQL1" on an "SM-J320F".
    code = device.model.rsplit("-", 1)[-1].lower()
    return bool(device.make) and len(code) >= 4 and match["version"].lower().startswith(code)


# "Ver.1.00u", "Version 1.3", "v1.01": the number is the version.
FIRMWARE_VERSION = r"(?:ver(?:sion)?\.?|v)\s?(?P<version>\d+(?:\.\d+)+\w*)"
PHOTOSHOP_VERSION = r"cs\d*(?:\.\d+)?|cc(?:\s\d{4})?|\d[\w.]*"

PRODUCTS: tuple[Product, ...] = (
    # Adobe (E1-E5, A11)
    product("Adobe Photoshop", EDITOR, r"(?:adobe )?photoshop", "E1", version=PHOTOSHOP_VERSION),
    exact("Adobe Photoshop", EDITOR, r"file written by adobe photoshop\W{0,2}\s*(?P<version>[\d.]+)?", "E1"),
    product("Adobe Photoshop Elements", EDITOR, r"(?:adobe )?photoshop elements", "E17"),
    product("Adobe Photoshop Express", EDITOR, r"(?:adobe )?photoshop express", "E17"),
    product("Adobe Lightroom Classic", EDITOR, r"(?:adobe )?(?:photoshop )?lightroom classic(?: cc)?", "E3"),
    product("Adobe Lightroom", EDITOR, r"(?:adobe )?(?:photoshop )?lightroom(?: cc| mobile)?", "E3"),
    product("Adobe Camera Raw", RAW, r"(?:adobe )?(?:photoshop )?camera raw", "E4"),
    product("Adobe Fireworks", EDITOR, r"(?:adobe |macromedia )?fireworks(?: cs\d)?", "E17", tail=ANYTHING),
    product("Adobe ImageReady", EDITOR, r"(?:adobe )?imageready", "E17"),
    product("Adobe Illustrator", EDITOR, r"(?:adobe )?illustrator(?: cs\d| cc)?", "E17"),
    product("Adobe Express", EDITOR, r"adobe express", "E17"),
    product("Adobe Firefly", GENERATOR, r"adobe[ _]firefly", "A11"),
    exact("Adobe XMP Core", OTHER, r"adobe xmp core (?P<version>[\w.-]+)(?:\s.*)?", "E5"),
    # Metadata libraries and editors (E7, E8): the XMP or EXIF was rewritten by them.
    exact("Exiv2", OTHER, r"xmp core [\d.]+-exiv2", "E7"),
    product("Exiv2", OTHER, r"exiv2", "E7"),
    product("ExifTool", OTHER, r"(?:image::)?exiftool", "E8"),
    exact("XMP Core", OTHER, r"xmp core (?P<version>[\d.]+)", "E5"),
    exact("XMP Toolkit", OTHER, r"(?:public )?xmp toolkit(?: core)? (?P<version>[\w.-]+)(?:,.*)?", "E5"),
    # Editors (E6, E9-E17)
    product("GIMP", EDITOR, r"gimp", "E6"),
    exact("GIMP", EDITOR, r"created with (?:the )?gimp(?: on a mac)?", "E6"),
    exact("GIMP", EDITOR, r"gimp built-in .+", "E6"),  # ICC profile description GIMP writes
    product("Affinity Photo", EDITOR, r"affinity photo", "E16"),
    product("Affinity Designer", EDITOR, r"affinity designer", "E16"),
    product("Pixelmator Pro", EDITOR, r"pixelmator pro", "E16"),
    product("Pixelmator", EDITOR, r"pixelmator", "E16"),
    product("Paint.NET", EDITOR, r"paint\.net", "E16"),
    product("Microsoft Paint", EDITOR, r"(?:microsoft )?(?:ms )?paint", "E16"),
    product("Canva", EDITOR, r"canva", "E15"),
    product("PicsArt", EDITOR, r"picsart(?: photo studio)?", "E15"),
    product("Snapseed", EDITOR, r"snapseed", "E15"),
    product("VSCO", EDITOR, r"vsco(?: x)?", "E15"),
    product("Facetune", EDITOR, r"facetune ?2?", "E16"),
    product("Meitu", EDITOR, r"meitu(?: xiu xiu)?", "E16"),
    product("Microsoft Photos", EDITOR, r"microsoft (?:windows )?photos|windows photos", "E9"),
    product("Windows Photo Viewer", EDITOR, r"(?:microsoft )?windows photo viewer", "E9"),
    product("Windows Photo Gallery", EDITOR, r"(?:microsoft )?windows (?:live )?photo gallery", "E9"),
    product("Apple Photos", EDITOR, r"apple photos", "E10"),
    product("Apple Preview", EDITOR, r"apple preview|preview\.app", "E10"),
    product("ACDSee", EDITOR, r"acd ?see(?: pro| ultimate| photo studio(?: \w+)?)?", "E13"),
    product("ACDSee", EDITOR, r"acd systems digital imaging", "E13"),
    product("IrfanView", EDITOR, r"irfanview", "E13"),
    product("XnViewMP", EDITOR, r"xnview ?mp", "E17"),
    product("XnView", EDITOR, r"xnview", "E17"),
    product("Picasa", EDITOR, r"(?:google )?picasa", "E14"),
    product("Corel PaintShop Pro", EDITOR, r"(?:corel |jasc )?paint ?shop pro(?: photo)?(?: x\d+)?", "E13"),
    product("PhotoScape", EDITOR, r"photoscape(?: ?x)?", "E17"),
    product("Fotor", EDITOR, r"fotor", "E17"),
    product("Polarr", EDITOR, r"polarr(?: photo editor)?", "E17"),
    product("Remini", EDITOR, r"remini", "E17"),
    product("FaceApp", EDITOR, r"faceapp", "E17"),
    product("Lensa", EDITOR, r"lensa(?: ai)?", "E17"),
    product("GraphicConverter", EDITOR, r"graphicconverter", "E12"),
    # Raw converters (E4, E13)
    product("Capture One", RAW, r"capture ?one(?: pro| express)?", "E17"),
    product("darktable", RAW, r"darktable", "E17", version=r"(?:release-)?\d[\w.+-]*"),
    product("RawTherapee", RAW, r"rawtherapee", "E17"),
    product("DxO PhotoLab", RAW, r"dxo photolab", "E17"),
    product("DxO OpticsPro", RAW, r"dxo opticspro", "E17"),
    product("DxO PureRAW", RAW, r"dxo pureraw", "E17"),
    product("Luminar", RAW, r"(?:skylum )?luminar(?: neo| ai)?", "E17"),
    product("SILKYPIX", RAW, r"silkypix(?: developer studio(?: pro)?)?", "E17"),
    product("Canon Digital Photo Professional", RAW, r"(?:canon )?digital photo professional", "E13"),
    product("Nikon Capture NX", RAW, r"(?:nikon )?capture nx(?:2|-d| 2)?", "E13", tail=NIKON_SUFFIX),
    product("Nikon NX Studio", RAW, r"(?:nikon )?nx studio", "E13", tail=NIKON_SUFFIX),
    product("Apple Aperture", RAW, r"(?:apple )?aperture", "E13"),
    product("Olympus Viewer", RAW, r"olympus viewer(?: \d)?", "E17"),
    # Vendor download and browsing programs: they rewrite Software on import, editing not shown.
    product("Nikon Transfer", OTHER, r"nikon transfer(?: 2)?", "E17", tail=NIKON_SUFFIX),
    product("Nikon ViewNX", OTHER, r"(?:nikon )?viewnx(?: 2|-i)?", "E17", tail=NIKON_SUFFIX),
    product("Olympus CAMEDIA Master", OTHER, r"olympus camedia master", "E17"),
    product("macOS", OTHER, r"mac os x|macos", "E17", tail=r"(?:\s+\(\w+\))?"),
    # Encoders and image libraries (E11, E13)
    product("ImageMagick", ENCODER, r"imagemagick", "E11", tail=ANYTHING),
    product("GraphicsMagick", ENCODER, r"graphicsmagick", "E17", tail=ANYTHING),
    product("libvips", ENCODER, r"(?:lib)?vips", "E16"),
    product("Pillow", ENCODER, r"pillow|pil|python imaging library", "E17"),
    product("Squoosh", ENCODER, r"squoosh", "E17"),
    product("MozJPEG", ENCODER, r"mozjpeg", "E17"),
    product("libjpeg-turbo", ENCODER, r"libjpeg-turbo", "E17"),
    product("Skia", ENCODER, r"skia", "E17"),
    product("Google", ENCODER, r"google", "E17"),
    product("Little CMS", OTHER, r"lcms|little ?cms", "E17"),  # ICC ProfileCreator signature "lcms"
    exact("GD library", ENCODER, r"creator: gd-jpeg v(?P<version>[\d.]+) \(using ijg jpeg v\w+\).*", "E17"),
    exact("JPEGmini", ENCODER, r"optimized by jpegmini.*", "E17"),
    exact(
        "ezgif.com",
        ENCODER,
        r"(?:gif )?(?:converted|created|resized|optimized|made) with https?://ezgif\.com\S*",
        "E17",
    ),
    # Generators (A8-A21)
    product("NovelAI", GENERATOR, r"novelai", "A17"),
    product("Midjourney", GENERATOR, r"midjourney", "A14"),
    product("OpenAI DALL·E", GENERATOR, r"(?:openai )?dall[·\-.]?e(?: ?\d)?|openai-api", "A8"),
    product("ChatGPT", GENERATOR, r"chatgpt", "A9"),
    product("Google Imagen", GENERATOR, r"(?:google )?imagen(?: \d)?", "A10"),
    product("Google Gemini", GENERATOR, r"(?:google )?gemini", "A10"),
    product("Microsoft Image Creator", GENERATOR, r"image creator from designer|bing image creator", "A13"),
    product("Microsoft Responsible AI", OTHER, r"microsoft responsible ai(?: image provenance)?", "A13"),
    product("Stable Diffusion", GENERATOR, r"(?:automatic1111 )?stable diffusion(?: web ?ui| xl)?", "A15"),
    product("Draw Things", GENERATOR, r"draw things", "A21"),
    product("ComfyUI", GENERATOR, r"comfy ?ui", "A16"),
    product("InvokeAI", GENERATOR, r"invoke ?ai", "A18"),
    product("Fooocus", GENERATOR, r"fooocus", "A19"),
    # Platforms (§2.1, O5)
    product("Instagram", PLATFORM, r"instagram", "O5"),
    product("Facebook", PLATFORM, r"facebook", "O5"),
    product("WhatsApp", PLATFORM, r"whatsapp", "O5"),
    product("Twitter", PLATFORM, r"twitter(?: for (?:iphone|android))?", "O5"),
    product("TikTok", PLATFORM, r"tiktok", "O5"),
    # The device's own software (C5): only with a Make (and Model) that fits.
    exact("iOS", PHONE, r"(?P<version>\d+(?:\.\d+){0,3})", "C5", when=_apple("iphone")),
    exact("iPadOS", PHONE, r"(?P<version>\d+(?:\.\d+){0,3})", "C5", when=_apple("ipad")),
    exact("visionOS", PHONE, r"(?P<version>\d+(?:\.\d+){0,3})", "C5", when=_apple("apple vision")),
    exact("Google Camera HDR+", CAMERA, r"hdr\+ (?P<version>\d[\w.]*)", "C5", when=_make("google")),
    exact("Camera firmware", CAMERA, rf"(?:firmware )?{FIRMWARE_VERSION}", "C5", when=_camera),
    exact(
        "Camera firmware", CAMERA, rf"(?:digital camera )?(?P<model>\S+?)\s*{FIRMWARE_VERSION}", "C5", when=_model_names
    ),
    exact("Camera firmware", CAMERA, r"(?P<version>v?\d+(?:\.\d+)*[a-z]?(?:[+-]\w+)?)", "C5", when=_camera),
    exact("Camera firmware", CAMERA, r"(?P<version>[a-z]\d{3}[a-z0-9]{5,})", "C5", when=_model_code),
)


def identify(text: str, device: Device | None) -> Identity | None:
    """The first row of :data:`PRODUCTS` naming the whole of ``text``, or None.

    ``device`` is the file's Make and Model for the device rows; pass None where the text cannot
    be the device's own software (comments, ICC, the XMP toolkit), and those rows are skipped.
    """
    return next((found for row in PRODUCTS if (found := row.identify(text, device))), None)
