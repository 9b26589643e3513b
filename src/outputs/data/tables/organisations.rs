//! `organisations.csv`: the organisations behind the rooms and initiatives.

use super::{
    column, id_column, modified_cell, modified_column, page_url, reviewed_cell, reviewed_column,
    url_column, Cell, Columns, Kind, Table,
};
use crate::model::*;
use crate::resolve::routes::Route;
use crate::resolve::urls::Urls;

pub(super) fn table(site: &Site, urls: &Urls) -> Table {
    use Kind::*;
    let (columns, rows) = Columns::<&Organisation>::new()
        .add(
            id_column("Vaste identificatie van de organisatie (de bestandsnaam)."),
            |o| Cell::text(&o.id),
        )
        .add(
            column("name", Text, "Naam", "Naam van de organisatie.").required(),
            |o| Cell::text(&o.name),
        )
        .add(
            column("kind", Text, "Soort", "welfare (welzijn), volunteers (vrijwilligers), funder (financier), housing (woningcorporatie), government (overheid) of other (anders).").one_of(OrganisationKind::WORDS).required(),
            |o| Cell::text(o.kind.as_str()),
        )
        .add(
            column("website", Url, "Website", "Website van de organisatie."),
            |o| Cell::opt_text(o.website.as_deref()),
        )
        .add(
            url_column("Adres van de pagina van de organisatie op deze site."),
            |o| Cell::Text(page_url(site, urls, &Route::Organisation(&o.id).path())),
        )
        .add(
            column("email", Text, "E-mail", "E-mailadres van de organisatie."),
            |o| Cell::opt_text(o.email.as_deref()),
        )
        .add(
            column("phone", Text, "Telefoon", "Telefoonnummer van de organisatie, internationaal geschreven (E.164), zoals +31582338888."),
            |o| Cell::opt_text(o.phone.as_ref().map(|p| p.e164.as_str())),
        )
        .add(
            column("areas", List, "Gebieden", "Ids van de gebieden waar de organisatie actief is (areas.csv), gescheiden door ;."),
            |o| Cell::ids(&o.areas),
        )
        .add(
            column("summary", Text, "Samenvatting", "Korte beschrijving in één regel."),
            |o| Cell::opt_text(o.text.summary.as_deref()),
        )
        .add(modified_column(), |o| {
            modified_cell(site, crate::outputs::dates::organisation(site, o))
        })
        .add(reviewed_column(), |o| reviewed_cell(&o.text.publication))
        .fill(site.organisations.iter().map(|o| &**o));
    Table {
        name: "organisations",
        title: "Organisaties",
        description: "Organisaties die de kamers en initiatieven ondersteunen (welzijn, vrijwilligers, financiers, woningcorporaties, overheid) en waar ze actief zijn.",
        columns,
        primary_key: &["id"],
        rows,
        places: None,
        is_budget: false,
    }
}
