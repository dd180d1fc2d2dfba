"""The extract API behind a real WSGI server: chunked bodies and the 20 MB limit end to end."""

import http.client
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.builders import ASCII, exif_tiff, jpeg
from tests.cases.test_api_extract import multipart

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, IMGMETA_VAR_DIR=str(tmp_path_factory.mktemp("var")))
    gunicorn = Path(sys.executable).parent / "gunicorn"
    process = subprocess.Popen(
        [str(gunicorn), "imgmeta_site.wsgi:application", "-b", f"127.0.0.1:{port}", "-w", "1", "--no-control-socket"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("gunicorn did not start")
    yield port
    process.terminate()
    process.wait(timeout=20)


def post_chunked(port: int, body: bytes, content_type: str) -> tuple[int, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    pieces = (body[i : i + 65536] for i in range(0, len(body), 65536))
    connection.request(
        "POST", "/api/extract/", body=pieces, headers={"Content-Type": content_type}, encode_chunked=True
    )
    response = connection.getresponse()
    return response.status, json.loads(response.read())


def test_a_chunked_upload_is_read(server):
    body, content_type = multipart([("image", "photo.jpg", jpeg(exif_tiff([(0x010F, ASCII, "Chunky")])))])
    status, out = post_chunked(server, body, content_type)
    assert status == 200
    assert out["Make"] == "Chunky"


def test_a_chunked_upload_over_20_mb_is_413_json(server):
    body, content_type = multipart([("image", "big.jpg", jpeg() + b"\x00" * (21 * 1024 * 1024))])
    status, out = post_chunked(server, body, content_type)
    assert status == 413
    assert "20 MB" in out["error"]
