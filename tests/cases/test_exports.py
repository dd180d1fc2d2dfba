"""Admin exports of cases, images and findings as CSV, JSON and XLSX; every export audited."""

import csv
import io
import json

import openpyxl
import pytest
import tablib
from django.contrib.auth import get_user_model
from django.urls import reverse

from cases.exports import NOT_READ, CaseResource, EvidenceImageResource, FindingResource, spreadsheet_safe
from cases.ingest import ingest_file
from cases.models import Analysis, AuditEvent, Case, EvidenceImage, Finding
from tests.builders import jpeg
from tests.cases.fake_reading import LEGACY_VERDICT_KEYS, legacy_report, made_with, use_fake_reading
from tests.helpers import logged_in, make_case

FORMATS = {"csv": 0, "json": 1, "xlsx": 2}


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("root", "root@example.org", "a-long-root-password")


@pytest.fixture
def evidence(cast):
    image = ingest_file(cast.case, cast.bob, "=HYPERLINK(evil).jpg", jpeg()).image
    Finding.objects.create(
        analysis=image.latest_analysis,
        image=image,
        case=cast.case,
        rule="software_editor",
        severity="medium",
        title="Edited with GIMP",
        proves="The file names GIMP in IFD0:Software",
        does_not_prove="That GIMP changed the pixels",
        evidence=[{"where": "IFD0:Software", "value": "=GIMP 2.4.5"}],
    )
    other = make_case(cast.dave, reference="DAVE-1")
    ingest_file(other, cast.dave, "d.jpg", jpeg(size=(9, 9)))
    return image


def export(client, model, resource, file_format: str, **filters):
    data = {"format": FORMATS[file_format], "resource": 0}
    data.update({f"{resource.__name__.lower()}_{name}": "on" for name in resource().fields})
    url = reverse(f"admin:cases_{model._meta.model_name}_export")
    if filters:
        url += "?" + "&".join(f"{k}={v}" for k, v in filters.items())
    return client.post(url, data)


def rows(response, file_format: str) -> list[dict]:
    if file_format == "csv":
        return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    if file_format == "json":
        return json.loads(response.content)
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    header, *body = sheet.iter_rows(values_only=True)
    return [dict(zip(header, row, strict=True)) for row in body]


@pytest.mark.parametrize("file_format", FORMATS)
def test_findings_export_in_each_format(superuser, client, evidence, file_format):
    response = export(logged_in(client, superuser), Finding, FindingResource, file_format)
    assert response.status_code == 200
    assert f".{file_format}" in response["Content-Disposition"]
    [row] = rows(response, file_format)
    assert row["rule"] == "software_editor"
    assert row["case"] == evidence.case.reference
    assert row["image_sha256"] == evidence.sha256
    assert (row["proves"], row["does_not_prove"]) == (
        "The file names GIMP in IFD0:Software",
        "That GIMP changed the pixels",
    )
    evidence = [{"where": "IFD0:Software", "value": "=GIMP 2.4.5"}]
    # A list in JSON; JSON text in a spreadsheet cell (starting with "[", never read as a formula).
    assert row["evidence"] == (evidence if file_format == "json" else json.dumps(evidence))


@pytest.mark.parametrize("file_format", FORMATS)
def test_images_export_with_their_hashes(superuser, client, evidence, file_format):
    response = export(logged_in(client, superuser), EvidenceImage, EvidenceImageResource, file_format)
    exported = {row["sha256"]: row for row in rows(response, file_format)}
    assert set(exported) == set(EvidenceImage.objects.values_list("sha256", flat=True))
    assert exported[evidence.sha256]["md5"] == evidence.md5
    assert exported[evidence.sha256]["uploaded_by"] == "bob"


def test_cases_export_honours_the_list_filter(cast, superuser, client, evidence):
    response = export(logged_in(client, superuser), Case, CaseResource, "json", q="DAVE")
    assert [row["reference"] for row in rows(response, "json")] == ["DAVE-1"]


def test_an_export_is_audited_in_each_case_it_contains(cast, superuser, client, evidence):
    export(logged_in(client, superuser), EvidenceImage, EvidenceImageResource, "xlsx")
    events = AuditEvent.objects.filter(action=AuditEvent.Action.EXPORTED)
    assert sorted(e.case.reference for e in events) == sorted([cast.case.reference, "DAVE-1"])
    mine = events.get(case=cast.case)
    assert mine.actor == superuser
    assert mine.details == {"model": "cases.EvidenceImage", "format": "xlsx", "rows": 1}


def test_spreadsheet_cells_cannot_run_as_formulas(superuser, client, evidence):
    for file_format in ("csv", "xlsx"):
        response = export(logged_in(client, superuser), EvidenceImage, EvidenceImageResource, file_format)
        names = [row["original_filename"] for row in rows(response, file_format)]
        assert "'=HYPERLINK(evil).jpg" in names
    as_json = export(client, EvidenceImage, EvidenceImageResource, "json")
    assert "=HYPERLINK(evil).jpg" in [row["original_filename"] for row in rows(as_json, "json")]


