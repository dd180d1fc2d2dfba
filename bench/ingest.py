"""Scale benchmark of evidence intake: a ZIP of ``--files`` real camera JPEGs into one case.

The photos are the camera originals of the shared corpus (../shared/corpus/exif-samples/jpg),
re-encoded at varied sizes and qualities with their EXIF kept, so that every file's hash differs.
The app runs as in production on loopback with a fresh SQLite database: uvicorn (one web
process), Celery on a redis-server started here (loopback, no persistence) and ``--workers``
Celery worker processes (concurrency 1 each). The ZIP goes in through the case page's resumable
upload (tus, 8 MB pieces). Prints: the time from the first byte sent until every image is
analysed (from GET /api/cases/{id}/intake/), the peak memory (VmHWM) of the web process and of
each worker, and the case page's render time and query count with all the images (rendered in
this process against the same database).

    .venv/bin/python bench/ingest.py                 # 1,000 photos, 2 workers
    .venv/bin/python bench/ingest.py --files 250     # memory against the number of files
"""

import argparse
import base64
import io
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import requests
from PIL import Image

from bench.extract import free_port, start

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CORPUS = ROOT.parent / "shared" / "corpus" / "exif-samples" / "jpg"
# Files of the corpus folder that are not camera originals.
NOT_CAMERA = {"PaintTool_sample.jpg", "corrupted.jpg", "long_description.jpg", "Canon_40D_photoshop_import.jpg"}
CHUNK = 8 * 1024 * 1024
USER, PASSWORD = "bench", "a-long-bench-password"
PREPARE = f"""
from django.contrib.auth import get_user_model
from cases.models import Case, Membership
user = get_user_model().objects.create_user("{USER}", "bench@example.org", "{PASSWORD}")
case = Case.objects.create(title="Phone dump", reference="BENCH-1", created_by=user)
Membership.objects.create(case=case, user=user, role=Membership.Role.OWNER)
print(case.pk)
"""


