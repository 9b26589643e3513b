// Registers the service worker that keeps the site readable without a connection. The
// site works the same without it.
(function () {
  "use strict";
  var me = document.currentScript;
  var worker = me && me.getAttribute("data-service-worker");
  if (!worker || !("serviceWorker" in navigator) || !window.isSecureContext) return;
  window.addEventListener("load", function () {
    navigator.serviceWorker.register(worker).catch(function () {});
  });
})();

// A table wider than the screen scrolls in its own region; say so above it, in the page's
// language (the text comes from the theme, on this script's tag). Without the script the
// region still scrolls and shows shadows at its edges.
(function () {
  "use strict";
  var me = document.currentScript;
  var hint = me && me.getAttribute("data-table-hint");
  if (!hint) return;
  function mark() {
    var regions = document.querySelectorAll(".table-wrap");
    for (var i = 0; i < regions.length; i++) {
      var region = regions[i];
      var wide = region.scrollWidth > region.clientWidth + 1;
      var before = region.previousElementSibling;
      var has = before && before.classList.contains("table-hint");
      if (wide && !has) {
        var p = document.createElement("p");
        p.className = "table-hint";
        p.textContent = hint;
        region.parentNode.insertBefore(p, region);
      } else if (!wide && has) {
        before.parentNode.removeChild(before);
      }
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mark);
  } else {
    mark();
  }
  window.addEventListener("resize", mark);
})();
