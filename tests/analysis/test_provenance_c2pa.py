"""C2PA Content Credentials in the report: read by c2pa-python only where a store is present,
never over the network, never an exception."""

import http.server
import json
import shutil
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from analysis import analyse
from analysis.provenance import c2pa
from analysis.provenance.manifest import summarise
from analysis.provenance.markers import STORE_SIGNATURE
from tests.builders import jpeg, png, png_chunk
from tests.conftest import ROOT, fixture_bytes

NETWORK_FILES = ("cloud.jpg", "cloud-only-firefly.jpg", "libpng-test_with_url.png", "ocsp.jpg")


def c2pa_section(data: bytes) -> dict | None:
    return analyse(data, strict=True).to_dict().get("c2pa")


def corpus(shared: Path, name: str) -> bytes:
    return (shared / "corpus/provenance/c2pa" / name).read_bytes()


def jumbf_store(payload: bytes = b"\x00\x00\x00\x10jumbnot a manifest") -> bytes:
    """A JUMBF superbox labelled as a C2PA manifest store (ISO/IEC 19566-5) around ``payload``."""
    description = STORE_SIGNATURE + b"\x03c2pa\x00"
    jumd = struct.pack(">I", 4 + len(description)) + description
    return struct.pack(">I", 8 + len(jumd) + len(payload)) + b"jumb" + jumd + payload


def with_segment(data: bytes, marker: int, body: bytes) -> bytes:
    """``data`` (a JPEG) with one more segment right after SOI."""
    return data[:2] + bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body + data[2:]


def app11(store: bytes) -> bytes:
    """A JPEG APP11 JUMBF segment body: "JP", box instance, sequence number, then the box."""
    return b"JP" + struct.pack(">HI", 1, 1) + store


def xmp_provenance(url: str) -> bytes:
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description rdf:about="" xmlns:dcterms="http://purl.org/dc/terms/" dcterms:provenance="{url}"/>'
        "</rdf:RDF></x:xmpmeta>"
    ).encode()


def jpeg_with_provenance(url: str) -> bytes:
    return with_segment(jpeg(), 0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + xmp_provenance(url))


@pytest.fixture
def sdk_calls(monkeypatch) -> list:
    """Records every call into the SDK (still made, so results stay real)."""
    calls, real = [], c2pa._read_store
    monkeypatch.setattr(c2pa, "_read_store", lambda data, mime: calls.append(mime) or real(data, mime))
    return calls


def test_a_file_without_c2pa_has_no_section_and_never_calls_the_sdk(sdk_calls):
    assert c2pa_section(jpeg()) is None
    assert c2pa_section(png()) is None
    assert sdk_calls == []


def test_the_store_signature_outside_app11_does_not_call_the_sdk(sdk_calls):
    commented = with_segment(jpeg(), 0xFE, b"see " + jumbf_store())
    assert c2pa_section(commented) is None
    assert sdk_calls == []


def test_it_reads_the_carried_c2pa_sample(sdk_calls):
    section = c2pa_section(fixture_bytes("c2pa/C.jpg"))
    assert sdk_calls == ["image/jpeg"]
    assert (section["state"], section["embedded"], section["manifest_count"]) == ("valid", True, 1)
    active = section["active_manifest"]
    assert active["claim_generator"] == "make_test_images/0.33.1 c2pa-rs/0.33.1"
    assert active["title"] == "C.jpg"
    assert active["signature_info"]["issuer"] == "C2PA Test Signing Cert"
    assert "c2pa.actions.v2" in active["assertions"]
    assert active["actions"][0]["action"] == "c2pa.created"
    assert active["actions"][0]["digitalSourceType"].endswith("/algorithmicMedia")
    assert section["ai"] == {"declared": False, "evidence": []}
    assert "signingCredential.untrusted" in [s["code"] for s in section["validation_status"]]
    json.dumps(section, allow_nan=False)


