//! `budget.csv` (and one file per year): every line of every budget document, one row per
//! line and year.

use super::{column, page_url, Cell, Columns, Kind, Table};
use crate::model::*;
use crate::resolve::routes::source_document;
use crate::resolve::urls::Urls;
use rust_decimal::Decimal;

/// One line of a budget document in one year.
struct Row<'s> {
    budget: &'s Budget,
    /// The line's place in its document, from 0.
    index: usize,
    line: &'s BudgetLine,
    year: i32,
    amount: Decimal,
}

pub(super) fn table(site: &Site, urls: &Urls) -> Table {
    use Kind::{Amount, Boolean, Integer, Text, Url, Year};
    let sources = site.budgets.iter().flat_map(|budget| {
        budget
            .lines
            .iter()
            .enumerate()
            .flat_map(move |(index, line)| {
                line.amounts.iter().map(move |(year, amount)| Row {
                    budget,
                    index,
                    line,
                    year: *year,
                    amount: *amount,
                })
            })
    });
    let id = |r: &Option<Ref>| Cell::opt_text(r.as_ref().map(|r| r.id.as_str()));
    let (columns, rows) = Columns::<Row>::new()
        .add(
            column("budget", Text, "Begroting", "Id van het begrotingsdocument (de bestandsnaam onder data/budgets/).").required(),
            |row| Cell::text(&row.budget.id),
        )
        .add(
            column("year", Year, "Jaar", "Begrotingsjaar.").required(),
            |row| Cell::Integer(row.year as i64),
        )
        .add(
            column("status", Text, "Status", "planned (begroting) of actual (realisatie).").one_of(BudgetStatus::WORDS).required(),
            |row| Cell::text(row.budget.status.as_str()),
        )
        .add(
            column("direction", Text, "Richting", "expense (uitgave) of income (inkomst).").one_of(Direction::WORDS).required(),
            |row| Cell::text(row.line.direction.as_str()),
        )
        .add(
            column("group", Text, "Groep", "Groep of pijler waaronder de regel valt, zoals in de bron."),
            |row| Cell::opt_text(row.line.group.as_deref()),
        )
        .add(
            column("item", Text, "Post", "Omschrijving van de begrotingsregel.").required(),
            |row| Cell::text(&row.line.item),
        )
        .add(
            column("amount", Amount, "Bedrag", "Bedrag in euro's met twee decimalen; bij uren het aantal uren maal het tarief, afgerond op centen.").required(),
            |row| Cell::amount(row.amount),
        )
        .add(
            column("in_kind", Boolean, "In natura", "true als het bedrag de waarde is van gegeven tijd (vrijwilligersuren) en geen geld.").required(),
            |row| Cell::Boolean(row.line.in_kind),
        )
        .add(
            column("hours", Kind::Decimal, "Uren", "Aantal uren in dat jaar, bij regels in uren."),
            |row| {
                row.line
                    .hours
                    .get(&row.year)
                    .map_or(Cell::Empty, |h| Cell::Decimal(h.normalize().to_string()))
            },
        )
        .add(
            column("rate", Amount, "Tarief", "Waarde van een uur in euro's, bij regels in uren."),
            |row| row.line.rate.map_or(Cell::Empty, Cell::amount),
        )
        .add(
            column("area", Text, "Gebied", "Id van het gebied waar de regel over gaat (areas.csv).").refers_to("areas"),
            |row| id(&row.line.area),
        )
        .add(
            column("room", Text, "Kamer", "Id van de kamer waar de regel over gaat (rooms.csv).").refers_to("rooms"),
            |row| id(&row.line.room),
        )
        .add(
            column("initiative", Text, "Initiatief", "Id van het initiatief waar de regel over gaat (initiatives.csv).").refers_to("initiatives"),
            |row| id(&row.line.initiative),
        )
        .add(
            column("organisation", Text, "Organisatie", "Id van de organisatie die bijdraagt of ontvangt (organisations.csv).").refers_to("organisations"),
            |row| id(&row.line.organisation),
        )
        .add(
            column("line", Integer, "Regel", "Volgnummer van de regel in het begrotingsdocument (1, 2, ...).").required(),
            |row| Cell::Integer(row.index as i64 + 1),
        )
        .add(
            column("budget_title", Text, "Titel begroting", "Titel van het begrotingsdocument.").required(),
            |row| Cell::text(&row.budget.title),
        )
        .add(
            column("period", Text, "Periode", "Opmerking bij een deel van een jaar, zoals april - december."),
            |row| Cell::opt_text(row.budget.periods.get(&row.year).map(String::as_str)),
        )
        .add(
            column("source", Text, "Bron", "Waar de bedragen vandaan komen.").required(),
            |row| Cell::text(&row.budget.source),
        )
        .add(
            column("owner", Text, "Eigenaar", "Id van de organisatie die het begrotingsdocument opstelde (organisations.csv); leeg als het document er geen noemt.").refers_to("organisations"),
            |row| id(&row.budget.owner),
        )
        .add(
            column("source_url", Url, "Adres van de bron", "Webadres waar de bron openbaar te lezen is; leeg als het document er geen noemt."),
            |row| Cell::opt_text(row.budget.source_url.as_deref()),
        )
        .add(
            column("source_file", Url, "Kopie van de bron", "Webadres van de kopie van de bron die met deze site is gepubliceerd (en in SHA256SUMS staat); leeg als er geen kopie is."),
            |row| {
                let file = row.budget.source_file.as_deref();
                let copy = file.filter(|_| row.budget.source_document.is_some());
                copy.map_or(Cell::Empty, |file| {
                    Cell::Text(page_url(site, urls, &source_document(file)))
                })
            },
        )
        .add(
            column("page", Text, "Pagina", "Pagina in de bron waar de regel staat, zoals de bron hem nummert; leeg als de bron geen paginanummers heeft."),
            |row| Cell::opt_text(row.line.page.as_deref()),
        )
        .add(
            column("figure", Text, "Figuur of tabel", "Figuur of tabel in de bron waar de regel staat, zoals Figuur 4."),
            |row| Cell::opt_text(row.line.figure.as_deref()),
        )
        .add(
            column("section", Text, "Hoofdstuk of paragraaf", "Hoofdstuk of paragraaf van de bron waar de regel staat, zoals de bron hem noemt (paragraaf Budget); vooral bij een bron zonder paginanummers."),
            |row| Cell::opt_text(row.line.section.as_deref()),
        )
        .add(
            column("note", Text, "Opmerking bij de regel", "Opmerking bij deze regel, zoals gepubliceerd op de begrotingspagina."),
            |row| Cell::opt_text(row.line.note.as_deref()),
        )
        .add(
            column("budget_notes", Text, "Opmerkingen bij de begroting", "Kanttekeningen bij het hele begrotingsdocument (bijvoorbeeld welk totaal niet in de bron staat), in elke rij van dat document herhaald; alinea's staan achter elkaar op één regel."),
            // One line per cell: CSV rows end in CRLF and a bare line feed inside a cell
            // trips up line-based tools; the page keeps the paragraphs.
            |row| {
                Cell::opt_text(
                    row.budget
                        .notes
                        .as_ref()
                        .map(|n| n.replace("\n\n", " "))
                        .as_deref(),
                )
            },
        )
        .fill(sources);
    Table {
        name: "budget",
        title: "Begroting sociale basis",
        description: "Elke regel van elk begrotingsdocument, één rij per regel en jaar: bedrag in euro's (exact, twee decimalen), uitgave of inkomst, begroting of realisatie, groep, geld of tijd in natura, het gebied, de kamer, het initiatief of de organisatie waar de regel over gaat, en de herkomst: bron, adres, kopie van de bron, pagina, figuur, hoofdstuk of paragraaf en opmerkingen.",
        columns,
        primary_key: &["budget", "line", "year"],
        rows,
        places: None,
        is_budget: true,
    }
}
