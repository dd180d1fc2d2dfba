"""Throughput and latency of POST /api/extract/ under gunicorn, optionally beside the original.

Starts the app under gunicorn with N sync workers on loopback, posts image files from
concurrent clients for a fixed time, and prints requests/s, p50/p95 latency, the workers' CPU time
per request (user + system: steadier than requests/s on a busy machine) and the peak RSS of each
worker. With ``--original DIR`` it measures the original Flask ``Image_extractor.py`` (from
a checkout you provide; it is not part of this project) the same way, for comparison: both
servers run at once, and the measurement windows alternate between them (``--rounds``), so
other load on the machine weighs on both alike; the last lines are the throughput ratio and the
ratio of the workers' CPU time per request (which the load generator's own CPU use, on the same
cores, does not dilute).

    .venv/bin/python bench/extract.py                       # our app, 2 workers, 15 s
    .venv/bin/python bench/extract.py --original /tmp/original --original-python /tmp/orig-venv/bin/python
"""

import argparse
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
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILES = ROOT.parent / "shared" / "corpus" / "exif-samples" / "jpg"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def form_parts(name: str) -> tuple[bytes, bytes, str]:
    """What goes before and after an image sent as the multipart field ``image`` named ``name``,
    and the Content-Type naming their boundary."""
    boundary = uuid.uuid4().hex
    head = f'--{boundary}\r\nContent-Disposition: form-data; name="image"; filename="{name}"\r\n\r\n'.encode()
    return head, f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def multipart(name: str, data: bytes) -> tuple[bytes, str]:
    """The body and Content-Type of ``data`` sent as the multipart field ``image`` named ``name``."""
    head, tail, content_type = form_parts(name)
    return head + data + tail, content_type


def request_parts(path: str, port: int, name: str, data: bytes) -> list[bytes]:
    """A ``POST`` of ``data`` as the multipart field ``image`` named ``name``, in three pieces sent
    one after another (the image itself is not copied)."""
    head, tail, content_type = form_parts(name)
    headers = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(head) + len(data) + len(tail)}\r\nConnection: close\r\n\r\n"
    ).encode()
    return [headers + head, data, tail]


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


