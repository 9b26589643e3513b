// The agenda's filter by area, without reloading the page. Without this script every
// activity is shown and each area's link opens that area's own agenda page.
(function () {
  "use strict";
  var nav = document.querySelector("[data-agenda-filter]");
  // Only the agenda of all areas holds every item; an area's own page keeps plain links.
  if (!nav || !nav.hasAttribute("data-complete") || !window.history || !history.pushState) return;
  var links = Array.prototype.slice.call(nav.querySelectorAll("a[data-area]"));
  var items = Array.prototype.slice.call(document.querySelectorAll("#agenda-dagen li[data-area]"));
  var days = Array.prototype.slice.call(document.querySelectorAll("#agenda-dagen .agenda-day"));
  var status = document.getElementById("agenda-status");
  var heading = document.getElementById("agenda-kop");
  var empty = document.getElementById("agenda-leeg");
  var baseTitle = document.title.slice(heading.textContent.length);

  function fill(template, values) {
    var t = template || "";
    Object.keys(values).forEach(function (k) { t = t.split("{" + k + "}").join(values[k]); });
    return t;
  }

  function show(area) {
    var shown = 0;
    items.forEach(function (li) {
      var visible = !area || li.getAttribute("data-area") === area;
      li.hidden = !visible;
      if (visible) shown++;
    });
    days.forEach(function (day) {
      day.hidden = !day.querySelector("li[data-area]:not([hidden])");
    });
    var name = "";
    links.forEach(function (a) {
      var current = a.getAttribute("data-area") === area;
      if (current) {
        a.setAttribute("aria-current", "page");
        name = a.getAttribute("data-name");
      } else {
        a.removeAttribute("aria-current");
      }
    });
    // Names are set as text, and put in with split/join: a `$&` or `$'` in a name would be
    // a pattern to String.replace.
    var title = area
      ? fill(heading.getAttribute("data-title-area"), { area: name })
      : heading.getAttribute("data-title-all");
    heading.textContent = title;
    document.title = title + baseTitle;
    status.textContent = fill(
      area ? status.getAttribute("data-text-area") : status.getAttribute("data-text-all"),
      { n: String(shown), area: name }
    );
    if (empty) empty.hidden = shown > 0;
  }

  nav.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-area]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    var area = link.getAttribute("data-area");
    show(area);
    history.pushState({ area: area }, "", link.href);
  });

  window.addEventListener("popstate", function (event) {
    var area = event.state && typeof event.state.area === "string" ? event.state.area : "";
    show(area);
  });
  history.replaceState({ area: "" }, "", location.href);
})();
