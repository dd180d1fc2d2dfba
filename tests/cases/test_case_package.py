"""The case package: a ZIP of originals, analyses, custody chain and PDF report that its own
verify_package.py checks offline, run here as a user would, with a plain python and nothing
from the project on its path."""

import ast
import base64
import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.urls import reverse
from pypdf import PdfReader

from analysis import ENGINE_VERSION
from cases.ingest import ingest_file
from cases.models import AuditEvent, DerivedImage
from cases.package_script import verify_package
from tests.helpers import logged_in, make_case, photo

Action = AuditEvent.Action
SCRIPT = Path(verify_package.__file__)


@pytest.fixture
def evidence(cast):
    """Two analysed photos in the case, one uploaded from a folder of a ZIP."""
    located = photo(lat=43.4674, lon=11.8851, taken="2008:10:22 16:28:39")
    first = ingest_file(cast.case, cast.bob, "harbour.jpg", located)
    second = ingest_file(cast.case, cast.bob, "dump/DCIM/IMG_0002.jpg", photo(shade=40))
    return first.image, second.image


def export(client, cast, user=None):
    return logged_in(client, user or cast.alice).post(reverse("cases:package", args=[cast.case.pk]))


def package_bytes(response) -> bytes:
    return b"".join(response.streaming_content)


def extract(data: bytes, folder: Path) -> Path:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        archive.extractall(folder)
    return folder


def run_verifier(target: Path, *args: str, script: Path | None = None) -> subprocess.CompletedProcess:
    """The package's own verify_package.py, by a plain python (-I: no project, no site-packages
    of the venv on its path), in the folder it was extracted to."""
    script = script or (target / "verify_package.py" if target.is_dir() else SCRIPT)
    command = [sys.executable, "-I", "-S", str(script)]
    command += [str(target)] if not target.is_dir() else []
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=60, cwd=target.parent, check=False)


@pytest.fixture
def package(client, cast, evidence, tmp_path) -> Path:
    """An exported package, extracted."""
    response = export(client, cast)
    assert response.status_code == 200
    return extract(package_bytes(response), tmp_path / "package")


def manifest_of(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text())


def test_the_package_holds_originals_by_hash_analyses_chain_report_and_manifest(package, cast, evidence):
    manifest = manifest_of(package)
    originals = [entry for entry in manifest["files"] if entry["kind"] == "original"]
    assert [(entry["path"], entry["original_filename"]) for entry in originals] == [
        (f"originals/{image.sha256}.jpg", image.original_filename) for image in evidence
    ]
    for image in evidence:
        assert hashlib.sha256((package / f"originals/{image.sha256}.jpg").read_bytes()).hexdigest() == image.sha256
        analysis = json.loads((package / f"analyses/{image.sha256}.json").read_text())
        assert analysis["analysis"]["engine_version"] == ENGINE_VERSION
        assert analysis["image"]["sha256"] == image.sha256 and analysis["analysis"]["report"]
    assert manifest["case"] == {
        "id": cast.case.pk,
        "reference": cast.case.reference,
        "title": cast.case.title,
        "status": "open",
    }
    assert (manifest["exported_by"], manifest["engine_version"]) == ("alice", ENGINE_VERSION)
    assert "signing" not in manifest
    assert PdfReader(package / "report.pdf").pages[0].extract_text().count(cast.case.reference)
    for entry in manifest["files"]:
        data = (package / entry["path"]).read_bytes()
        assert (hashlib.sha256(data).hexdigest(), len(data)) == (entry["sha256"], entry["size"])


def test_the_custody_chain_is_the_cases_whole_trail_ending_with_this_export(package, cast):
    lines = (package / "custody/chain.jsonl").read_text().splitlines()
    records = [json.loads(line) for line in lines]
    assert [record["sequence"] for record in records] == list(range(1, len(records) + 1))
    assert {record["case_id"] for record in records} == {cast.case.pk}
    assert (records[-1]["action"], records[-1]["actor_name"], records[-1]["details"]["format"]) == (
        "exported",
        "alice",
        "case package",
    )
    assert manifest_of(package)["custody"] == {
        "path": "custody/chain.jsonl",
        "events": len(records),
        "head": records[-1]["hash"],
    }


