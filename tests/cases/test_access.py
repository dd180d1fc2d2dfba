"""Who may do what with a case, one rule at a time. Outsiders get 404 for everything (a case's
existence is not revealed), viewers read, investigators also upload and re-analyse, owners also
manage members and delete."""

import pytest
from django.urls import reverse

from cases.models import Case, EvidenceImage, Membership
from tests.helpers import logged_in, make_case, make_user, named, photo


def read_urls(case, image):
    return [
        reverse("cases:case", args=[case.pk]),
        reverse("cases:report", args=[case.pk]),
        reverse("cases:image", args=[case.pk, image.pk]),
        reverse("cases:thumbnail", args=[case.pk, image.pk]),
        reverse("cases:original", args=[case.pk, image.pk]),
    ]


def write_urls(case, image):
    return [
        (reverse("cases:upload", args=[case.pk]), {"files": named(photo(shade=9), "new.jpg")}),
        (reverse("cases:edit", args=[case.pk]), {"title": "Changed", "status": "closed", "description": ""}),
        (reverse("cases:reanalyse", args=[case.pk, image.pk]), {}),
    ]


def member_urls(case, member):
    return [
        (reverse("cases:member_add", args=[case.pk]), {"username": "erin", "role": "viewer"}),
        (reverse("cases:member_role", args=[case.pk, member.pk]), {"role": "owner"}),
        (reverse("cases:member_remove", args=[case.pk, member.pk]), {}),
    ]


def delete_urls(case, image):
    return [
        (reverse("cases:image_delete", args=[case.pk, image.pk]), {}),
        (reverse("cases:delete", args=[case.pk]), {"confirm": case.reference}),
    ]


@pytest.fixture
def carols_membership(cast):
    return cast.case.memberships.get(user=cast.carol)


def test_every_page_requires_login(client, cast, stored_image):
    for url in [reverse("cases:list"), *read_urls(cast.case, stored_image)]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url


def test_outsider_gets_404_for_a_case_its_images_thumbnails_originals_and_reports(client, cast, stored_image):
    logged_in(client, cast.dave)
    for url in read_urls(cast.case, stored_image):
        assert client.get(url).status_code == 404, url


def test_outsider_gets_404_for_every_change_and_nothing_changes(client, cast, stored_image, carols_membership):
    make_user("erin")
    logged_in(client, cast.dave)
    changes = write_urls(cast.case, stored_image) + member_urls(cast.case, carols_membership)
    for url, data in changes + delete_urls(cast.case, stored_image):
        assert client.post(url, data).status_code == 404, url
    assert Case.objects.filter(pk=cast.case.pk, title=cast.case.title).exists()
    assert EvidenceImage.objects.filter(case=cast.case).count() == 1
    assert cast.case.memberships.count() == 3


def test_a_case_that_does_not_exist_looks_the_same_as_someone_elses(client, cast):
    logged_in(client, cast.dave)
    missing = client.get(reverse("cases:case", args=[cast.case.pk + 1000]))
    hidden = client.get(reverse("cases:case", args=[cast.case.pk]))
    assert missing.status_code == hidden.status_code == 404


def test_an_image_is_only_reachable_through_its_own_case(client, cast, stored_image):
    other = make_case(cast.alice, reference="OTHER-1")
    logged_in(client, cast.alice)
    assert client.get(reverse("cases:image", args=[other.pk, stored_image.pk])).status_code == 404
    assert client.get(reverse("cases:original", args=[other.pk, stored_image.pk])).status_code == 404


def test_viewer_can_read_every_page(client, cast, stored_image):
    logged_in(client, cast.carol)
    for url in read_urls(cast.case, stored_image):
        assert client.get(url).status_code == 200, url


def test_viewer_cannot_upload(client, cast):
    logged_in(client, cast.carol)
    response = client.post(reverse("cases:upload", args=[cast.case.pk]), {"files": named(photo(), "x.jpg")})
    assert response.status_code == 403
    assert not EvidenceImage.objects.exists()


def test_viewer_cannot_reanalyse(client, cast, stored_image):
    logged_in(client, cast.carol)
    assert client.post(reverse("cases:reanalyse", args=[cast.case.pk, stored_image.pk])).status_code == 403
    assert stored_image.analyses.count() == 1


def test_viewer_cannot_change_the_case(client, cast):
    logged_in(client, cast.carol)
    data = {"title": "Changed", "status": "closed", "description": ""}
    assert client.post(reverse("cases:edit", args=[cast.case.pk]), data).status_code == 403
    cast.case.refresh_from_db()
    assert cast.case.status == Case.Status.OPEN


def test_viewer_cannot_change_members(client, cast, carols_membership):
    make_user("erin")
    logged_in(client, cast.carol)
    for url, data in member_urls(cast.case, carols_membership):
        assert client.post(url, data).status_code == 403, url
    assert carols_membership.role == Membership.objects.get(pk=carols_membership.pk).role == "viewer"


def test_viewer_cannot_delete(client, cast, stored_image):
    logged_in(client, cast.carol)
    for url, data in delete_urls(cast.case, stored_image):
        assert client.post(url, data).status_code == 403, url
    assert EvidenceImage.objects.filter(pk=stored_image.pk).exists()


def test_investigator_can_upload_and_reanalyse(client, cast, stored_image):
    logged_in(client, cast.bob)
    response = client.post(reverse("cases:upload", args=[cast.case.pk]), {"files": named(photo(shade=5), "y.jpg")})
    assert response.status_code == 302
    assert client.post(reverse("cases:reanalyse", args=[cast.case.pk, stored_image.pk])).status_code == 302
    assert cast.case.images.count() == 2
    assert stored_image.analyses.count() == 2


def test_investigator_cannot_manage_members(client, cast, carols_membership):
    make_user("erin")
    logged_in(client, cast.bob)
    for url, data in member_urls(cast.case, carols_membership):
        assert client.post(url, data).status_code == 403, url


def test_investigator_cannot_delete(client, cast, stored_image):
    logged_in(client, cast.bob)
    for url, data in delete_urls(cast.case, stored_image):
        assert client.post(url, data).status_code == 403, url
    assert Case.objects.filter(pk=cast.case.pk).exists()


def test_changes_need_post(client, cast, stored_image):
    logged_in(client, cast.alice)
    assert client.get(reverse("cases:image_delete", args=[cast.case.pk, stored_image.pk])).status_code == 405
    assert client.get(reverse("cases:upload", args=[cast.case.pk])).status_code == 405
