"""Build the labelled origin evaluation set: one folder per true label, for bench/origin_eval.py.

    .venv/bin/python bench/make_origin_set.py /tmp/origin-set          # from ../shared/corpus

Real files are copied unchanged under the label their provenance documents (the corpus READMEs;
for the exif-samples, what ExifTool shows: a camera Make with firmware or no Software is a camera
original, an editor in Software is an editor's export). Platform downloads are transformed from the
camera originals as SIGNATURES.md §2.1 documents each platform (resize to its cap, re-encode,
strip the metadata it strips, add the markers it adds); transforms carry only what the sources
document, so their labels test calibration more than recall. Rebuilding gives the same files.
"""

import argparse
import io
import shutil
import sys
from pathlib import Path

from PIL import Image, ImageCms, PngImagePlugin

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.builders import iptc_app13, with_segments  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
EXIF = "exif-samples/jpg"
# (glob below the corpus, true label), first match wins; files matching no row are left out.
REAL = [
    ("origin/facebook/*", "facebook"),
    ("origin/flickr/*", "flickr"),
    ("origin/ios_screenshot/*", "screenshot"),
    ("origin/windows_screenshot/*", "screenshot"),
    ("origin/adobe_firefly/*", "ai_generated"),
    ("origin/dalle_chatgpt/*", "ai_generated"),
    ("origin/google_gemini_imagen/*", "ai_generated"),
    ("origin/invokeai/*", "ai_generated"),
    ("provenance/ai/*", "ai_generated"),
    ("provenance/c2pa/ocsp.jpg", "ai_generated"),
    ("provenance/c2pa/ingredient-with-data-types.jpg", "ai_generated"),
    ("provenance/c2pa/Designer.jpeg", "ai_generated"),
    ("provenance/c2pa/FireflyTrain.jpg", "ai_generated"),
    ("provenance/c2pa/cloud-only-firefly.jpg", "ai_generated"),
    (f"{EXIF}/exif-org/nikon-e950.jpg", "edited"),  # carries a Photoshop 6.0 IRB (PhotoshopQuality 8)
    (f"{EXIF}/exif-org/*.jpg", "camera"),
    (f"{EXIF}/gps/*.jpg", "camera"),
    (f"{EXIF}/hdr/*.jpg", "camera"),
    (f"{EXIF}/mobile/*.jpg", "camera"),
    ("exif-samples/heic/**/*.HEIC", "camera"),
    (f"{EXIF}/Canon_PowerShot_S40.jpg", "camera"),
    (f"{EXIF}/Sony_HDR-HC3.jpg", "camera"),
    (f"{EXIF}/Reconyx_HC500_Hyperfire.jpg", "camera"),
    (f"{EXIF}/WWL_(Polaroid)_ION230.jpg", "camera"),
    (f"{EXIF}/tests/11-tests.jpg", "camera"),
    (f"{EXIF}/tests/22-canon_tags.jpg", "camera"),
    (f"{EXIF}/tests/87_OSError.jpg", "edited"),  # XMP names Adobe Lightroom
    (f"{EXIF}/tests/28-hex_value.jpg", "edited"),  # Microsoft Windows Photo Gallery 6.0
    (f"{EXIF}/tests/30-type_error.jpg", "edited"),  # Adobe Photoshop Elements 7.0
    (f"{EXIF}/tests/33-type_error.jpg", "edited"),  # GIMP 2.6.11
    (f"{EXIF}/xmp/*.jpg", "edited"),  # Adobe Photoshop CS2 / CC
    (f"{EXIF}/corrupted.jpg", "camera"),  # Olympus firmware "Version 1.0", damaged on purpose
    (f"{EXIF}/*.jpg", "edited"),  # the remaining top-level samples were re-saved by GIMP 2.4.5
    ("formats/png/sample1.png", "edited"),  # Canon EOS REBEL T3 exported by Lightroom 5.3
]
# A few camera originals to transform (different makes, sizes and subsampling).
SOURCES = [
    f"{EXIF}/gps/DSCN0010.jpg",
    f"{EXIF}/gps/DSCN0021.jpg",
    f"{EXIF}/hdr/canon_hdr_YES.jpg",
    f"{EXIF}/hdr/iphone_hdr_NO.jpg",
    f"{EXIF}/mobile/HMD_Nokia_8.3_5G.jpg",
    f"{EXIF}/mobile/jolla.jpg",
]
FBMD = b"FBMD01000abe03000092100000ed21000016230000a02400006d2d000084480000b74b0000884e0000a751000095830000"


