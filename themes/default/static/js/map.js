// The interactive map, only on sites whose site.yaml sets `map.tiles`: Leaflet (served from
// this site) over the same GeoJSON as the open data. The SVG map and the list stay in the
// page; this only adds panning and zooming over a background map.
//
// Names come from content that anyone may propose, and Leaflet puts a string it is given
// for a tooltip, popup or attribution in the page as HTML. So every name goes to Leaflet as
// an element whose text is set with textContent, never as a string.
(function () {
  'use strict';
  if (!window.L) return;

  // An element holding `value` as text (not markup).
  function text(tag, value) {
    var node = document.createElement(tag);
    node.textContent = value == null ? '' : String(value);
    return node;
  }

  // The tile source's attribution is written by mienskip itself (src/render/html.rs), but
  // Leaflet's attribution control takes only HTML: keep its text and its http(s) links and
  // nothing else, so that no other markup can reach the page this way.
  function attribution(html) {
    var out = document.createElement('span');
    var doc = new DOMParser().parseFromString('<body>' + (html || '') + '</body>', 'text/html');
    doc.body.childNodes.forEach(function (node) {
      var href = node.nodeName === 'A' ? node.getAttribute('href') || '' : '';
      if (/^https?:\/\//i.test(href)) {
        var a = text('a', node.textContent);
        a.setAttribute('href', href);
        out.appendChild(a);
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    });
    return out.innerHTML;
  }

  var boxes = document.querySelectorAll('.interactive-map[data-tiles]');
  Array.prototype.forEach.call(boxes, function (box) {
    var base = box.getAttribute('data-base') || '/';
    var onlyArea = box.getAttribute('data-area');
    var current = box.getAttribute('data-room');
    var map = L.map(box, { scrollWheelZoom: false });
    L.tileLayer(box.getAttribute('data-tiles'), {
      maxZoom: 19,
      attribution: attribution(box.getAttribute('data-attribution'))
    }).addTo(map);
    box.hidden = false;
    var load = function (name) {
      return fetch(base + 'data/' + name).then(function (r) {
        if (!r.ok) throw new Error(name + ': ' + r.status);
        return r.json();
      });
    };
    // The basemap (map.basemap): water, roads and place names, muted, in a pane under the
    // areas. Its names, like every other, go in as text.
    // Added once the map has its view (Leaflet cannot place labels before).
    var addBasemap = function () {
      var basemapFile = box.getAttribute('data-basemap');
      if (!basemapFile) return;
      map.createPane('ondergrond').style.zIndex = 350;
      fetch(base + basemapFile).then(function (r) {
        if (!r.ok) throw new Error(basemapFile + ': ' + r.status);
        return r.json();
      }).then(function (basemap) {
        L.geoJSON(basemap, {
          pane: 'ondergrond',
          interactive: false,
          filter: function (f) { return f.properties.kind !== 'place'; },
          style: function (f) {
            var water = f.properties.kind === 'water';
            var area = f.geometry.type === 'MultiPolygon' || f.geometry.type === 'Polygon';
            return {
              color: water ? '#7fb0d3' : '#a89f90',
              weight: water ? 4 : 2,
              opacity: 0.8,
              fill: water && area,
              fillColor: '#b7d3e6',
              fillOpacity: 0.8
            };
          }
        }).addTo(map);
        var names = [];
        basemap.features.forEach(function (f) {
          if (f.properties.kind !== 'place' || f.geometry.type !== 'Point') return;
          var c = f.geometry.coordinates;
          var place = L.circleMarker([c[1], c[0]], { pane: 'ondergrond', radius: 2, weight: 0, fillColor: '#555', fillOpacity: 0.8, interactive: false })
            .bindTooltip(text('span', f.properties.name), { permanent: true, direction: 'right', className: 'map-place', pane: 'ondergrond' })
            .addTo(map);
          names.push(place.getTooltip());
        });
        // Names that would overlap one placed before them (the basemap lists the important
        // ones first) are hidden at this zoom; zooming in gives them room and shows them.
        var declutter = function () {
          var taken = [];
          names.forEach(function (tip) {
            var el = tip.getElement();
            if (!el) return;
            el.style.visibility = '';
            var r = el.getBoundingClientRect();
            var free = taken.every(function (t) {
              return r.right <= t.left || r.left >= t.right || r.bottom <= t.top || r.top >= t.bottom;
            });
            if (free) taken.push(r);
            else el.style.visibility = 'hidden';
          });
        };
        declutter();
        map.on('zoomend', declutter);
        box.setAttribute('data-basemap-ready', 'true');
      }).catch(function (error) {
        if (window.console) console.warn('interactive map: ' + error.message);
      });
    };
    Promise.all([load('areas.geojson'), load('rooms.geojson')]).then(function (data) {
      var areas = L.geoJSON(data[0], {
        filter: function (f) { return !onlyArea || f.properties.id === onlyArea; },
        style: { color: '#0b4f6c', weight: 2, fillOpacity: 0.1 },
        onEachFeature: function (f, layer) {
          layer.bindTooltip(text('span', f.properties.name));
        }
      }).addTo(map);
      var rooms = L.geoJSON(data[1], {
        filter: function (f) { return !onlyArea || f.properties.area === onlyArea; },
        pointToLayer: function (f, latlng) {
          var closed = f.properties.status === 'closed';
          return L.circleMarker(latlng, {
            radius: f.properties.id === current ? 11 : (f.properties.kind === 'main' ? 8 : 6),
            color: closed ? '#8a1a1a' : '#0b4f6c',
            weight: f.properties.id === current ? 4 : 2,
            fillOpacity: closed ? 0.2 : 0.8,
            dashArray: closed ? '3 2' : null
          });
        },
        onEachFeature: function (f, layer) {
          var link = text('a', f.properties.name);
          link.href = base + 'kamers/' + encodeURIComponent(f.properties.id) + '/';
          layer.bindPopup(link);
        }
      }).addTo(map);
      var bounds = areas.getBounds();
      if (!bounds.isValid()) bounds = rooms.getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [16, 16] });
      else map.setView([52.1, 5.3], 7);
      box.setAttribute('data-ready', 'true');
      addBasemap();
    }).catch(function (error) {
      box.hidden = true;
      if (window.console) console.warn('interactive map: ' + error.message);
    });
  });
})();