def test_changed_pixels_make_the_carried_sample_invalid():
    data = bytearray(fixture_bytes("c2pa/C.jpg"))
    scan = analyse(bytes(data)).to_dict()["jpeg"]["segments"]
    position = next(s["offset"] + s["length"] for s in scan if s["marker"] == "SOS") + 1000
    data[position] = 0x00 if data[position] else 0x01
    section = c2pa_section(bytes(data))
    assert section["state"] == "invalid"
    assert "assertion.dataHash.mismatch" in [s["code"] for s in section["validation_status"]]


def test_a_damaged_store_is_unreadable_not_an_exception():
    for data in (with_segment(jpeg(), 0xEB, app11(jumbf_store())), png_with_store()):
        section = c2pa_section(data)
        assert section["state"] == "unreadable"
        assert section["embedded"] is True and section["error"]


def png_with_store() -> bytes:
    plain = png()
    return plain[:33] + png_chunk(b"caBX", jumbf_store()) + plain[33:]


def test_any_sdk_exception_becomes_unreadable(monkeypatch):
    def broken(data, mime):
        raise RuntimeError("native library failed")

    monkeypatch.setattr(c2pa, "_read_store", broken)
    section = c2pa_section(fixture_bytes("c2pa/C.jpg"))
    assert section == {"state": "unreadable", "embedded": True, "remote_url": None, "error": "native library failed"}


def test_a_provenance_url_alone_is_remote_and_nothing_is_read(sdk_calls):
    section = c2pa_section(jpeg_with_provenance("https://example.org/manifests/1"))
    assert section == {"state": "remote", "embedded": False, "remote_url": "https://example.org/manifests/1"}
    assert sdk_calls == []


def test_a_provenance_reference_into_the_file_itself_is_not_remote():
    assert c2pa_section(jpeg_with_provenance("self#jumbf=/c2pa/urn:uuid:1/c2pa.claim")) is None


class Listener(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):
        Listener.hits.append(self.path)
        self.send_error(404)

    def log_message(self, *args):
        pass


def test_the_sdk_never_fetches_a_remote_manifest():
    server = http.server.HTTPServer(("127.0.0.1", 0), Listener)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Listener.hits.clear()
    try:
        data = jpeg_with_provenance(f"http://127.0.0.1:{server.server_port}/manifest.c2pa")
        started = time.perf_counter()
        with pytest.raises(c2pa.RemoteOnlyError):
            c2pa._read_store(data, "image/jpeg")
        assert time.perf_counter() - started < 1
    finally:
        server.shutdown()
        server.server_close()
    assert Listener.hits == []


def test_it_reads_a_valid_manifest_with_its_digital_source_type(shared):
    section = c2pa_section(corpus(shared, "C.jpg"))
    assert section["state"] == "valid"
    assert [(a["action"], a["digitalSourceType"]) for a in section["active_manifest"]["actions"]] == [
        ("c2pa.created", "http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia")
    ]


@pytest.mark.parametrize(
    ("name", "code"),
    [("E-sig-CA.jpg", "claimSignature.mismatch"), ("XCA.jpg", "assertion.dataHash.mismatch")],
)
def test_an_integrity_failure_makes_it_invalid(shared, name, code):
    section = c2pa_section(corpus(shared, name))
    assert section["state"] == "invalid"
    failure = next(s for s in section["validation_status"] if s["code"] == code)
    assert failure["kind"] == "failure" and failure["explanation"]


def test_an_ingredient_with_a_broken_signature_is_reported_beside_a_valid_manifest(shared):
    section = c2pa_section(corpus(shared, "CIE-sig-CA.jpg"))
    assert section["state"] == "valid"
    assert section["manifest_count"] == 2
    ingredient = section["active_manifest"]["ingredients"][0]
    assert (ingredient["title"], ingredient["relationship"], ingredient["has_manifest"]) == (
        "E-sig-CA.jpg",
        "componentOf",
        True,
    )
    assert [f["code"] for f in section["ingredient_failures"]] == ["claimSignature.mismatch"]


