"""Does the app keep serving while slow clients hold connections open?

Starts the app as ``./dev run`` serves it (``--server asgi``: uvicorn, 2 workers) or as it was
served before (``--server gunicorn``: 2 sync workers) on loopback with a fresh database, opens
``--slow`` connections that send one byte every ``--interval`` seconds (half of them still in
their headers, half in a declared 1 MB body), and meanwhile times normal requests from
``--clients`` clients for ``--seconds`` (GET of the sign-in page and POST /api/extract/ of a small
JPEG, each given ``--timeout`` seconds). Prints how many requests were served, failed or timed
out, their p50/p95, and how many slow connections the server closed (each is opened again).

    .venv/bin/python bench/slow_clients.py                       # 50 slow connections, 30 s
    .venv/bin/python bench/slow_clients.py --server gunicorn     # the old way, for comparison
"""

import argparse
import contextlib
import http.client
import io
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image

from bench.extract import free_port, multipart, start

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# How each server is started: "asgi" exactly as ./dev run does, "gunicorn" as ./dev run did before.
SERVERS = {
    "asgi": lambda port, workers: [
        str(BIN / "uvicorn"),
        "imgmeta_site.asgi:application",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--lifespan",
        "on",
        "--no-proxy-headers",
    ],
    "gunicorn": lambda port, workers: [
        str(BIN / "gunicorn"),
        "imgmeta_site.wsgi:application",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--timeout",
        "300",
        "--no-control-socket",
    ],
}


def small_jpeg() -> bytes:
    """An 8x8 grey JPEG."""
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (128, 128, 128)).save(out, "JPEG")
    return out.getvalue()


@contextlib.contextmanager
def serve(kind: str = "asgi", workers: int = 2, env: dict | None = None, prepare: str = "") -> Iterator[int]:
    """The app under ``kind`` (a key of :data:`SERVERS`) on a free loopback port, with a fresh
    SQLite database and evidence folder in a temporary folder (migrated first, then ``prepare`` run
    as ``manage.py shell -c``; a DATABASE_URL of the caller is not used) and ``env`` added to the
    environment; yields the port, stops the server after."""
    with tempfile.TemporaryDirectory() as var:
        environment = dict(os.environ, IMGMETA_VAR_DIR=var, LOG_LEVEL="ERROR", DATABASE_URL="", **(env or {}))
        subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=environment, check=True)
        if prepare:
            subprocess.run([sys.executable, "manage.py", "shell", "-c", prepare], cwd=ROOT, env=environment, check=True)
        port = free_port()
        process = start(SERVERS[kind](port, workers), ROOT, port, environment)
        try:
            yield port
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


class SlowClients:
    """``count`` connections to ``port`` that each send one byte every ``interval`` seconds, from
    one thread: the even ones dribble their request headers, the odd ones a declared 1 MB body
    after complete headers. A connection the server closes is counted and opened again."""

    BODY_BYTES = 1024 * 1024

    def __init__(self, port: int, count: int, interval: float):
        self.port, self.count, self.interval = port, count, interval
        self.closed_by_server = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._sockets: list[tuple[socket.socket, bytes]] = []

    def _request(self, index: int) -> bytes:
        if index % 2 == 0:  # never-ending headers
            return b"GET /accounts/login/ HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"X-Slow: " + b"a" * 1_000_000
        head = (
            "POST /api/extract/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
            f"Content-Length: {self.BODY_BYTES}\r\n\r\n"
        )
        return head.encode() + b"\x00" * self.BODY_BYTES

    def _open(self, index: int) -> tuple[socket.socket, bytes]:
        connection = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        request = self._request(index)
        if index % 2:  # the headers at once; then the body, byte by byte
            end = request.index(b"\r\n\r\n") + 4
            connection.sendall(request[:end])
            request = request[end:]
        return connection, request

    def __enter__(self) -> "SlowClients":
        self._sockets = [self._open(index) for index in range(self.count)]
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        for connection, _ in self._sockets:
            connection.close()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            for index, (connection, rest) in enumerate(self._sockets):
                try:
                    connection.send(rest[:1])
                    self._sockets[index] = (connection, rest[1:])
                except OSError:
                    self.closed_by_server += 1
                    connection.close()
                    self._sockets[index] = self._open(index)


def time_requests(port: int, clients: int, seconds: float, timeout: float, *, at_least: int = 0) -> dict:
    """Normal requests from ``clients`` threads for ``seconds`` (and until ``at_least`` were made):
    alternately GET /accounts/login/ and POST /api/extract/ of a small JPEG, each on a new
    connection with ``timeout`` seconds. Returns ``served`` (answered 200), ``failed`` (another
    status or a connection error), ``timed_out``, and ``p50_ms``/``p95_ms`` of those served."""
    body, content_type = multipart("small.jpg", small_jpeg())
    requests = [("GET", "/accounts/login/", None, {}), ("POST", "/api/extract/", body, {"Content-Type": content_type})]
    latencies: list[float] = []
    counts = {"failed": 0, "timed_out": 0}
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    made = iter(range(10**9))

    def client() -> None:
        while True:
            with lock:
                number = next(made)
            if time.monotonic() >= stop and number >= at_least:
                return
            method, path, payload, headers = requests[number % len(requests)]
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
            started = time.perf_counter()
            try:
                connection.request(method, path, body=payload, headers=headers)
                response = connection.getresponse()
                response.read()
                outcome = "served" if response.status == 200 else "failed"
            except TimeoutError:
                outcome = "timed_out"
            except (OSError, http.client.HTTPException):
                outcome = "failed"
            finally:
                connection.close()
            with lock:
                if outcome == "served":
                    latencies.append(time.perf_counter() - started)
                else:
                    counts[outcome] += 1

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies.sort()
    return {
        "served": len(latencies),
        **counts,
        "p50_ms": statistics.median(latencies) * 1000 if latencies else None,
        "p95_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))] * 1000 if latencies else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", choices=sorted(SERVERS), default="asgi")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--slow", type=int, default=50, help="slow connections held open")
    parser.add_argument("--interval", type=float, default=2.0, help="seconds between two bytes of a slow client")
    parser.add_argument("--clients", type=int, default=4, help="concurrent normal clients")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--timeout", type=float, default=10, help="seconds a normal request may take")
    args = parser.parse_args()

    with serve(args.server, args.workers) as port:
        time_requests(port, 1, 0, args.timeout, at_least=4)  # warm-up: imports, first connections
        with SlowClients(port, args.slow, args.interval) as slow:
            figures = time_requests(port, args.clients, args.seconds, args.timeout)
    p95 = f"{figures['p95_ms']:.0f}ms" if figures["p95_ms"] is not None else "-"
    p50 = f"{figures['p50_ms']:.0f}ms" if figures["p50_ms"] is not None else "-"
    print(
        f"server={args.server} workers={args.workers} slow={args.slow} (one byte every {args.interval:g} s) "
        f"clients={args.clients} seconds={args.seconds:g}: served={figures['served']} failed={figures['failed']} "
        f"timed_out={figures['timed_out']} p50={p50} p95={p95} slow_closed_by_server={slow.closed_by_server}"
    )


if __name__ == "__main__":
    main()
