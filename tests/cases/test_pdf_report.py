"""The PDF case report and the single-image PDF (cases/pdfreport.py, cases/reports.py): read
back with pypdf, page by page."""

import io
import time

import pytest
from django.urls import reverse
from pypdf import PdfReader

from analysis import ENGINE_VERSION
from cases.ingest import ingest_file
from cases.models import AuditEvent
from cases.overview import case_overview
from cases.pdfreport import LIMITATIONS, ReportInput, render
from tests.cases.typed_reports import finding, signal, software, store, typed_report
from tests.helpers import logged_in, photo

# Pages every report has besides the images' own: cover, summary, map, custody log, originals,
# limitations (each image takes one page while its reading fits on it).
FIXED_PAGES = 6


def pages(response) -> list[str]:
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/pdf"
    # Cells wrap their text onto several lines: compare with single spaces.
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(response.content)).pages]


def case_pdf(client, user, case):
    return logged_in(client, user).get(reverse("cases:report_pdf", args=[case.pk]))


def page_with(texts: list[str], heading: str) -> str:
    return next(text for text in texts if heading in text)


@pytest.fixture
def edited_image(cast):
    """An image whose reading names Photoshop, a medium finding and an edited origin."""
    image = ingest_file(cast.case, cast.bob, "edited.jpg", photo(shade=9)).image
    store(
        image,
        typed_report(
            summary="Edited in Adobe Photoshop 24.0",
            metadata={
                "IFD0": {"Make": "Canon", "Model": "Canon EOS 40D"},
                "ExifIFD": {"DateTimeOriginal": "2020:01:02 03:04:05", "OffsetTimeOriginal": "-05:00"},
            },
            findings=[
                finding(
                    "medium",
                    "Embedded thumbnail differs from the picture",
                    ("IFD1:ThumbnailLength", 5120),
                    proves="The picture was changed after the thumbnail was made.",
                    does_not_prove="What was changed.",
                )
            ],
            programs=[software("Adobe Photoshop", "24.0", "editor", ("IFD0:Software", "Adobe Photoshop 24.0"))],
            origin={
                "label": "edited",
                "confidence": 0.85,
                "signals": [signal("editor_software", "edited", "strong", ("IFD0:Software", "Adobe Photoshop 24.0"))],
            },
        ),
    )
    return image


def test_the_summary_has_a_row_for_every_image(client, cast, stored_image, edited_image):
    summary = page_with(pages(case_pdf(client, cast.carol, cast.case)), "Summary of the images")
    assert "harbour.jpg" in summary and "TestCam" in summary
    assert "2008-10-22 16:28:39 UTC+02:00" in summary
    assert "edited.jpg" in summary and "Canon EOS 40D" in summary
    assert "2020-01-02 03:04:05 UTC-05:00" in summary
    assert "editor's export (0.85)" in summary
    assert "medium" in summary


def test_the_page_count_is_the_fixed_parts_plus_a_page_per_image(client, cast, stored_image, edited_image):
    texts = pages(case_pdf(client, cast.carol, cast.case))
    assert len(texts) == FIXED_PAGES + 2
    assert f"Page {len(texts)} of {len(texts)}" in texts[-1]


def test_every_page_names_the_case_reference(client, cast, stored_image, edited_image):
    texts = pages(case_pdf(client, cast.carol, cast.case))
    assert all(f"Case {cast.case.reference}" in text for text in texts)
    assert all(f"Page {number} of {len(texts)}" in text for number, text in enumerate(texts, 1))


def test_the_cover_names_case_examiner_date_and_engine(client, cast, stored_image):
    cast.carol.first_name, cast.carol.last_name = "Carol", "Viewer"
    cast.carol.save()
    cover = pages(case_pdf(client, cast.carol, cast.case))[0]
    for text in (cast.case.reference, cast.case.title, "Carol Viewer (carol)", ENGINE_VERSION, "Generated"):
        assert text in cover


def test_each_image_page_shows_hashes_reading_evidence_and_gps(client, cast, stored_image, edited_image):
    texts = pages(case_pdf(client, cast.carol, cast.case))
    harbour = page_with(texts, "1. harbour.jpg")
    for digest in (stored_image.md5, stored_image.sha1, stored_image.sha256):
        assert digest in harbour
    assert "43.467400, 11.885100" in harbour
    edited = page_with(texts, "2. edited.jpg")
    assert "Edited in Adobe Photoshop 24.0" in edited
    assert "Origin: editor's export, confidence 0.85" in edited
    assert "IFD1:ThumbnailLength = 5120" in edited and "IFD0:Software = Adobe Photoshop 24.0" in edited
    assert "The picture was changed after the thumbnail was made." in edited and "What was changed." in edited
    assert "Camera model" in edited and "Canon EOS 40D" in edited


def test_the_map_page_plots_and_lists_the_points(client, cast, stored_image, edited_image):
    ingest_file(cast.case, cast.bob, "nowhere.jpg", photo(lat=0.0, lon=0.0, shade=3))
    map_page = page_with(pages(case_pdf(client, cast.carol, cast.case)), "Map of the GPS points")
    assert "harbour.jpg" in map_page and "43.467400" in map_page
    assert "nowhere.jpg" not in map_page  # the (0, 0) placeholder is not a position
    assert "43.466N" in map_page and "11.884E" in map_page and "200 m" in map_page  # graticule, scale bar


def test_the_custody_log_lists_the_case_events_and_this_export(client, cast, stored_image):
    texts = pages(case_pdf(client, cast.carol, cast.case))
    custody = page_with(texts, "Custody log")
    assert "Image uploaded harbour.jpg" in custody
    assert "Exported" in custody and "carol" in custody and "pdf report" in custody


