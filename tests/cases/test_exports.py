"""Admin exports of cases, images and findings as CSV, JSON and XLSX; every export audited."""

import csv
import io
import json

import openpyxl
import pytest
import tablib
from django.contrib.auth import get_user_model
from django.urls import reverse

from cases.exports import CaseResource, EvidenceImageResource, FindingResource, spreadsheet_safe
from cases.ingest import ingest_file
from cases.models import AuditEvent, Case, EvidenceImage, Finding
from tests.builders import jpeg
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
        evidence="IFD0:Software = GIMP 2.4.5",
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
    assert row["evidence"] == "IFD0:Software = GIMP 2.4.5"


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
