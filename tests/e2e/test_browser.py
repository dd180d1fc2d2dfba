"""End to end in a real browser (Playwright driving Debian's chromium): log in, open a case,
upload two real photos and a ZIP, see the grid with its badges, the map points and an image
report led by its reading; a stored AI reading with its prompt, graph and copyable raw JSON.

Skips where chromium or Playwright is absent, unless IMGMETA_REQUIRE_BROWSER=1 (as .ci/run sets),
which turns the skip into a failure. IMGMETA_SCREENSHOTS=<folder> keeps screenshots of the pages.
"""

import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from cases.ingest import ingest_file
from tests.cases.typed_reports import finding, software, store, typed_report
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
UNREACHABLE_HOST = "http://127.0.0.1:9/"
UNREACHABLE_TILES = UNREACHABLE_HOST + "{z}/{x}/{y}.png"

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
    requested = []
    page.on("request", lambda request: requested.append(request.url))

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
    assert "DSCN0010.jpg: 1 stored" in progress
    assert "more-evidence.zip: day2/notes.txt skipped, not an image" in progress

    wait_for_count(page, "#image-grid [data-status=done]", 4)
    assert page.locator("#image-grid img").count() == 4  # a thumbnail for each
    # Three photos have a GPS position: drawn on the map and listed as coordinates.
    page.wait_for_selector(".map.leaflet-container")
    assert page.locator(".map path.leaflet-interactive").count() == 3
    assert page.locator("#map-section table.points tbody tr").count() == 3
    # No tile is asked for until the user agrees; then the (unreachable) tiles are tried.
    assert not [url for url in requested if UNREACHABLE_HOST in url]
    page.click("#map-section .map-consent button")
    page.wait_for_selector(".map-note:has-text('Map tiles could not be loaded')")
    assert [url for url in requested if UNREACHABLE_HOST in url]
    assert page.locator("#timeline time").count() == 4
    tile = page.locator("#image-grid li.card", has=page.locator("a.name:has-text('DSCN0010.jpg')"))
    assert tile.locator(".badge.camera").inner_text() == "NIKON COOLPIX P6000"
    assert "from " in page.inner_text("#finding-counts")  # counted: the current engine's rules read them
    screenshot(page, "case")
    page.click("#grid-filters a:has-text('AI')")  # none of these photos declares AI generation
    wait_for_count(page, "#image-grid li.card", 0)
    assert page.locator("#grid-filters a.active").inner_text() == "AI (0)"
    assert "No image matches these filters." in page.inner_text("#image-grid")
    page.click("#grid-filters a:has-text('all')")
    wait_for_count(page, "#image-grid li.card", 4)

    page.click("#image-grid a.name:has-text('DSCN0010.jpg')")
    page.wait_for_selector("h1:has-text('DSCN0010.jpg')")
    reading = page.locator("#reading")
    assert "Recorded as taken with a NIKON COOLPIX P6000" in reading.locator(".reading-summary").inner_text()
    assert page.locator("section.panel").first.get_attribute("id") == "reading"
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


