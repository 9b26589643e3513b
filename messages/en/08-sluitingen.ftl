## Closures, holidays and skipped dates

closure-date-with-one-time = a closure with a `date` is closed all day, or open with other hours given as both `from: "09:00"` and `to: "13:00"`; for closed days from one date to another, leave out `date` and write `from: 2025-07-21` and `to: 2025-08-15`
closure-times-without-date = `from` and `to` are times, but the closure has no `date`; add `date: 2025-12-31` for other hours on that day, or write dates (`from: 2025-07-21`, `to: 2025-08-15`) for closed days
closure-needs-date = a closure needs a `date: 2025-12-24` (closed that day) or both `from: 2025-07-21` and `to: 2025-08-15` (closed on those days)
closure-too-many = a room may list at most { $limit } closures; this one has { $count }; remove the ones that are over
skip-not-on-schedule = `skip` names { $date }, but the activity does not take place on that date anyway; check the date, or remove it
skip-too-many = an activity may skip at most { $limit } dates; this one has { $count }; remove the ones that are over, or set `ends`