def test_an_untouched_package_verifies(package):
    result = run_verifier(package)
    assert (result.returncode, result.stdout.splitlines()[0]) == (0, "OK"), result.stdout + result.stderr
    assert "re-hashed (SHA-256) and matching the manifest" in result.stdout
    assert "NOTE: the package is not signed" in result.stdout


def test_the_zip_itself_verifies_without_extracting_it(client, cast, evidence, tmp_path):
    path = tmp_path / "case.zip"
    path.write_bytes(package_bytes(export(client, cast)))
    result = run_verifier(path)
    assert result.returncode == 0, result.stdout


def test_a_changed_byte_in_an_original_fails(package, evidence):
    original = package / f"originals/{evidence[0].sha256}.jpg"
    data = bytearray(original.read_bytes())
    data[len(data) // 2] ^= 0x01
    original.write_bytes(bytes(data))
    result = run_verifier(package)
    assert result.returncode == 1
    assert result.stdout.startswith(f"FAILED: originals/{evidence[0].sha256}.jpg has changed: its SHA-256 is ")


def test_a_removed_file_fails(package, evidence):
    (package / f"analyses/{evidence[1].sha256}.json").unlink()
    result = run_verifier(package)
    assert (result.returncode, result.stdout.strip()) == (1, f"FAILED: analyses/{evidence[1].sha256}.json is missing")


def test_a_file_added_to_the_package_fails(package):
    (package / "originals" / "planted.jpg").write_bytes(b"\xff\xd8\xff")
    result = run_verifier(package)
    assert result.stdout.strip() == "FAILED: originals/planted.jpg is in the package but not in the manifest"


def edit_chain(package: Path, edit) -> None:
    """Rewrite custody/chain.jsonl with ``edit`` applied to its records, and the manifest's
    entry of it to match, as someone covering their tracks would."""
    path = package / "custody/chain.jsonl"
    records = edit([json.loads(line) for line in path.read_text().splitlines()])
    data = "".join(json.dumps(record) + "\n" for record in records).encode()
    path.write_bytes(data)
    manifest = manifest_of(package)
    [entry] = [entry for entry in manifest["files"] if entry["path"] == "custody/chain.jsonl"]
    entry.update(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    (package / "manifest.json").write_text(json.dumps(manifest))


def test_an_edited_audit_line_fails_and_is_named(package):
    def edit(records):
        records[1]["actor_name"] = "nobody"
        return records

    edit_chain(package, edit)
    result = run_verifier(package)
    assert (result.returncode, result.stdout.strip()) == (
        1,
        "FAILED: custody event #2 no longer hashes to its stored hash: it was changed after it was written",
    )


def test_an_edited_audit_line_is_found_even_when_the_manifest_is_not_updated(package):
    path = package / "custody/chain.jsonl"
    path.write_text(path.read_text().replace('"actor_name": "alice"', '"actor_name": "carol"', 1))
    result = run_verifier(package)
    assert result.returncode == 1 and result.stdout.startswith("FAILED: custody/chain.jsonl has changed")


def test_a_removed_audit_line_fails(package):
    edit_chain(package, lambda records: records[:1] + records[2:])
    result = run_verifier(package)
    assert result.stdout.strip() == "FAILED: custody event #2 is numbered 3: an event before it was removed or inserted"


def test_the_last_audit_lines_removed_fail_against_the_manifests_head(package):
    edit_chain(package, lambda records: records[:-1])
    result = run_verifier(package)
    assert result.returncode == 1
    assert "(events removed or added at the end)" in result.stdout


def test_a_signed_package_verifies_and_names_its_key(client, cast, evidence, ed25519_key, tmp_path):
    package = extract(package_bytes(export(client, cast)), tmp_path / "signed")
    assert manifest_of(package)["signing"]["key_id"] == ed25519_key
    result = run_verifier(package, "--key-id", ed25519_key)
    assert result.returncode == 0, result.stdout
    assert f"manifest signature: ed25519 by key {ed25519_key} (the expected key)" in result.stdout
    assert "signed up to event #" in result.stdout


def test_a_signed_package_with_its_manifest_edited_fails(client, cast, evidence, ed25519_key, tmp_path):
    package = extract(package_bytes(export(client, cast)), tmp_path / "signed")
    manifest = manifest_of(package)
    manifest["exported_by"] = "carol"
    (package / "manifest.json").write_text(json.dumps(manifest))
    result = run_verifier(package)
    assert result.stdout.strip() == "FAILED: the manifest: the Ed25519 signature does not verify"


def test_a_package_resigned_with_another_key_fails_against_the_published_key_id(
    client, cast, evidence, ed25519_key, tmp_path
):
    package = extract(package_bytes(export(client, cast)), tmp_path / "signed")
    forger = Ed25519PrivateKey.generate()
    public = forger.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    manifest = manifest_of(package)
    forged_id = hashlib.sha256(public).hexdigest()[:16]
    manifest["signing"].update(public_key=base64.b64encode(public).decode(), key_id=forged_id)
    data = json.dumps(manifest).encode()
    signature = forger.sign(verify_package.manifest_message(data))
    (package / "manifest.json").write_bytes(data)
    (package / "manifest.sig").write_text(
        json.dumps({"key_id": manifest["signing"]["key_id"], "signature": base64.b64encode(signature).decode()})
    )
    result = run_verifier(package, "--key-id", ed25519_key)
    assert result.stdout.strip() == (
        f"FAILED: the package is signed by key {manifest['signing']['key_id']}, not by the expected key {ed25519_key}"
    )


def test_an_hmac_signed_package_verifies_with_the_key_and_says_when_it_was_not_checked(
    client, cast, evidence, settings, tmp_path
):
    settings.CUSTODY_HMAC_KEY = "shared secret"
    package = extract(package_bytes(export(client, cast)), tmp_path / "hmac")
    with_key = run_verifier(package, "--hmac-key", "shared secret")
    assert with_key.returncode == 0 and "manifest signature: hmac-sha256" in with_key.stdout
    without = run_verifier(package)
    assert without.returncode == 0 and "HMAC-SHA256 signature not checked" in without.stdout
    wrong = run_verifier(package, "--hmac-key", "guess")
    assert wrong.returncode == 1 and "not by the key given" in wrong.stdout


def test_the_export_is_audited_and_streamed_from_a_private_temporary_file(client, cast, evidence, settings, tmp_path):
    settings.CASE_PACKAGE_TEMP_DIR = str(tmp_path / "packages")
    response = export(client, cast)
    assert response.streaming and response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == f'attachment; filename="{cast.case.reference}-package.zip"'
    assert response["Cache-Control"] == "private, no-store"
    assert oct((tmp_path / "packages").stat().st_mode & 0o777) == "0o700"
    assert os.listdir(tmp_path / "packages") == []  # an unnamed file: nothing left behind
    event = AuditEvent.objects.filter(case=cast.case, action=Action.EXPORTED).get()
    assert (event.actor, event.details) == (cast.alice, {"format": "case package", "images": 2})
    response.close()


@pytest.mark.parametrize("who", ["bob", "carol"])
def test_only_an_owner_exports(client, cast, evidence, who):
    assert export(client, cast, getattr(cast, who)).status_code == 403
    assert logged_in(client, cast.dave).post(reverse("cases:package", args=[cast.case.pk])).status_code == 404
    assert not AuditEvent.objects.filter(action=Action.EXPORTED).exists()


def test_the_rest_api_exports_the_same_package_for_owners_only(client, cast, evidence, tmp_path):
    url = f"/api/cases/{cast.case.pk}/package/"
    assert logged_in(client, cast.bob).post(url).status_code == 403
    response = logged_in(client, cast.alice).post(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert run_verifier(extract(package_bytes(response), tmp_path / "api")).returncode == 0


def test_an_altered_original_stops_the_export_with_409_and_is_audited(client, cast, evidence):
    with open(evidence[0].file.path, "ab") as stored:
        stored.write(b"appended")
    response = logged_in(client, cast.alice).post(f"/api/cases/{cast.case.pk}/package/", HTTP_ACCEPT="application/json")
    assert response.status_code == 409
    assert "harbour.jpg" in response.json()["detail"] and "hash differs" in response.json()["detail"]
    event = AuditEvent.objects.filter(case=cast.case, action=Action.INTEGRITY_VERIFIED).get()
    assert event.details["during"] == "case package"


def test_the_page_offers_export_to_owners_only(client, cast):
    url = reverse("cases:package", args=[cast.case.pk])
    assert url in logged_in(client, cast.alice).get(cast.case.get_absolute_url()).content.decode()
    assert url not in logged_in(client, cast.bob).get(cast.case.get_absolute_url()).content.decode()


def test_the_verifier_is_python_39_syntax_and_standard_library_only():
    tree = ast.parse(SCRIPT.read_text(), feature_version=(3, 9))
    nodes = list(ast.walk(tree))
    imported = {alias.name for node in nodes if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module for node in nodes if isinstance(node, ast.ImportFrom) and node.module}
    imported = {name.split(".")[0] for name in imported}
    assert imported <= sys.stdlib_module_names


def test_the_verifiers_ed25519_matches_rfc_8032_test_1():
    public = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
    signature = bytes.fromhex(
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
        "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
    )
    assert verify_package.ed25519_verify(public, b"", signature)
    assert not verify_package.ed25519_verify(public, b"x", signature)


def test_derived_images_are_in_the_package_with_their_parameters(
    client, cast, tmp_path, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        image = ingest_file(cast.case, cast.bob, "harbour.jpg", photo(shade=7)).image
    derived = image.derived.get(kind="ela", key="90")
    folder = extract(package_bytes(export(client, cast)), tmp_path / "package")
    entry = next(f for f in manifest_of(folder)["files"] if f.get("derived_id") == derived.pk)
    assert entry["path"] == f"derived/{image.sha256}/ela-90.png"
    assert entry["sha256"] == entry["stored_sha256"] == derived.sha256 and entry["parameters"]["quality"] == 90
    assert run_verifier(folder).returncode == 0


def test_a_difference_with_another_cases_image_stored_before_is_left_out_of_the_package(
    client, cast, tmp_path, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        image = ingest_file(cast.case, cast.bob, "harbour.jpg", photo(shade=7)).image
    elsewhere = ingest_file(make_case(cast.alice, title="Other"), cast.alice, "other.jpg", photo(shade=9)).image
    ela = image.derived.get(kind="ela", key="90")
    crossed = DerivedImage.objects.create(
        image=image,
        kind="difference",
        key=str(elsewhere.pk),
        other=elsewhere,
        status="done",
        file=ela.file.name,
        sha256=ela.sha256,
    )
    folder = extract(package_bytes(export(client, cast)), tmp_path / "package")
    ids = {f.get("derived_id") for f in manifest_of(folder)["files"]}
    assert ela.pk in ids and crossed.pk not in ids
    assert run_verifier(folder).returncode == 0


def test_an_altered_derived_image_stops_the_export(client, cast, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        image = ingest_file(cast.case, cast.bob, "harbour.jpg", photo(shade=7)).image
    derived = image.derived.get(kind="ela", key="90")
    with derived.file.open("wb") as stored:
        stored.write(b"not the ELA image")
    response = export(client, cast)
    assert response.status_code == 409 and b"derived image" in response.content
