"""The map of GPS points: a Leaflet map drawn by static/imgmeta/map.js, and the same points
listed as coordinates, which is all that shows without script or tiles."""

from urllib.parse import urlsplit

from django import template
from django.conf import settings

from .metadata import visible

register = template.Library()


@register.inclusion_tag("cases/_map.html")
def point_map(points: list[dict], element_id: str) -> dict:
    """``points`` are ``{"lat", "lon", "name", "url"}`` (``url`` may be empty); ``element_id``
    names the page element holding them as JSON. Names are uploaded files' names: shown with their
    hidden characters (bidirectional overrides, controls) escaped by :func:`visible`, in the list and
    in the JSON the map's popups and labels are drawn from, as everywhere else."""
    return {
        "points": [point | {"name": visible(point["name"])} for point in points],
        "element_id": element_id,
        "tile_url": settings.MAP_TILE_URL,
        "tile_host": urlsplit(settings.MAP_TILE_URL).hostname or "",
        "tiles_autoload": settings.MAP_TILES_AUTOLOAD,
        "attribution": settings.MAP_TILE_ATTRIBUTION,
    }
