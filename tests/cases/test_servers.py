"""The app behind real servers: uvicorn (ASGI), as ``./dev run`` serves it, and gunicorn (WSGI).

Both keep the upload guarantees end to end (a chunked body is read, a body over 20 MB is 413
JSON); the ASGI server keeps answering other users while slow clients hold connections open,
and with the Celery broker down a ZIP's members are all stored, answered at once and analysed
after. Servers start from bench/slow_clients.py, on loopback with a fresh database each.
"""

import contextlib
import http.client
import json
import re
import socket
import time

import pytest
import requests

from bench.slow_clients import SlowClients, serve, time_requests
from tests.builders import ASCII, exif_tiff, jpeg
from tests.cases.test_api_extract import multipart
from tests.helpers import zip_of

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

LIMIT_MB = 20


@pytest.fixture(scope="module", params=["asgi", "gunicorn"])
def server(request):
    with serve(request.param, workers=1) as port:
        yield port


@pytest.fixture(scope="module")
def asgi_server():
    with serve("asgi", workers=1) as port:
        yield port


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
    assert f"{LIMIT_MB} MB" in out["error"]


def test_a_declared_body_over_20_mb_is_413_json_before_it_is_kept(asgi_server):
    connection = http.client.HTTPConnection("127.0.0.1", asgi_server, timeout=60)
    connection.putrequest("POST", "/api/extract/")
    connection.putheader("Content-Type", "multipart/form-data; boundary=x")
    connection.putheader("Content-Length", str(10 * 1024**3))  # 10 GB declared; 21 MB sent
    connection.endheaders()
    with contextlib.suppress(OSError):  # the server may answer and close before the last bytes
        connection.send(b"\x00" * (21 * 1024 * 1024))
    response = connection.getresponse()
    assert response.status == 413
    assert f"{LIMIT_MB} MB" in json.loads(response.read())["error"]


def test_other_users_are_served_while_slow_clients_hold_connections(asgi_server):
    with SlowClients(asgi_server, count=20, interval=0.5) as slow:
        figures = time_requests(asgi_server, clients=2, seconds=0, timeout=5, at_least=20)
    assert (figures["served"], figures["failed"], figures["timed_out"]) == (20, 0, 0)
    assert figures["p95_ms"] < 3000
    assert slow.closed_by_server == 0  # held, not dropped to make room


# A user and an open case, made in the server's database before it starts.
PREPARE = """
from django.contrib.auth import get_user_model
from cases.models import Case, Membership
erin = get_user_model().objects.create_user("erin", "erin@example.org", "a-long-test-password")
case = Case.objects.create(title="Dead broker", reference="DB-1", created_by=erin)
Membership.objects.create(case=case, user=erin, role=Membership.Role.OWNER)
"""


def closed_port() -> int:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        return unused.getsockname()[1]


def signed_in(port: int) -> requests.Session:
    session = requests.Session()
    page = session.get(f"http://127.0.0.1:{port}/accounts/login/", timeout=30).text
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    session.post(
        f"http://127.0.0.1:{port}/accounts/login/",
        data={"username": "erin", "password": "a-long-test-password", "csrfmiddlewaretoken": token},
        timeout=30,
    )
    session.headers["X-CSRFToken"] = session.cookies["csrftoken"]
    return session


def all_pages(session: requests.Session, url: str) -> list[dict]:
    results = []
    while url:
        page = session.get(url, timeout=30).json()
        results.extend(page["results"])
        url = page["next"]
    return results


def test_with_the_broker_down_a_zip_is_stored_answered_at_once_and_analysed_after():
    env = {"CELERY_BROKER_URL": f"redis://127.0.0.1:{closed_port()}/0", "ANALYSIS_WAIT_SECONDS": "0"}
    members = {f"m{i:03d}.jpg": jpeg(size=(8 + i, 8)) for i in range(60)}
    with serve("asgi", workers=1, env=env, prepare=PREPARE) as port:
        session = signed_in(port)
        [case] = session.get(f"http://127.0.0.1:{port}/api/cases/", timeout=30).json()["results"]
        started = time.monotonic()
        response = session.post(
            f"http://127.0.0.1:{port}/cases/{case['id']}/upload/",
            files={"files": ("many.zip", zip_of(members))},
            headers={"Accept": "application/json"},
            timeout=60,
        )
        answered = time.monotonic() - started
        assert response.status_code == 200
        results = response.json()["results"]
        assert [r["outcome"] for r in results] == ["stored"] * 60
        assert "pending" in {r["image"]["status"] for r in results}  # answered before all were analysed
        assert answered < 20, f"the upload was answered after {answered:.1f} s"

        deadline = time.monotonic() + 120
        while True:
            images = all_pages(session, f"http://127.0.0.1:{port}/api/images/")
            statuses = {image["status"] for image in images}
            if statuses == {"done"} and len(images) == 60:
                break
            assert time.monotonic() < deadline, f"still {statuses} after 120 s"
            time.sleep(1)
