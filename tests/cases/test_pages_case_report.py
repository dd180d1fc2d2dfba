"""The printable case report: a summary table first, then case facts, members, and every image
with hashes, key metadata, GPS and its reading."""

from django.urls import reverse

from cases.ingest import ingest_file
from cases.models import AuditEvent
from tests.cases.typed_reports import finding, software, store, typed_report
from tests.helpers import logged_in, photo


def printable(client, user, case):
    return logged_in(client, user).get(reverse("cases:report", args=[case.pk]))


def test_it_holds_case_facts_members_and_every_image(client, cast, stored_image):
    html = printable(client, cast.carol, cast.case).content.decode()
    for text in (cast.case.reference, cast.case.title, "alice", "bob", "carol", "Investigator", "harbour.jpg"):
        assert text in html
    for digest in (stored_image.sha256, stored_image.sha1, stored_image.md5):
        assert digest in html
    assert "<tr><th>Camera make</th><td>TestCam</td></tr>" in html
    assert "43.467400, 11.885100" in html
    assert "2008-10-22 16:28:39 UTC+02:00" in html


def test_printable_report_summary_table_uses_typed_camera(client, cast, stored_image):
    htc = typed_report(
        metadata={
            "IFD0": {"Make": "HTC", "Model": "HTC One_M8"},
            "ExifIFD": {"DateTimeOriginal": "2015:06:01 12:00:00", "OffsetTimeOriginal": "+01:00"},
        },
        programs=[software("Adobe Photoshop", "24.0", "editor", ("IFD0:Software", "Adobe Photoshop 24.0"))],
    )
    htc |= {"Make": "HT", "Model": "One"}  # flat keys of the original API: never printed
    store(stored_image, htc)
    nikon = ingest_file(cast.case, cast.bob, "nikon.jpg", photo(shade=5)).image
    store(nikon, typed_report(metadata={"IFD0": {"Make": "NIKON\u2400", "Model": "COOLPIX P7000\u2400\u2400\u2400"}}))
    html = printable(client, cast.carol, cast.case).content.decode()
    table = html[html.index('<table class="list summary-table">') : html.index("</table>", html.index("summary-table"))]
    assert html.index("summary-table") < html.index("<h2>Members</h2>") < html.index("<h2>Evidence</h2>")
    row = (
        "<td>harbour.jpg</td>\n          <td>HTC One_M8</td>\n          <td>2015-06-01 12:00:00 UTC+01:00</td>\n"
        "          <td>Adobe Photoshop 24.0</td>\n          <td>unknown</td>\n"
        "          <td>—</td>\n          <td>none</td>"
    )
    assert row in table
    assert "<td>NIKON COOLPIX P7000</td>" in table
    assert "<tr><th>Camera make</th><td>HTC</td></tr>" in html
    assert "<tr><th>Camera model</th><td>HTC One_M8</td></tr>" in html
    assert "<tr><th>Camera model</th><td>COOLPIX P7000</td></tr>" in html
    assert "\u2400" not in html and "<td>HT</td>" not in html and ">One<" not in html


def test_each_image_prints_its_reading(client, cast, stored_image):
    store(
        stored_image,
        typed_report(
            summary="Edited in Adobe Photoshop 24.0",
            findings=[
                finding(
                    "medium",
                    "Edited in Adobe Photoshop",
                    ("IFD0:Software", "Adobe Photoshop 24.0"),
                    proves="Photoshop wrote the file.",
                    does_not_prove="That its content was changed.",
                )
            ],
            programs=[software("Adobe Photoshop", "24.0", "editor", ("XMP-xmp:CreatorTool", "Photoshop 24.0"))],
        ),
    )
    html = printable(client, cast.carol, cast.case).content.decode()
    item = html[html.index('<section class="evidence-item">') :]
    assert '<p class="reading-summary">Edited in Adobe Photoshop 24.0</p>' in item
    assert "<tr><th><code>IFD0:Software</code></th><td><code>Adobe Photoshop 24.0</code></td></tr>" in item
    assert "<dt>Proves</dt><dd>Photoshop wrote the file.</dd>" in item
    assert "<dt>Does not prove</dt><dd>That its content was changed.</dd>" in item
    assert "<th><code>XMP-xmp:CreatorTool</code></th><td><code>Photoshop 24.0</code></td>" in item
    assert "1 medium" in html and "from 14 rules on 1 image" in html


def test_long_values_print_cut_without_a_details_toggle(client, cast, stored_image):
    store(stored_image, typed_report(findings=[finding("low", "Long", ("XMP-x:Long", "y" * 5000))]))
    html = printable(client, cast.carol, cast.case).content.decode()
    assert "<details" not in html
    assert f"<code>{'y' * 640} … (5,000 characters in all)</code>" in html


def test_an_old_engine_report_prints_no_verdict_but_says_the_reading_is_missing(client, cast, stored_image):
    store(stored_image, {"Make": "NIKON", "analysis": {"verdict": "LIKELY_EDITED"}}, engine_version="0.1.0")
    html = printable(client, cast.carol, cast.case).content.decode()
    assert "LIKELY_EDITED" not in html and "Verdict" not in html
    assert "No reading: analysed by an older engine — re-analyse to get the reading." in html
    assert "<td>not read</td>" in html and "no image read by the forensic rules" in html


def test_it_has_a_print_stylesheet(client, cast):
    html = printable(client, cast.carol, cast.case).content.decode()
    assert '<link rel="stylesheet" href="/static/imgmeta/print.css" media="print">' in html
    assert client.get("/static/imgmeta/print.css").status_code == 200


def test_it_is_audited_as_an_export(client, cast):
    printable(client, cast.carol, cast.case)
    event = AuditEvent.objects.get(action=AuditEvent.Action.EXPORTED)
    assert (event.actor, event.case, event.details) == (cast.carol, cast.case, {"format": "printable report"})


def test_the_summary_table_gives_each_images_origin_and_confidence(client, cast, stored_image):
    store(stored_image, typed_report(origin={"label": "facebook", "confidence": 0.96}))
    html = printable(client, cast.carol, cast.case).content.decode()
    table = html[html.index('<table class="list summary-table">') : html.index("</table>", html.index("summary-table"))]
    assert "<th>Origin</th>" in table and "<td>Facebook download, 0.96</td>" in table
