// Maps of GPS points with the locally served Leaflet. The points are also listed as coordinates
// beside the map, so nothing is lost when script, Leaflet or the tile server is unavailable.
(function () {
  "use strict";

  function sibling(el, className) {
    for (var next = el.nextElementSibling; next; next = next.nextElementSibling) {
      if (next.classList.contains(className)) return next;
    }
    return null;
  }

  function note(el, message) {
    var p = sibling(el, "map-note");
    if (p) {
      p.textContent = message;
      p.hidden = false;
    }
  }

  function addTiles(el, map) {
    var failed = false;
    var tiles = L.tileLayer(el.dataset.tileUrl, { maxZoom: 19, attribution: el.dataset.attribution });
    tiles.on("tileerror", function () {
      if (failed) return;
      failed = true;
      note(el, "Map tiles could not be loaded; the points are drawn without a background and listed below.");
    });
    tiles.addTo(map);
  }

  function drawOne(el) {
    if (el.dataset.drawn || !window.L) return;
    var source = document.getElementById(el.dataset.map);
    var points = source ? JSON.parse(source.textContent) : [];
    if (!points.length) return;
    el.hidden = false;
    el.dataset.drawn = "1";
    var map = L.map(el, { scrollWheelZoom: false });
    // A tile server learns the area it draws: without autoload, tiles wait for the user's click.
    var consent = sibling(el, "map-consent");
    if (el.dataset.tileUrl && (el.dataset.tilesAutoload || !consent)) {
      addTiles(el, map);
    } else if (el.dataset.tileUrl) {
      consent.hidden = false;
      consent.querySelector("button").addEventListener("click", function () {
        consent.hidden = true;
        addTiles(el, map);
      }, { once: true });
    } else {
      note(el, "No map tile server is configured; the points are drawn without a background and listed below.");
    }
    var bounds = [];
    points.forEach(function (point) {
      var marker = L.circleMarker([point.lat, point.lon], { radius: 7, weight: 2, color: "#b3261e", fillOpacity: 0.6 });
      var label = document.createElement(point.url ? "a" : "span");
      label.textContent = point.name + " (" + point.lat.toFixed(6) + ", " + point.lon.toFixed(6) + ")";
      if (point.url) label.href = point.url;
      marker.bindPopup(label);
      marker.addTo(map);
      bounds.push([point.lat, point.lon]);
    });
    if (bounds.length === 1) map.setView(bounds[0], 15);
    else map.fitBounds(bounds, { padding: [24, 24], maxZoom: 17 });
  }

  window.imgmetaMaps = {
    draw: function (root) { root.querySelectorAll("[data-map]").forEach(drawOne); }
  };
  window.imgmetaMaps.draw(document);
})();
