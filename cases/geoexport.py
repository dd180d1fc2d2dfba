"""A case's GPS points as GeoJSON (RFC 7946), KML 2.2 (OGC 07-147r2) and GPX 1.1 (topografix.com).

One point per image with a GPS position (the (0, 0) placeholder is never a position, see
:data:`cases.facts.PLACEHOLDER_POINT`), carrying its file name, sha256 and capture time: the
camera's wall clock, its UTC offset (recorded, or inferred from GPS time and then flagged, see
:mod:`cases.timezones`) and, when the offset is known, the UTC instant. KML's ``TimeStamp`` and
GPX's ``time`` are instants, so they are written only then.

File names and every other value come from uploaded files: KML and GPX are built with
``xml.etree`` (which escapes markup) after characters XML 1.0 cannot hold are replaced; JSON
escapes what it must itself. File names and the title are written as the pages show them, with
their hidden characters (bidirectional overrides such as U+202E, controls, zero-width characters)
escaped by the pages' own helper (:func:`cases.templatetags.metadata.visible`): a map program would
otherwise show ``gpj.exe`` reordered or hide part of the name.
"""

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree as ET

from analysis import ENGINE_VERSION

from .overview import Overview
from .templatetags.metadata import visible
from .timezones import ZonedCapture, zoned_capture

KML_NS = "http://www.opengis.net/kml/2.2"
GPX_NS = "http://www.topografix.com/GPX/1/1"
# Characters outside XML 1.0's Char production (§2.2): C0 controls but tab, line feed and
# carriage return; lone surrogates; U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# The most of one text value written (a file name is at most 255 characters as stored).
MAX_TEXT = 1000


@dataclass(frozen=True)
class GeoPoint:
    """One image's position in signed decimal degrees (WGS 84, as EXIF GPS records it)."""

    image_id: int
    name: str
    sha256: str
    lat: float
    lon: float
    captured: ZonedCapture | None

    def properties(self) -> dict[str, Any]:
        """What every format says of the point, besides its position."""
        captured = self.captured
        return {
            "name": self.name,
            "sha256": self.sha256,
            "image_id": self.image_id,
            "captured_local": f"{captured.time.local:%Y-%m-%dT%H:%M:%S}" if captured else None,
            "utc_offset": captured.time.offset if captured else None,
            "utc_offset_inferred": bool(captured and captured.inferred),
            "captured_utc": _utc(captured),
        }


def geo_points(overview: Overview) -> list[GeoPoint]:
    """The points of the overview's images that have a GPS position (placeholder excluded)."""
    return [
        GeoPoint(f.image.pk, visible(f.image.original_filename), f.image.sha256, *f.point, zoned_capture(f.report))
        for f in overview.points
    ]


def to_geojson(points: list[GeoPoint], title: str) -> bytes:
    """A GeoJSON FeatureCollection of Point features ([longitude, latitude], RFC 7946 §3.1.1)."""
    collection = {
        "type": "FeatureCollection",
        "name": visible(title),
        "generator": f"imgmeta engine {ENGINE_VERSION}",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [point.lon, point.lat]},
                "properties": point.properties(),
            }
            for point in points
        ],
    }
    return json.dumps(collection, ensure_ascii=False, indent=1).encode()


def to_kml(points: list[GeoPoint], title: str) -> bytes:
    """A KML document of Placemarks: name, TimeStamp (UTC, when known), ExtendedData with
    every :meth:`GeoPoint.properties`, and the Point (``lon,lat``)."""
    ET.register_namespace("", KML_NS)
    kml = ET.Element(f"{{{KML_NS}}}kml")
    document = _child(kml, KML_NS, "Document")
    _child(document, KML_NS, "name", visible(title))
    for point in points:
        placemark = _child(document, KML_NS, "Placemark")
        _child(placemark, KML_NS, "name", point.name)
        if when := _utc(point.captured):
            _child(_child(placemark, KML_NS, "TimeStamp"), KML_NS, "when", when)
        data = _child(placemark, KML_NS, "ExtendedData")
        for key, value in point.properties().items():
            if value is not None:
                item = _child(data, KML_NS, "Data", name=key)
                _child(item, KML_NS, "value", _scalar(value))
        _child(_child(placemark, KML_NS, "Point"), KML_NS, "coordinates", f"{point.lon!r},{point.lat!r}")
    return ET.tostring(kml, encoding="utf-8", xml_declaration=True)


def to_gpx(points: list[GeoPoint], title: str) -> bytes:
    """A GPX 1.1 file of waypoints: time (UTC, when known), name, and a description with the
    sha256 and the capture time as recorded."""
    ET.register_namespace("", GPX_NS)
    gpx = ET.Element(f"{{{GPX_NS}}}gpx", version="1.1", creator=f"imgmeta engine {ENGINE_VERSION}")
    _child(_child(gpx, GPX_NS, "metadata"), GPX_NS, "name", visible(title))
    for point in points:
        waypoint = _child(gpx, GPX_NS, "wpt", lat=repr(point.lat), lon=repr(point.lon))
        if when := _utc(point.captured):
            _child(waypoint, GPX_NS, "time", when)
        _child(waypoint, GPX_NS, "name", point.name)
        captured = point.captured.describe() if point.captured else "no capture time recorded"
        _child(waypoint, GPX_NS, "desc", f"sha256 {point.sha256}; captured {captured}")
    return ET.tostring(gpx, encoding="utf-8", xml_declaration=True)


# Format name (the URL suffix) → writer and media type.
FORMATS: dict[str, tuple[Callable[[list[GeoPoint], str], bytes], str]] = {
    "geojson": (to_geojson, "application/geo+json"),
    "kml": (to_kml, "application/vnd.google-earth.kml+xml"),
    "gpx": (to_gpx, "application/gpx+xml"),
}


def xml_text(value: Any) -> str:
    """``value`` as text XML 1.0 can hold, cut at :data:`MAX_TEXT` characters: control characters
    shown as ``\\xNN`` (as the pages show them), other characters XML cannot hold replaced by
    U+FFFD. Markup is left to ``xml.etree`` to escape."""
    return _NOT_XML.sub(_replacement, str(value)[:MAX_TEXT])


def _replacement(match: re.Match) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x20 else "\N{REPLACEMENT CHARACTER}"


def _child(parent: ET.Element, namespace: str, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{namespace}}}{tag}", {key: xml_text(v) for key, v in attributes.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def _scalar(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _utc(captured: ZonedCapture | None) -> str | None:
    """The capture instant as ``YYYY-MM-DDTHH:MM:SSZ``, None when the offset is unknown."""
    utc = captured.utc if captured else None
    return f"{utc:%Y-%m-%dT%H:%M:%S}Z" if utc else None
