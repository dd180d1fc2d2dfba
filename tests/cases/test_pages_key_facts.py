"""The image report opens its metadata with "Key facts": camera, lens, capture time with its UTC
offset, exposure, GPS position and image size, as ExifTool prints them (its Composite tags)."""

from analysis import analyse
from cases.facts import key_facts
from cases.ingest import ingest_file
from tests.builders import ASCII, RATIONAL, SHORT, exif_tiff, jpeg
from tests.helpers import logged_in, photo


def test_the_image_report_shows_key_facts_before_the_metadata_tables(client, cast):
    data = photo(lat=52.5, lon=-13.4, taken="2024:01:02 03:04:05", offset="+02:00", shade=11)
    image = ingest_file(cast.case, cast.bob, "harbour.jpg", data).image
    response = logged_in(client, cast.carol).get(image.get_absolute_url())
    html = response.content.decode()
    assert dict(response.context["key_facts"]) == {
        "Camera": "TestCam",
        "Captured": "2024:01:02 03:04:05+02:00",
        "GPS position": "52 deg 30' 0.00\" N, 13 deg 24' 0.00\" W",
        "Image size": "64x48 (0.003 megapixels)",
    }
    assert html.index('id="key-facts"') < html.index('id="group-1"')
    assert "<tr><th>Captured</th><td>2024:01:02 03:04:05+02:00</td></tr>" in html


def test_exposure_and_lens_read_as_exiftool_prints_them():
    exif = [
        (0x829A, RATIONAL, [(1, 200)]),
        (0x829D, RATIONAL, [(56, 10)]),
        (0x8827, SHORT, [100]),
        (0x920A, RATIONAL, [(50, 1)]),
        (0xA405, SHORT, [75]),
        (0xA434, ASCII, "EF50mm f/1.8 STM"),
    ]
    data = jpeg(exif_tiff([(0x010F, ASCII, "Canon"), (0x0110, ASCII, "Canon EOS R6")], exif))
    facts = dict(key_facts(analyse(data, "a.jpg", strict=True).to_dict()))
    assert facts["Camera"] == "Canon EOS R6"
    assert facts["Lens"] == "EF50mm f/1.8 STM"
    assert facts["Exposure"] == "1/200 s, f/5.6, ISO 100, 50.0 mm (35 mm equivalent: 75.0 mm)"


def test_a_report_without_metadata_has_no_key_facts():
    assert key_facts({}) == [] and key_facts(None) == []
    assert key_facts({"metadata": {"ExifIFD": {"ISO": 100}}}) == [("Exposure", "ISO 100")]
