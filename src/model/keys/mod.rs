//! The content format as a table: for every kind of file (and every mapping inside one),
//! the keys it accepts, with their type, whether they are required, their allowed values or
//! the kind of item they name, and a Dutch help text. The loaders take their list of known
//! keys from here, and `mienskip schema`, the editor's configuration and the checks of
//! both are generated from it, so that a key added here is known everywhere at once.

mod budget;
pub(crate) mod items;
mod site;
pub(crate) mod table;

pub use crate::model::area::{AREA, TEAM};
pub use crate::model::initiative::INITIATIVE;
pub use crate::model::organisation::ORGANISATION;
pub use crate::model::room::ROOM;
pub use budget::{BUDGET, BUDGET_LINE, BUDGET_TOTAL};
pub use items::{
    ACTIVITY, ADDRESS, CLOSURE, CONTACT, DAY_CODES, HISTORY, LOCATION, OPENING_HOURS, PAGE, PHOTO,
    PRESENCE, VOLUNTEER_ROLE,
};
pub use site::{CHANGES, EDITOR, MAP, MUNICIPALITY, PUBLISHER, SITE};
pub(crate) use table::key;
pub use table::{Key, Need, NewFile, Table, Target, Type};

/// Every kind of file an editor writes, with the table of its front matter (or of the
/// whole file) and where its files are.
pub struct FileKind {
    /// The name `mienskip schema` writes it under (`room.schema.json`).
    pub name: &'static str,
    pub table: &'static Table,
    /// Where its files are, as a glob from the site root.
    pub glob: &'static str,
    /// Markdown with front matter, or a YAML file.
    pub markdown: bool,
}

/// The kinds of file, in the order the schema and the editor list them.
pub const FILES: &[FileKind] = &[
    FileKind {
        name: "room",
        table: &ROOM,
        glob: "content/rooms/*.md",
        markdown: true,
    },
    FileKind {
        name: "area",
        table: &AREA,
        glob: "content/areas/*.md",
        markdown: true,
    },
    FileKind {
        name: "initiative",
        table: &INITIATIVE,
        glob: "content/initiatives/*.md",
        markdown: true,
    },
    FileKind {
        name: "organisation",
        table: &ORGANISATION,
        glob: "content/organisations/*.md",
        markdown: true,
    },
    FileKind {
        name: "page",
        table: &PAGE,
        glob: "content/pages/*.md",
        markdown: true,
    },
    FileKind {
        name: "budget",
        table: &BUDGET,
        glob: "data/budgets/*.yaml",
        markdown: false,
    },
    FileKind {
        name: "site",
        table: &SITE,
        glob: "site.yaml",
        markdown: false,
    },
];