def test_spreadsheet_safe_replaces_characters_xlsx_cannot_hold():
    dataset = tablib.Dataset(["ok", "+1", "bell\x07", 5], headers=["a", "b", "c", "d"])
    assert list(spreadsheet_safe(dataset)[0]) == ["ok", "'+1", "bell\N{REPLACEMENT CHARACTER}", 5]


def test_only_csv_json_and_xlsx_are_offered(superuser, client):
    page = logged_in(client, superuser).get(reverse("admin:cases_finding_export")).content.decode()
    for offered in ("csv", "json", "xlsx"):
        assert f">{offered}<" in page
    for not_offered in ("tsv", "ods", "yaml", "html", "xls<"):
        assert f">{not_offered}" not in page


@pytest.fixture
def read_images(cast, monkeypatch):
    """Two images read by the (fake) engine and one whose latest analysis engine 0.1.0 made."""
    use_fake_reading(monkeypatch)
    files = {
        "firefly.jpg": made_with("Adobe Firefly 3", taken="2024:05:01 09:15:00", offset="+02:00", north=43, east=11),
        "gimp.jpg": made_with("GIMP 2.10", taken="2024:05:02 10:00:00"),
        "old.jpg": made_with(None, shade=3),
    }
    images = {name: ingest_file(cast.case, cast.bob, name, data).image for name, data in files.items()}
    Analysis.objects.create(image=images["old.jpg"], engine_version="0.1.0", report=legacy_report())
    return images


def cell(value, file_format: str):
    """``value`` as each format writes it: a list as JSON text in CSV and XLSX; every CSV cell as text."""
    if isinstance(value, list) and file_format != "json":
        value = json.dumps(value)
    if file_format == "csv":
        return "" if value is None else str(value)
    return value


@pytest.mark.parametrize("file_format", FORMATS)
def test_exports_carry_camera_capture_gps_software_ai_severity(superuser, client, read_images, file_format):
    response = export(logged_in(client, superuser), EvidenceImage, EvidenceImageResource, file_format)
    exported = {row["original_filename"]: row for row in rows(response, file_format)}
    expected = {
        "camera_make": "TestCam",
        "camera_model": "Model 7",
        "captured_at": "2024-05-01T09:15:00+02:00",
        "gps_latitude": 43.0,
        "gps_longitude": 11.0,
        "software": ["Adobe Firefly 3"],
        "ai_declared": True,
        "ai_generator": "Adobe Firefly",
        "highest_severity": "high",
        "summary": "Declared AI-generated by Adobe Firefly",
        "rules_run": 1,
    }
    firefly = exported["firefly.jpg"]
    assert {name: firefly[name] for name in expected} == {name: cell(v, file_format) for name, v in expected.items()}
    gimp = exported["gimp.jpg"]
    assert gimp["captured_at"] == "2024-05-02T10:00:00"  # no OffsetTimeOriginal: no zone known
    assert gimp["highest_severity"] == "medium"
    assert gimp["ai_generator"] in ("", None)


def test_an_image_not_yet_read_by_the_current_engine_says_so_in_exports(superuser, client, read_images):
    response = export(logged_in(client, superuser), EvidenceImage, EvidenceImageResource, "json")
    old = next(row for row in rows(response, "json") if row["original_filename"] == "old.jpg")
    assert (old["summary"], old["rules_run"], old["ai_declared"], old["engine_version"]) == (
        NOT_READ,
        None,
        None,
        "0.1.0",
    )


def test_no_legacy_verdict_in_case_api_or_exports(cast, superuser, client, read_images):
    admin = logged_in(client, superuser)
    names = set()
    for model, resource in ((EvidenceImage, EvidenceImageResource), (Finding, FindingResource)):
        names |= set(next(csv.reader(io.StringIO(export(admin, model, resource, "csv").content.decode()))))
        names |= keys_of(json.loads(export(admin, model, resource, "json").content))
    api = logged_in(client, cast.carol)
    old = read_images["old.jpg"]
    for url in (
        "/api/images/",
        f"/api/images/{old.pk}/",
        "/api/analyses/",
        f"/api/analyses/{old.latest_analysis.pk}/",
        "/api/findings/",
    ):
        names |= keys_of(api.get(url).json())
    # Field names, not words: a summary may well say "origin confidence 0.90".
    assert names & set(LEGACY_VERDICT_KEYS) == set()


def keys_of(value) -> set[str]:
    """Every key of every object in a JSON value."""
    if isinstance(value, dict):
        return set(value) | set().union(*(keys_of(item) for item in value.values()))
    if isinstance(value, list):
        return set().union(*(keys_of(item) for item in value))
    return set()
