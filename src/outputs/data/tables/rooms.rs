//! `rooms.csv` and its twins: every room, planned and closed ones too, with its place.

use super::{
    column, id_column, modified_cell, modified_column, page_url, reviewed_cell, reviewed_column,
    url_column, Cell, Columns, Kind, Place, Table,
};
use crate::model::*;
use crate::resolve::routes::Route;
use crate::resolve::urls::Urls;

pub(super) fn table(site: &Site, urls: &Urls) -> Table {
    use Kind::*;
    let address = |room: &Room, part: fn(&Address) -> Option<&str>| {
        Cell::opt_text(room.address.as_ref().and_then(part))
    };
    let contact = |room: &Room, part: fn(&Contact) -> Option<&str>| {
        Cell::opt_text(room.contact.as_ref().and_then(part))
    };
    let (columns, rows) = Columns::<&Room>::new()
        .add(
            id_column("Vaste identificatie van de kamer (de bestandsnaam); komt terug in de webadressen en in de andere bestanden."),
            |room| Cell::text(&room.id),
        )
        .add(
            column("name", Text, "Naam", "Naam van de buurt- of dorpskamer.").required(),
            |room| Cell::text(&room.name),
        )
        .add(
            column("kind", Text, "Soort", "main (hoofdlocatie) of satellite (satelliet).").one_of(RoomKind::WORDS).required(),
            |room| Cell::text(room.kind.as_str()),
        )
        .add(
            column("status", Text, "Status", "open, planned (gepland) of closed (gesloten); gesloten kamers blijven in de gegevens.").one_of(RoomStatus::WORDS).required(),
            |room| Cell::text(room.status.as_str()),
        )
        .add(
            column("area", Text, "Gebied", "Id van het gebied waarin de kamer ligt (areas.csv).").refers_to("areas").required(),
            |room| Cell::text(&room.area.id),
        )
        .add(
            column("street", Text, "Straat", "Straat en huisnummer."),
            |room| address(room, |a| a.street.as_deref()),
        )
        .add(
            column("postcode", Text, "Postcode", "Postcode van het adres."),
            |room| address(room, |a| a.postcode.as_deref()),
        )
        .add(
            column("city", Text, "Plaats", "Woonplaats van het adres."),
            |room| address(room, |a| a.city.as_deref()),
        )
        .add(
            column("lat", Coordinate, "Breedtegraad", "Breedtegraad in graden (WGS84), hoogstens zes decimalen; leeg voor een geplande kamer zonder plek."),
            |room| room.location.map_or(Cell::Empty, |l| Cell::coordinate(l.lat)),
        )
        .add(
            column("lon", Coordinate, "Lengtegraad", "Lengtegraad in graden (WGS84), hoogstens zes decimalen."),
            |room| room.location.map_or(Cell::Empty, |l| Cell::coordinate(l.lon)),
        )
        .add(
            column("location_approximate", Boolean, "Locatie bij benadering", "true als de plek op de kaart een benadering is."),
            |room| Cell::Boolean(room.location_approximate),
        )
        .add(
            column("opened", Date, "Geopend", "Datum waarop de kamer openging."),
            |room| Cell::date(room.opened),
        )
        .add(
            column("closed", Date, "Gesloten", "Datum waarop de kamer sloot (alleen bij gesloten kamers)."),
            |room| Cell::date(room.closed),
        )
        .add(
            url_column("Adres van de pagina van de kamer op deze site."),
            |room| Cell::Text(page_url(site, urls, &Route::Room(&room.id).path())),
        )
        .add(
            column("summary", Text, "Samenvatting", "Korte beschrijving in één regel."),
            |room| Cell::opt_text(room.text.summary.as_deref()),
        )
        .add(
            column("facilities", List, "Voorzieningen", "Voorzieningen zoals de redactie ze schreef, gescheiden door ;."),
            |room| Cell::List(room.facilities.clone()),
        )
        .add(
            // One spelling per facility, so that rooms can be compared and counted.
            column("facility_codes", List, "Voorzieningen (vaste woorden)", "De voorzieningen uit facilities die mienskip kent, elk in één vaste schrijfwijze (zoals koffie, wifi, rolstoeltoegankelijk), gescheiden door ;; andere woorden staan alleen in facilities."),
            |room| Cell::List(crate::model::facilities::known_of(&room.facilities).iter().map(|f| f.word.to_string()).collect()),
        )
        .add(
            column("manager", Boolean, "Beheerder", "true als de kamer een beheerder heeft, false als niet; leeg als onbekend."),
            |room| room.manager.map_or(Cell::Empty, Cell::Boolean),
        )
        .add(
            column("host_volunteers", Integer, "Gastvrijwilligers", "Aantal vrijwillige gastvrouwen en gastheren."),
            |room| Cell::integer(room.host_volunteers),
        )
        .add(
            column("organisations", List, "Organisaties", "Ids van de organisaties die in de kamer aanwezig zijn (organisations.csv), gescheiden door ;."),
            |room| Cell::ids(&room.organisations),
        )
        .add(
            column("email", Text, "E-mail", "E-mailadres van de kamer."),
            |room| contact(room, |c| c.email.as_deref()),
        )
        .add(
            column("phone", Text, "Telefoon", "Telefoonnummer van de kamer, internationaal geschreven (E.164), zoals +31582338888."),
            |room| contact(room, |c| c.phone.as_ref().map(|p| p.e164.as_str())),
        )
        .add(
            column("website", Url, "Website", "Eigen website van de kamer."),
            |room| contact(room, |c| c.website.as_deref()),
        )
        .add(
            column("activity_count", Integer, "Aantal activiteiten", "Aantal activiteiten van de kamer in activities.csv."),
            |room| Cell::Integer(room.activities.len() as i64),
        )
        .add(
            column("agenda", Url, "Agenda", "Adres van de agenda van de kamer als iCalendar-bestand (agenda.ics)."),
            |room| Cell::Text(page_url(site, urls, &Route::Room(&room.id).beside("agenda.ics"))),
        )
        .add(modified_column(), |room| {
            modified_cell(site, crate::outputs::dates::room(site, room))
        })
        .add(reviewed_column(), |room| reviewed_cell(&room.text.publication))
        .fill(site.rooms.iter().map(|room| &**room));
    Table {
        name: "rooms",
        title: "Buurt- en dorpskamers",
        description: "Elke buurt- en dorpskamer, ook geplande en gesloten kamers: soort, status, gebied, adres, plek op de kaart, openings- en sluitingsdatum en contactgegevens.",
        columns,
        primary_key: &["id"],
        rows,
        places: Some(site.rooms.iter().map(|room| room.location.map(Place::Point)).collect()),
        is_budget: false,
    }
}
