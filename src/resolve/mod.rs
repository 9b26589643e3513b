//! Checks what no single file can check alone: references between files, rooms inside
//! their area's outline, translations of existing items, and budget totals. Produces the
//! immutable [`Site`] every renderer reads, or all the problems found.

mod drafts;
mod exceptions;
mod item_texts;
mod links;
mod postcodes;
pub mod reach;
pub mod rebase;
mod review;
pub mod routes;
pub mod site_links;
mod sizes;
mod source_files;
mod totals;
pub mod urls;
mod versions;

pub use drafts::Drafts;
pub use links::{LinkKind, Links};
use sizes::{check_agenda_size, check_budget_size};

use crate::diagnostics::{did_you_mean, Diagnostics};
use crate::load::{FileReference, Kind, PendingTranslation, Sources};
use crate::model::*;
use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::sync::Arc;

/// The moment the build describes: now, or `SOURCE_DATE_EPOCH` for reproducible builds.
pub fn build_time() -> Result<jiff::Timestamp, crate::messages::Message> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(value) => value
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|seconds| jiff::Timestamp::from_second(seconds).ok())
            .ok_or_else(|| {
                crate::msg!(
                    "build-bad-source-date-epoch",
                    value = crate::diagnostics::quote_value(&value)
                )
            }),
        Err(_) => Ok(jiff::Timestamp::now()),
    }
}

/// Turns loaded sources into a site, adding every cross-file problem to `diags`; drafts
/// are checked either way, and kept in the site only when `drafts` says so.
/// Returns `None` when there are errors.
pub fn resolve(
    sources: Sources,
    build_time: jiff::Timestamp,
    drafts: Drafts,
    diags: &mut Diagnostics,
) -> Option<Site> {
    let Sources {
        config,
        mut rooms,
        mut areas,
        mut initiatives,
        mut organisations,
        mut pages,
        mut budgets,
        translations,
        references,
        ids: file_ids,
        history,
    } = sources;
    rooms.sort_by(|a, b| a.id.cmp(&b.id));
    areas.sort_by(|a, b| a.id.cmp(&b.id));
    initiatives.sort_by(|a, b| a.id.cmp(&b.id));
    organisations.sort_by(|a, b| a.id.cmp(&b.id));
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    budgets.sort_by(|a, b| a.id.cmp(&b.id));

    let ids = Ids {
        rooms: named(
            &file_ids,
            Kind::Room,
            rooms.iter().map(|x| (&x.id, &x.name)),
        ),
        areas: named(
            &file_ids,
            Kind::Area,
            areas.iter().map(|x| (&x.id, &x.name)),
        ),
        initiatives: named(
            &file_ids,
            Kind::Initiative,
            initiatives.iter().map(|x| (&x.id, &x.title)),
        ),
        organisations: named(
            &file_ids,
            Kind::Organisation,
            organisations.iter().map(|x| (&x.id, &x.name)),
        ),
    };
    for FileReference {
        path,
        key,
        reference,
    } in &references
    {
        ids.check(diags, path, key, reference, Target::of_key(key));
    }
    for budget in &budgets {
        totals::check(budget, diags);
        source_files::check(budget, diags);
    }
    if let Some(config) = &config {
        check_page_ids(&file_ids, &config.languages, diags);
    }
    check_rooms_in_areas(&rooms, &areas, diags);
    postcodes::check_postcodes(&areas, diags);

    for pending in translations {
        let exists = file_ids
            .get(&pending.kind)
            .is_some_and(|ids| ids.contains(&pending.id));
        attach_translation(
            pending,
            exists,
            &mut rooms,
            &mut areas,
            &mut initiatives,
            &mut organisations,
            &mut pages,
            diags,
        );
    }

    let draft_files = drafts::DraftFiles::new(&rooms, &areas, &initiatives, &organisations, &pages);
    draft_files.check_references(&references, |key| Target::of_key(key).kind(), diags);

    let config = config?;
    if diags.has_errors() {
        return None;
    }
    let build_date = build_time.to_zoned(config.timezone.clone()).date();
    // Only once every reference resolves: a misspelt organisation would otherwise read as
    // one without a contact, and the errors come first.
    reach::check_reachable(&rooms, &organisations, diags);
    check_agenda_size(&rooms, build_date, diags);
    exceptions::check_dated_activities(&rooms, config.holidays, build_date, diags);
    check_budget_size(&budgets, diags);
    if diags.has_errors() {
        return None;
    }
    let mut site = Site {
        config,
        rooms,
        areas,
        initiatives,
        organisations,
        pages,
        budgets,
        build_date,
        build_time,
        versions: versions::resolve(&history, diags),
        history,
    };
    site_links::check(&site, diags);
    draft_files.check_links(&site, diags);
    review::check(&site, diags);
    if drafts == Drafts::LeftOut {
        draft_files.leave_out(&mut site);
    }
    // After the checks, which read the links as written.
    rebase::rebase_texts(&mut site);
    Some(site)
}

