//! Checks what no single file can check alone: references between files, rooms inside
//! their area's outline, translations of existing items, and budget totals. Produces the
//! immutable [`Site`] every renderer reads, or all the problems found.

mod links;
pub mod routes;
mod sizes;
pub mod urls;

pub use links::{LinkKind, Links};
use sizes::{check_agenda_size, check_budget_size};

use crate::diagnostics::{suggestion, Diagnostics};
use crate::load::{FileReference, Kind, PendingTranslation, Sources};
use crate::model::*;
use crate::text::money::format_euros_with_cents as format_euros;
use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::sync::Arc;

/// The moment the build describes: now, or `SOURCE_DATE_EPOCH` for reproducible builds.
pub fn build_time() -> Result<jiff::Timestamp, String> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(value) => value
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|seconds| jiff::Timestamp::from_second(seconds).ok())
            .ok_or_else(|| {
                format!("SOURCE_DATE_EPOCH is \"{value}\"; it must be seconds since 1970-01-01 UTC")
            }),
        Err(_) => Ok(jiff::Timestamp::now()),
    }
}

/// Turns loaded sources into a site, adding every cross-file problem to `diags`.
/// Returns `None` when there are errors.
pub fn resolve(
    sources: Sources,
    build_time: jiff::Timestamp,
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
    } = sources;
    rooms.sort_by(|a, b| a.id.cmp(&b.id));
    areas.sort_by(|a, b| a.id.cmp(&b.id));
    initiatives.sort_by(|a, b| a.id.cmp(&b.id));
    organisations.sort_by(|a, b| a.id.cmp(&b.id));
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    budgets.sort_by(|a, b| a.id.cmp(&b.id));

    let ids = Ids {
        rooms: sources_ids(&file_ids, Kind::Room),
        areas: sources_ids(&file_ids, Kind::Area),
        initiatives: sources_ids(&file_ids, Kind::Initiative),
        organisations: sources_ids(&file_ids, Kind::Organisation),
    };
    for FileReference {
        path,
        key,
        reference,
    } in &references
    {
        let target = match key.as_str() {
            "area" | "areas" => Target::Area,
            "room" | "rooms" => Target::Room,
            "initiative" => Target::Initiative,
            _ => Target::Organisation,
        };
        ids.check(diags, path, key, reference, target);
    }
    for budget in &budgets {
        check_totals(budget, diags);
    }
    if let Some(config) = &config {
        check_page_ids(&file_ids, &config.languages, diags);
    }
    check_rooms_in_areas(&rooms, &areas, diags);

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

    let config = config?;
    if diags.has_errors() {
        return None;
    }
    let build_date = build_time.to_zoned(config.timezone.clone()).date();
    check_agenda_size(&rooms, build_date, diags);
    check_budget_size(&budgets, diags);
    if diags.has_errors() {
        return None;
    }
    Some(Site {
        config,
        rooms,
        areas,
        initiatives,
        organisations,
        pages,
        budgets,
        build_date,
        build_time,
    })
}

#[derive(Clone, Copy)]
enum Target {
    Room,
    Area,
    Initiative,
    Organisation,
}

struct Ids {
    rooms: BTreeSet<String>,
    areas: BTreeSet<String>,
    initiatives: BTreeSet<String>,
    organisations: BTreeSet<String>,
}

impl Ids {
    fn check(
        &self,
        diags: &mut Diagnostics,
        path: &str,
        key: &str,
        reference: &Ref,
        target: Target,
    ) {
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
        if known.contains(&reference.id) {
            return;
        }
        let hint = suggestion(&reference.id, known.iter().map(String::as_str));
        diags.error(
            path,
            reference.line,
            format!(
                "`{key}` names the {noun} \"{}\", which does not exist (the {noun} ids are the file names in {folder}){hint}",
                reference.id
            ),
        );
    }
}

fn check_totals(budget: &Budget, diags: &mut Diagnostics) {
    for total in &budget.totals {
        for (year, (declared, line)) in &total.amounts {
            let summed = budget.sum(*year, |l| total.matches(l));
            if summed != *declared {
                let mut what = vec![total.direction.as_str().to_string()];
                if let Some(group) = &total.group {
                    what.push(format!("group \"{group}\""));
                }
                if let Some(in_kind) = total.in_kind {
                    what.push(if in_kind {
                        "in kind".into()
                    } else {
                        "cash".into()
                    });
                }
                diags.error(
                    &budget.path,
                    *line,
                    format!(
                        "the declared total for {year} ({}) is {}, but its lines add up to {}: a difference of {}; correct the total or the lines",
                        what.join(", "),
                        format_euros(*declared),
                        format_euros(summed),
                        format_euros(*declared - summed),
                    ),
                );
            }
        }
    }
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
                format!(
                    "the location ({}, {}) lies outside the outline of area `{}` (data/{}, named in {}); check the coordinates, the area, or the outline",
                    location.lat, location.lon, area.id, file.id, area.path
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
    let target: Option<&mut Translations> = match kind {
        Kind::Room => shared(rooms, &id, |x: &Room| &x.id).map(|x| &mut x.translations),
        Kind::Area => slot(areas, &id, |x| &x.id).map(|x| &mut x.translations),
        Kind::Initiative => {
            shared(initiatives, &id, |x: &Initiative| &x.id).map(|x| &mut x.translations)
        }
        Kind::Organisation => {
            shared(organisations, &id, |x: &Organisation| &x.id).map(|x| &mut x.translations)
        }
        Kind::Page => slot(pages, &id, |x| &x.id).map(|x| &mut x.translations),
    };
    match target {
        Some(translations) => {
            translations.insert(language, translation);
        }
        // The original has errors of its own, already reported.
        None if original_exists => {}
        None => diags.error(
            &translation.path,
            1,
            format!(
                "this translates content/{}/{id}.md, which does not exist; rename it after the file it translates",
                kind.folder()
            ),
        ),
    }
}

fn sources_ids(ids: &BTreeMap<Kind, BTreeSet<String>>, kind: Kind) -> BTreeSet<String> {
    ids.get(&kind).cloned().unwrap_or_default()
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
                format!("a page cannot be called \"{id}\": /{id}/ is already a part of the site; rename the file"),
            ));
        }
    }
}
