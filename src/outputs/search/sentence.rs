//! The line a search result shows under its name, read as a sentence ("Hoofdlocatie in
//! Leeuwarden Noord, open op maandag t/m vrijdag.") rather than as a scrap of the index,
//! in the index's language, with the words from the theme's catalogue.

use crate::load::theme::Strings;
use crate::model::{Area, Initiative, Organisation, Room, RoomStatus};
use jiff::civil::Weekday;

/// The theme's strings of one language; a missing key reads as nothing.
#[derive(Clone, Copy)]
pub(super) struct Say<'a>(pub(super) Option<&'a Strings>);

impl<'a> Say<'a> {
    fn get(self, key: &str) -> &'a str {
        self.0.and_then(|s| s.get(key)).map_or("", String::as_str)
    }

    fn fill(self, key: &str, values: &[(&str, &str)]) -> String {
        let mut text = self.get(key).to_string();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }

    /// `a, b en c`.
    fn list(self, items: &[&str]) -> String {
        match items {
            [] => String::new(),
            [one] => one.to_string(),
            [rest @ .., last] => format!("{} {} {last}", rest.join(", "), self.get("and")),
        }
    }
}

/// The first letter in capitals, a full stop at the end.
fn finish(parts: Vec<String>) -> String {
    let text = parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let mut chars = text.chars();
    match chars.next() {
        None => String::new(),
        Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
    }
}

fn lower(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        None => String::new(),
        Some(first) => first.to_lowercase().chain(chars).collect(),
    }
}

const WEEK: [(Weekday, &str); 7] = [
    (Weekday::Monday, "ma"),
    (Weekday::Tuesday, "di"),
    (Weekday::Wednesday, "wo"),
    (Weekday::Thursday, "do"),
    (Weekday::Friday, "vr"),
    (Weekday::Saturday, "za"),
    (Weekday::Sunday, "zo"),
];

/// The days a room is open, as the opening-hours table says them: "maandag t/m vrijdag"
/// for three or more days in a row, else "dinsdag en donderdag".
fn open_days(room: &Room, say: Say) -> String {
    let open: Vec<usize> = (0..WEEK.len())
        .filter(|&i| {
            room.opening_hours
                .iter()
                .any(|s| s.days.contains(&WEEK[i].0))
        })
        .collect();
    let name = |i: usize| say.get(&format!("day_{}", WEEK[i].1));
    match open.as_slice() {
        [first, .., last] if open.len() >= 3 && last - first + 1 == open.len() => {
            format!("{} {} {}", name(*first), say.get("through"), name(*last))
        }
        _ => say.list(&open.iter().map(|&i| name(i)).collect::<Vec<_>>()),
    }
}

pub(super) fn room(room: &Room, area: Option<&str>, say: Say) -> String {
    let kind = lower(say.get(&format!("room_kind_{}", room.kind.as_str())));
    let mut parts = vec![match area {
        Some(area) => say.fill("search_sentence_room", &[("kind", &kind), ("area", area)]),
        None => kind,
    }];
    if room.status == RoomStatus::Open && !room.opening_hours.is_empty() {
        parts.push(say.fill("search_sentence_open", &[("days", &open_days(room, say))]));
    } else if room.status != RoomStatus::Open {
        parts.push(lower(
            say.get(&format!("room_status_{}", room.status.as_str())),
        ));
    }
    finish(parts)
}

pub(super) fn area(area: &Area, summary: Option<&str>, say: Say) -> String {
    let mut parts = Vec::new();
    if !area.places.is_empty() {
        let places: Vec<&str> = area.places.iter().map(String::as_str).collect();
        parts.push(say.fill("search_sentence_area", &[("places", &say.list(&places))]));
    }
    if !area.postcodes.is_empty() {
        let postcodes: Vec<String> = area.postcodes.iter().map(|(p, _)| p.to_string()).collect();
        let postcodes: Vec<&str> = postcodes.iter().map(String::as_str).collect();
        parts.push(say.fill(
            "search_sentence_postcodes",
            &[("postcodes", &say.list(&postcodes))],
        ));
    }
    if parts.is_empty() {
        return summary.unwrap_or_default().to_string();
    }
    finish(parts)
}

/// At most this many area names in a sentence; more read as a list, not a sentence.
const AREAS_NAMED: usize = 3;

fn areas_text(areas: &[&str]) -> String {
    if areas.len() > AREAS_NAMED {
        format!("{}, …", areas[..AREAS_NAMED].join(", "))
    } else {
        areas.join(", ")
    }
}

pub(super) fn initiative(i: &Initiative, areas: &[&str], say: Say) -> String {
    let status = lower(say.get(&format!("initiative_status_{}", i.status.as_str())));
    finish(vec![say.fill(
        "search_sentence_initiative",
        &[("areas", &areas_text(areas)), ("status", &status)],
    )])
}

pub(super) fn organisation(o: &Organisation, areas: &[&str], say: Say) -> String {
    let kind = lower(say.get(&format!("organisation_kind_{}", o.kind.as_str())));
    if areas.is_empty() {
        return finish(vec![kind]);
    }
    finish(vec![say.fill(
        "search_sentence_organisation",
        &[("kind", &kind), ("areas", &areas_text(areas))],
    )])
}