@pytest.mark.parametrize("name", ["ocsp.jpg", "Designer.jpeg"])
def test_it_sees_the_ai_generation_the_generator_declared(shared, name):
    section = c2pa_section(corpus(shared, name))
    assert section["ai"]["declared"] is True
    assert any(e["digitalSourceType"].endswith("/trainedAlgorithmicMedia") for e in section["ai"]["evidence"])


def test_a_signature_algorithm_the_sdk_refuses_is_unreadable(shared):
    section = c2pa_section(corpus(shared, "no_alg.jpg"))
    assert section["state"] == "unreadable"
    assert "algorithm" in section["error"]


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("cloud.jpg", "https://cai-manifests.adobe.com/manifests/adobe-urn-uuid-5f37e182-3687-462e-a7fb-573462780391"),
        ("libpng-test_with_url.png", "http://localhost:5000/libpng-test.c2pa"),
    ],
)
def test_a_remote_manifest_is_named_not_fetched(shared, sdk_calls, name, url):
    assert c2pa_section(corpus(shared, name)) == {"state": "remote", "embedded": False, "remote_url": url}
    assert sdk_calls == []


STRACE_SCRIPT = """
import sys, time
from pathlib import Path
from analysis import analyse
for path in sys.argv[1:]:
    started = time.perf_counter()
    section = analyse(Path(path).read_bytes(), strict=True).to_dict()["c2pa"]
    print(path, section["state"], round(time.perf_counter() - started, 3))
"""


@pytest.mark.skipif(not shutil.which("strace"), reason="strace is not installed")
def test_reading_the_network_samples_opens_no_connection(shared, tmp_path):
    trace = tmp_path / "trace"
    files = [str(shared / "corpus/provenance/c2pa" / name) for name in NETWORK_FILES]
    command = ["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(trace), sys.executable, "-c", STRACE_SCRIPT]
    run = subprocess.run([*command, *files], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    if run.returncode and "ptrace" in run.stderr:
        pytest.skip("ptrace is not permitted here")
    assert run.returncode == 0, run.stderr
    connects = [line for line in trace.read_text().splitlines() if "AF_INET" in line]
    assert connects == []
    timings = [line.split() for line in run.stdout.splitlines()]
    assert [state for _, state, _ in timings] == ["remote", "remote", "remote", "valid"]
    assert all(float(seconds) < 1 for *_, seconds in timings)


def test_the_same_store_in_any_map_order_gives_the_same_summary():
    # The SDK's JSON map of manifests comes in a different order on every read of the same file.
    def manifest(action: str) -> dict:
        source = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
        ingredient = {"title": action, "validation_status": [{"code": "claimSignature.mismatch"}]}
        return {
            "assertions": [
                {"label": "c2pa.actions", "data": {"actions": [{"action": action, "digitalSourceType": source}]}}
            ],
            "ingredients": [ingredient],
        }

    labels = ["urn:c2pa:b", "urn:c2pa:active", "urn:c2pa:a"]
    stores = [
        {"active_manifest": "urn:c2pa:active", "manifests": {label: manifest(label[-1]) for label in order}}
        for order in (labels, labels[::-1])
    ]
    first, second = (summarise(store) for store in stores)
    assert first == second
    assert [item["manifest"] for item in first["ai"]["evidence"]] == ["urn:c2pa:active", "urn:c2pa:a", "urn:c2pa:b"]
    assert first["ingredient_failures"][0]["manifest"] == "urn:c2pa:active"


def test_the_sdk_report_is_read_with_its_keys_in_one_order():
    # The SDK writes its maps in a new order on every read; the same file must give the same report.
    def keys_sorted(value) -> bool:
        if isinstance(value, dict):
            return list(value) == sorted(value) and all(keys_sorted(v) for v in value.values())
        return all(keys_sorted(v) for v in value) if isinstance(value, list) else True

    store = c2pa._read_store(fixture_bytes("c2pa/C.jpg"), "image/jpeg")
    assert store["manifests"]
    assert keys_sorted(store)
