// Maps of GPS points with the locally served Leaflet. The points are also listed as coordinates
// beside the map, so nothing is lost when script, Leaflet or the tile server is unavailable.
(function () {
  "use strict";

  function note(el, message) {
    var p = el.nextElementSibling;
    if (p && p.classList.contains("map-note")) {
      p.textContent = message;
      p.hidden = false;
    }
  }

  function drawOne(el) {
    if (el.dataset.drawn || !window.L) return;
    var source = document.getElementById(el.dataset.map);
    var points = source ? JSON.parse(source.textContent) : [];
    if (!points.length) return;
    el.hidden = false;
    el.dataset.drawn = "1";
    var map = L.map(el, { scrollWheelZoom: false });
    if (el.dataset.tileUrl) {
      var failed = false;
      var tiles = L.tileLayer(el.dataset.tileUrl, { maxZoom: 19, attribution: el.dataset.attribution });
      tiles.on("tileerror", function () {
        if (failed) return;
        failed = true;
        note(el, "Map tiles could not be loaded; the points are drawn without a background and listed below.");
      });
      tiles.addTo(map);
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
