//! Checks what no single file can check alone: references between files, rooms inside
//! their area's outline, translations of existing items, and budget totals. Produces the
//! immutable [`Site`] every renderer reads, or all the problems found.

use crate::diagnostics::{suggestion, Diagnostics};
use crate::load::{Kind, PendingTranslation, Sources};
use crate::model::*;
use crate::render::money::format_euros;
use std::collections::BTreeSet;

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
    } = sources;
    rooms.sort_by(|a, b| a.id.cmp(&b.id));
    areas.sort_by(|a, b| a.id.cmp(&b.id));
    initiatives.sort_by(|a, b| a.id.cmp(&b.id));
    organisations.sort_by(|a, b| a.id.cmp(&b.id));
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    budgets.sort_by(|a, b| a.id.cmp(&b.id));

    let ids = Ids {
        rooms: rooms.iter().map(|r| r.id.clone()).collect(),
        areas: areas.iter().map(|a| a.id.clone()).collect(),
        initiatives: initiatives.iter().map(|i| i.id.clone()).collect(),
        organisations: organisations.iter().map(|o| o.id.clone()).collect(),
    };

    for room in &rooms {
        ids.check(diags, &room.path, "area", &room.area, Target::Area);
        for r in &room.organisations {
            ids.check(diags, &room.path, "organisations", r, Target::Organisation);
        }
    }
    for initiative in &initiatives {
        for r in &initiative.areas {
            ids.check(diags, &initiative.path, "areas", r, Target::Area);
        }
        for r in &initiative.rooms {
            ids.check(diags, &initiative.path, "rooms", r, Target::Room);
        }
        for r in &initiative.organisations {
            ids.check(
                diags,
                &initiative.path,
                "organisations",
                r,
                Target::Organisation,
            );
        }
    }
    for organisation in &organisations {
        for r in &organisation.areas {
            ids.check(diags, &organisation.path, "areas", r, Target::Area);
        }
    }
    for budget in &budgets {
        if let Some(owner) = &budget.owner {
            ids.check(diags, &budget.path, "owner", owner, Target::Organisation);
        }
        for line in &budget.lines {
            let links = [
                ("area", &line.area, Target::Area),
                ("room", &line.room, Target::Room),
                ("initiative", &line.initiative, Target::Initiative),
                ("organisation", &line.organisation, Target::Organisation),
            ];
            for (key, reference, target) in links {
                if let Some(reference) = reference {
                    ids.check(diags, &budget.path, key, reference, target);
                }
            }
        }
        check_totals(budget, diags);
    }
    check_rooms_in_areas(&rooms, &areas, diags);

    for pending in translations {
        attach_translation(
            pending,
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
                "`{key}` names the {noun} \"{}\", which does not exist{hint}; the {noun} ids are the file names in {folder}",
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

fn check_rooms_in_areas(rooms: &[Room], areas: &[Area], diags: &mut Diagnostics) {
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

fn attach_translation(
    pending: PendingTranslation,
    rooms: &mut [Room],
    areas: &mut [Area],
    initiatives: &mut [Initiative],
    organisations: &mut [Organisation],
    pages: &mut [Page],
    diags: &mut Diagnostics,
) {
    fn slot<'a, T>(items: &'a mut [T], id: &str, key: impl Fn(&T) -> &str) -> Option<&'a mut T> {
        items.iter_mut().find(|item| key(item) == id)
    }
    let PendingTranslation {
        kind,
        id,
        language,
        translation,
    } = pending;
    let target: Option<&mut Translations> = match kind {
        Kind::Room => slot(rooms, &id, |x| &x.id).map(|x| &mut x.translations),
        Kind::Area => slot(areas, &id, |x| &x.id).map(|x| &mut x.translations),
        Kind::Initiative => slot(initiatives, &id, |x| &x.id).map(|x| &mut x.translations),
        Kind::Organisation => slot(organisations, &id, |x| &x.id).map(|x| &mut x.translations),
        Kind::Page => slot(pages, &id, |x| &x.id).map(|x| &mut x.translations),
    };
    match target {
        Some(translations) => {
            translations.insert(language, translation);
        }
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
