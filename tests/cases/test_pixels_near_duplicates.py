"""Near-duplicates and exact duplicates across the user's cases (cases.pixels): found by perceptual hash
and sha256 among the images of the cases the user is a member of, never across other cases."""

import pytest
from django.urls import reverse

from cases.ingest import ingest_file
from tests.analysis.pixel_scenes import decoded, jpeg_bytes, scene
from tests.helpers import logged_in, make_case

SIZE = (256, 192)


@pytest.fixture
def ingest(django_capture_on_commit_callbacks):
    """Ingest with the pixel job run."""

    def run(case, user, name, data):
        with django_capture_on_commit_callbacks(execute=True):
            return ingest_file(case, user, name, data).image

    return run


def page(client, image) -> str:
    return client.get(reverse("cases:image", args=[image.case_id, image.pk])).content.decode()


def test_a_re_encode_in_another_of_the_users_cases_is_listed_with_its_distance(client, cast, ingest):
    original = jpeg_bytes(scene(30, SIZE), 92)
    first = ingest(cast.case, cast.bob, "original.jpg", original)
    second_case = make_case(cast.alice, title="Second", reference="SECOND-1")
    resized = jpeg_bytes(decoded(original).resize((200, 150)), 70)
    second = ingest(second_case, cast.alice, "forwarded.jpg", resized)
    shown = page(logged_in(client, cast.alice), first)
    assert second.get_absolute_url() in shown and "SECOND-1" in shown
    assert f"?a={first.pk}&amp;b={second.pk}" in shown  # offered for comparison


def test_an_image_in_a_case_the_user_is_not_a_member_of_is_never_revealed(client, cast, ingest):
    original = jpeg_bytes(scene(31, SIZE), 92)
    first = ingest(cast.case, cast.bob, "original.jpg", original)
    outsiders = make_case(cast.dave, title="Outsiders", reference="HIDDEN-9")
    hidden_near = ingest(outsiders, cast.dave, "near.jpg", jpeg_bytes(decoded(original), 75))
    hidden_same = ingest(outsiders, cast.dave, "copy.jpg", original)
    shown = page(logged_in(client, cast.bob), first)
    for hidden in (hidden_near, hidden_same):
        assert hidden.get_absolute_url() not in shown and hidden.original_filename not in shown
    assert "HIDDEN-9" not in shown and "another case" not in shown
    # dave sees bob's picture nowhere either
    assert first.original_filename not in page(logged_in(client, cast.dave), hidden_near)


def test_the_same_bytes_in_another_of_the_users_cases_are_an_exact_duplicate(client, cast, ingest):
    data = jpeg_bytes(scene(32, SIZE), 92)
    first = ingest(cast.case, cast.bob, "a.jpg", data)
    other_case = make_case(cast.bob, reference="OTHER-2")
    copy = ingest(other_case, cast.bob, "b.jpg", data)
    shown = page(logged_in(client, cast.bob), first)
    exact = shown.split("Exact duplicates (same sha256)")[1].split("</ul>")[0]
    assert copy.get_absolute_url() in exact and "OTHER-2" in exact and "another case" in exact


def test_different_pictures_are_not_near_duplicates(client, cast, ingest):
    first = ingest(cast.case, cast.bob, "one.jpg", jpeg_bytes(scene(33, SIZE), 92))
    other = ingest(cast.case, cast.bob, "two.jpg", jpeg_bytes(scene(34, SIZE), 92))
    shown = page(logged_in(client, cast.bob), first)
    assert other.get_absolute_url() not in shown.split('id="duplicates"')[1].split("compare-pick")[0]


def test_the_case_page_groups_near_duplicates(client, cast, ingest):
    original = jpeg_bytes(scene(35, SIZE), 92)
    first = ingest(cast.case, cast.bob, "original.jpg", original)
    again = ingest(cast.case, cast.bob, "again.jpg", jpeg_bytes(decoded(original), 70))
    alone = ingest(cast.case, cast.bob, "alone.jpg", jpeg_bytes(scene(36, SIZE), 92))
    shown = logged_in(client, cast.carol).get(reverse("cases:case", args=[cast.case.pk])).content.decode()
    section = shown.split('id="near-duplicates"')[1].split("</section>")[0]
    assert section.count('<ol class="near-group">') == 1
    assert first.get_absolute_url() in section and again.get_absolute_url() in section
    assert alone.get_absolute_url() not in section


def test_the_case_page_has_no_near_duplicate_section_without_any(client, cast, ingest):
    ingest(cast.case, cast.bob, "one.jpg", jpeg_bytes(scene(37, SIZE), 92))
    shown = logged_in(client, cast.carol).get(reverse("cases:case", args=[cast.case.pk])).content.decode()
    assert 'id="near-duplicates"' not in shown