#[derive(Clone, Copy)]
enum Target {
    Room,
    Area,
    Initiative,
    Organisation,
}

impl Target {
    /// The kind of item a reference under `key` names.
    fn of_key(key: &str) -> Target {
        match key {
            "area" | "areas" => Target::Area,
            "room" | "rooms" => Target::Room,
            "initiative" => Target::Initiative,
            _ => Target::Organisation,
        }
    }

    fn kind(self) -> Kind {
        match self {
            Target::Room => Kind::Room,
            Target::Area => Kind::Area,
            Target::Initiative => Kind::Initiative,
            Target::Organisation => Kind::Organisation,
        }
    }
}

/// The ids of every file of each kind, with the item's name where the file could be read.
struct Ids {
    rooms: BTreeMap<String, Option<String>>,
    areas: BTreeMap<String, Option<String>>,
    initiatives: BTreeMap<String, Option<String>>,
    organisations: BTreeMap<String, Option<String>>,
}

/// At most this many ids are listed in a message about a missing one.
const LIST_AT_MOST: usize = 8;

impl Ids {
    fn check(
        &self,
        diags: &mut Diagnostics,
        path: &str,
        key: &str,
        reference: &Ref,
        target: Target,
    ) {
        // `noun` chooses the words in the catalogue.
        let (known, noun, folder) = match target {
            Target::Room => (&self.rooms, "room", "content/rooms/"),
            Target::Area => (&self.areas, "area", "content/areas/"),
            Target::Initiative => (&self.initiatives, "initiative", "content/initiatives/"),
            Target::Organisation => (
                &self.organisations,
                "organisation",
                "content/organisations/",
            ),
        };
        if known.contains_key(&reference.id) {
            return;
        }
        let written = crate::diagnostics::quote_value(&reference.id);
        let few = (1..=LIST_AT_MOST).contains(&known.len());
        // When the ids are listed with their names, the suggestion need not repeat its name.
        let hint = match best_match(&reference.id, known) {
            Some((id, Some(name))) if !few => crate::msg!(
                "ref-did-you-mean-named",
                candidate = id,
                name = crate::diagnostics::quote_value(name)
            )
            .text(),
            Some((id, _)) => crate::msg!("did-you-mean", candidate = id).text(),
            None => String::new(),
        };
        let list = if few {
            let each: Vec<String> = known
                .iter()
                .map(|(id, name)| match name {
                    Some(name) => format!("`{id}` (\"{}\")", crate::diagnostics::quote_value(name)),
                    None => format!("`{id}`"),
                })
                .collect();
            format!(": {}", each.join(", "))
        } else {
            String::new()
        };
        let message = if is_valid_id(&reference.id) {
            crate::msg!(
                "ref-unknown-id",
                key = key,
                kind = noun,
                written = written,
                folder = folder,
                list = list,
                hint = hint
            )
        } else {
            crate::msg!(
                "ref-not-an-id",
                key = key,
                kind = noun,
                written = written,
                folder = folder,
                list = list,
                hint = hint
            )
        };
        diags.error(path, reference.line, message);
    }
}

/// The id `written` most likely means: an item whose name it is (ignoring case, spaces and
/// punctuation), else the closest id, else the item with the closest name.
fn best_match<'k>(
    written: &str,
    known: &'k BTreeMap<String, Option<String>>,
) -> Option<(&'k str, Option<&'k str>)> {
    let bare = |text: &str| -> String {
        text.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    // Edit distance costs the product of the lengths: a pasted paragraph is no typo.
    const LONGEST: usize = 100;
    if written.len() > LONGEST {
        return None;
    }
    let wanted = bare(written);
    let entry = |id: &'k str| {
        known
            .get_key_value(id)
            .map(|(id, name)| (id.as_str(), name.as_deref()))
    };
    if let Some((id, name)) = known
        .iter()
        .find(|(_, name)| name.as_deref().is_some_and(|n| bare(n) == wanted))
    {
        return Some((id, name.as_deref()));
    }
    if let Some(id) = did_you_mean(written, known.keys().map(String::as_str)) {
        return entry(id);
    }
    let names: Vec<(String, &str)> = known
        .iter()
        .filter_map(|(id, name)| {
            let name = name.as_deref().filter(|n| n.len() <= LONGEST)?;
            Some((bare(name), id.as_str()))
        })
        .collect();
    let closest = did_you_mean(&wanted, names.iter().map(|(n, _)| n.as_str()))?;
    let id = names.iter().find(|(n, _)| n == closest)?.1;
    entry(id)
}

