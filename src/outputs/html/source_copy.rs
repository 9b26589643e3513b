//! What the budget pages say of a document's source before its figures, and the copy of
//! the source that the site publishes beside the open data (`source_file`), as the pages
//! link to it: its address, kind and size.

use crate::model::Budget;
use crate::outputs::html::views::{Link, Viewer};
use serde::Serialize;

/// The copy of a budget's source published beside the open data, for a link to it.
#[derive(Serialize)]
pub struct SourceCopy {
    pub url: String,
    /// The file's kind as its name ends, in capitals: `PDF`, `TXT`.
    pub kind: String,
    pub media_type: &'static str,
    /// Its size in Dutch notation, like `16,2 kB`.
    pub size: String,
}

impl Viewer<'_> {
    /// The copy of `budget`'s source, when it names one that was read. The open data is
    /// published once, outside the language folders.
    pub(crate) fn source_copy(&self, budget: &Budget) -> Option<SourceCopy> {
        let file = budget.source_file.as_deref()?;
        let document = budget.source_document.as_deref()?;
        let kind = file.rsplit_once('.').map_or("", |(_, e)| e);
        Some(SourceCopy {
            url: self.urls.page(
                &self.site.config.language,
                &crate::resolve::routes::source_document(file),
            ),
            kind: kind.to_ascii_uppercase(),
            media_type: document.media_type,
            size: crate::outputs::open_data::file_size(document.bytes.len()),
        })
    }
}

/// What both budget pages say of a document before its figures: its budget, its source,
/// its caveats and whether it is planned or actual.
#[derive(Serialize)]
pub struct DocumentHeading {
    pub budget: Link,
    pub source: String,
    /// Where the public can read the source.
    pub source_url: Option<String>,
    /// The copy of the source published with the site.
    pub source_copy: Option<SourceCopy>,
    /// The budget's caveats, one paragraph each (the loader separates them with an empty
    /// line).
    pub notes: Vec<String>,
    /// `planned` or `actual`.
    pub status: &'static str,
}

impl Viewer<'_> {
    pub(crate) fn document_heading(&self, b: &Budget) -> DocumentHeading {
        DocumentHeading {
            budget: self.budget_link(b),
            source: b.source.clone(),
            source_url: b.source_url.clone(),
            source_copy: self.source_copy(b),
            notes: b
                .notes
                .as_deref()
                .map(|n| n.split("\n\n").map(str::to_string).collect())
                .unwrap_or_default(),
            status: b.status.as_str(),
        }
    }
}
