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