def camera_zip(count: int) -> bytes:
    """A ZIP (stored, in folders of 100) of ``count`` re-encodings of the corpus camera originals."""
    sources = []
    for path in sorted(CORPUS.glob("*.jpg")):
        if path.name in NOT_CAMERA:
            continue
        with Image.open(path) as image:
            sources.append((path.stem, image.convert("RGB"), image.info.get("exif", b"")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for i in range(count):
            stem, image, exif = sources[i % len(sources)]
            width = 480 + (i * 37) % 800  # varied sizes: every file's bytes differ
            resized = image.resize((width, max(1, image.height * width // image.width)))
            encoded = io.BytesIO()
            resized.save(encoded, "JPEG", quality=80 + i % 15, exif=exif)
            archive.writestr(f"DCIM/{100 + i // 100}/{stem}_{i:04d}.jpg", encoded.getvalue())
    return out.getvalue()


def peak_rss_mb(pid: int) -> float:
    """VmHWM (peak resident memory) of ``pid`` and the largest of its children, in MB."""
    pids = [pid, *map(int, subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split())]
    peaks = []
    for each in pids:
        try:
            status = Path(f"/proc/{each}/status").read_text()
        except FileNotFoundError:
            continue
        peaks.append(int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024)
    return max(peaks)


def signed_in(base: str) -> requests.Session:
    session = requests.Session()
    page = session.get(f"{base}/accounts/login/", timeout=30).text
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    session.post(f"{base}/accounts/login/", data={"username": USER, "password": PASSWORD, "csrfmiddlewaretoken": token})
    session.headers["X-CSRFToken"] = session.cookies["csrftoken"]
    return session


def upload(session: requests.Session, base: str, case_id: int, data: bytes) -> None:
    """Send ``data`` as the page's script does: a tus upload in :data:`CHUNK` pieces."""
    tus = {"Tus-Resumable": "1.0.0"}
    created = session.post(
        f"{base}/cases/{case_id}/uploads/",
        headers={
            **tus,
            "Upload-Length": str(len(data)),
            "Upload-Metadata": "filename " + base64.b64encode(b"phone.zip").decode(),
        },
        timeout=30,
    )
    created.raise_for_status()
    location = base + created.headers["Location"]
    for offset in range(0, len(data), CHUNK):
        piece = data[offset : offset + CHUNK]
        headers = {**tus, "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream"}
        session.patch(location, data=piece, headers=headers, timeout=600).raise_for_status()


def render_case_page(case_id: int) -> tuple[list[float], int]:
    """Render the case page three times in this process; the times (s) and the last one's query count."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imgmeta_site.settings")
    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from cases.models import Case

    settings.ALLOWED_HOSTS = ["testserver"]
    client = Client()
    case = Case.objects.get(pk=case_id)
    client.force_login(case.created_by)
    url = case.get_absolute_url()
    times = []
    for _ in range(3):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - started)
        assert response.status_code == 200, response.status_code
    return times, len(queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for the analyses")
    parser.add_argument("--keep", action="store_true", help="keep the database and evidence (their folder is printed)")
    args = parser.parse_args()

    started = time.monotonic()
    data = camera_zip(args.files)
    print(f"ZIP of {args.files} camera JPEGs: {len(data) / 2**20:.0f} MB, made in {time.monotonic() - started:.0f} s")

    var = tempfile.mkdtemp(prefix="imgmeta-bench-")
    redis_port, web_port = free_port(), free_port()
    env = dict(
        os.environ,
        IMGMETA_VAR_DIR=var,
        LOG_LEVEL="ERROR",
        CELERY_BROKER_URL=f"redis://127.0.0.1:{redis_port}/0",
        ANALYSIS_WAIT_SECONDS="0",
    )
    os.environ.update(IMGMETA_VAR_DIR=var, CELERY_BROKER_URL=env["CELERY_BROKER_URL"])
    processes = []
    try:
        redis = ["redis-server", "--bind", "127.0.0.1", "--port", str(redis_port), "--save", "", "--appendonly", "no"]
        processes.append(start(redis, ROOT, redis_port, env))
        subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
        prepare = [sys.executable, "manage.py", "shell", "-c", PREPARE]
        out = subprocess.run(prepare, cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout
        case_id = int(out.split()[-1])  # the shell's last line; it may say what it imported before
        web = [str(BIN / "uvicorn"), "imgmeta_site.asgi:application", "--host", "127.0.0.1", "--port", str(web_port)]
        web_process = start(web, ROOT, web_port, env)
        processes.append(web_process)
        workers = []
        for n in range(args.workers):
            command = [str(BIN / "celery"), "-A", "imgmeta_site", "worker", "--concurrency", "1", "-n", f"w{n}@bench"]
            command += ["--loglevel", "ERROR"]
            quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}  # failures show in the counts
            workers.append(subprocess.Popen(command, cwd=ROOT, env=env, **quiet))
        processes.extend(workers)
        time.sleep(5)  # the workers connect to the broker

        base = f"http://127.0.0.1:{web_port}"
        session = signed_in(base)
        started = time.monotonic()
        upload(session, base, case_id, data)
        uploaded = time.monotonic() - started
        while True:
            images = session.get(f"{base}/api/cases/{case_id}/intake/", timeout=30).json()["images"]
            if images["total"] == args.files and images["pending"] == 0:
                break
            if time.monotonic() - started > args.timeout:
                raise SystemExit(f"not analysed after {args.timeout:.0f} s: {images}")
            time.sleep(0.5)
        analysed = time.monotonic() - started
        web_peak = peak_rss_mb(web_process.pid)
        worker_peaks = [peak_rss_mb(worker.pid) for worker in workers]

        times, query_count = render_case_page(case_id)
        print(f"uploaded and taken in: {uploaded:.1f} s; all {args.files} analysed after {analysed:.1f} s ({images})")
        print(f"peak memory: web {web_peak:.0f} MB; workers {', '.join(f'{peak:.0f} MB' for peak in worker_peaks)}")
        print(
            f"case page with {args.files} images: {statistics.median(times):.2f} s (median of 3: "
            f"{', '.join(f'{t:.2f}' for t in times)}), {query_count} queries"
        )
    finally:
        for process in reversed(processes):  # workers, web, then the broker they use
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if args.keep:
            print(f"kept: IMGMETA_VAR_DIR={var}")
        else:
            shutil.rmtree(var, ignore_errors=True)


if __name__ == "__main__":
    main()
