// The postcode box (home page, /gebieden/, /postcode/): without this script the form opens
// the list of every postcode with its area. With it, a postcode goes straight to its own
// page, found in postcode/postcodes.json from this site; an unknown or mistyped postcode is
// said at once, beside the box. Nothing is sent anywhere: the list is the same for everyone.
(function () {
  "use strict";
  var form = document.querySelector("[data-postcode-form]");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input[name=postcode]");
  var status = form.querySelector("[data-postcode-status]");
  var list = null;

  function say(key, q) {
    return (form.getAttribute("data-" + key) || "").split("{q}").join(q);
  }

  // "8913ab", " 8913 AB " -> "8913ab"; null when it is no postcode.
  function slug(text) {
    var compact = text.replace(/\s+/g, "").toLowerCase();
    return /^[1-9][0-9]{3}([a-z]{2})?$/.test(compact) ? compact : null;
  }

  function known() {
    if (!list) {
      list = fetch(form.getAttribute("data-list"), { credentials: "same-origin" })
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then(function (json) { return json.postcodes || []; });
      list.catch(function () { list = null; });
    }
    return list;
  }

  // The page of a postcode, or of its four digits when only those have a page.
  function go(text, replace) {
    var wanted = slug(text);
    if (!wanted) {
      status.textContent = say("invalid", text.trim());
      return Promise.resolve(false);
    }
    return known().then(function (postcodes) {
      var found = postcodes.indexOf(wanted) >= 0 ? wanted
        : postcodes.indexOf(wanted.slice(0, 4)) >= 0 ? wanted.slice(0, 4) : null;
      if (!found) {
        status.textContent = say("unknown", text.trim());
        return false;
      }
      var url = form.getAttribute("data-pages") + found + "/";
      if (replace) location.replace(url); else location.href = url;
      return true;
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    status.textContent = "";
    // Should the list not load, the form does what it does without this script.
    go(input.value, false).catch(function () { form.submit(); });
  });

  // Landed on the postcode list with ?postcode=: go on to its page, or say why not.
  var asked = new URLSearchParams(location.search).get("postcode");
  if (asked && location.pathname === new URL(form.getAttribute("data-pages"), location.href).pathname) {
    input.value = asked;
    go(asked, true).catch(function () {});
  }
  form.setAttribute("data-ready", "");
})();
