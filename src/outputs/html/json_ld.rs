//! schema.org JSON-LD for room, area and initiative pages, serialised here rather than in
//! templates so that text can never close the `<script>` element it sits in.

use crate::model::{Activity, Area, Initiative, Photo, Room, RoomStatus, Schedule, Site};
use crate::resolve::routes::Route;
use crate::resolve::urls::Urls;
use crate::text::dates::{hhmm, iso};
use jiff::civil::{Date, Weekday};
use serde_json::{json, Value};

fn schema_day(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "https://schema.org/Monday",
        Weekday::Tuesday => "https://schema.org/Tuesday",
        Weekday::Wednesday => "https://schema.org/Wednesday",
        Weekday::Thursday => "https://schema.org/Thursday",
        Weekday::Friday => "https://schema.org/Friday",
        Weekday::Saturday => "https://schema.org/Saturday",
        Weekday::Sunday => "https://schema.org/Sunday",
    }
}

/// JSON text that is safe inside `<script>`: `<`, `>` and `&` are written as escapes.
pub fn to_script_json(value: &Value) -> String {
    let mut value = value.clone();
    drop_nulls(&mut value);
    serde_json::to_string_pretty(&value)
        .expect("JSON values always serialise")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// Absent facts are left out rather than written as `null`.
fn drop_nulls(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|_, v| !v.is_null());
            map.values_mut().for_each(drop_nulls);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}

pub fn room(site: &Site, urls: &Urls, language: &str, room: &Room) -> String {
    let url = urls.absolute(language, &Route::Room(&room.id).path());
    let hours: Vec<Value> = room
        .opening_hours
        .iter()
        .map(|slot| {
            json!({
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": slot.days.iter().map(|d| schema_day(*d)).collect::<Vec<_>>(),
                "opens": hhmm(slot.from),
                "closes": hhmm(slot.to),
            })
        })
        .collect();
    let events: Vec<Value> = room
        .activities
        .iter()
        .map(|a| {
            let mut event = json!({
                "@type": "Event",
                "name": a.title,
                "location": { "@type": "Place", "name": room.name, "url": url },
                "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            });
            match &a.schedule {
                Schedule::Once { date } => {
                    event["startDate"] = json!(format!("{}T{}", iso(*date), hhmm(a.from)));
                    event["endDate"] = json!(format!("{}T{}", iso(*date), hhmm(a.to)));
                }
                Schedule::Weekly {
                    days,
                    interval,
                    starts,
                    ends,
                } => {
                    let frequency = format!("P{interval}W");
                    event["eventSchedule"] = schedule(site, a, days, frequency, *starts, *ends);
                }
                Schedule::Monthly {
                    days,
                    nth,
                    starts,
                    ends,
                } => {
                    let mut monthly = schedule(site, a, days, "P1M".into(), *starts, *ends);
                    monthly["byMonthWeek"] = json!(nth);
                    event["eventSchedule"] = monthly;
                }
            }
            event
        })
        .collect();
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "CivicStructure",
        "@id": url,
        "url": url,
        "name": room.name,
        "openingHoursSpecification": hours,
        "event": events,
    });
    if room.status == RoomStatus::Open {
        let special = special_hours(site, room);
        if !special.is_empty() {
            value["specialOpeningHoursSpecification"] = json!(special);
        }
    }
    if let Some(summary) = &room.text.summary {
        value["description"] = json!(summary);
    }
    if let Some(address) = &room.address {
        value["address"] = json!({
            "@type": "PostalAddress",
            "streetAddress": address.street,
            "postalCode": address.postcode,
            "addressLocality": address.city,
            "addressCountry": "NL",
        });
    }
    if let Some(location) = room.location {
        value["geo"] = json!({
            "@type": "GeoCoordinates",
            "latitude": format!("{:.6}", location.lat),
            "longitude": format!("{:.6}", location.lon),
        });
    }
    if let Some(phone) = room.contact.as_ref().and_then(|c| c.phone.as_ref()) {
        value["telephone"] = json!(phone.e164);
    }
    if let Some(image) = room
        .photo
        .as_ref()
        .and_then(|p| image(urls, Route::Room(&room.id), p))
    {
        value["image"] = image;
    }
    if room.status == RoomStatus::Closed {
        value["publicAccess"] = json!(false);
    }
    // Only the facilities mienskip knows: a free word may be a note or a misspelling, and
    // would be a feature in the content's language on every language's page. The open data
    // keeps every word.
    let amenities: Vec<Value> = crate::model::facilities::known_of(&room.facilities)
        .into_iter()
        .map(|f| {
            json!({
                "@type": "LocationFeatureSpecification",
                "name": f.label(language).or_else(|| f.label(&site.config.language)).unwrap_or(f.word),
                "value": true,
            })
        })
        .collect();
    if !amenities.is_empty() {
        value["amenityFeature"] = json!(amenities);
    }
    to_script_json(&value)
}

