//! Who links to whom: which rooms, initiatives, organisations and budget lines name each
//! item, found once per build.

use crate::model::*;
use std::collections::HashMap;

/// Which items name an item, by the named item's id, each list in the site's order: found
/// once per build, since finding them per page by scanning every other item is quadratic
/// (seconds at ten thousand rooms and initiatives).
#[derive(Default)]
pub struct Links<'a> {
    pub initiatives_of_room: HashMap<&'a str, Vec<&'a str>>,
    pub rooms_of_area: HashMap<&'a str, Vec<&'a str>>,
    pub initiatives_of_area: HashMap<&'a str, Vec<&'a str>>,
    pub organisations_of_area: HashMap<&'a str, Vec<&'a str>>,
    pub rooms_of_organisation: HashMap<&'a str, Vec<&'a str>>,
    pub initiatives_of_organisation: HashMap<&'a str, Vec<&'a str>>,
    /// Budget lines (index in `site.budgets`, index in its `lines`) by the kind of link and the id linked to.
    pub budget_lines: HashMap<(LinkKind, &'a str), Vec<(usize, usize)>>,
}

/// What a budget line links to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkKind {
    Area,
    Room,
    Initiative,
    Organisation,
}

impl<'a> Links<'a> {
    pub fn new(site: &'a Site) -> Self {
        fn add<'a>(map: &mut HashMap<&'a str, Vec<&'a str>>, key: &'a str, id: &'a str) {
            let ids = map.entry(key).or_default();
            // An item that names the same id twice is listed once, as a scan would.
            if ids.last() != Some(&id) {
                ids.push(id);
            }
        }
        let mut links = Links::default();
        for i in &site.initiatives {
            for r in &i.rooms {
                add(&mut links.initiatives_of_room, &r.id, &i.id);
            }
            for a in &i.areas {
                add(&mut links.initiatives_of_area, &a.id, &i.id);
            }
            for o in &i.organisations {
                add(&mut links.initiatives_of_organisation, &o.id, &i.id);
            }
        }
        for r in &site.rooms {
            add(&mut links.rooms_of_area, &r.area.id, &r.id);
            for o in &r.organisations {
                add(&mut links.rooms_of_organisation, &o.id, &r.id);
            }
        }
        for o in &site.organisations {
            for a in &o.areas {
                add(&mut links.organisations_of_area, &a.id, &o.id);
            }
        }
        for (b, budget) in site.budgets.iter().enumerate() {
            for (l, line) in budget.lines.iter().enumerate() {
                for (kind, link) in [
                    (LinkKind::Area, &line.area),
                    (LinkKind::Room, &line.room),
                    (LinkKind::Initiative, &line.initiative),
                    (LinkKind::Organisation, &line.organisation),
                ] {
                    if let Some(link) = link {
                        links
                            .budget_lines
                            .entry((kind, link.id.as_str()))
                            .or_default()
                            .push((b, l));
                    }
                }
            }
        }
        links
    }

    /// The ids in `map` under `id`, or none.
    pub fn ids(map: &HashMap<&'a str, Vec<&'a str>>, id: &str) -> Vec<&'a str> {
        map.get(id).cloned().unwrap_or_default()
    }
}
