"""Time and peak memory of every derived image of analysis.pixels, for one 12 MP camera-like JPEG and for
a case of 100 images.

Each scenario runs in its own process (so its peak RSS is its own) on synthetic JPEGs made with Pillow:
a photo-like scene with sensor noise, an EXIF thumbnail of the same scene, saved at quality 92. "All
derived images" is what the case app computes per image: the report (analysis.analyse), ELA at the
default quality, the embedded pictures compared, double compression, the noise residual and the
perceptual hashes.

    .venv/bin/python bench/pixels.py                      # 12 MP once, then 100 images of 3 MP
    .venv/bin/python bench/pixels.py --case-size 4000x3000  # the case at 12 MP each (slow)

The last line is the case app's own figure: the same case through cases.pixels.compute_profile (each
derived image stored with its sha256 in a temporary evidence folder and audited, in a temporary SQLite
database); each image's ingest and analysis are not timed.
"""

import argparse
import io
import multiprocessing
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def camera_jpeg(width: int, height: int, seed: int) -> bytes:
    """A photo-like JPEG of ``width`` x ``height`` with a 160x120 EXIF thumbnail, at quality 92."""
    import numpy as np
    import piexif
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    small = rng.integers(0, 255, (height // 64 + 1, width // 64 + 1, 3), dtype=np.uint8)
    picture = Image.fromarray(small).resize((width, height), Image.Resampling.BICUBIC).filter(ImageFilter.DETAIL)
    noise = Image.effect_noise((width, height), 12).convert("RGB")
    picture = Image.blend(picture, noise, 0.15)
    thumb = io.BytesIO()
    picture.resize((160, 120)).save(thumb, "JPEG", quality=85)
    ifds = {"0th": {piexif.ImageIFD.Make: b"Bench"}, "1st": {piexif.ImageIFD.Compression: 6}}
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=92, exif=piexif.dump(ifds | {"thumbnail": thumb.getvalue()}))
    return out.getvalue()


def derive_all(data: bytes, name: str) -> None:
    """Everything the case app derives for one image."""
    from analysis import analyse
    from analysis.pixels import (
        double_compression,
        embedded_images,
        error_level_analysis,
        noise_residual,
        perceptual_hashes,
    )

    report = analyse(data, name)
    error_level_analysis(data)
    embedded_images(data, report)
    double_compression(data)
    noise_residual(data)
    perceptual_hashes(data)


def scenario(size: tuple[int, int], count: int, queue: multiprocessing.Queue) -> None:
    """Make ``count`` JPEGs of ``size`` (not timed), derive everything from each (timed), report."""
    import analysis  # noqa: F401  (import cost is not part of the work)

    files = [camera_jpeg(*size, seed) for seed in range(min(count, 4))]
    start = time.perf_counter()
    for index in range(count):
        derive_all(files[index % len(files)], f"image{index}.jpg")
    elapsed = time.perf_counter() - start
    queue.put((elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def case_scenario(size: tuple[int, int], count: int, queue: multiprocessing.Queue) -> None:
    """:func:`scenario` through the case app: ``count`` images ingested and analysed (not timed), then
    their pixel work stored and audited by cases.pixels (timed), in a temporary database and folder."""
    import os
    import tempfile

    os.environ["IMGMETA_VAR_DIR"] = tempfile.mkdtemp(prefix="imgmeta-bench-")
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imgmeta_site.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from cases.ingest import analyse_image, ingest_file
    from cases.models import Case
    from cases.pixels import compute_profile

    call_command("migrate", verbosity=0)
    user = get_user_model().objects.create_user("bench")
    case = Case.objects.create(title="Bench", reference="BENCH-PIXELS", created_by=user)
    files = [camera_jpeg(*size, seed) for seed in range(count)]  # distinct bytes: one image each
    images = [
        ingest_file(case, user, f"image{index}.jpg", data, analyse=False).image for index, data in enumerate(files)
    ]
    for image in images:
        analyse_image(image)
    start = time.perf_counter()
    for image in images:
        compute_profile(image)
    elapsed = time.perf_counter() - start
    queue.put((elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def run(size: tuple[int, int], count: int, target=scenario) -> tuple[float, float]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(size, count, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def parse_size(text: str) -> tuple[int, int]:
    width, height = text.lower().split("x")
    return int(width), int(height)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=parse_size, default=(4000, 3000), help="the single picture (default 4000x3000)")
    parser.add_argument("--case-size", type=parse_size, default=(2048, 1536), help="each picture of the case")
    parser.add_argument("--count", type=int, default=100, help="pictures in the case (default 100)")
    args = parser.parse_args()
    scenarios = (
        ("one picture", args.size, 1, scenario),
        ("a case", args.case_size, args.count, scenario),
        ("a case, stored and audited by cases.pixels", args.case_size, args.count, case_scenario),
    )
    for label, size, count, target in scenarios:
        elapsed, peak = run(size, count, target)
        megapixels = size[0] * size[1] / 1e6
        print(
            f"{label}: {count} x {size[0]}x{size[1]} ({megapixels:.1f} MP): {elapsed:.1f} s "
            f"({elapsed / count:.2f} s per picture), peak RSS {peak:.0f} MiB"
        )


if __name__ == "__main__":
    main()