def erins_page(browser, site: str, errors: list[str] | None = None):
    """A page logged in as erin; with ``errors``, every console error is appended to it."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(30_000)
    if errors is not None:
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(site + "/")
    page.fill("input[name=username]", "erin")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Log in')")
    page.wait_for_selector("h1:has-text('Your cases')")
    return page


def test_a_very_long_file_name_wraps_instead_of_widening_the_pages(site, long_named_pages, browser):
    page = erins_page(browser, site)
    for path in long_named_pages:
        page.goto(site + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} is {overflow}px wider than the window"
    page.close()


@pytest.fixture
def erins_case(site):
    return make_case(get_user_model().objects.get(username="erin"), reference="C2PA-1")


@pytest.fixture
def signed_photo(erins_case):
    return ingest_file(erins_case, erins_case.created_by, "C.jpg", (FIXTURES / "c2pa/C.jpg").read_bytes()).image


def test_a_signed_photo_shows_its_content_credentials_and_no_page_logs_an_error(
    site, erins_case, signed_photo, browser
):
    errors: list[str] = []  # failed resource loads and script errors
    page = erins_page(browser, site, errors)
    page.goto(site + erins_case.get_absolute_url())
    assert page.locator("#image-grid .badge.c2pa").inner_text() == "C2PA"
    page.goto(site + signed_photo.get_absolute_url())
    panel = page.locator("#c2pa")
    assert "Valid: signature and content hashes intact" in panel.inner_text()
    assert "Declares AI generation: no" in panel.inner_text()
    page.click(".groupnav a:has-text('Content Credentials (C2PA)')")
    assert page.url.endswith("#c2pa")
    page.close()
    assert errors == []


def test_a_file_over_the_case_upload_limit_is_refused_before_sending_and_its_bar_stops(
    site, erins_case, browser, settings, tmp_path
):
    settings.CASE_UPLOAD_MAX_BYTES = 300_000
    over = tmp_path / "over.jpg"
    over.write_bytes(photo() + b"\x00" * settings.CASE_UPLOAD_MAX_BYTES)
    page = erins_page(browser, site)
    page.goto(site + erins_case.get_absolute_url())
    page.set_input_files("input[type=file][name=files]", [str(over), str(FIXTURES / "jpg/gps/DSCN0010.jpg")])
    page.click("#upload button[type=submit]")
    wait_for_count(page, "#upload-progress li[data-state]", 2)
    refused = page.locator("#upload-progress li", has_text="over.jpg")
    assert refused.get_attribute("data-state") == "failed"
    assert "too large" in refused.inner_text()
    assert page.locator("#upload-progress progress:indeterminate").count() == 0
    assert "DSCN0010.jpg: 1 stored" in page.inner_text("#upload-progress")
    page.close()


C2PA_REPORTS = {
    "ocsp.jpg": ("Valid: signature and content hashes intact", "Declares AI generation: yes"),
    "XCA.jpg": (
        "INVALID: the image was changed after signing (assertion.dataHash.mismatch)",
        "Declares AI generation: no",
    ),
    "cloud.jpg": ("Remote: only a link to a remote manifest; not fetched", None),
}


@pytest.fixture
def corpus_c2pa_images(erins_case, shared) -> dict:
    folder = shared / "corpus/provenance/c2pa"
    owner = erins_case.created_by
    return {name: ingest_file(erins_case, owner, name, (folder / name).read_bytes()).image for name in C2PA_REPORTS}


def test_the_corpus_content_credentials_read_plainly(site, corpus_c2pa_images, browser):
    page = erins_page(browser, site)
    for name, (summary, ai) in C2PA_REPORTS.items():
        page.goto(site + corpus_c2pa_images[name].get_absolute_url())
        panel = page.locator("#c2pa")
        assert panel.locator(".c2pa-summary").inner_text() == summary
        if ai:
            assert ai in panel.inner_text()
        screenshot(page, f"c2pa_{name.split('.')[0]}")
    page.click("nav.crumbs a:has-text('C2PA-1')")
    assert page.locator("#image-grid .badge.c2pa").all_inner_texts() == ["C2PA · AI", "C2PA invalid", "C2PA remote"]
    screenshot(page, "c2pa_case")
    page.click("a:has-text('Printable report')")
    assert page.locator(".evidence-item table.facts th:text-is('C2PA')").count() == 3
    screenshot(page, "c2pa_printable_report")
    page.close()


COMFYUI_RAW = '{"3": {"class_type": "KSampler", "inputs": {"seed": 42, "steps": 30}}}'


@pytest.fixture
def ai_reading_images(erins_case) -> dict:
    """Two images of erin's case with stored readings: a ComfyUI generation and a Photoshop edit."""
    owner = erins_case.created_by
    generated = ingest_file(erins_case, owner, "comfy.png", photo(shade=1)).image
    store(
        generated,
        typed_report(
            summary="Declared AI-generated by ComfyUI",
            findings=[finding("high", "Declared AI-generated by ComfyUI", ('PNG tEXt "prompt"', COMFYUI_RAW * 8))],
            ai={
                "declared": True,
                "by": ["text"],
                "generator": "ComfyUI",
                "model": "sd_xl_base_1.0.safetensors",
                "prompt": "a lighthouse at dusk,\noil painting",
                "seed": 42,
                "steps": 30,
                "workflow": {
                    "tool": "ComfyUI",
                    "nodes": [{"id": "3", "type": "KSampler", "title": "KSampler"}],
                    "raw": COMFYUI_RAW,
                },
                "statement": "Declared AI-generated by ComfyUI",
            },
        ),
    )
    edited = ingest_file(erins_case, owner, "edited.jpg", photo(shade=2)).image
    store(
        edited,
        typed_report(
            summary="Edited in Adobe Photoshop 24.0 after capture on a Canon EOS 40D",
            findings=[finding("medium", "Edited in Adobe Photoshop", ("IFD0:Software", "Adobe Photoshop 24.0"))],
            programs=[software("Adobe Photoshop", "24.0", "editor", ("IFD0:Software", "Adobe Photoshop 24.0"))],
            metadata={"IFD0": {"Make": "Canon", "Model": "Canon EOS 40D"}},
        ),
    )
    return {"generated": generated, "edited": edited}


