// "Open now" and "today" on a room's page, worked out in the browser from the published
// opening hours, in the site's time zone (not the visitor's). The hours table on the page
// stays the reference; without this script the line simply is not shown. Holidays and
// closures (data-exceptions: a year of them from the build date) win over the weekly hours,
// as the table "afwijkende openingstijden" on the page says.
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
  var exceptions = [];
  try {
    exceptions = JSON.parse(box.getAttribute("data-exceptions") || "[]") || [];
  } catch (e) {
    exceptions = [];
  }
  var codes = ["ma", "di", "wo", "do", "vr", "za", "zo"];
  var english = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
  var zone = box.getAttribute("data-timezone") || "Europe/Amsterdam";
  var format;
  try {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
      year: "numeric", month: "2-digit", day: "2-digit",
    });
  } catch (e) {
    return;
  }

  function minutes(hhmm) {
    var p = hhmm.split(":");
    return Number(p[0]) * 60 + Number(p[1]);
  }

  // The weekday (0 = Monday), the date (ISO) and minutes since midnight in the site's time zone.
  function now() {
    var parts = {};
    format.formatToParts(new Date()).forEach(function (p) { parts[p.type] = p.value; });
    return {
      day: english[parts.weekday],
      date: parts.year + "-" + parts.month + "-" + parts.day,
      minute: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
    };
  }

  // The ISO date `n` days after an ISO date (calendar arithmetic, no time zone involved).
  function dateAfter(iso, n) {
    var p = iso.split("-");
    return new Date(Date.UTC(Number(p[0]), Number(p[1]) - 1, Number(p[2]) + n)).toISOString().slice(0, 10);
  }

  // The exception on an ISO date, if any (ISO dates compare as text).
  function exceptionOn(iso) {
    return exceptions.filter(function (e) { return e.from <= iso && iso <= e.to; })[0];
  }

  function reason(e) {
    var parts = [];
    if (e.holiday) parts.push(box.getAttribute("data-holiday-" + e.holiday) || e.holiday);
    if (e.note) parts.push(e.note);
    return parts.join(", ");
  }

  function on(day, iso) {
    var e = iso && exceptionOn(iso);
    // The reason is said once, in its own sentence, not after each time.
    if (e) return e.opens ? [{ days: [codes[day]], from: e.opens, to: e.closes }] : [];
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

  function markRow(row, today) {
    row.classList.toggle("is-today", today);
    var mark = row.querySelector(".today-mark");
    if (today && !mark) {
      mark = document.createElement("span");
      mark.className = "today-mark";
      mark.textContent = " (" + box.getAttribute("data-today") + ")";
      row.cells[0].appendChild(mark);
    } else if (!today && mark) {
      mark.remove();
    }
  }

  // The exception's row in "afwijkende openingstijden" is today's when there is one.
  function markExceptions(iso) {
    var caption = document.getElementById(box.getAttribute("data-exceptions-table"));
    var table = caption && caption.closest("table");
    if (!table || !table.tBodies[0]) return;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var from = row.getAttribute("data-from"), to = row.getAttribute("data-to");
      markRow(row, !!from && from <= iso && iso <= to);
    });
  }

  function markToday(day, exceptional) {
    var caption = document.getElementById(box.getAttribute("data-table"));
    var table = caption && caption.closest("table");
    if (!table || !table.tBodies[0]) return;
    var rows = table.tBodies[0].rows;
    for (var i = 0; i < rows.length && i < slots.length; i++) {
      markRow(rows[i], !exceptional && slots[i].days.indexOf(codes[day]) !== -1);
    }
  }

  function update() {
    var t = now();
    var exception = exceptionOn(t.date);
    var today = on(t.day, t.date);
    var open = today.filter(function (s) { return minutes(s.from) <= t.minute && t.minute < minutes(s.to); })[0];
    var later = today.filter(function (s) { return minutes(s.from) > t.minute; })[0];
    var status;
    var rest = [];
    if (exception && exception.opens) rest.push(text("other-hours", { reason: reason(exception) }));
    if (open) {
      status = noted(text("open", { to: open.to }), open);
      box.className = "open-now open-now--open";
      if (later) rest.push(noted(text("also", { from: later.from, to: later.to }), later));
    } else {
      status = text("closed", {});
      box.className = "open-now open-now--closed";
      if (later) rest.push(noted(text("later", { from: later.from, to: later.to }), later));
      else if (exception && !exception.opens) rest.push(text("closed-today", { reason: reason(exception) }));
      else rest.push(text(today.length ? "done" : "not-today", {}));
      if (!later) {
        for (var ahead = 1; ahead <= 7; ahead++) {
          var day = (t.day + ahead) % 7;
          var first = on(day, dateAfter(t.date, ahead))[0];
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
    markToday(t.day, !!exception);
    markExceptions(t.date);
  }

  update();
  setInterval(update, 60 * 1000);
})();
