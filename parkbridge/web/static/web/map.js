/* ParkBridge maps: Leaflet over an offline base layer of country borders (world-atlas TopoJSON),
   an optional online tile layer, and markers clustered on the server: the browser first gets a
   small overview (one marker per grid cell for the low zooms, drawn at once) and, zoomed in
   deeper, the markers of the area on screen. 100,000 sites never travel to the browser. */
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
      countryLabels(map, countries.features);
    }).catch(function () { /* the markers still work without borders */ });
  }

  // Country names (in the page's language, from the page's JSON keyed by ISO numeric code;
  // else the atlas's English name) at the middle of each country's largest polygon, shown
  // from country zoom on. No tile server needed.
  var LABEL_ZOOM = 4;

  function largestPolygon(geometry) {
    var polygons = geometry.type === "Polygon" ? [geometry.coordinates] :
      geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    var best = null, bestArea = -1;
    polygons.forEach(function (polygon) {
      var ring = polygon[0], w = 1e9, e = -1e9, s = 1e9, n = -1e9;
      ring.forEach(function (pt) {
        w = Math.min(w, pt[0]); e = Math.max(e, pt[0]); s = Math.min(s, pt[1]); n = Math.max(n, pt[1]);
      });
      var area = (e - w) * (n - s);
      if (area > bestArea) { bestArea = area; best = [(s + n) / 2, (w + e) / 2]; }
    });
    return best;
  }

  function countryLabels(map, features) {
    var source = document.getElementById("country-names");
    var names = source ? JSON.parse(source.textContent) : {};
    // Their own pane under the markers, so a name never covers a site.
    if (!map.getPane("countryLabels")) {
      map.createPane("countryLabels").style.zIndex = 450;
      map.getPane("countryLabels").style.pointerEvents = "none";
    }
    var labels = L.layerGroup();
    features.forEach(function (feature) {
      if (!feature.geometry) return;
      var name = names[String(feature.id)] || (feature.properties && feature.properties.name);
      var at = largestPolygon(feature.geometry);
      if (!name || !at) return;
      var content = document.createElement("span");
      content.textContent = name;  // text, never markup
      labels.addLayer(L.tooltip({
        permanent: true, direction: "center", className: "country-label", interactive: false,
        pane: "countryLabels"
      }).setLatLng(at).setContent(content));
    });
    function follow() {
      var show = map.getZoom() >= LABEL_ZOOM;
      if (show && !map.hasLayer(labels)) labels.addTo(map);
      if (!show && map.hasLayer(labels)) map.removeLayer(labels);
    }
    map.on("zoomend", follow);
    follow();
  }

  // Marker colour tells the kind; the fill tells the status (operating: solid; planned: hollow
  // ring; under construction: half-filled; closed: grey). The legend explains both.
  var STATUS_STYLES = ["planned", "building", "operating", "closed"];

  function paintDot(icon, kind, status) {
    var colour = KIND_COLOURS[kind % KIND_COLOURS.length];
    var style = STATUS_STYLES[status] || "operating";
    icon.classList.add("site-status-" + style);
    if (style === "planned") {
      icon.style.background = "#fff";
      icon.style.boxShadow = "0 0 0 3px " + colour;
    } else if (style === "building") {
      icon.style.background = "linear-gradient(90deg, " + colour + " 50%, #fff 50%)";
      icon.style.boxShadow = "0 0 0 2px " + colour;
    } else if (style === "closed") {
      icon.style.background = "#8c959f";
    } else {
      icon.style.background = colour;
    }
  }

  function legendControl(map, el, kinds, statuses) {
    var control = L.control({ position: "bottomright" });
    control.onAdd = function () {
      var box = L.DomUtil.create("details", "map-legend");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      // Open where there is room for it; always within the map's height.
      if (window.innerWidth > 768 && el.clientHeight >= 420) box.open = true;
      box.style.maxHeight = Math.max(120, el.clientHeight - 40) + "px";
      var summary = document.createElement("summary");
      summary.textContent = text(el, "legend", "Legend");
      box.appendChild(summary);
      function section(title, items, paint) {
        var heading = document.createElement("p");
        heading.className = "map-legend-heading";
        heading.textContent = title;
        box.appendChild(heading);
        var list = document.createElement("ul");
        items.forEach(function (label, i) {
          var item = document.createElement("li");
          var dot = document.createElement("span");
          dot.className = "site-dot legend-dot";
          paint(dot, i);
          item.appendChild(dot);
          item.appendChild(document.createTextNode(" " + label));
          list.appendChild(item);
        });
        box.appendChild(list);
      }
      section(text(el, "kinds", "Kind"), kinds, function (dot, i) { paintDot(dot, i, 2); });
      section(text(el, "statuses", "Status"), statuses, function (dot, i) { paintDot(dot, 9, i); });
      var cluster = document.createElement("p");
      cluster.className = "map-legend-cluster";
      var bubble = document.createElement("span");
      bubble.className = "legend-cluster";
      bubble.textContent = "12";
      cluster.appendChild(bubble);
      cluster.appendChild(document.createTextNode(" " + text(el, "cluster-legend", "several sites: click to zoom in")));
      box.appendChild(cluster);
      return box;
    };
    control.addTo(map);
    return control;
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
    this.overview = null;  // the overview of the current filters
    this.area = null;      // the last deeper area fetched: {zoom, bbox, clusters, points}
    this.kinds = [];
    this.markers = {};
    this.generation = 0;   // answers to an outdated request are dropped
    this.status = document.getElementById(el.getAttribute("data-status-id"));
    this.popupUrl = el.getAttribute("data-popup-url");
    var self = this;
    this.fitting = false;
    map.on("moveend", function () { if (self.overview && !self.fitting) self.update(); });
  }

  ClusteredSites.prototype.setState = function (state) {
    this.el.setAttribute("data-state", state);
  };

  ClusteredSites.prototype.failed = function () {
    this.setState("error");
    if (this.status) this.status.textContent = text(this.el, "error", "The map data could not be loaded.");
  };

  ClusteredSites.prototype.load = function (url) {
    var self = this;
    var generation = ++self.generation;
    self.url = url;
    self.overview = null;
    self.area = null;
    self.setState("loading");
    if (self.status) self.status.textContent = text(self.el, "loading", "Loading…");
    return fetch(url)
      .then(function (r) {
        if (!r.ok) throw new Error(String(r.status));
        return r.json();
      })
      .then(function (data) {
        if (generation !== self.generation) return;
        mark("parkbridge-map-data");
        self.overview = data;
        self.kinds = data.kinds || [];
        if (!self.legend && self.kinds.length) {
          self.legend = legendControl(self.map, self.el, self.kinds, data.statuses || []);
        }
        if (self.status) {
          self.status.textContent = text(self.el, "count", "%(count)s sites on the map")
            .replace("%(count)s", data.count.toLocaleString());
        }
        self.el.setAttribute("data-count", String(data.count));
        if (data.bounds && self.el.getAttribute("data-fit") !== "false") {
          // No animation, so the view is final at once; its moveend is skipped, the update
          // below draws it (also when the view did not change and no moveend fires).
          self.fitting = true;
          try {
            self.map.fitBounds(data.bounds, { padding: [20, 20], maxZoom: 10, animate: false });
          } finally {
            self.fitting = false;
          }
        }
        return self.update();
      })
      .catch(function () { if (generation === self.generation) self.failed(); });
  };

  // The view in degrees, clamped to the one world the server clusters.
  ClusteredSites.prototype.viewBox = function (grow) {
    var b = this.map.getBounds();
    var west = b.getWest(), east = b.getEast(), south = b.getSouth(), north = b.getNorth();
    var dx = (east - west) * grow, dy = (north - south) * grow;
    return [Math.max(-180, west - dx), Math.max(-85, south - dy),
      Math.min(180, east + dx), Math.min(85, north + dy)];
  };

  function inside(inner, outer) {
    return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
  }

  // Draw the markers for the current zoom: from the overview, from the last area fetched when
  // the view is still inside it, else from a new area (the view plus half a screen around it,
  // so panning a little needs nothing new).
  ClusteredSites.prototype.update = function () {
    var self = this, data = self.overview;
    var zoom = Math.round(self.map.getZoom());
    if (zoom <= data.overview_max_zoom) {
      self.draw(data.zooms[zoom], zoom);
      return Promise.resolve();
    }
    if (self.area && self.area.zoom === zoom && inside(self.viewBox(0), self.area.bbox)) {
      self.draw(self.area, zoom);
      return Promise.resolve();
    }
    var generation = self.generation;
    var box = self.viewBox(0.5).map(function (v) { return v.toFixed(5); }).join(",");
    var url = self.url + (self.url.indexOf("?") === -1 ? "?" : "&") + "z=" + zoom + "&bbox=" + box;
    self.setState("loading");
    return fetch(url)
      .then(function (r) {
        if (!r.ok) throw new Error(String(r.status));
        return r.json();
      })
      .then(function (area) {
        // A newer filter or a zoom that moved on has its own request.
        if (generation !== self.generation || Math.round(self.map.getZoom()) !== area.zoom) return;
        self.area = area;
        self.draw(area, zoom);
      })
      .catch(function () { if (generation === self.generation) self.failed(); });
  };

  ClusteredSites.prototype.draw = function (view, zoom) {
    var self = this;
    var previous = this.markers;
    var current = {};
    // Markers that stay are kept (an open popup survives panning); others are replaced.
    view.clusters.forEach(function (c) {
      var key = "c" + zoom + ":" + c[0] + ":" + c[1] + ":" + c[2];
      current[key] = previous[key] || self.clusterMarker(c);
    });
    view.points.forEach(function (p) {
      var key = "p" + p[0];
      current[key] = previous[key] || self.pointMarker(p);
    });
    Object.keys(previous).forEach(function (key) {
      if (!current[key]) self.layer.removeLayer(previous[key]);
    });
    Object.keys(current).forEach(function (key) {
      if (!previous[key]) self.layer.addLayer(current[key]);
    });
    this.markers = current;
    if (this.el.getAttribute("data-state") !== "ready") mark("parkbridge-map-drawn");
    this.setState("ready");
  };

  ClusteredSites.prototype.clusterMarker = function (c) {
    var map = this.map;
    var lat = c[0], lon = c[1], count = c[2], expandsAt = c[3];
    var label = text(this.el, "cluster", "%(count)s sites").replace("%(count)s", count);
    var marker = L.marker([lat, lon], { icon: clusterIcon(count), title: label, alt: label, keyboard: true });
    marker.on("click", function () {
      map.setView([lat, lon], Math.max(map.getZoom() + 1, Math.min(expandsAt, 18)));
    });
    return marker;
  };

  ClusteredSites.prototype.pointMarker = function (p) {
    var self = this;
    var id = p[0], kind = p[3], status = p.length > 4 ? p[4] : 2;
    var statuses = (self.overview && self.overview.statuses) || [];
    var title = (self.kinds[kind] || "") + (statuses[status] ? " · " + statuses[status] : "");
    var marker = L.marker([p[1], p[2]], {
      icon: pointIcon(kind),
      title: title,
      alt: title,
      keyboard: true
    });
    marker.on("add", function () {
      var icon = marker.getElement();
      if (icon) paintDot(icon, kind, status);
    });
    marker.bindPopup(text(self.el, "loading", "Loading…"));
    marker.on("popupopen", function (event) {
      fetch(self.popupUrl.replace("/0/", "/" + id + "/"))
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