fn check_rooms_in_areas(rooms: &[Arc<Room>], areas: &[Area], diags: &mut Diagnostics) {
    for room in rooms {
        let (Some(location), Ok(index)) = (
            room.location,
            areas.binary_search_by(|a| a.id.cmp(&room.area.id)),
        ) else {
            continue;
        };
        let area = &areas[index];
        let (Some(outline), Some(file)) = (&area.outline, &area.geometry_file) else {
            continue;
        };
        if !outline.contains(location) {
            diags.warning(
                &room.path,
                room.location_line,
                crate::msg!(
                    "room-outside-area",
                    lat = location.lat.to_string(),
                    lon = location.lon.to_string(),
                    area = area.id.as_str(),
                    outline = file.id.as_str(),
                    area_path = area.path.as_str()
                ),
            );
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn attach_translation(
    pending: PendingTranslation,
    original_exists: bool,
    rooms: &mut [Arc<Room>],
    areas: &mut [Area],
    initiatives: &mut [Arc<Initiative>],
    organisations: &mut [Arc<Organisation>],
    pages: &mut [Page],
    diags: &mut Diagnostics,
) {
    // The lists are sorted by id here.
    fn slot<'a, T>(items: &'a mut [T], id: &str, key: impl Fn(&T) -> &str) -> Option<&'a mut T> {
        let index = items.binary_search_by(|item| key(item).cmp(id)).ok()?;
        Some(&mut items[index])
    }
    fn shared<'a, T: Clone>(
        items: &'a mut [Arc<T>],
        id: &str,
        key: impl Fn(&T) -> &str,
    ) -> Option<&'a mut T> {
        slot(items, id, |x: &Arc<T>| key(x)).map(Arc::make_mut)
    }
    let PendingTranslation {
        kind,
        id,
        language,
        translation,
    } = pending;
    let target: Option<&mut ItemText> = match kind {
        Kind::Room => shared(rooms, &id, |x: &Room| &x.id).map(|x| &mut x.text),
        Kind::Area => slot(areas, &id, |x| &x.id).map(|x| &mut x.text),
        Kind::Initiative => shared(initiatives, &id, |x: &Initiative| &x.id).map(|x| &mut x.text),
        Kind::Organisation => {
            shared(organisations, &id, |x: &Organisation| &x.id).map(|x| &mut x.text)
        }
        Kind::Page => slot(pages, &id, |x| &x.id).map(|x| &mut x.text),
    };
    match target {
        Some(text) => {
            text.translations.insert(language, translation);
        }
        // The original has errors of its own, already reported.
        None if original_exists => {}
        None => diags.error(
            &translation.path,
            1,
            crate::msg!(
                "ref-translation-without-original",
                original = format!("content/{}/{id}.md", kind.folder())
            ),
        ),
    }
}

/// Every id of `kind`, with the name of each item that could be read.
fn named<'a>(
    ids: &BTreeMap<Kind, BTreeSet<String>>,
    kind: Kind,
    loaded: impl Iterator<Item = (&'a String, &'a String)>,
) -> BTreeMap<String, Option<String>> {
    let mut all: BTreeMap<String, Option<String>> = ids
        .get(&kind)
        .into_iter()
        .flatten()
        .map(|id| (id.clone(), None))
        .collect();
    for (id, name) in loaded {
        if let Some(slot) = all.get_mut(id) {
            *slot = Some(name.clone());
        }
    }
    all
}

fn check_page_ids(
    ids: &BTreeMap<Kind, BTreeSet<String>>,
    languages: &[String],
    diags: &mut Diagnostics,
) {
    for id in ids.get(&Kind::Page).into_iter().flatten() {
        if routes::is_reserved_page_id(id, languages) {
            diags.push(crate::diagnostics::Diagnostic::error(
                &format!("content/pages/{id}.md"),
                None,
                crate::msg!("page-reserved-id", id = id),
            ));
        }
    }
}
