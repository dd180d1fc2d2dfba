"""GeoJSON, KML and GPX exports of a case's GPS points (cases/geoexport.py), from the case page's
URLs and the REST API, parsed back with json and xml.etree."""

import json
from xml.etree import ElementTree as ET

import pytest
from django.urls import reverse

from cases.ingest import ingest_file
from cases.models import AuditEvent
from tests.cases.typed_reports import store, typed_report
from tests.helpers import logged_in, photo

KML = {"k": "http://www.opengis.net/kml/2.2"}
GPX = {"g": "http://www.topografix.com/GPX/1/1"}
HOSTILE = 'a<b>&"c\x07\ufffe]]></name>.jpg'
# As the pages show it: the control and the noncharacter written out as escapes.
SHOWN = 'a<b>&"c\\x07\\ufffe]]></name>.jpg'


def export(client, user, case, file_format, **query):
    response = logged_in(client, user).get(reverse("cases:points", args=[case.pk, file_format]), query)
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Disposition"] == f'attachment; filename="{case.reference}-points.{file_format}"'
    assert "no-store" in response["Cache-Control"]
    return response


@pytest.fixture
def points(cast, stored_image):
    """harbour.jpg (43.4674, 11.8851, UTC+02:00 recorded), a hostile name with a GPS time but no
    offset (inferred UTC-05:00), and a (0, 0) placeholder."""
    hostile = ingest_file(cast.case, cast.bob, HOSTILE, photo(lat=40.0, lon=-74.0, shade=4)).image
    store(
        hostile,
        typed_report(
            metadata={
                "ExifIFD": {"DateTimeOriginal": "2021:03:04 07:00:00"},
                "GPS": {
                    "GPSLatitude": 40.0,
                    "GPSLatitudeRef": "N",
                    "GPSLongitude": 74.0,
                    "GPSLongitudeRef": "W",
                    "GPSDateStamp": "2021:03:04",
                    "GPSTimeStamp": "12:01:30",
                },
            }
        ),
    )
    ingest_file(cast.case, cast.bob, "nowhere.jpg", photo(lat=0.0, lon=0.0, shade=5))
    return stored_image, hostile


def test_geojson_holds_a_feature_per_position_with_name_time_and_sha256(client, cast, points):
    harbour, _ = points
    collection = json.loads(export(client, cast.carol, cast.case, "geojson").content)
    assert collection["type"] == "FeatureCollection"
    features = {feature["properties"]["name"]: feature for feature in collection["features"]}
    assert set(features) == {"harbour.jpg", SHOWN}  # the (0, 0) placeholder is left out
    harbour_feature = features["harbour.jpg"]
    assert harbour_feature["geometry"] == {
        "type": "Point",
        "coordinates": [pytest.approx(11.8851), pytest.approx(43.4674)],
    }
    assert harbour_feature["properties"] | {"image_id": 0} == {
        "name": "harbour.jpg",
        "sha256": harbour.sha256,
        "image_id": 0,
        "captured_local": "2008-10-22T16:28:39",
        "utc_offset": "+02:00",
        "utc_offset_inferred": False,
        "captured_utc": "2008-10-22T14:28:39Z",
    }
    inferred = features[SHOWN]["properties"]
    assert inferred["utc_offset"] == "-05:00" and inferred["utc_offset_inferred"] is True
    assert inferred["captured_utc"] == "2021-03-04T12:00:00Z"


def test_kml_is_well_formed_with_hostile_names_as_text(client, cast, points):
    harbour, _ = points
    response = export(client, cast.carol, cast.case, "kml")
    assert response["Content-Type"] == "application/vnd.google-earth.kml+xml"
    root = ET.fromstring(response.content)
    placemarks = root.findall("k:Document/k:Placemark", KML)
    names = [placemark.findtext("k:name", namespaces=KML) for placemark in placemarks]
    assert names == ["harbour.jpg", SHOWN]
    first = placemarks[0]
    assert first.findtext("k:Point/k:coordinates", namespaces=KML) == "11.8851,43.4674"
    assert first.findtext("k:TimeStamp/k:when", namespaces=KML) == "2008-10-22T14:28:39Z"
    data = {item.get("name"): item.findtext("k:value", namespaces=KML) for item in first.iter(f"{{{KML['k']}}}Data")}
    assert data["sha256"] == harbour.sha256 and data["captured_local"] == "2008-10-22T16:28:39"
    assert b"<b>" not in response.content


