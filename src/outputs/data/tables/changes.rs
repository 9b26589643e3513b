//! `changes.csv`: what changed in the content, field by field, from the Git history
//! (`load::history`), newest first. Commit messages and author names are whatever a
//! contributor wrote: they are cells like any other (made inert for spreadsheets by the CSV
//! writer); e-mail addresses are never read.

use super::{column, Cell, Columns, Kind, Table};
use crate::model::history::Change;
use crate::model::*;

/// The kinds of item a change can be about.
pub const KINDS: &[&str] = &[
    "room",
    "area",
    "initiative",
    "organisation",
    "page",
    "budget",
];
/// What happened to the file.
pub const CHANGES: &[&str] = &["added", "changed", "removed"];

pub(super) fn table(site: &Site) -> Table {
    use Kind::*;
    let (columns, rows) = Columns::<&Change>::new()
        .add(
            column("date", Date, "Datum", "Datum van de commit (de wijziging in de versiegeschiedenis), in de tijdzone van de site.").required(),
            |c| Cell::Date(crate::outputs::dates::date(site, c.time)),
        )
        .add(
            column("commit", Text, "Commit", "Volledige id van de commit in de Git-geschiedenis van de site.").required(),
            |c| Cell::text(&c.commit),
        )
        .add(
            column("commit_short", Text, "Commit (kort)", "De eerste tien tekens van de commit-id, zoals op /wijzigingen/.").required(),
            |c| Cell::text(c.short()),
        )
        .add(
            column("kind", Text, "Soort", "room (kamer), area (gebied), initiative (initiatief), organisation (organisatie), page (pagina) of budget (begroting).").one_of(KINDS).required(),
            |c| Cell::text(c.kind),
        )
        .add(
            column("id", Text, "Id", "Id van het gewijzigde item (de bestandsnaam).").required(),
            |c| Cell::text(&c.id),
        )
        .add(
            column("file", Text, "Bestand", "Het gewijzigde bestand in de repository van de site.").required(),
            |c| Cell::text(&c.file),
        )
        .add(
            column("change", Text, "Wijziging", "added (bestand toegevoegd), changed (veld gewijzigd) of removed (bestand verwijderd).").one_of(CHANGES).required(),
            |c| Cell::text(c.change),
        )
        .add(
            column("field", Text, "Veld", "Het gewijzigde veld, met punten voor onderdelen (lines.<post>.amounts.2025); (file) voor een heel bestand, body voor de tekst (zonder oude en nieuwe waarde).").required(),
            |c| Cell::text(&c.field),
        )
        .add(
            column("old", Text, "Oud", "De waarde voor de wijziging, zoals in het bestand geschreven; leeg als het veld er niet was."),
            |c| Cell::text(&c.old),
        )
        .add(
            column("new", Text, "Nieuw", "De waarde na de wijziging; leeg als het veld is verwijderd."),
            |c| Cell::text(&c.new),
        )
        .add(
            column("message", Text, "Toelichting", "De eerste regel van de beschrijving van de commit."),
            |c| Cell::text(&c.message),
        )
        .add(
            column("author", Text, "Auteur", "Naam van de auteur van de commit (geen e-mailadres)."),
            |c| Cell::text(&c.author),
        )
        .fill(site.history.changes.iter());
    Table {
        name: "changes",
        title: "Wijzigingen",
        description: "Wat er in de inhoud van de site is gewijzigd, per veld, met datum en commit uit de versiegeschiedenis (Git), nieuwste eerst; begrensd tot de periode die site.yaml noemt (changes).",
        columns,
        primary_key: &["commit", "file", "field"],
        rows,
        places: None,
        is_budget: false,
    }
}
