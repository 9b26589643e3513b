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
    }).catch(function (error) {
      box.hidden = true;
      if (window.console) console.warn('interactive map: ' + error.message);
    });
  });
})();
