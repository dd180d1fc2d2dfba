"""The printable case report: case facts, members, every image with hashes, key metadata, GPS and findings."""

from django.urls import reverse

from cases.models import AuditEvent, Finding
from tests.helpers import logged_in


def printable(client, user, case):
    return logged_in(client, user).get(reverse("cases:report", args=[case.pk]))


def test_it_holds_case_facts_members_and_every_image(client, cast, stored_image):
    Finding.objects.create(
        analysis=stored_image.latest_analysis,
        image=stored_image,
        case=cast.case,
        rule="software_editor",
        severity="high",
        title="Edited",
        evidence="IFD0:Software",
    )
    html = printable(client, cast.carol, cast.case).content.decode()
    for text in (cast.case.reference, cast.case.title, "alice", "bob", "carol", "Investigator", "harbour.jpg"):
        assert text in html
    for digest in (stored_image.sha256, stored_image.sha1, stored_image.md5):
        assert digest in html
    assert "TestCam" in html  # key metadata: camera make
    assert "43.467400, 11.885100" in html
    assert "2008-10-22 16:28:39 UTC+02:00" in html
    assert "Edited" in html and "IFD0:Software" in html


def test_it_has_a_print_stylesheet(client, cast):
    html = printable(client, cast.carol, cast.case).content.decode()
    assert '<link rel="stylesheet" href="/static/imgmeta/print.css" media="print">' in html
    assert client.get("/static/imgmeta/print.css").status_code == 200


def test_it_is_audited_as_an_export(client, cast):
    printable(client, cast.carol, cast.case)
    event = AuditEvent.objects.get(action=AuditEvent.Action.EXPORTED)
    assert (event.actor, event.case, event.details) == (cast.carol, cast.case, {"format": "printable report"})
