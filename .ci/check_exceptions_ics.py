"""Reads agenda.ics of the exceptions fixture (tests/fixtures/exceptions, built on
2026-04-20) with Python's icalendar and expands it with recurring_ical_events, as a calendar
app would (issue #14): a skipped date, a national holiday and a closure are absent, ordinary
dates and the room open on holidays are present, and every UID is unique.

With `example` after the folder, checks the example site instead (built on 2025-11-23): its
rooms close on national holidays, so nothing takes place on Christmas or New Year's Day.

Usage: check_exceptions_ics.py <site folder> [example]
"""

import datetime
import sys
from pathlib import Path

import icalendar
import recurring_ical_events

site = Path(sys.argv[1])
calendar = icalendar.Calendar.from_ical((site / "data" / "agenda.ics").read_bytes())

uids = [str(e["UID"]) for e in calendar.walk("VEVENT")]
assert len(uids) == len(set(uids)), f"UIDs not unique: {uids}"

if sys.argv[2:] == ["example"]:
    holidays = [datetime.date(2025, 12, 25), datetime.date(2025, 12, 26), datetime.date(2026, 1, 1)]
    events = recurring_ical_events.of(calendar).between(datetime.date(2025, 11, 23), datetime.date(2026, 1, 18))
    assert events, "the example's agenda is empty"
    on_holidays = [(str(e["SUMMARY"]), e["DTSTART"].dt) for e in events if e["DTSTART"].dt.date() in holidays]
    assert not on_holidays, f"activities on national holidays: {on_holidays}"
    print(f"ok    example: {len(uids)} events, UIDs unique; {len(events)} occurrences until 2026-01-18, none on Christmas or New Year's Day")
    sys.exit(0)
assert "oranje-koffie@uitzondering.example.nl" in uids, uids
print(f"ok    {len(uids)} events, every UID unique")

window = (datetime.date(2026, 4, 20), datetime.date(2026, 6, 15))
occurrences = recurring_ical_events.of(calendar).between(*window)


def dates(summary):
    return sorted(
        o["DTSTART"].dt.date() for o in occurrences if str(o["SUMMARY"]) == summary
    )


koffie = dates("Koffieochtend")
for absent, why in [
    (datetime.date(2026, 4, 27), "Koningsdag (a national holiday)"),
    (datetime.date(2026, 5, 4), "skipped"),
    (datetime.date(2026, 5, 11), "a closure"),
    (datetime.date(2026, 5, 25), "Tweede Pinksterdag"),
]:
    assert absent not in koffie, f"Koffieochtend on {absent} ({why}): {koffie}"
for present in [datetime.date(2026, 4, 20), datetime.date(2026, 5, 18)]:
    assert present in koffie, f"Koffieochtend not on {present}: {koffie}"
# The occurrences keep their local time in Europe/Amsterdam.
first = next(o for o in occurrences if str(o["SUMMARY"]) == "Koffieochtend")
assert first["DTSTART"].dt.hour == 10, first["DTSTART"].dt
assert str(first["DTSTART"].dt.tzinfo) in ("Europe/Amsterdam", "CEST"), first["DTSTART"].dt.tzinfo
print(f"ok    Koffieochtend on {len(koffie)} Mondays, not on Koningsdag, the skipped date, the closure or Pinksteren")

breiclub = dates("Breiclub")
assert datetime.date(2026, 5, 13) not in breiclub, breiclub
assert datetime.date(2026, 5, 20) not in breiclub, breiclub
assert datetime.date(2026, 4, 22) in breiclub, breiclub
print("ok    Breiclub not in the closed week nor on the day that closes at 12:00")

open_room = dates("Maandagkoffie")
assert datetime.date(2026, 4, 27) in open_room, open_room
print("ok    the room with `holidays: open` keeps Koningsdag")