def resized(path: Path, long_edge: int, *, quality: int, progressive: bool = False, upscale: bool = True) -> bytes:
    """The picture resized to ``long_edge`` and re-encoded by Pillow (IJG tables), all metadata dropped."""
    with Image.open(path) as image:
        image = image.convert("RGB")
        scale = long_edge / max(image.size)
        if scale < 1 or upscale:
            image = image.resize((round(image.width * scale), round(image.height * scale)))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality, progressive=progressive)
        return out.getvalue()


def screenshot(path: Path, size: tuple[int, int], **save) -> bytes:
    """The picture drawn at a screen's size and saved as a PNG with ``save`` options (XMP, dpi, ICC)."""
    with Image.open(path) as image:
        out = io.BytesIO()
        image.convert("RGB").resize(size).save(out, "PNG", **save)
        return out.getvalue()


IOS_XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/">'
    b"<exif:UserComment>Screenshot</exif:UserComment></rdf:Description></rdf:RDF></x:xmpmeta>"
)


def mac_display_profile() -> bytes:
    """lcms' sRGB profile named as a Mac's built-in screen ("Color LCD"), as macOS embeds it."""
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return srgb.replace("sRGB built-in".encode("utf-16-be"), "Color LCD    ".encode("utf-16-be"))


# label → (file name pattern, transform): what SIGNATURES.md §2.1 and §2.2 document for each source.
TRANSFORMS = {
    "facebook": ("{n}_10{n}00_20{n}00_n.jpg",
                 lambda p: with_segments(resized(p, 2048, quality=71, progressive=True), iptc_app13([(2, 40, FBMD)]))),
    "whatsapp": ("IMG-2024010{n}-WA000{n}.jpg", lambda p: resized(p, 1600, quality=75)),
    "telegram": ("photo_2024-01-0{n}_12-00-00.jpg", lambda p: resized(p, 1280, quality=87)),
    "twitter": ("tweet_{n}.jpg", lambda p: resized(p, 2048, quality=85, progressive=True)),
    "instagram": ("insta_{n}.jpg", lambda p: resized(p, 1080, quality=80)),
    "screenshot": ("IMG_00{n}.PNG", lambda p: screenshot(p, (1179, 2556), pnginfo=_xmp_info(IOS_XMP))),  # S1
}  # fmt: skip
# More screenshots: (file name, size, save options), S2-S8 (file names are weak evidence only).
SCREENSHOTS = [
    ("Screenshot 2024-01-0{n} at 10.00.00.png", (2880, 1800),
     lambda: {"dpi": (144, 144), "icc_profile": mac_display_profile()}),
    ("Screenshot_2024010{n}-120000.png", (1080, 2400), dict),
    ("Screenshot ({n}).png", (1920, 1080), dict),
]  # fmt: skip


def _xmp_info(xmp: bytes) -> PngImagePlugin.PngInfo:
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", xmp.decode())
    return info


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    taken: set[Path] = set()
    for pattern, label in REAL:
        for path in sorted(CORPUS.glob(pattern)):
            if path.is_file() and path not in taken and path.suffix.lower() != ".md":
                taken.add(path)
                (args.out / label).mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, args.out / label / path.name)
    for label, (name, transform) in TRANSFORMS.items():
        (args.out / label).mkdir(parents=True, exist_ok=True)
        for n, source in enumerate(SOURCES, 1):
            (args.out / label / name.format(n=n)).write_bytes(transform(CORPUS / source))
    for name, size, options in SCREENSHOTS:
        for n, source in enumerate(SOURCES[:2], 1):
            (args.out / "screenshot" / name.format(n=n)).write_bytes(screenshot(CORPUS / source, size, **options()))
    for folder in sorted(args.out.iterdir()):
        print(f"{folder.name}: {len(list(folder.iterdir()))} files")


if __name__ == "__main__":
    main()