/// The schema.org `Schedule` of activity `a`, repeating on `days` every `frequency` (an
/// ISO 8601 duration) between `starts` and `ends` when given.
fn schedule(
    site: &Site,
    a: &Activity,
    days: &[Weekday],
    frequency: String,
    starts: Option<Date>,
    ends: Option<Date>,
) -> Value {
    let mut schedule = json!({
        "@type": "Schedule",
        "repeatFrequency": frequency,
        "byDay": days.iter().map(|d| schema_day(*d)).collect::<Vec<_>>(),
        "startTime": hhmm(a.from),
        "endTime": hhmm(a.to),
        "scheduleTimezone": site.config.timezone_name,
    });
    if let Some(s) = starts {
        schedule["startDate"] = json!(iso(s));
    }
    if let Some(e) = ends {
        schedule["endDate"] = json!(iso(e));
    }
    schedule
}

/// The room's exceptions of the coming weeks (model::exceptions::EXCEPTION_WEEKS) as
/// schema.org `specialOpeningHoursSpecification`: a closed day opens and closes at 00:00,
/// schema.org's way of saying closed all day.
fn special_hours(site: &Site, room: &Room) -> Vec<Value> {
    use crate::model::exceptions::{exceptions_between, EXCEPTION_WEEKS};
    use jiff::ToSpan;
    let start = site.build_date;
    let end = start
        .checked_add((EXCEPTION_WEEKS * 7 - 1).days())
        .unwrap_or(start);
    exceptions_between(room, site.config.holidays, start, end)
        .iter()
        .map(|span| {
            let (opens, closes) = span
                .exception
                .hours
                .map_or(("00:00".to_string(), "00:00".to_string()), |(a, b)| {
                    (hhmm(a), hhmm(b))
                });
            json!({
                "@type": "OpeningHoursSpecification",
                "validFrom": iso(span.from),
                "validThrough": iso(span.to),
                "opens": opens,
                "closes": closes,
                "description": span.exception.note,
            })
        })
        .collect()
}

/// A photo as a schema.org `ImageObject`: its widest published file, what it shows and who
/// made it.
fn image(urls: &Urls, page: Route, photo: &Photo) -> Option<Value> {
    let source = photo.source.as_ref()?;
    let widest = *source.variants().last()?;
    let path = crate::resolve::routes::photo_path(page, &source.digest, widest.width);
    let mut image = json!({
        "@type": "ImageObject",
        "contentUrl": urls.absolute(&urls.default_language, &path),
        "width": widest.width,
        "height": widest.height,
        "caption": photo.alt,
    });
    if let Some(credit) = &photo.credit {
        image["creditText"] = json!(credit);
    }
    Some(image)
}

pub fn area(urls: &Urls, language: &str, area: &Area) -> String {
    let url = urls.absolute(language, &Route::Area(&area.id).path());
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "AdministrativeArea",
        "@id": url,
        "url": url,
        "name": area.name,
    });
    if let Some(summary) = &area.text.summary {
        value["description"] = json!(summary);
    }
    to_script_json(&value)
}

pub fn initiative(urls: &Urls, language: &str, initiative: &Initiative) -> String {
    let url = urls.absolute(language, &Route::Initiative(&initiative.id).path());
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "Project",
        "@id": url,
        "url": url,
        "name": initiative.title,
    });
    if let Some(summary) = &initiative.text.summary {
        value["description"] = json!(summary);
    }
    if let Some(started) = initiative.started {
        value["foundingDate"] = json!(iso(started));
    }
    if let Some(location) = initiative.location {
        value["location"] = json!({
            "@type": "Place",
            "geo": { "@type": "GeoCoordinates", "latitude": format!("{:.6}", location.lat), "longitude": format!("{:.6}", location.lon) }
        });
    }
    if let Some(image) = initiative
        .photo
        .as_ref()
        .and_then(|p| image(urls, Route::Initiative(&initiative.id), p))
    {
        value["image"] = image;
    }
    to_script_json(&value)
}