def test_an_ai_reading_shows_its_prompt_graph_and_copyable_workflow(site, erins_case, ai_reading_images, browser):
    from playwright.sync_api import expect

    errors: list[str] = []
    page = erins_page(browser, site, errors)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site)
    page.goto(site + erins_case.get_absolute_url())
    generated = page.locator("#image-grid li.card", has=page.locator("a.name:has-text('comfy.png')"))
    assert generated.get_attribute("data-badges") == "ai"
    assert generated.locator(".badge.ai").inner_text() == "AI"
    assert generated.locator(".badge.sev-high").inner_text() == "high"
    edited = page.locator("#image-grid li.card", has=page.locator("a.name:has-text('edited.jpg')"))
    assert edited.locator(".badge.edited").is_visible()
    assert edited.locator(".badge.camera").inner_text() == "Canon EOS 40D"
    page.click("#grid-filters a:has-text('high')")
    wait_for_count(page, "#image-grid li.card", 1)
    screenshot(page, "reading_case")

    page.click("#image-grid a.name:has-text('comfy.png')")
    page.wait_for_selector("h1:has-text('comfy.png')")
    panel = page.locator("#ai")
    assert panel.locator("pre.prompt").inner_text() == "a lighthouse at dusk,\noil painting"
    assert panel.locator("ol.nodes li").inner_text() == "#3 KSampler"
    long_value = page.locator("#reading details.longvalue")
    assert not long_value.locator("pre").is_visible()
    long_value.locator("summary").click()
    assert long_value.locator("pre").inner_text() == COMFYUI_RAW * 8
    raw = panel.locator("#workflow-raw")
    assert not raw.is_visible()
    panel.locator("details.rawjson summary").click()
    assert '"class_type": "KSampler"' in raw.inner_text()
    copy = panel.locator("button[data-copy]")
    copy.click()  # shown by copy.js, which the CSP lets run
    expect(copy).to_have_text("Copied")
    assert '"class_type": "KSampler"' in page.evaluate("navigator.clipboard.readText()")
    screenshot(page, "reading_image_report")
    page.close()
    assert errors == []


@pytest.fixture
def pixel_pair(erins_case) -> tuple[list, int]:
    """Two analysed photos of erin's case with their derived images (the pixel job runs on commit), and
    how many quantisation tables the first has."""
    owner = erins_case.created_by
    images = [
        ingest_file(erins_case, owner, name, (FIXTURES / "jpg/gps" / name).read_bytes()).image
        for name in ("DSCN0010.jpg", "DSCN0021.jpg")
    ]
    return images, len(images[0].latest_analysis.report["jpeg"]["quantization_tables"])


def test_the_pixels_section_and_the_compare_page_show_their_images(site, erins_case, pixel_pair, browser):
    errors: list[str] = []
    page = erins_page(browser, site, errors)
    images, tables = pixel_pair
    page.goto(site + images[0].get_absolute_url())
    pixels = page.locator("#pixels")
    ela = pixels.locator("figure.derived img").first
    ela.scroll_into_view_if_needed()
    assert page.evaluate("img => img.complete && img.naturalWidth", ela.element_handle()) > 0
    assert "Block maximum" in pixels.inner_text()
    assert pixels.locator("table.qgrid").count() == tables
    screenshot(page, "pixels")
    pixels.locator("form.compare-pick button").click()
    page.wait_for_selector("h1:has-text('Compare two images')")
    slider = page.locator("[data-overlay-slider]")
    slider.wait_for(state="visible")  # shown by compare.js, which the CSP lets run
    slider.fill("30")
    assert "30%" in page.locator(".overlay img.top").get_attribute("style")
    assert page.locator("#metadata-diff table.diff tbody tr").count() > 0
    screenshot(page, "compare")
    page.close()
    # Only the map tiles of these GPS photos fail (UNREACHABLE_TILES): every derived image loaded.
    assert [error for error in errors if "ERR_UNSAFE_PORT" not in error] == []


@pytest.fixture
def camera_photo(erins_case):
    """A camera photo whose reading names its origin with signals and their evidence."""
    data = (FIXTURES / "jpg/Canon_40D.jpg").read_bytes()
    return ingest_file(erins_case, erins_case.created_by, "canon.jpg", data).image


def test_on_a_phone_the_origin_signals_keep_their_evidence_readable(site, camera_photo, browser):
    page = erins_page(browser, site)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site + camera_photo.get_absolute_url())
    cells = page.locator("table.signals > tbody > tr > td:last-child")
    assert cells.count() > 0
    # The evidence column keeps room for its words (a 20px column broke them one letter a line) ...
    widths = page.evaluate("cells => cells.map(cell => cell.getBoundingClientRect().width)", cells.element_handles())
    assert min(widths) >= 150, widths
    # ... and the table scrolls on its own rather than widening the page.
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    page.locator("table.signals").last.scroll_into_view_if_needed()
    screenshot(page, "image_report_phone")
    page.close()
