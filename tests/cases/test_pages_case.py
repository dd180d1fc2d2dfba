"""The case page: image grid, finding counts, map, capture-time timeline, details and deletion."""

from pathlib import Path

from django.template.defaultfilters import filesizeformat
from django.urls import reverse

from cases.ingest import ingest_file
from cases.models import Analysis, AuditEvent, Case, EvidenceImage, Finding
from tests.builders import jpeg
from tests.helpers import logged_in, photo


def page(client, user, case) -> str:
    response = logged_in(client, user).get(reverse("cases:case", args=[case.pk]))
    assert response.status_code == 200
    return response.content.decode()


def add_finding(analysis: Analysis, severity: str, title: str = "A finding") -> Finding:
    return Finding.objects.create(
        analysis=analysis,
        image=analysis.image,
        case=analysis.image.case,
        rule="test_rule",
        severity=severity,
        title=title,
    )


def test_the_grid_shows_each_image_with_its_thumbnail_and_status(client, cast, stored_image):
    html = page(client, cast.carol, cast.case)
    assert reverse("cases:thumbnail", args=[cast.case.pk, stored_image.pk]) in html
    assert stored_image.get_absolute_url() in html
    assert 'data-status="done"' in html


def test_a_failed_image_shows_its_error_in_the_grid(client, cast):
    ingest_file(cast.case, cast.bob, "broken.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 20)
    html = page(client, cast.carol, cast.case)
    assert 'data-status="failed"' in html
    assert "Cannot read this JPEG file" in html


def test_findings_are_counted_by_severity_from_each_latest_analysis(client, cast, stored_image):
    old = stored_image.latest_analysis
    add_finding(old, "high", "Superseded")
    latest = Analysis.objects.create(image=stored_image, engine_version="x", report={})
    add_finding(latest, "medium")
    add_finding(latest, "medium")
    add_finding(latest, "info")
    response = logged_in(client, cast.carol).get(reverse("cases:case", args=[cast.case.pk]))
    assert response.context["overview"].severity_counts == {"high": 0, "medium": 2, "low": 0, "info": 1}


def test_the_map_lists_every_gps_point_as_coordinates(client, cast, stored_image):
    ingest_file(cast.case, cast.bob, "south.jpg", photo(lat=-33.8568, lon=151.2153, shade=3))
    ingest_file(cast.case, cast.bob, "nowhere.jpg", photo(shade=4))
    response = logged_in(client, cast.carol).get(reverse("cases:case", args=[cast.case.pk]))
    points = [(p["name"], round(p["lat"], 4), round(p["lon"], 4)) for p in response.context["map_points"]]
    assert points == [("harbour.jpg", 43.4674, 11.8851), ("south.jpg", -33.8568, 151.2153)]
    html = response.content.decode()
    assert "43.467400" in html and "-33.856800" in html and "151.215300" in html
    assert 'id="case-points"' in html  # the same points as JSON for the map script


def test_the_map_uses_the_tile_server_setting(client, cast, stored_image, settings):
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    assert 'data-tile-url="https://tiles.example.org/{z}/{x}/{y}.png"' in page(client, cast.carol, cast.case)


def test_leaflet_is_served_by_the_app_and_no_cdn_is_used(client, cast, stored_image):
    html = page(client, cast.carol, cast.case)
    assert '<script src="/static/leaflet/leaflet.js">' in html
    assert 'href="/static/leaflet/leaflet.css"' in html
    assert "//unpkg" not in html and "cdn" not in html.lower()
    assert client.get("/static/leaflet/leaflet.js").status_code == 200


def test_the_timeline_orders_capture_times_in_utc_where_the_offset_is_known(client, cast):
    ingest_file(cast.case, cast.bob, "paris.jpg", photo(taken="2024:05:01 10:00:00", offset="+02:00", shade=1))
    ingest_file(cast.case, cast.bob, "london.jpg", photo(taken="2024:05:01 09:30:00", offset="+00:00", shade=2))
    ingest_file(cast.case, cast.bob, "unknown.jpg", photo(taken="2024:05:01 08:45:00", shade=3))
    response = logged_in(client, cast.carol).get(reverse("cases:case", args=[cast.case.pk]))
    entries = response.context["overview"].timeline
    assert [e.facts.image.original_filename for e in entries] == ["paris.jpg", "unknown.jpg", "london.jpg"]
    html = response.content.decode()
    assert "UTC+02:00" in html and "no time zone recorded" in html


def test_the_upload_form_is_offered_to_investigators_not_viewers(client, cast):
    upload = reverse("cases:upload", args=[cast.case.pk])
    assert upload in page(client, cast.bob, cast.case)
    assert upload not in page(client, cast.carol, cast.case)


def test_member_management_is_offered_to_the_owner_only(client, cast):
    add = reverse("cases:member_add", args=[cast.case.pk])
    assert add in page(client, cast.alice, cast.case)
    assert add not in page(client, cast.bob, cast.case)


def test_an_investigator_closes_the_case_and_it_is_audited(client, cast):
    logged_in(client, cast.bob).post(
        reverse("cases:edit", args=[cast.case.pk]), {"title": cast.case.title, "status": "closed", "description": ""}
    )
    cast.case.refresh_from_db()
    assert cast.case.status == Case.Status.CLOSED
    assert AuditEvent.objects.get(action=AuditEvent.Action.CASE_UPDATED).details == {
        "changed": {"status": ["open", "closed"]}
    }


def test_bad_case_details_get_a_message_and_change_nothing(client, cast):
    response = logged_in(client, cast.bob).post(
        reverse("cases:edit", args=[cast.case.pk]), {"title": "", "status": "lost", "description": ""}
    )
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    cast.case.refresh_from_db()
    assert (cast.case.title, cast.case.status) == ("Harbour warehouse fire", "open")


def test_deleting_a_case_needs_its_reference_typed(client, cast, stored_image):
    response = logged_in(client, cast.alice).post(reverse("cases:delete", args=[cast.case.pk]), {"confirm": "nope"})
    assert response.status_code == 400
    assert "The reference does not match" in response.content.decode()
    assert Case.objects.filter(pk=cast.case.pk).exists()


def test_the_owner_deletes_a_case_with_its_files_and_it_is_audited(
    client, cast, stored_image, django_capture_on_commit_callbacks
):
    logged_in(client, cast.alice)
    original, thumbnail = Path(stored_image.file.path), Path(stored_image.thumbnail.path)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("cases:delete", args=[cast.case.pk]), {"confirm": cast.case.reference})
    assert response["Location"] == reverse("cases:list")
    assert not Case.objects.exists() and not EvidenceImage.objects.exists()
    assert not original.exists() and not thumbnail.exists()
    event = AuditEvent.objects.get(action=AuditEvent.Action.CASE_DELETED)
    assert (event.actor, event.details) == (cast.alice, {"reference": cast.case.reference, "images": 1})


