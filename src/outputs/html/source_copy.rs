//! The copy of a budget's source that the site publishes beside the open data
//! (`source_file`), as the budget pages link to it: its address, kind and size.

use crate::model::Budget;
use crate::outputs::html::views::Viewer;
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
