"""Throughput and latency of POST /api/extract/ under gunicorn, optionally beside the original.

Starts the app under gunicorn with N sync workers on loopback, posts image files from
concurrent clients for a fixed time, and prints requests/s, p50/p95 latency and the peak RSS of
each worker. With ``--original DIR`` it measures the original Flask ``Image_extractor.py`` (from
a checkout you provide; it is not part of this project) the same way, for comparison.

    .venv/bin/python bench/extract.py                       # our app, 2 workers, 15 s
    .venv/bin/python bench/extract.py --original /tmp/original --original-python /tmp/orig-venv/bin/python
"""

import argparse
import http.client
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILES = ROOT.parent / "shared" / "corpus" / "exif-samples" / "jpg"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def multipart(name: str, data: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    head = f'--{boundary}\r\nContent-Disposition: form-data; name="image"; filename="{name}"\r\n\r\n'
    return head.encode() + data + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def start(command: list[str], cwd: Path, port: int, env: dict) -> subprocess.Popen:
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"server did not start: {' '.join(command)}")


def worker_pids(master: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True).stdout
    return [int(pid) for pid in out.split()]


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def load(port: int, path: str, bodies: list[tuple[bytes, str]], clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(index: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine, failed, i = [], 0, index
        while time.monotonic() < stop:
            body, content_type = bodies[i % len(bodies)]
            i += 1
            started = time.perf_counter()
            try:
                connection.request("POST", path, body=body, headers={"Content-Type": content_type})
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    failed += 1
            except (OSError, http.client.HTTPException):
                failed += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                continue
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    latencies.sort()
    return {
        "requests": len(latencies),
        "errors": errors[0],
        "rps": len(latencies) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000 if latencies else 0,
        "p95_ms": latencies[int(len(latencies) * 0.95)] * 1000 if latencies else 0,
    }


def measure(label: str, command: list[str], cwd: Path, path: str, port: int, env: dict, args, bodies) -> None:
    process = start(command, cwd, port, env)
    try:
        load(port, path, bodies, args.clients, min(2.0, args.seconds))  # warm-up: imports, caches
        figures = load(port, path, bodies, args.clients, args.seconds)
        rss = [peak_rss_mb(pid) for pid in worker_pids(process.pid)]
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    print(
        f"{label:10} workers={args.workers} clients={args.clients} requests={figures['requests']} "
        f"errors={figures['errors']} rps={figures['rps']:.1f} p50={figures['p50_ms']:.1f}ms "
        f"p95={figures['p95_ms']:.1f}ms peak_rss_per_worker_mb={','.join(f'{r:.0f}' for r in rss)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=Path, default=DEFAULT_FILES, help="folder of images to post (recursive)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--original", type=Path, help="folder holding the original Image_extractor.py")
    parser.add_argument("--original-python", default=sys.executable, help="python with flask, pillow, piexif, gunicorn")
    args = parser.parse_args()

    files = sorted(p for p in args.files.rglob("*") if p.is_file() and p.suffix.lower() in (".jpg", ".jpeg"))
    files = [p for p in files if "invalid" not in p.parts] or sorted((ROOT / "tests" / "fixtures").rglob("*.jpg"))
    bodies = [multipart(p.name, p.read_bytes()) for p in files]
    print(f"{len(bodies)} files from {args.files}, median size {statistics.median(len(b) for b, _ in bodies):.0f} B")

    with tempfile.TemporaryDirectory() as var:
        env = dict(os.environ, IMGMETA_VAR_DIR=var, LOG_LEVEL="ERROR")
        port = free_port()
        gunicorn = [str(Path(sys.executable).parent / "gunicorn"), "imgmeta_site.wsgi:application"]
        measure(
            "imgmeta",
            [*gunicorn, "-b", f"127.0.0.1:{port}", "-w", str(args.workers), "--no-control-socket"],
            ROOT,
            "/api/extract/",
            port,
            env,
            args,
            bodies,
        )
        if args.original:
            port = free_port()
            command = [
                args.original_python,
                "-m",
                "gunicorn",
                "Image_extractor:app",
                "-b",
                f"127.0.0.1:{port}",
                "-w",
                str(args.workers),
            ]
            measure("original", command, args.original, "/extract", port, env, args, bodies)


if __name__ == "__main__":
    main()