def test_gpx_waypoints_carry_utc_time_only_when_the_zone_is_known(client, cast, points):
    harbour, _ = points
    store(harbour, typed_report(metadata={"GPS": {"GPSLatitude": 1.5, "GPSLongitude": 2.5}}))
    response = export(client, cast.carol, cast.case, "gpx")
    root = ET.fromstring(response.content)
    assert root.get("version") == "1.1"
    waypoints = {wpt.findtext("g:name", namespaces=GPX): wpt for wpt in root.findall("g:wpt", GPX)}
    undated = waypoints["harbour.jpg"]
    assert (undated.get("lat"), undated.get("lon")) == ("1.5", "2.5")
    assert undated.find("g:time", GPX) is None
    assert undated.findtext("g:desc", namespaces=GPX) == f"sha256 {harbour.sha256}; captured no capture time recorded"
    inferred = waypoints[SHOWN]
    assert inferred.findtext("g:time", namespaces=GPX) == "2021-03-04T12:00:00Z"
    assert "2021-03-04 07:00:00 UTC-05:00 (inferred from GPS time)" in inferred.findtext("g:desc", namespaces=GPX)


def test_the_time_range_limits_the_exported_points(client, cast, points):
    collection = json.loads(export(client, cast.carol, cast.case, "geojson", **{"from": "2021-01-01"}).content)
    assert [feature["properties"]["captured_local"] for feature in collection["features"]] == ["2021-03-04T07:00:00"]


def test_each_export_is_audited_with_its_format_and_count(client, cast, points):
    export(client, cast.carol, cast.case, "gpx", to="2010-01-01")
    event = AuditEvent.objects.get(action=AuditEvent.Action.EXPORTED)
    assert (event.actor, event.case) == (cast.carol, cast.case)
    assert event.details == {"format": "gpx", "points": 1, "time_range": {"to": "2010-01-01"}}


def test_an_unknown_format_is_404(client, cast, points):
    assert logged_in(client, cast.carol).get(reverse("cases:points", args=[cast.case.pk, "csv"])).status_code == 404


def test_non_members_get_404_on_the_page_and_the_api(client, cast, points):
    logged_in(client, cast.dave)
    assert client.get(reverse("cases:points", args=[cast.case.pk, "kml"])).status_code == 404
    assert client.get(f"/api/cases/{cast.case.pk}/points.kml").status_code == 404
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.EXPORTED).exists()


def test_the_api_serves_the_same_file_to_a_viewer(client, cast, points):
    page = export(client, cast.carol, cast.case, "geojson")
    api = client.get(f"/api/cases/{cast.case.pk}/points.geojson", HTTP_ACCEPT="application/json")
    assert api.status_code == 200 and api["Content-Type"] == "application/geo+json"
    assert json.loads(api.content)["features"] == json.loads(page.content)["features"]
    assert client.get(f"/api/cases/{cast.case.pk}/points.xml").status_code == 404


def test_a_case_without_positions_exports_an_empty_collection(client, cast):
    ingest_file(cast.case, cast.bob, "plain.jpg", photo())
    assert json.loads(export(client, cast.carol, cast.case, "geojson").content)["features"] == []
    assert ET.fromstring(export(client, cast.carol, cast.case, "gpx").content).findall("g:wpt", GPX) == []


def test_hidden_characters_in_file_names_and_the_title_are_escaped_in_every_export(client, cast, stored_image):
    # U+202E would show "harbour\u202egpj.exe" reordered as "harbourexe.jpg" in a map program.
    cast.case.title = "Port\u200b visit"
    cast.case.save()
    stored_image.original_filename = "harbour\u202egpj.exe"
    stored_image.save()
    shown = "harbour\\u202egpj.exe"
    collection = json.loads(export(client, cast.carol, cast.case, "geojson").content)
    assert [feature["properties"]["name"] for feature in collection["features"]] == [shown]
    assert collection["name"].endswith("Port\\u200b visit")
    kml = export(client, cast.carol, cast.case, "kml").content
    gpx = export(client, cast.carol, cast.case, "gpx").content
    for content in (kml, gpx):
        assert "\u202e".encode() not in content and "\u200b".encode() not in content
    assert ET.fromstring(kml).findtext("k:Document/k:Placemark/k:name", namespaces=KML) == shown
    assert ET.fromstring(gpx).findtext("g:wpt/g:name", namespaces=GPX) == shown
