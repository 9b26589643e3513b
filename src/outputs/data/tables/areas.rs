//! `areas.csv` and `areas.geojson`: every area with its counts, plan stage, team and outline.

use super::{
    column, id_column, modified_cell, modified_column, page_url, reviewed_cell, reviewed_column,
    url_column, Cell, Columns, Kind, Place, Table,
};
use crate::model::*;
use crate::resolve::routes::Route;
use crate::resolve::urls::Urls;

/// An area and what is counted for it.
struct Row<'s> {
    area: &'s Area,
    rooms: Vec<&'s Room>,
    initiatives: usize,
}

pub(super) fn table(site: &Site, urls: &Urls) -> Table {
    use Kind::*;
    let team = |row: &Row, part: fn(&Team) -> Option<&str>| {
        Cell::opt_text(row.area.team.as_ref().and_then(part))
    };
    let sources = site.areas.iter().map(|area| Row {
        area,
        rooms: site
            .rooms
            .iter()
            .filter(|r| r.area.id == area.id)
            .map(|r| &**r)
            .collect(),
        initiatives: site
            .initiatives
            .iter()
            .filter(|i| i.areas.iter().any(|a| a.id == area.id))
            .count(),
    });
    let (columns, rows) = Columns::<Row>::new()
        .add(
            id_column("Vaste identificatie van het gebied (de bestandsnaam)."),
            |row| Cell::text(&row.area.id),
        )
        .add(
            column("name", Text, "Naam", "Naam van het gebied (wijkteamgebied, wijk of groep dorpen).").required(),
            |row| Cell::text(&row.area.name),
        )
        .add(
            column("cbs_codes", List, "CBS-codes", "CBS-codes van de wijken en buurten in het gebied, gescheiden door ;."),
            |row| Cell::List(row.area.cbs_codes.clone()),
        )
        .add(
            column("room_count", Integer, "Aantal kamers", "Aantal kamers in het gebied, geplande en gesloten meegeteld.").required(),
            |row| Cell::Integer(row.rooms.len() as i64),
        )
        .add(
            column("initiative_count", Integer, "Aantal initiatieven", "Aantal bewonersinitiatieven dat het gebied noemt.").required(),
            |row| Cell::Integer(row.initiatives as i64),
        )
        .add(
            url_column("Adres van de pagina van het gebied op deze site."),
            |row| Cell::Text(page_url(site, urls, &Route::Area(&row.area.id).path())),
        )
        .add(
            column("open_room_count", Integer, "Aantal open kamers", "Aantal kamers in het gebied met status open.").required(),
            |row| {
                let open = row.rooms.iter().filter(|r| r.status == RoomStatus::Open);
                Cell::Integer(open.count() as i64)
            },
        )
        .add(
            column("plan_stage", Integer, "Planfase", "Fase van het gebiedsplan: 1 voorbereiding, 2 open gesprek, 3 opgave bepalen, 4 actieplan, 5 doen en volgen."),
            |row| Cell::integer(row.area.plan_stage),
        )
        .add(
            column("has_outline", Boolean, "Heeft grens", "true als de grens van het gebied in areas.geojson staat."),
            |row| Cell::Boolean(row.area.outline.is_some()),
        )
        .add(
            column("geometry_approximate", Boolean, "Grens bij benadering", "true als de grens van het gebied een benadering is."),
            |row| Cell::Boolean(row.area.geometry_approximate),
        )
        .add(
            column("team_name", Text, "Wijkteam", "Naam van het sociaal wijkteam."),
            |row| team(row, |t| t.name.as_deref()),
        )
        .add(
            column("team_email", Text, "E-mail wijkteam", "E-mailadres van het wijkteam."),
            |row| team(row, |t| t.email.as_deref()),
        )
        .add(
            column("team_phone", Text, "Telefoon wijkteam", "Telefoonnummer van het wijkteam, internationaal geschreven (E.164), zoals +31582338888."),
            |row| team(row, |t| t.phone.as_ref().map(|p| p.e164.as_str())),
        )
        .add(
            column("summary", Text, "Samenvatting", "Korte beschrijving in één regel."),
            |row| Cell::opt_text(row.area.text.summary.as_deref()),
        )
        .add(modified_column(), |row| {
            modified_cell(site, crate::outputs::dates::area(site, row.area))
        })
        .add(
            column("postcodes", List, "Postcodes", "Postcodes (vier cijfers, of vier cijfers en twee letters) die het gebied noemt, gescheiden door ;. Een postcode met letters binnen de cijfers van een ander gebied hoort bij dit gebied."),
            |row| Cell::List(row.area.postcodes.iter().map(|(p, _)| p.to_string()).collect()),
        )
        .add(
            column("places", List, "Plaatsen", "Wijken, buurten en dorpen in het gebied, zoals bewoners ze noemen, gescheiden door ;."),
            |row| Cell::List(row.area.places.clone()),
        )
        .add(reviewed_column(), |row| reviewed_cell(&row.area.text.publication))
        .fill(sources);
    Table {
        name: "areas",
        title: "Gebieden",
        description: "Elk gebied (wijkteamgebied, wijk of groep dorpen) met zijn CBS-codes, postcodes en plaatsen, het aantal kamers en initiatieven, de fase van het gebiedsplan en het wijkteam; de grenzen staan in areas.geojson.",
        columns,
        primary_key: &["id"],
        rows,
        places: Some(site.areas.iter().map(|area| area.outline.clone().map(Place::Outline)).collect()),
        is_budget: false,
    }
}
