// "Dichtbij mij" (home page, /kamers/): asks the browser for the position, only when the
// resident presses the button, and lists the open rooms nearest first. The distances are
// worked out here, on the device, from the rooms' coordinates in this site's own open data
// (data/rooms.geojson); the position is sent nowhere. Without script or geolocation the
// section stays hidden.
(function () {
  "use strict";
  var box = document.querySelector("[data-nearby]");
  if (!box || !navigator.geolocation || !window.fetch) return;
  var button = box.querySelector("[data-nearby-button]");
  var status = box.querySelector("[data-nearby-status]");
  var list = box.querySelector("[data-nearby-list]");
  var SHOWN = 5;
  box.hidden = false;

  function say(key, values) {
    var t = box.getAttribute("data-" + key) || "";
    Object.keys(values || {}).forEach(function (k) { t = t.split("{" + k + "}").join(values[k]); });
    return t;
  }

  // Great-circle distance in km (haversine); ample for "which room is nearest".
  function km(lat1, lon1, lat2, lon2) {
    var rad = Math.PI / 180;
    var dLat = (lat2 - lat1) * rad;
    var dLon = (lon2 - lon1) * rad;
    var a = Math.sin(dLat / 2) * Math.sin(dLat / 2) +
      Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  function rooms() {
    return fetch(box.getAttribute("data-geojson"), { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (json) {
        return (json.features || []).filter(function (f) {
          var p = f.properties || {};
          return f.geometry && f.geometry.type === "Point" && p.status === "open";
        });
      });
  }

  function show(features, here) {
    var lang = document.documentElement.lang || "nl";
    var format = new Intl.NumberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
    var near = features.map(function (f) {
      var c = f.geometry.coordinates;
      return { f: f, d: km(here.latitude, here.longitude, c[1], c[0]) };
    }).sort(function (a, b) { return a.d - b.d; }).slice(0, SHOWN);
    list.textContent = "";
    near.forEach(function (n) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = box.getAttribute("data-rooms") + encodeURIComponent(n.f.properties.id) + "/";
      a.textContent = n.f.properties.name;
      li.appendChild(a);
      li.appendChild(document.createTextNode(" — " + say("distance", { distance: format.format(n.d) })));
      list.appendChild(li);
    });
    status.textContent = say("found", { n: String(near.length) });
  }

  button.addEventListener("click", function () {
    status.textContent = say("busy");
    list.textContent = "";
    var data = rooms();
    navigator.geolocation.getCurrentPosition(function (position) {
      data.then(function (features) { show(features, position.coords); })
        .catch(function () { status.textContent = say("denied"); });
    }, function () {
      status.textContent = say("denied");
    }, { enableHighAccuracy: false, timeout: 20000, maximumAge: 300000 });
  });
})();
