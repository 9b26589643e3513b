//! The keys of a budget file (`data/budgets/<id>.yaml`), its lines and its declared totals.

use super::{key, Need::*, Table, Target, Type::*};
use crate::model::{BudgetStatus, Direction};

#[rustfmt::skip]
pub const BUDGET: Table = Table {
    name: "budget",
    title: "Begroting",
    keys: &[
        key("title", Text, Required, "de naam van de begroting, zoals Uitvoeringsplan versterken sociale basis 2024-2027"),
        key("source", Text, Required, "waar de bedragen vandaan komen, zoals Sociale Basis Uitvoeringsplan 2024-2027, figuur 4"),
        key("source_url", Url, Optional, "het webadres van de bron, zoals https://www.example.nl/uitvoeringsplan.pdf"),
        key("source_file", File, Optional, "een kopie van de bron in een map onder data/ (pdf, txt, csv, odt, ods, docx of xlsx), zoals documents/uitvoeringsplan-2024.pdf"),
        key("notes", Text, Optional, "toelichting bij de begroting; een lege regel begint een nieuwe alinea"),
        key("status", Choice(BudgetStatus::WORDS), Optional, "planned (begroot, de standaard) of actual (gerealiseerd)"),
        key("owner", Id(Target::Organisation), Optional, "de organisatie die de begroting beheert, een bestandsnaam uit content/organisations/"),
        key("periods", PerYear(&Text), Optional, "een toelichting per jaar, zoals { 2024: tweede helft }"),
        key("lines", List(&BUDGET_LINE), Required, "de begrotingsregels"),
        key("totals", List(&BUDGET_TOTAL), Optional, "totalen uit de bron, die mienskip narekent"),
    ],
};

#[rustfmt::skip]
pub const BUDGET_LINE: Table = Table {
    name: "budget_line",
    title: "Begrotingsregel",
    keys: &[
        key("item", Text, Required, "waar het geld voor is, zoals Welkomstpakket"),
        key("group", Text, Optional, "de groep in de bron, zoals Buurtkamers"),
        key("direction", Choice(Direction::WORDS), Optional, "expense (uitgave, de standaard) of income (inkomsten)"),
        key("in_kind", Bool, Optional, "true als het geen geld is maar inzet, zoals vrijwilligersuren"),
        key("amounts", PerYear(&Money), Sometimes, "bedragen in euro's per jaar, zoals { 2024: 45000 }; of anders hours met rate"),
        key("hours", PerYear(&Decimal), Sometimes, "uren per jaar, zoals { 2024: 10000 }, samen met rate"),
        key("rate", Money, Sometimes, "euro's per uur, zoals 8.80, samen met hours"),
        key("area", Id(Target::Area), Optional, "het gebied, een bestandsnaam uit content/areas/"),
        key("room", Id(Target::Room), Optional, "de kamer, een bestandsnaam uit content/rooms/"),
        key("initiative", Id(Target::Initiative), Optional, "het initiatief, een bestandsnaam uit content/initiatives/"),
        key("organisation", Id(Target::Organisation), Optional, "de organisatie, een bestandsnaam uit content/organisations/"),
        key("page", Text, Optional, "de bladzijde in de bron, zoals 21"),
        key("figure", Text, Optional, "de figuur of tabel in de bron, zoals Figuur 4"),
        key("section", Text, Optional, "het hoofdstuk of de paragraaf in de bron, vooral als die geen bladzijden nummert, zoals paragraaf Budget"),
        key("note", Text, Optional, "een opmerking bij de regel"),
    ],
};

#[rustfmt::skip]
pub const BUDGET_TOTAL: Table = Table {
    name: "budget_total",
    title: "Totaal uit de bron",
    keys: &[
        key("direction", Choice(Direction::WORDS), Required, "expense (uitgaven) of income (inkomsten): welke regels het optelt"),
        key("group", Text, Optional, "alleen de regels van deze groep"),
        key("in_kind", TriState, Optional, "alleen regels met (true) of zonder (false) inzet in natura; weggelaten telt het alle regels"),
        key("amounts", PerYear(&Money), Required, "het totaal per jaar, zoals { 2024: 105000 }"),
    ],
};
