//! An organisation: the record the loader makes of an organisation's file, its kinds, and
//! the keys that file takes. A new field of an organisation comes here twice: on
//! `Organisation`, and as a line in `ORGANISATION`.

use super::keys::items::{DRAFT, REVIEWED, SUMMARY};
use super::keys::table::Type::{Choice, Ids, Text, Url};
use super::keys::table::{key, Need::*, Table, Target};
use super::words::{words, Words};
use super::{ItemText, Phone, Ref};
use serde::Serialize;

words! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum OrganisationKind {
        Welfare = "welfare",
        Volunteers = "volunteers",
        Funder = "funder",
        Housing = "housing",
        Government = "government",
        Other = "other",
    }
}

/// An organisation as its file says. The fields a page shows as they are (not skipped here)
/// reach the organisation's template by themselves, through the organisation view's borrow of the
/// record (`outputs::html::views::OrganisationView`); the others are skipped, and the view
/// gives them shaped for the page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Organisation {
    #[serde(skip)]
    pub id: String,
    #[serde(skip)]
    pub path: String,
    #[serde(skip)]
    pub name: String,
    #[serde(skip)]
    pub kind: OrganisationKind,
    pub website: Option<String>,
    pub email: Option<String>,
    #[serde(skip)]
    pub phone: Option<Phone>,
    #[serde(skip)]
    pub areas: Vec<Ref>,
    #[serde(skip)]
    pub text: ItemText,
}

/// The keys of an organisation's front matter, in the order `mienskip new` writes them;
/// the help texts are the comments beside them.
#[rustfmt::skip]
pub const ORGANISATION: Table = Table {
    name: "organisation",
    title: "Organisatie",
    keys: &[
        key("name", Text, Required, "de naam van de organisatie").value("\"{name}\""),
        key("kind", Choice(OrganisationKind::WORDS), Required, "welfare (welzijn), volunteers (vrijwilligers), funder (fonds), housing (woningcorporatie), government (overheid) of other (anders)").value("other").breaks(&["housing"]),
        key("website", Url, Optional, "het volledige webadres, zoals https://www.example.nl/"),
        key("email", Text, Optional, "zoals info@example.nl"),
        key("phone", Text, Optional, "zoals 058 123 45 67"),
        key("areas", Ids(Target::Area), Optional, "gebieden waar de organisatie actief is, bestandsnamen uit content/areas/, zoals [noord, oost]"),
        SUMMARY,
        DRAFT,
        REVIEWED,
    ],
};
