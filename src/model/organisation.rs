//! An organisation: the record the loader makes of an organisation's file, its kinds, and
//! the keys that file takes. A new field of an organisation comes here twice: on
//! `Organisation`, and as a line in `ORGANISATION`.

use super::keys::items::{DRAFT, REVIEWED};
use super::keys::table::Type::{Choice, Ids, Text, Url};
use super::keys::table::{key, Need::*, Table, Target};
use super::words::{words, Words};
use super::{Body, Phone, Publication, Ref, Translations};

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

#[derive(Debug, Clone, PartialEq)]
pub struct Organisation {
    pub id: String,
    pub path: String,
    pub name: String,
    pub kind: OrganisationKind,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<Phone>,
    pub areas: Vec<Ref>,
    pub summary: Option<String>,
    pub body: Body,
    pub publication: Publication,
    pub translations: Translations,
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
        key("summary", Text, Optional, "één regel die bewoners in lijsten zien"),
        DRAFT,
        REVIEWED,
    ],
};
