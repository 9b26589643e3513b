// "Open now" and "today" on a room's page, worked out in the browser from the published
// opening hours, in the site's time zone (not the visitor's). The hours table on the page
// stays the reference; without this script the line simply is not shown.
(function () {
  "use strict";
  var box = document.getElementById("open-nu");
  if (!box || !window.Intl || !Intl.DateTimeFormat) return;
  var slots;
  try {
    slots = JSON.parse(box.getAttribute("data-hours")) || [];
  } catch (e) {
    return;
  }
  var codes = ["ma", "di", "wo", "do", "vr", "za", "zo"];
  var english = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
  var zone = box.getAttribute("data-timezone") || "Europe/Amsterdam";
  var format;
  try {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
    });
  } catch (e) {
    return;
  }

  function minutes(hhmm) {
    var p = hhmm.split(":");
    return Number(p[0]) * 60 + Number(p[1]);
  }

  // The weekday (0 = Monday) and minutes since midnight in the site's time zone.
  function now() {
    var parts = {};
    format.formatToParts(new Date()).forEach(function (p) { parts[p.type] = p.value; });
    return { day: english[parts.weekday], minute: (Number(parts.hour) % 24) * 60 + Number(parts.minute) };
  }

  function on(day) {
    return slots
      .filter(function (s) { return s.days.indexOf(codes[day]) !== -1; })
      .sort(function (a, b) { return minutes(a.from) - minutes(b.from); });
  }

  function text(key, values) {
    var t = box.getAttribute("data-" + key) || "";
    Object.keys(values).forEach(function (k) { t = t.split("{" + k + "}").join(values[k]); });
    return t;
  }

  function noted(sentence, slot) {
    return slot.note ? sentence.replace(/\.$/, "") + " (" + slot.note + ")." : sentence;
  }

  function markToday(day) {
    var caption = document.getElementById(box.getAttribute("data-table"));
    var table = caption && caption.closest("table");
    if (!table || !table.tBodies[0]) return;
    var rows = table.tBodies[0].rows;
    for (var i = 0; i < rows.length && i < slots.length; i++) {
      var today = slots[i].days.indexOf(codes[day]) !== -1;
      rows[i].classList.toggle("is-today", today);
      var mark = rows[i].querySelector(".today-mark");
      if (today && !mark) {
        mark = document.createElement("span");
        mark.className = "today-mark";
        mark.textContent = " (" + box.getAttribute("data-today") + ")";
        rows[i].cells[0].appendChild(mark);
      } else if (!today && mark) {
        mark.remove();
      }
    }
  }

  function update() {
    var t = now();
    var today = on(t.day);
    var open = today.filter(function (s) { return minutes(s.from) <= t.minute && t.minute < minutes(s.to); })[0];
    var later = today.filter(function (s) { return minutes(s.from) > t.minute; })[0];
    var status;
    var rest = [];
    if (open) {
      status = noted(text("open", { to: open.to }), open);
      box.className = "open-now open-now--open";
      if (later) rest.push(noted(text("also", { from: later.from, to: later.to }), later));
    } else {
      status = text("closed", {});
      box.className = "open-now open-now--closed";
      if (later) rest.push(noted(text("later", { from: later.from, to: later.to }), later));
      else rest.push(text(today.length ? "done" : "not-today", {}));
      if (!later) {
        for (var ahead = 1; ahead <= 7; ahead++) {
          var day = (t.day + ahead) % 7;
          var first = on(day)[0];
          if (first) {
            rest.push(noted(text("next", { day: box.getAttribute("data-day-" + codes[day]), from: first.from }), first));
            break;
          }
        }
      }
    }
    box.textContent = "";
    var strong = document.createElement("strong");
    strong.textContent = status;
    box.appendChild(strong);
    if (rest.length) box.appendChild(document.createTextNode(" " + rest.join(" ")));
    box.hidden = false;
    markToday(t.day);
  }

  update();
  setInterval(update, 60 * 1000);
})();