def test_the_owner_deletes_one_image_and_it_is_audited(client, cast, stored_image):
    logged_in(client, cast.alice).post(reverse("cases:image_delete", args=[cast.case.pk, stored_image.pk]))
    assert not cast.case.images.exists()
    event = AuditEvent.objects.get(action=AuditEvent.Action.IMAGE_DELETED)
    assert event.details == {"filename": "harbour.jpg", "sha256": stored_image.sha256}


def test_an_image_without_any_analysis_still_shows(client, cast):
    image = ingest_file(cast.case, cast.bob, "a.jpg", jpeg()).image
    image.analyses.all().delete()
    assert "a.jpg" in page(client, cast.carol, cast.case)


def test_the_upload_hint_says_the_limit_is_on_the_whole_request(client, cast, settings):
    html = page(client, cast.bob, cast.case)
    limit = filesizeformat(settings.MAX_UPLOAD_BYTES)  # "20.0\xa0MB"
    assert f"Each upload request may be at most {limit}, form data included" in html
    assert "each file in a request of its own, so a file must stay a little under that" in html
    assert f"{limit} each" not in html


def test_every_page_links_a_favicon_served_by_the_app(client, cast):
    html = page(client, cast.carol, cast.case)
    assert '<link rel="icon" href="/static/imgmeta/favicon.ico" sizes="16x16 32x32">' in html
    response = client.get("/static/imgmeta/favicon.ico")
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO file header
