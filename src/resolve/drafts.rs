//! Drafts (`draft: true`): checked like every other file, published only when asked for
//! (`build --drafts`, `serve`). A published file may not name a draft or link to its page,
//! as the published site would then point at nothing; when drafts are left out, they leave
//! no trace: no page, no row of open data, no entry in the changes.

use super::item_texts::every_item_text;
use super::routes::Route;
use super::site_links::{address, inside_of, page_of, texts};
use super::urls::Urls;
use crate::diagnostics::Diagnostics;
use crate::load::{FileReference, Kind};
use crate::model::*;
use std::collections::{BTreeMap, BTreeSet};

/// Whether a run publishes drafts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Drafts {
    /// A build for residents: drafts are checked, then left out.
    #[default]
    LeftOut,
    /// A preview (`serve`, `build --drafts`): drafts are published, with a banner.
    Published,
}

/// Every draft by kind and id, with its file, and every file that belongs to a draft (its
/// translations are drafts too).
#[derive(Debug, Default)]
pub(super) struct DraftFiles {
    items: BTreeMap<(Kind, String), String>,
    files: BTreeSet<String>,
}

impl DraftFiles {
    pub(super) fn new(
        rooms: &[std::sync::Arc<Room>],
        areas: &[Area],
        initiatives: &[std::sync::Arc<Initiative>],
        organisations: &[std::sync::Arc<Organisation>],
        pages: &[Page],
    ) -> DraftFiles {
        let mut drafts = DraftFiles::default();
        let all = every_item_text(rooms, areas, initiatives, organisations, pages);
        for (kind, id, path, text) in all.filter(|(.., text)| text.publication.draft) {
            drafts
                .items
                .insert((kind, id.to_string()), path.to_string());
            drafts.files.insert(path.to_string());
            drafts
                .files
                .extend(text.translations.values().map(|t| t.path.clone()));
        }
        drafts
    }

    pub(super) fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The file of the draft of `kind` called `id`, if it is one.
    fn draft(&self, kind: Kind, id: &str) -> Option<&str> {
        self.items.get(&(kind, id.to_string())).map(String::as_str)
    }

    /// An error for every reference (`area: noord`, `rooms: [...]`) from a published file
    /// to a draft; `kind_of` gives the kind of item a key names.
    pub(super) fn check_references(
        &self,
        references: &[FileReference],
        kind_of: impl Fn(&str) -> Kind,
        diags: &mut Diagnostics,
    ) {
        for FileReference {
            path,
            key,
            reference,
        } in references
        {
            if self.files.contains(path) {
                continue;
            }
            if let Some(draft) = self.draft(kind_of(key), &reference.id) {
                let (key, id) = (key.as_str(), reference.id.as_str());
                let message = crate::msg!("draft-named", key = key, id = id, draft = draft);
                diags.error(path, reference.line, message);
            }
        }
    }

    /// An error for every link or picture in the text of a published file to the page of
    /// a draft (or a file beside it, like its photo), in any language.
    pub(super) fn check_links(&self, site: &Site, diags: &mut Diagnostics) {
        let urls = Urls::new(&site.config.base_url, &site.config.language);
        for text in texts(site) {
            let path = text.file;
            if self.files.contains(path) {
                continue;
            }
            for link in &text.body.site_links {
                let Some(address) = address(&urls, &text, &link.target) else {
                    continue;
                };
                let Some(draft) = self.linked(site, &address) else {
                    continue;
                };
                let target = crate::diagnostics::quote_value(&link.target);
                let picture = if link.picture { "yes" } else { "no" };
                let message = link_message(&target, draft, picture);
                diags.error_at(path, link.line, link.column, message);
            }
        }
    }

    /// The draft whose page (or a file beside it) `target` names.
    fn linked(&self, site: &Site, target: &str) -> Option<&str> {
        let page = page_of(site, target).unwrap_or_else(|| {
            let inside = inside_of(site, target);
            inside[..inside.rfind('/').map_or(0, |at| at + 1)].to_string()
        });
        let (kind, id) = match Route::parse(&page)? {
            Route::Room(id) => (Kind::Room, id),
            Route::Area(id) | Route::Welcome(id) | Route::AreaAgenda(id) => (Kind::Area, id),
            Route::Initiative(id) => (Kind::Initiative, id),
            Route::Organisation(id) => (Kind::Organisation, id),
            Route::Text(id) => (Kind::Page, id),
            _ => return None,
        };
        self.draft(kind, id)
    }

    /// Takes the drafts out of `site`, with their entries in the changes.
    pub(super) fn leave_out(&self, site: &mut Site) {
        if self.is_empty() {
            return;
        }
        site.rooms.retain(|x| !x.text.publication.draft);
        site.areas.retain(|x| !x.text.publication.draft);
        site.initiatives.retain(|x| !x.text.publication.draft);
        site.organisations.retain(|x| !x.text.publication.draft);
        site.pages.retain(|x| !x.text.publication.draft);
        let kind = |word: &str| {
            Some(match word {
                "room" => Kind::Room,
                "area" => Kind::Area,
                "initiative" => Kind::Initiative,
                "organisation" => Kind::Organisation,
                "page" => Kind::Page,
                _ => return None,
            })
        };
        let is_draft = |change: &crate::model::history::Change| {
            self.files.contains(&change.file)
                || kind(change.kind).is_some_and(|k| self.draft(k, &change.id).is_some())
        };
        if site.history.changes.iter().any(is_draft) {
            std::sync::Arc::make_mut(&mut site.history)
                .changes
                .retain(|change| !is_draft(change));
        }
    }
}

// One line, so that the catalogue's tests find the message and its values.
#[rustfmt::skip]
fn link_message(target: &str, draft: &str, picture: &str) -> crate::messages::Message {
    crate::msg!("draft-linked", target = target, draft = draft, picture = picture)
}
