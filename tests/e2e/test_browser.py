"""End to end in a real browser (Playwright driving Debian's chromium): log in, open a case,
upload two real photos and a ZIP, see the grid, the map points and an image report.

Skips where chromium or Playwright is absent, unless IMGMETA_REQUIRE_BROWSER=1 (as .ci/run sets),
which turns the skip into a failure. IMGMETA_SCREENSHOTS=<folder> keeps screenshots of the pages.
"""

import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from cases.ingest import ingest_file
from tests.conftest import FIXTURES
from tests.helpers import make_case, make_user, photo, use_evidence_dir, zip_of

CHROMIUM = os.environ.get("IMGMETA_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
PASSWORD = "a-long-test-password"
# Tiles from a port nothing listens on: the page must still show the points.
UNREACHABLE_TILES = "http://127.0.0.1:9/{z}/{x}/{y}.png"

pytestmark = [pytest.mark.slow, pytest.mark.timeout(180)]


def _absent(reason: str):
    if os.environ.get("IMGMETA_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser test required (IMGMETA_REQUIRE_BROWSER=1) but {reason}")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def browser_available():
    """Skip (or fail, where the browser test is required) before anything is set up."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _absent("the playwright package is not installed")
    if not Path(CHROMIUM).is_file():
        _absent(f"no chromium at {CHROMIUM} (apt-get install chromium)")


@pytest.fixture
def browser(site):
    """Chromium, started once the site and its data are ready: while Playwright's event loop
    runs in this thread, Django would give the test a separate database connection."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def site(live_server, settings, tmp_path, monkeypatch):
    use_evidence_dir(tmp_path / "evidence", monkeypatch)
    settings.MAP_TILE_URL = UNREACHABLE_TILES
    make_user("erin", password=PASSWORD)
    return live_server.url


def screenshot(page, name: str) -> None:
    folder = os.environ.get("IMGMETA_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def wait_for_count(page, selector: str, count: int) -> None:
    """Wait until ``selector`` matches exactly ``count`` elements (up to the default timeout)."""
    from playwright.sync_api import expect

    expect(page.locator(selector)).to_have_count(count, timeout=30_000)


def test_an_investigator_logs_in_opens_a_case_uploads_and_reads_a_report(site, browser, tmp_path):
    archive = tmp_path / "more-evidence.zip"
    archive.write_bytes(
        zip_of(
            {
                "day2/canon.jpg": (FIXTURES / "jpg/Canon_40D.jpg").read_bytes(),
                "day2/pier.jpg": photo(lat=43.4705, lon=11.8790, taken="2008:10:22 17:05:00", offset="+02:00"),
                "day2/notes.txt": b"interview notes",
            }
        )
    )
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(30_000)
    blocked = []  # the pages must work under their own Content-Security-Policy
    page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)

    page.goto(site + "/")
    page.fill("input[name=username]", "erin")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Log in')")
    page.wait_for_selector("h1:has-text('Your cases')")

    page.fill("input[name=title]", "Harbour warehouse fire")
    page.fill("input[name=reference]", "HWF-2008-17")
    page.click("button:has-text('Open case')")
    page.wait_for_selector("h1:has-text('Harbour warehouse fire')")

    page.set_input_files(
        "input[type=file][name=files]",
        [str(FIXTURES / "jpg/gps/DSCN0010.jpg"), str(FIXTURES / "jpg/gps/DSCN0021.jpg"), str(archive)],
    )
    page.click("#upload button[type=submit]")
    # Locator waits, not wait_for_function: the pages' CSP forbids the eval that one uses.
    wait_for_count(page, "#upload-progress li[data-state]", 3)
    progress = page.inner_text("#upload-progress")
    assert "DSCN0010.jpg: stored" in progress
    assert "more-evidence.zip: day2/notes.txt skipped, not an image" in progress

    wait_for_count(page, "#image-grid [data-status=done]", 4)
    assert page.locator("#image-grid img").count() == 4  # a thumbnail for each
    # Three photos have a GPS position: drawn on the map and listed as coordinates.
    page.wait_for_selector(".map.leaflet-container")
    assert page.locator(".map path.leaflet-interactive").count() == 3
    assert page.locator("#map-section table.points tbody tr").count() == 3
    page.wait_for_selector(".map-note:has-text('Map tiles could not be loaded')")
    assert page.locator("#timeline time").count() == 4
    screenshot(page, "case")

    page.click("#image-grid a.name:has-text('DSCN0010.jpg')")
    page.wait_for_selector("h1:has-text('DSCN0010.jpg')")
    assert page.locator("table.tags caption", has_text="File").count() == 1
    assert page.locator("#image-points").count() == 1
    assert page.locator(".map path.leaflet-interactive").count() == 1
    assert "43.467448" in page.inner_text("table.points")
    with page.expect_download() as download:
        page.click("a:has-text('Download original')")
    assert download.value.suggested_filename == "DSCN0010.jpg"
    screenshot(page, "image_report")

    page.click("nav.crumbs a:has-text('HWF-2008-17')")
    page.click("a:has-text('Printable report')")
    page.emulate_media(media="print")
    assert page.locator(".evidence-item").count() == 4
    assert not page.locator("header.topbar").is_visible()
    screenshot(page, "printable_report")
    page.close()
    assert blocked == []


@pytest.fixture
def long_named_pages(site) -> list[str]:
    """The case page, image report and printable report of a case of erin's holding a photo
    whose name is one 300-character word."""
    case = make_case(get_user_model().objects.get(username="erin"), reference="LONG-1")
    name = "L" * 300 + ".jpg"
    image = ingest_file(case, case.created_by, name, photo(lat=43.47, lon=11.88, taken="2008:10:22 17:05:00")).image
    return [case.get_absolute_url(), image.get_absolute_url(), f"/cases/{case.pk}/report/"]


def test_a_very_long_file_name_wraps_instead_of_widening_the_pages(site, long_named_pages, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site + "/")
    page.fill("input[name=username]", "erin")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Log in')")
    page.wait_for_selector("h1:has-text('Your cases')")
    for path in long_named_pages:
        page.goto(site + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} is {overflow}px wider than the window"
    page.close()
