## How the files fit together

page-reserved-id = a page cannot be called "{ $id }": /{ $id }/ is already a part of the site; rename the file
room-outside-area = the location ({ $lat }, { $lon }) lies outside the outline of area `{ $area }` (data/{ $outline }, named in { $area_path }); check the coordinates, the area, or the outline
room-unreachable = the room is open, but residents cannot reach anyone about it: it has no `contact` and none of its `organisations` has a phone, e-mail or website; add a line like `contact: {"{"} phone: 058 233 8888, email: info@example.nl {"}"}`, or name an organisation that has them
activity-not-shown = `{ $title }` on { $date } is not shown in the agenda: { $why }; if it does take place, add a closure with its hours, like `{"{"} date: { $date }, from: "{ $from }", to: "{ $to }" {"}"}`, or `holidays: open` to the room
activity-why-other-hours = the room has other hours then
activity-why-holiday = the room is closed on national holidays ({ $holiday })
activity-why-closed-note = the room is closed then ({ $note })
activity-why-closed = the room is closed then
budget-total-mismatch = the declared total for { $year } ({ $what }) is { $declared }, but its lines add up to { $summed }: a difference of { $difference }; correct the total or the lines
budget-total-group = group "{ $group }"
budget-total-in-kind = in kind
budget-total-cash = cash
budget-too-many-figures = the budgets hold { $total } figures (an amount or hours for one line and year) together, more than the limit of { $limit }; this budget holds { $count }: split it into fewer lines, or publish fewer years
agenda-area-too-full = the agenda of area { $area } would hold { $total } activity occurrences in its { $days } days; an area may have at most { $limit }; this room adds the most ({ $most }); give activities fewer days, or end old ones with `ends`
agenda-site-too-full = the agenda's { $days } days would hold { $total } activity occurrences over all rooms; a site may have at most { $limit }; this room adds the most ({ $most }); give activities fewer days, or end old ones with `ends`
