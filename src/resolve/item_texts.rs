//! Every content item's text with its kind, id and file, in one order (rooms, areas,
//! initiatives, organisations, pages): for the checks that treat every item's text alike.

use crate::load::Kind;
use crate::model::{Area, Initiative, ItemText, Organisation, Page, Room};
use std::sync::Arc;

/// One item's text: its kind, id, file and text.
pub type ItemTextOf<'a> = (Kind, &'a str, &'a str, &'a ItemText);

/// The texts of all these items, in the order above.
pub fn every_item_text<'a>(
    rooms: &'a [Arc<Room>],
    areas: &'a [Area],
    initiatives: &'a [Arc<Initiative>],
    organisations: &'a [Arc<Organisation>],
    pages: &'a [Page],
) -> impl Iterator<Item = ItemTextOf<'a>> {
    let rooms = rooms
        .iter()
        .map(|x| (Kind::Room, &*x.id, &*x.path, &x.text));
    let areas = areas
        .iter()
        .map(|x| (Kind::Area, &*x.id, &*x.path, &x.text));
    let initiatives = initiatives
        .iter()
        .map(|x| (Kind::Initiative, &*x.id, &*x.path, &x.text));
    let organisations = organisations
        .iter()
        .map(|x| (Kind::Organisation, &*x.id, &*x.path, &x.text));
    let pages = pages
        .iter()
        .map(|x| (Kind::Page, &*x.id, &*x.path, &x.text));
    rooms
        .chain(areas)
        .chain(initiatives)
        .chain(organisations)
        .chain(pages)
}
