// Search on /zoeken/: asks the static Pagefind index served from this site (in the page's
// language, with Dutch stemming for Dutch pages and for Frisian ones, whose index is
// `nl-fy`, named in data-index) and lists what it finds, each with the sentence the index
// holds for it ("Hoofdlocatie in Leeuwarden Noord, open op maandag t/m vrijdag."). Without
// this script the page still lists every room, area, initiative and organisation.
(function () {
  "use strict";
  var form = document.getElementById("zoeken");
  var input = document.getElementById("zoekterm");
  var section = document.getElementById("zoekresultaten");
  var list = document.getElementById("zoekresultaten-lijst");
  var heading = document.getElementById("zoekresultaten-kop");
  var status = document.getElementById("zoekstatus");
  if (!form || !input || !list) return;
  var pagefind = null;
  var latest = 0;
  var timer = null;

  function say(key, values) {
    var t = form.getAttribute("data-" + key) || "";
    Object.keys(values || {}).forEach(function (k) { t = t.split("{" + k + "}").join(values[k]); });
    return t;
  }

  // A large site's index is split in shards: the first in the bundle, the others in its
  // folders 2/, 3/ and on, listed in data-shards. Pagefind searches the shards merged into
  // the first together and ranks their results in one list.
  function load() {
    if (!pagefind) {
      var bundle = form.getAttribute("data-bundle");
      var settings = { baseUrl: form.getAttribute("data-base"), excerptLength: 24 };
      var shards = (form.getAttribute("data-shards") || "").split(" ").filter(Boolean);
      pagefind = import(bundle + "pagefind.js").then(function (pf) {
        return pf.options(settings).then(function () {
          // Pagefind picks the index by the page's lang when it starts; a Frisian page
          // searches the index named in data-index (nl-fy: Dutch stemming), so the lang
          // says that name only while Pagefind starts, synchronously, and is put back.
          var root = document.documentElement;
          var lang = root.getAttribute("lang");
          var index = form.getAttribute("data-index");
          if (index) root.setAttribute("lang", index);
          try { pf.init(); } finally { root.setAttribute("lang", lang); }
          // The worker that searches resolves paths against its own address: give it the
          // whole path of each shard.
          return Promise.all(shards.map(function (n) {
            var path = new URL(bundle + n + "/", location.href).pathname;
            return pf.mergeIndex(path, settings);
          }));
        }).then(function () {
          return pf;
        });
      });
      pagefind.catch(function () { pagefind = null; });
    }
    return pagefind;
  }

  // Pagefind's excerpt marks the words found with <mark>; keep those and plain text only.
  function excerpt(html) {
    var p = document.createElement("p");
    p.className = "search-results__excerpt";
    var doc = new DOMParser().parseFromString("<body>" + html + "</body>", "text/html");
    doc.body.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        p.appendChild(mark);
      } else {
        p.appendChild(document.createTextNode(node.textContent));
      }
    });
    return p;
  }

  function show(results, query) {
    list.textContent = "";
    results.forEach(function (r) {
      var li = document.createElement("li");
      li.className = "search-results__item";
      var kind = r.meta && r.meta.kind ? say("kind-" + r.meta.kind) : "";
      if (kind) {
        var label = document.createElement("span");
        label.className = "search-results__kind";
        label.textContent = kind + ": ";
        li.appendChild(label);
      }
      var a = document.createElement("a");
      a.href = r.url;
      a.textContent = (r.meta && r.meta.title) || r.url;
      li.appendChild(a);
      // The item's sentence; Pagefind's excerpt (the words around the match) only where the
      // index has no sentence for it.
      if (r.meta && r.meta.sentence) {
        var line = document.createElement("p");
        line.className = "search-results__excerpt";
        line.textContent = r.meta.sentence;
        li.appendChild(line);
      } else if (r.excerpt) {
        li.appendChild(excerpt(r.excerpt));
      }
      list.appendChild(li);
    });
    section.hidden = results.length === 0;
    status.textContent = results.length === 0
      ? say("none", { q: query })
      : say(results.length === 1 ? "count-one" : "count-many", { n: String(results.length), q: query });
  }

  function run(query, focus) {
    var mine = ++latest;
    query = query.trim();
    if (!query) {
      list.textContent = "";
      section.hidden = true;
      status.textContent = "";
      return Promise.resolve();
    }
    status.textContent = say("busy");
    return load()
      .then(function (pf) { return pf.search(query); })
      .then(function (search) {
        if (!search) return [];
        return Promise.all(search.results.slice(0, 30).map(function (r) { return r.data(); }));
      })
      .then(function (results) {
        if (mine !== latest) return;
        show(results, query);
        if (focus && results.length) heading.focus();
      })
      .catch(function () {
        if (mine === latest) status.textContent = say("failed");
      });
  }

  function remember(query) {
    var url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url.href);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    remember(input.value.trim());
    run(input.value, true);
  });

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      remember(input.value.trim());
      run(input.value, false);
    }, 350);
  });

  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial, false);
  }
  form.setAttribute("data-ready", "");
})();
