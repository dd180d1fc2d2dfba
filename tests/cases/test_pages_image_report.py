"""The image report: metadata groups as tables, findings with evidence, hashes, file facts, map,
engine version, re-analysis, and the audit of each view."""

import os

from django.urls import reverse

from analysis import ENGINE_VERSION
from cases.ingest import ingest_file
from cases.models import Analysis, AuditEvent, Finding
from tests.helpers import logged_in

REPORT = {
    "width": 640,
    "height": 480,
    "mode": "RGB",
    "metadata": {
        "IFD0": {"Make": "NIKON", "Model": "COOLPIX P6000"},
        "ExifIFD": {"DateTimeOriginal": "2008:10:22 16:28:39", "ExposureTime": 0.0025},
        "ICC_Profile": {"ProfileDescription": "sRGB", "RedTRC": {"binary": 14}},
    },
    "jpeg": {"Quality": 92},
    "gps": {"latitude": 43.467448, "longitude": 11.885127},
    "analysis": {"verdict": "edited", "confidence": 0.85, "software_detected": ["gimp 2.4.5"], "notes": []},
    "warnings": [{"group": "MakerNotes", "message": "Bad offset"}],
}


def report_of(client, user, image):
    return logged_in(client, user).get(reverse("cases:image", args=[image.case_id, image.pk]))


def with_report(image, report=REPORT, engine_version=ENGINE_VERSION) -> Analysis:
    return Analysis.objects.create(image=image, engine_version=engine_version, report=report)


def test_every_metadata_group_is_its_own_table(client, cast, stored_image):
    with_report(stored_image)
    html = report_of(client, cast.carol, stored_image).content.decode()
    for group in ("IFD0", "ExifIFD", "ICC_Profile", "jpeg (structure)"):
        assert f"<caption>{group}</caption>" in html
    assert "<th>Model</th><td>COOLPIX P6000</td>" in html
    assert "<th>RedTRC</th><td>(binary data, 14 bytes)</td>" in html
    assert "<th>Quality</th><td>92</td>" in html


def test_findings_are_shown_with_their_evidence(client, cast, stored_image):
    analysis = with_report(stored_image)
    Finding.objects.create(
        analysis=analysis,
        image=stored_image,
        case=cast.case,
        rule="software_editor",
        severity="medium",
        title="Edited with GIMP",
        detail="The Software tag names an image editor.",
        evidence="IFD0:Software = GIMP 2.4.5",
    )
    html = report_of(client, cast.carol, stored_image).content.decode()
    assert "Edited with GIMP" in html
    assert "The Software tag names an image editor." in html
    assert "<code>IFD0:Software = GIMP 2.4.5</code>" in html


def test_it_shows_the_hashes_and_file_facts(client, cast, stored_image):
    html = report_of(client, cast.carol, stored_image).content.decode()
    for value in (stored_image.sha256, stored_image.sha1, stored_image.md5, "harbour.jpg", "image/jpeg", "bob"):
        assert value in html
    assert f"{stored_image.size:,} bytes" in html


def test_it_maps_the_image_and_gives_its_capture_time(client, cast, stored_image):
    response = report_of(client, cast.carol, stored_image)
    assert [(p["lat"], p["lon"]) for p in response.context["map_points"]] == [response.context["point"]]
    html = response.content.decode()
    assert "43.467400" in html and "11.885100" in html
    assert "2008-10-22 16:28:39 UTC+02:00" in html


def test_it_offers_the_download_of_the_original(client, cast, stored_image):
    html = report_of(client, cast.carol, stored_image).content.decode()
    assert reverse("cases:original", args=[cast.case.pk, stored_image.pk]) in html


def test_viewing_is_audited(client, cast, stored_image):
    report_of(client, cast.carol, stored_image)
    event = AuditEvent.objects.get(action=AuditEvent.Action.IMAGE_VIEWED)
    assert (event.actor, event.case, event.target_id) == (cast.carol, cast.case, str(stored_image.pk))


def test_it_says_which_engine_made_the_report(client, cast, stored_image):
    with_report(stored_image, engine_version="0.0.1-old")
    html = report_of(client, cast.carol, stored_image).content.decode()
    assert "engine <strong>0.0.1-old</strong>" in html
    assert f"the current engine is <strong>{ENGINE_VERSION}</strong>" in html
    assert "re-analyse to read the file with the current one" in html


def test_reanalysing_adds_an_analysis_by_the_current_engine_and_is_audited(client, cast, stored_image):
    first = stored_image.latest_analysis
    with_report(stored_image, engine_version="0.0.1-old")
    response = logged_in(client, cast.bob).post(reverse("cases:reanalyse", args=[cast.case.pk, stored_image.pk]))
    assert response["Location"] == stored_image.get_absolute_url()
    assert stored_image.analyses.count() == 3
    assert stored_image.latest_analysis.engine_version == ENGINE_VERSION
    assert stored_image.analyses.filter(pk=first.pk).exists()
    event = AuditEvent.objects.get(action=AuditEvent.Action.REANALYSED)
    assert event.actor == cast.bob and event.details["engine_version"] == ENGINE_VERSION


def test_a_failed_image_shows_its_error(client, cast):
    image = ingest_file(cast.case, cast.bob, "broken.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 20).image
    html = report_of(client, cast.carol, image).content.decode()
    assert "Analysis failed: Cannot read this JPEG file" in html


def test_a_missing_original_is_reported_without_the_server_path(client, cast, stored_image, evidence_dir):
    os.remove(stored_image.file.path)
    logged_in(client, cast.bob).post(reverse("cases:reanalyse", args=[cast.case.pk, stored_image.pk]))
    html = report_of(client, cast.carol, stored_image).content.decode()
    assert "Analysis failed: the stored original is missing" in html
    assert str(evidence_dir) not in html and "originals/" not in html


def test_an_image_not_yet_analysed_says_so(client, cast, stored_image):
    stored_image.analyses.all().delete()
    html = report_of(client, cast.carol, stored_image).content.decode()
    assert "No analysis yet" in html


def test_actions_follow_the_role(client, cast, stored_image):
    reanalyse = reverse("cases:reanalyse", args=[cast.case.pk, stored_image.pk])
    delete = reverse("cases:image_delete", args=[cast.case.pk, stored_image.pk])
    viewer = report_of(client, cast.carol, stored_image).content.decode()
    investigator = report_of(client, cast.bob, stored_image).content.decode()
    owner = report_of(client, cast.alice, stored_image).content.decode()
    assert reanalyse not in viewer and delete not in viewer
    assert reanalyse in investigator and delete not in investigator
    assert reanalyse in owner and delete in owner