def test_the_originals_page_holds_every_sha256_and_the_engine_version(client, cast, stored_image, edited_image):
    originals = page_with(pages(case_pdf(client, cast.carol, cast.case)), "Originals and their hashes")
    assert stored_image.sha256 in originals and edited_image.sha256 in originals
    assert ENGINE_VERSION in originals


def test_the_limitations_are_the_last_page(client, cast, stored_image):
    last = pages(case_pdf(client, cast.carol, cast.case))[-1]
    assert "Limitations of the automated reading" in last
    assert all(title in last for title, _ in LIMITATIONS)


def test_a_viewer_downloads_it_as_a_private_attachment(client, cast, stored_image):
    response = case_pdf(client, cast.carol, cast.case)
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{cast.case.reference}-report.pdf"'
    assert "no-store" in response["Cache-Control"]
    assert response.content.startswith(b"%PDF-")


def test_the_download_is_audited_as_an_export(client, cast, stored_image):
    case_pdf(client, cast.carol, cast.case)
    event = AuditEvent.objects.get(action=AuditEvent.Action.EXPORTED, actor=cast.carol)
    assert event.case == cast.case
    assert event.details == {"format": "pdf report", "images": 1}


def test_a_non_member_gets_404_and_nothing_is_audited(client, cast, stored_image):
    assert case_pdf(client, cast.dave, cast.case).status_code == 404
    image_url = reverse("cases:image_report_pdf", args=[cast.case.pk, stored_image.pk])
    assert client.get(image_url).status_code == 404
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.EXPORTED).exists()


def test_a_visitor_is_sent_to_log_in(client, cast):
    response = client.get(reverse("cases:report_pdf", args=[cast.case.pk]))
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_rest_api_serves_the_same_reports_to_members_only(client, cast, stored_image):
    logged_in(client, cast.carol)
    case_texts = pages(client.get(f"/api/cases/{cast.case.pk}/report.pdf", HTTP_ACCEPT="application/json"))
    assert "harbour.jpg" in case_texts[1]
    image_texts = pages(client.get(f"/api/images/{stored_image.pk}/report.pdf"))
    assert len(image_texts) == FIXED_PAGES + 1
    logged_in(client, cast.dave)
    assert client.get(f"/api/cases/{cast.case.pk}/report.pdf").status_code == 404
    assert client.get(f"/api/images/{stored_image.pk}/report.pdf").status_code == 404


def test_the_image_pdf_has_the_case_layout_for_one_image_and_its_own_events(client, cast, stored_image, edited_image):
    url = reverse("cases:image_report_pdf", args=[cast.case.pk, edited_image.pk])
    texts = pages(logged_in(client, cast.carol).get(url))
    assert len(texts) == FIXED_PAGES + 1
    assert "Image report: edited.jpg" in texts[0]
    assert "harbour.jpg" not in "".join(texts)
    custody = page_with(texts, "Custody log")
    assert "edited.jpg" in custody and "harbour.jpg" not in custody
    event = AuditEvent.objects.get(action=AuditEvent.Action.EXPORTED)
    assert event.target_id == str(edited_image.pk) and event.details["sha256"] == edited_image.sha256


def test_a_missing_thumbnail_reads_no_preview(client, cast, stored_image):
    stored_image.thumbnail.delete(save=True)
    texts = pages(case_pdf(client, cast.carol, cast.case))
    assert "no preview" in page_with(texts, "Summary of the images")
    assert "no preview" in page_with(texts, "1. harbour.jpg")


def test_a_thumbnail_is_drawn_when_stored(client, cast, stored_image):
    assert stored_image.thumbnail
    response = case_pdf(client, cast.carol, cast.case)
    reader = PdfReader(io.BytesIO(response.content))
    assert reader.pages[1].images and reader.pages[2].images
    assert "no preview" not in reader.pages[1].extract_text()


def test_hostile_values_are_drawn_as_plain_text(client, cast):
    name = "<b>x</b>{nb}\x07\u4e2d\n.jpg"
    image = ingest_file(cast.case, cast.bob, name, photo(shade=7)).image
    store(image, typed_report(metadata={"IFD0": {"Make": "**bold**", "Model": "A" * 5000}}))
    texts = pages(case_pdf(client, cast.carol, cast.case))
    summary = page_with(texts, "Summary of the images")
    assert "<b>x</b>{nb}\\x07\\u4e2d .jpg" in summary
    item = page_with(texts, "1. <b>x</b>")
    assert "**bold**" in item
    assert "A" * 5000 not in "".join(texts).replace(" ", "")
    assert "characters in all" in "".join(texts)


def test_an_inferred_time_zone_is_shown_as_inferred(client, cast, stored_image):
    store(
        stored_image,
        typed_report(
            metadata={
                "ExifIFD": {"DateTimeOriginal": "2008:10:22 16:28:39"},
                "GPS": {"GPSDateStamp": "2008:10:22", "GPSTimeStamp": "14:27:07.24"},
            }
        ),
    )
    summary = page_with(pages(case_pdf(client, cast.carol, cast.case)), "Summary of the images")
    assert "2008-10-22 16:28:39 UTC+02:00 (inferred from GPS time)" in summary


def test_a_hundred_images_render_in_a_few_seconds(cast, stored_image):
    facts = case_overview(cast.case, full=True).images[0]
    content = ReportInput("REF-1", "Title", "Case report", "carol", stored_image.uploaded_at, [facts] * 100, [])
    started = time.monotonic()
    data = render(content)
    assert time.monotonic() - started < 15  # about 2 s on a shared 2-core machine
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    assert [number for number in range(1, 101) if any(f"\n{number}. harbour.jpg\n" in text for text in texts)] == list(
        range(1, 101)
    )
