"""The case page keeps refreshing while an image is pending, for as long as that lasts (not
only for the first ten minutes), less often as time goes by (static/imgmeta/case.js)."""

import pytest

from cases.ingest import ingest_file
from cases.models import EvidenceImage
from tests.builders import jpeg
from tests.e2e.test_browser import PASSWORD, browser, browser_available, site  # noqa: F401 (fixtures)
from tests.helpers import make_case

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

ROUNDS = 230  # past the 200 refreshes (ten minutes) after which the page used to stop
MAX_DELAY_MS = 60_000


@pytest.fixture
def pending_case(site, django_user_model):  # noqa: F811 (the fixture imported above)
    erin = django_user_model.objects.get(username="erin")
    case = make_case(erin, title="Still pending", reference="PEND-1")
    image = ingest_file(case, erin, "waiting.jpg", jpeg()).image
    EvidenceImage.objects.filter(pk=image.pk).update(status=EvidenceImage.Status.PENDING)
    return f"{site}/cases/{case.pk}/"


def test_the_case_page_keeps_refreshing_while_an_image_stays_pending(pending_case, browser):  # noqa: F811
    page = browser.new_page()
    page.set_default_timeout(30_000)
    page.clock.install()
    page.goto(pending_case)
    page.fill("input[name=username]", "erin")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Log in')")
    page.wait_for_url(pending_case)
    for _ in range(ROUNDS):
        with page.expect_request_finished(lambda request: request.url == pending_case, timeout=10_000):
            page.clock.run_for(MAX_DELAY_MS)
    assert page.locator("#image-grid [data-status=pending]").count() == 1
