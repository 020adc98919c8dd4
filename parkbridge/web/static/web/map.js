/* ParkBridge maps: Leaflet over an offline base layer of country borders (world-atlas TopoJSON),
   an optional online tile layer, and client-side clustering (supercluster) so 100,000 sites
   draw as a few hundred markers per screen. */
(function () {
  "use strict";

  var KIND_COLOURS = ["#0b57a4", "#1a6b32", "#6f42c1", "#a4161a", "#c2410c", "#0f766e",
    "#1e40af", "#9d174d", "#4d7c0f", "#4a5560"];

  // Timings the benchmark reads (performance.getEntriesByType("mark")).
  function mark(name) {
    if (window.performance && performance.mark) performance.mark(name);
  }

  function text(el, key, fallback) {
    return el.getAttribute("data-label-" + key) || fallback;
  }

  // Rings that cross the antimeridian (Russia, Fiji) jump from +180 to -180; continuing them
  // past 180 instead stops Leaflet drawing a band across the whole map.
  function unwrapRing(ring) {
    for (var i = 1; i < ring.length; i++) {
      while (ring[i][0] - ring[i - 1][0] > 180) ring[i][0] -= 360;
      while (ring[i][0] - ring[i - 1][0] < -180) ring[i][0] += 360;
    }
  }

  function unwrapFeature(feature) {
    var g = feature.geometry;
    if (!g) return;
    if (g.type === "Polygon") g.coordinates.forEach(unwrapRing);
    if (g.type === "MultiPolygon") g.coordinates.forEach(function (p) { p.forEach(unwrapRing); });
  }

  function baseLayers(map, el) {
    var tileUrl = el.getAttribute("data-tile-url");
    if (tileUrl) {
      L.tileLayer(tileUrl, {
        maxZoom: 18,
        attribution: el.getAttribute("data-tile-attribution") || ""
      }).addTo(map);
    }
    var countriesUrl = el.getAttribute("data-countries-url");
    if (!countriesUrl || typeof topojson === "undefined") return Promise.resolve();
    return fetch(countriesUrl).then(function (r) { return r.json(); }).then(function (topo) {
      var countries = topojson.feature(topo, topo.objects.countries);
      countries.features.forEach(unwrapFeature);
      var layer = L.geoJSON(countries, {
        interactive: false,
        style: {
          color: "#7d8b99", weight: 0.8, fillColor: tileUrl ? "transparent" : "#fbfaf6",
          fillOpacity: tileUrl ? 0 : 1
        }
      });
      layer.addTo(map);
      layer.bringToBack();
    }).catch(function () { /* the markers still work without borders */ });
  }

  function clusterIcon(count) {
    var size = count < 100 ? 30 : count < 1000 ? 38 : count < 10000 ? 46 : 54;
    var label = count >= 10000 ? Math.round(count / 1000) + "k" : String(count);
    return L.divIcon({
      html: "<span>" + label + "</span>",
      className: "cluster-icon",
      iconSize: [size, size]
    });
  }

  function pointIcon(kind) {
    return L.divIcon({
      html: "",
      className: "site-dot site-kind-" + kind,
      iconSize: [14, 14]
    });
  }

  function ClusteredSites(map, el) {
    this.map = map;
    this.el = el;
    this.layer = L.layerGroup().addTo(map);
    this.index = null;
    this.kinds = [];
    this.status = document.getElementById(el.getAttribute("data-status-id"));
    this.popupUrl = el.getAttribute("data-popup-url");
    var self = this;
    map.on("moveend", function () { self.render(); });
  }

  ClusteredSites.prototype.load = function (url) {
    var self = this;
    self.el.setAttribute("data-state", "loading");
    if (self.status) self.status.textContent = text(self.el, "loading", "Loading…");
    return fetch(url)
      .then(function (r) {
        if (!r.ok) throw new Error(String(r.status));
        return r.json();
      })
      .then(function (data) {
        mark("parkbridge-map-data");
        self.kinds = data.kinds || [];
        var features = new Array(data.points.length);
        var minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        for (var i = 0; i < data.points.length; i++) {
          var p = data.points[i];
          features[i] = {
            type: "Feature",
            geometry: { type: "Point", coordinates: [p[2], p[1]] },
            properties: { id: p[0], kind: p[3] }
          };
          if (p[1] < minLat) minLat = p[1];
          if (p[1] > maxLat) maxLat = p[1];
          if (p[2] < minLon) minLon = p[2];
          if (p[2] > maxLon) maxLon = p[2];
        }
        self.index = new Supercluster({ radius: 60, maxZoom: 9 }).load(features);
        mark("parkbridge-map-index");
        self.reset();
        if (self.status) {
          self.status.textContent = text(self.el, "count", "%(count)s sites on the map")
            .replace("%(count)s", data.count.toLocaleString());
        }
        if (data.points.length > 0 && self.el.getAttribute("data-fit") !== "false") {
          self.map.fitBounds([[minLat, minLon], [maxLat, maxLon]],
            { padding: [20, 20], maxZoom: 10, animate: false });
        }
        self.render();
        mark("parkbridge-map-drawn");
        self.el.setAttribute("data-state", "ready");
        self.el.setAttribute("data-count", String(data.count));
      })
      .catch(function () {
        self.el.setAttribute("data-state", "error");
        if (self.status) self.status.textContent = text(self.el, "error", "The map data could not be loaded.");
      });
  };

  ClusteredSites.prototype.render = function () {
    if (!this.index) return;
    var map = this.map, self = this;
    var b = map.getBounds();
    var bbox = [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()),
      Math.min(180, b.getEast()), Math.min(85, b.getNorth())];
    if (b.getEast() - b.getWest() >= 360) { bbox[0] = -180; bbox[2] = 180; }
    var clusters = this.index.getClusters(bbox, Math.round(map.getZoom()));
    // Markers still on screen are kept (an open popup survives panning); others are replaced.
    var previous = this.markers || {};
    var current = {};
    clusters.forEach(function (c) {
      var key = c.properties.cluster ? "c" + c.properties.cluster_id : "p" + c.properties.id;
      current[key] = previous[key] || self.makeMarker(c);
      if (!previous[key]) self.layer.addLayer(current[key]);
    });
    Object.keys(previous).forEach(function (key) {
      if (!current[key]) self.layer.removeLayer(previous[key]);
    });
    this.markers = current;
  };

  ClusteredSites.prototype.reset = function () {
    this.layer.clearLayers();
    this.markers = {};
  };

  ClusteredSites.prototype.makeMarker = function (c) {
    var map = this.map, self = this;
    var lon = c.geometry.coordinates[0], lat = c.geometry.coordinates[1];
    var marker;
    if (c.properties.cluster) {
      var count = c.properties.point_count;
      var label = text(self.el, "cluster", "%(count)s sites").replace("%(count)s", count);
      marker = L.marker([lat, lon], { icon: clusterIcon(count), title: label, alt: label, keyboard: true });
      marker.on("click", function () {
        var zoom = Math.min(self.index.getClusterExpansionZoom(c.properties.cluster_id), 18);
        map.setView([lat, lon], zoom);
      });
      return marker;
    }
    var kind = c.properties.kind;
    marker = L.marker([lat, lon], {
      icon: pointIcon(kind),
      title: self.kinds[kind] || "",
      alt: self.kinds[kind] || "",
      keyboard: true
    });
    marker.on("add", function () {
      var icon = marker.getElement();
      if (icon) icon.style.background = KIND_COLOURS[kind % KIND_COLOURS.length];
    });
    marker.bindPopup(text(self.el, "loading", "Loading…"));
    marker.on("popupopen", function (event) {
      fetch(self.popupUrl.replace("/0/", "/" + c.properties.id + "/"))
        .then(function (r) { return r.text(); })
        .then(function (html) { event.popup.setContent(html); });
    });
    return marker;
  };

  function staticMarkers(map, el, markers) {
    var latlngs = [];
    markers.forEach(function (m, i) {
      var label = (el.getAttribute("data-route") ? (i + 1) + ". " : "") + m.label;
      var marker = L.marker([m.lat, m.lon], {
        icon: L.divIcon({ className: "site-dot", iconSize: [16, 16], html: "" }),
        title: label,
        alt: label,
        keyboard: true
      });
      marker.on("add", function () {
        var icon = marker.getElement();
        if (icon) icon.style.background = KIND_COLOURS[0];
      });
      var popup = document.createElement("div");
      if (m.url) {
        var a = document.createElement("a");
        a.href = m.url;
        a.textContent = label;
        popup.appendChild(a);
      } else {
        popup.textContent = label;
      }
      marker.bindPopup(popup);
      marker.addTo(map);
      latlngs.push([m.lat, m.lon]);
    });
    if (el.getAttribute("data-route") && latlngs.length > 1) {
      L.polyline(latlngs, { color: "#a4161a", weight: 3, dashArray: "6 6" }).addTo(map);
    }
    if (latlngs.length === 1) {
      map.setView(latlngs[0], 5);
    } else if (latlngs.length > 1) {
      map.fitBounds(latlngs, { padding: [30, 30], maxZoom: 9 });
    }
    el.setAttribute("data-state", "ready");
    el.setAttribute("data-count", String(latlngs.length));
  }

  function initMap(el) {
    if (el._parkbridgeMap) return el._parkbridgeMap;
    var map = L.map(el, { worldCopyJump: false, minZoom: 1, maxZoom: 18, zoomSnap: 1 });
    map.setView([35, 60], 2);
    map.attributionControl.setPrefix(false);
    baseLayers(map, el);
    var state = { map: map, sites: null };
    var markersId = el.getAttribute("data-markers-id");
    if (markersId) {
      var source = document.getElementById(markersId);
      staticMarkers(map, el, source ? JSON.parse(source.textContent) : []);
    }
    var pointsUrl = el.getAttribute("data-points-url");
    if (pointsUrl) {
      state.sites = new ClusteredSites(map, el);
      state.sites.load(pointsUrl);
    }
    el._parkbridgeMap = state;
    return state;
  }

  function initAll(root) {
    if (typeof L === "undefined") return;
    (root || document).querySelectorAll("[data-map]").forEach(initMap);
  }

  document.addEventListener("DOMContentLoaded", function () { initAll(document); });

  // Filters update the results with htmx; the map follows with the same query.
  document.addEventListener("htmx:afterSwap", function (event) {
    var query = event.target.querySelector("[data-map-query]");
    if (!query) return;
    document.querySelectorAll("[data-map][data-points-base]").forEach(function (el) {
      var state = initMap(el);
      var q = query.getAttribute("data-map-query");
      var url = el.getAttribute("data-points-base") + (q ? "?" + q : "");
      el.setAttribute("data-points-url", url);
      if (state.sites) state.sites.load(url);
    });
  });
})();
