//! `activities.csv`: every activity of every room, with how it repeats; the same activities
//! are the agenda in `agenda.ics`.

use super::{column, Cell, Columns, Kind, Table};
use crate::model::exceptions::{cancelled_between, EXCEPTION_WEEKS};
use crate::model::*;
use crate::outputs::data::ics;
use crate::text::dates::iso;
use jiff::ToSpan;

/// One activity, with its room and its number within the room (from 1).
struct Row<'s> {
    room: &'s Room,
    number: usize,
    activity: &'s Activity,
}

pub(super) fn table(site: &Site) -> Table {
    use Kind::*;
    let sources = site.rooms.iter().flat_map(|room| {
        room.activities
            .iter()
            .enumerate()
            .map(move |(index, activity)| Row {
                room,
                number: index + 1,
                activity,
            })
    });
    let (columns, rows) = Columns::<Row>::new()
        .add(
            column("room", Text, "Kamer", "Id van de kamer waar de activiteit plaatsvindt (rooms.csv).").refers_to("rooms").required(),
            |row| Cell::text(&row.room.id),
        )
        .add(
            column("title", Text, "Titel", "Naam van de activiteit.").required(),
            |row| Cell::text(&row.activity.title),
        )
        .add(
            column("days", List, "Dagen", "Weekdagen van een terugkerende activiteit (ma di wo do vr za zo), gescheiden door ;."),
            |row| match &row.activity.schedule {
                Schedule::Weekly { days, .. } | Schedule::Monthly { days, .. } => {
                    Cell::List(days.iter().map(|d| d.as_str().to_string()).collect())
                }
                Schedule::Once { .. } => Cell::List(Vec::new()),
            },
        )
        .add(
            column("from", Time, "Van", "Begintijd (UU:MM, lokale tijd).").required(),
            |row| Cell::Time(row.activity.from),
        )
        .add(
            column("to", Time, "Tot", "Eindtijd (UU:MM, lokale tijd).").required(),
            |row| Cell::Time(row.activity.to),
        )
        .add(
            column("date", Date, "Datum", "Datum van een eenmalige activiteit."),
            |row| match &row.activity.schedule {
                Schedule::Once { date } => Cell::Date(*date),
                _ => Cell::Empty,
            },
        )
        .add(
            column("interval", Integer, "Om de zoveel weken", "Bij een wekelijkse activiteit: 1 is elke week, 2 om de week, enzovoort, geteld vanaf starts."),
            |row| match &row.activity.schedule {
                Schedule::Weekly { interval, .. } => Cell::Integer((*interval).max(1) as i64),
                _ => Cell::Empty,
            },
        )
        .add(
            column("monthly", Integer, "Maandelijks", "Bij een maandelijkse activiteit: de hoeveelste weekdag van de maand (1 tot 5), of geteld vanaf het eind (-1 is de laatste)."),
            |row| match &row.activity.schedule {
                Schedule::Monthly { nth, .. } => Cell::Integer(*nth as i64),
                _ => Cell::Empty,
            },
        )
        .add(
            column("starts", Date, "Vanaf", "Eerste datum waarop de activiteit plaatsvindt."),
            |row| match &row.activity.schedule {
                Schedule::Weekly { starts, .. } | Schedule::Monthly { starts, .. } => {
                    Cell::date(*starts)
                }
                Schedule::Once { .. } => Cell::Empty,
            },
        )
        .add(
            column("ends", Date, "Tot en met", "Laatste datum waarop de activiteit plaatsvindt."),
            |row| match &row.activity.schedule {
                Schedule::Weekly { ends, .. } | Schedule::Monthly { ends, .. } => Cell::date(*ends),
                Schedule::Once { .. } => Cell::Empty,
            },
        )
        .add(
            column("number", Integer, "Volgnummer", "Volgnummer van de activiteit binnen de kamer (1, 2, ...).").required(),
            |row| Cell::Integer(row.number as i64),
        )
        .add(
            column("kind", Text, "Soort", "weekly (wekelijks), monthly (maandelijks) of once (eenmalig).").one_of(Repeat::WORDS).required(),
            |row| Cell::text(row.activity.schedule.repeat().as_str()),
        )
        .add(
            column("uid", Text, "Agenda-id", "De UID van de activiteit in agenda.ics; leeg voor activiteiten van gesloten kamers, die niet in de agenda staan."),
            |row| {
                if row.room.status == RoomStatus::Closed {
                    Cell::Empty
                } else {
                    Cell::Text(ics::uid(site, row.room, row.number))
                }
            },
        )
        .add(
            column("id", Text, "Vaste id", "De vaste id die de redactie de activiteit gaf (id), uniek binnen de kamer; leeg als er geen is. De UID in agenda.ics is ervan afgeleid."),
            |row| Cell::opt_text(row.activity.id.as_deref()),
        )
        .add(
            column("skip", List, "Vervalt op", "Datums waarop de activiteit niet doorgaat (skip), JJJJ-MM-DD, gescheiden door ;."),
            |row| Cell::List(row.activity.skip.iter().map(|d| iso(*d)).collect()),
        )
        .add(
            column("cancelled", List, "Gaat niet door", "Datums in de acht weken vanaf de bouwdatum waarop de activiteit volgens haar schema zou plaatsvinden maar niet doorgaat: overgeslagen (skip), de kamer is dicht (sluiting) of het is een nationale feestdag waarop de kamer dicht is. JJJJ-MM-DD, gescheiden door ;. Dezelfde datums staan als EXDATE in agenda.ics."),
            |row| {
                if row.room.status == RoomStatus::Closed {
                    return Cell::List(Vec::new());
                }
                let start = site.build_date;
                let end = start
                    .checked_add((EXCEPTION_WEEKS * 7 - 1).days())
                    .unwrap_or(start);
                Cell::List(
                    cancelled_between(row.room, site.config.holidays, row.activity, start, end)
                        .into_iter()
                        .map(iso)
                        .collect(),
                )
            },
        )
        .fill(sources);
    Table {
        name: "activities",
        title: "Activiteiten",
        description: "Elke activiteit van elke kamer: wekelijks (eventueel om de zoveel weken), maandelijks of eenmalig, met tijden en begin- en einddatum, de datums waarop ze niet doorgaat (skip) en die in de komende acht weken (cancelled: ook door sluitingen en feestdagen); dezelfde activiteiten staan als agenda in agenda.ics (behalve die van gesloten kamers).",
        columns,
        primary_key: &["room", "number"],
        rows,
        places: None,
        is_budget: false,
    }
}