def cpu_seconds(pids: list[int]) -> float:
    """User plus system CPU time the processes ``pids`` have used so far, in seconds."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime: fields 14 and 15 of proc(5)
    return total / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def load(port: int, path: str, files: list[tuple[str, bytes]], clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = [0]
    statuses: dict = {}
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    # Each request is sent over a plain socket and its answer read to the close: both servers
    # answer "Connection: close" (gunicorn's sync workers), and http.client's header handling
    # would cost the client, on the same two cores, a tenth of what a server spends. Every
    # upload has a name of its own: the original saves uploads under their names, and two at once
    # of the same name fail (its answer is then a 200 with an "error" key, counted as a failure).
    def client(index: int) -> None:
        mine, failed, i = [], 0, index
        while time.monotonic() < stop:
            name, data = files[i % len(files)]
            parts = request_parts(path, port, f"{index}-{i}-{name}", data)
            i += 1
            started = time.perf_counter()
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
                    for part in parts:
                        connection.sendall(part)
                    answer = b"".join(iter(lambda: connection.recv(65536), b""))
                status = int(answer[9:12]) if answer.startswith(b"HTTP/1.") else answer[:20]
                if status == 200 and b'"error":' in answer:
                    status = "200 with an error"
            except OSError as exc:
                status = type(exc).__name__
            if status != 200:
                failed += 1
                statuses[status] = statuses.get(status, 0) + 1
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
        "statuses": statuses,
        "seconds": elapsed,
        "latencies": latencies,
        "rps": len(latencies) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000 if latencies else 0,
        "p95_ms": latencies[int(len(latencies) * 0.95)] * 1000 if latencies else 0,
    }


@dataclass
class Server:
    """One app under gunicorn: its label, process, port and URL path, and its figures so far."""

    label: str
    process: subprocess.Popen
    port: int
    path: str
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    cpu: float = 0.0
    statuses: dict = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)

    def add(self, figures: dict) -> None:
        self.requests += figures["requests"]
        self.errors += figures["errors"]
        for status, count in figures["statuses"].items():
            self.statuses[status] = self.statuses.get(status, 0) + count
        self.seconds += figures["seconds"]
        self.latencies += figures["latencies"]

    def line(self, workers: int, clients: int) -> str:
        latencies = sorted(self.latencies)
        p50 = statistics.median(latencies) * 1000 if latencies else 0
        p95 = latencies[int(len(latencies) * 0.95)] * 1000 if latencies else 0
        rss = ",".join(f"{peak_rss_mb(pid):.0f}" for pid in worker_pids(self.process.pid))
        cpu_ms = self.cpu_per_request * 1000
        return (
            f"{self.label:10} workers={workers} clients={clients} requests={self.requests} errors={self.errors} "
            f"rps={self.rps:.1f} p50={p50:.1f}ms p95={p95:.1f}ms server_cpu_per_request={cpu_ms:.2f}ms "
            f"peak_rss_per_worker_mb={rss}" + (f" failures={self.statuses}" if self.statuses else "")
        )

    @property
    def cpu_per_request(self) -> float:
        """The workers' CPU seconds per request answered, failed ones included."""
        answered = self.requests + self.errors
        return self.cpu / answered if answered else 0.0

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=Path, default=DEFAULT_FILES, help="folder of images to post (recursive)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=15, help="measured seconds per app, in all")
    parser.add_argument("--rounds", type=int, default=5, help="windows per app, the apps taking turns")
    parser.add_argument("--original", type=Path, help="folder holding the original Image_extractor.py")
    parser.add_argument("--original-python", default=sys.executable, help="python with flask, pillow, piexif, gunicorn")
    args = parser.parse_args()

    files = sorted(p for p in args.files.rglob("*") if p.is_file() and p.suffix.lower() in (".jpg", ".jpeg"))
    files = [p for p in files if "invalid" not in p.parts] or sorted((ROOT / "tests" / "fixtures").rglob("*.jpg"))
    uploads = [(p.name, p.read_bytes()) for p in files]
    print(f"{len(uploads)} files from {args.files}, median size {statistics.median(len(d) for _, d in uploads):.0f} B")

    with tempfile.TemporaryDirectory() as var:
        env = dict(os.environ, IMGMETA_VAR_DIR=var, LOG_LEVEL="ERROR")
        servers = []
        try:
            port = free_port()
            gunicorn = [str(Path(sys.executable).parent / "gunicorn"), "imgmeta_site.wsgi:application"]
            command = [*gunicorn, "-b", f"127.0.0.1:{port}", "-w", str(args.workers), "--no-control-socket"]
            servers.append(Server("imgmeta", start(command, ROOT, port, env), port, "/api/extract/"))
            if args.original:
                port = free_port()
                command = [args.original_python, "-m", "gunicorn", "Image_extractor:app"]
                command += ["-b", f"127.0.0.1:{port}", "-w", str(args.workers)]
                servers.append(Server("original", start(command, args.original, port, env), port, "/extract"))
            for server in servers:  # warm-up: imports, caches
                load(server.port, server.path, uploads, args.clients, min(2.0, args.seconds))
            # The apps take turns in short windows, so a change in the machine's other load
            # falls on both alike instead of on whichever ran second.
            for _ in range(args.rounds):
                for server in servers:
                    workers = worker_pids(server.process.pid)
                    before = cpu_seconds(workers)
                    server.add(load(server.port, server.path, uploads, args.clients, args.seconds / args.rounds))
                    server.cpu += cpu_seconds(workers) - before
            for server in servers:
                print(server.line(args.workers, args.clients))
            if len(servers) == 2 and servers[1].rps:
                print(f"imgmeta/original throughput: {servers[0].rps / servers[1].rps:.2f}x")
            if len(servers) == 2 and servers[0].cpu_per_request:
                ratio = servers[1].cpu_per_request / servers[0].cpu_per_request
                print(f"original/imgmeta server CPU per request: {ratio:.2f}x")
        finally:
            for server in servers:
                server.process.send_signal(signal.SIGTERM)
                server.process.wait(timeout=30)


if __name__ == "__main__":
    main()
