//! `initiatives.csv` and `initiatives.geojson`: every residents' initiative.

use super::{
    column, id_column, modified_cell, modified_column, page_url, reviewed_cell, reviewed_column,
    url_column, Cell, Columns, Kind, Place, Table,
};
use crate::model::*;
use crate::resolve::routes::Route;
use crate::resolve::urls::Urls;

pub(super) fn table(site: &Site, urls: &Urls) -> Table {
    use Kind::*;
    let contact = |i: &Initiative, part: fn(&Contact) -> Option<&str>| {
        Cell::opt_text(i.contact.as_ref().and_then(part))
    };
    let (columns, rows) = Columns::<&Initiative>::new()
        .add(
            id_column("Vaste identificatie van het initiatief (de bestandsnaam)."),
            |i| Cell::text(&i.id),
        )
        .add(
            column("title", Text, "Titel", "Naam van het bewonersinitiatief.").required(),
            |i| Cell::text(&i.title),
        )
        .add(
            column("status", Text, "Status", "idea (idee), submitted (ingediend), approved (goedgekeurd), running (loopt), completed (afgerond) of rejected (afgewezen).").one_of(InitiativeStatus::WORDS).required(),
            |i| Cell::text(i.status.as_str()),
        )
        .add(
            column("areas", List, "Gebieden", "Ids van de gebieden waar het initiatief speelt (areas.csv), gescheiden door ;.").required(),
            |i| Cell::ids(&i.areas),
        )
        .add(
            column("rooms", List, "Kamers", "Ids van de kamers waar het initiatief plaatsvindt (rooms.csv), gescheiden door ;."),
            |i| Cell::ids(&i.rooms),
        )
        .add(
            column("pillar", Integer, "Pijler", "Nummer van de beleidspijler waaraan het initiatief bijdraagt."),
            |i| Cell::integer(i.pillar),
        )
        .add(
            column("started", Date, "Gestart", "Datum waarop het initiatief begon."),
            |i| Cell::date(i.started),
        )
        .add(
            column("ended", Date, "Geëindigd", "Datum waarop het initiatief eindigde."),
            |i| Cell::date(i.ended),
        )
        .add(
            url_column("Adres van de pagina van het initiatief op deze site."),
            |i| Cell::Text(page_url(site, urls, &Route::Initiative(&i.id).path())),
        )
        .add(
            column("organisations", List, "Organisaties", "Ids van de betrokken organisaties (organisations.csv), gescheiden door ;."),
            |i| Cell::ids(&i.organisations),
        )
        .add(
            column("lat", Coordinate, "Breedtegraad", "Breedtegraad in graden (WGS84), hoogstens zes decimalen; leeg als het initiatief geen vaste plek heeft."),
            |i| i.location.map_or(Cell::Empty, |l| Cell::coordinate(l.lat)),
        )
        .add(
            column("lon", Coordinate, "Lengtegraad", "Lengtegraad in graden (WGS84), hoogstens zes decimalen."),
            |i| i.location.map_or(Cell::Empty, |l| Cell::coordinate(l.lon)),
        )
        .add(
            column("showcase", Boolean, "Voorbeeld", "true als het initiatief als voorbeeld in de kennisbank staat."),
            |i| Cell::Boolean(i.showcase),
        )
        .add(
            column("email", Text, "E-mail", "E-mailadres van het initiatief."),
            |i| contact(i, |c| c.email.as_deref()),
        )
        .add(
            column("website", Url, "Website", "Eigen website van het initiatief."),
            |i| contact(i, |c| c.website.as_deref()),
        )
        .add(
            column("summary", Text, "Samenvatting", "Korte beschrijving in één regel."),
            |i| Cell::opt_text(i.text.summary.as_deref()),
        )
        .add(modified_column(), |i| {
            modified_cell(site, crate::outputs::dates::initiative(site, i))
        })
        .add(reviewed_column(), |i| reviewed_cell(&i.text.publication))
        .fill(site.initiatives.iter().map(|i| &**i));
    Table {
        name: "initiatives",
        title: "Bewonersinitiatieven",
        description: "Elk bewonersinitiatief met zijn status, gebieden, kamers, organisaties, beleidspijler en looptijd; initiatieven met een vaste plek staan ook in initiatives.geojson.",
        columns,
        primary_key: &["id"],
        rows,
        places: Some(site.initiatives.iter().map(|i| i.location.map(Place::Point)).collect()),
        is_budget: false,
    }
}
