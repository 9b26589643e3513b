//! The small views that rooms, areas, initiatives and organisations share: opening hours,
//! schedules, roles, addresses, contacts and budget lines.

use super::{hhmm, iso, Link, Viewer};
use crate::model::schedule::{day_code, day_codes};
use crate::model::*;
use crate::resolve::{LinkKind, Links};
use crate::text::money::format_euros;
use serde::Serialize;

#[derive(Serialize)]
pub struct SlotView {
    /// Dutch day codes, `ma` .. `zo`; templates label them with `t["day_" ~ code]`.
    pub days: Vec<&'static str>,
    pub from: String,
    pub to: String,
    pub note: Option<String>,
}

#[derive(Serialize)]
pub struct PresenceView {
    pub who: String,
    #[serde(flatten)]
    pub slot: SlotView,
}

#[derive(Serialize, Clone)]
pub struct ScheduleView {
    /// `weekly`, `monthly` or `once`.
    pub kind: &'static str,
    pub days: Vec<&'static str>,
    pub interval: u32,
    /// 1..5 or -1..-5 for monthly.
    pub nth: i8,
    pub starts: Option<String>,
    pub ends: Option<String>,
    pub date: Option<String>,
}

#[derive(Serialize, Clone)]
pub struct ActivityView {
    pub title: String,
    pub from: String,
    pub to: String,
    pub schedule: ScheduleView,
    pub room: Link,
    /// Dates in the coming weeks (model::exceptions::EXCEPTION_WEEKS) on which the schedule
    /// has it but it does not take place: skipped, or the room is closed.
    pub cancelled: Vec<String>,
}

#[derive(Serialize)]
pub struct RoleView {
    pub role: String,
    pub hours: Option<String>,
    /// Where the role is: a room or an initiative.
    pub place: Link,
}

#[derive(Serialize)]
pub struct AddressView {
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
}

#[derive(Serialize)]
pub struct LocationView {
    pub lat: String,
    pub lon: String,
}

#[derive(Serialize)]
pub struct ContactView {
    pub email: Option<String>,
    /// For reading, like `058 233 8888`.
    pub phone: Option<String>,
    /// For the `tel:` link, in E.164 (`+31582338888`).
    pub phone_tel: Option<String>,
    pub website: Option<String>,
}

/// Who to reach about a room: its own contact, or an organisation's (`via`).
#[derive(Serialize)]
pub struct ReachView {
    #[serde(flatten)]
    pub contact: ContactView,
    pub via: Option<super::Link>,
}

/// A photo as the page shows it: the middle width as `src`, every width in `srcset`, the
/// size of `src` for `width` and `height` (so the page does not jump while it loads).
#[derive(Serialize)]
pub struct PhotoView {
    pub src: String,
    pub srcset: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
    pub credit: Option<String>,
}

#[derive(Serialize)]
pub struct BudgetLineView {
    pub budget: Link,
    pub item: String,
    pub group: Option<String>,
    pub direction: &'static str,
    pub in_kind: bool,
    /// `[year, "€ 45.000"]` pairs, ascending.
    pub amounts: Vec<(i32, String)>,
}

/// Coordinates as text with six decimals, so templates never print float noise.
pub fn location_view(location: LatLon) -> LocationView {
    LocationView {
        lat: format!("{:.6}", location.lat),
        lon: format!("{:.6}", location.lon),
    }
}

pub(super) fn slot_view(slot: &TimeSlot) -> SlotView {
    SlotView {
        days: day_codes(&slot.days),
        from: hhmm(slot.from),
        to: hhmm(slot.to),
        note: slot.note.clone(),
    }
}

pub(super) fn presence_views(room: &Room) -> Vec<PresenceView> {
    room.presence
        .iter()
        .map(|p| PresenceView {
            who: p.who.clone(),
            slot: slot_view(&p.slot),
        })
        .collect()
}

pub(super) fn address_view(a: &Address) -> AddressView {
    AddressView {
        street: a.street.clone(),
        postcode: a.postcode.clone(),
        city: a.city.clone(),
    }
}

pub fn contact_view(c: &Contact) -> ContactView {
    ContactView {
        email: c.email.clone(),
        phone: c.phone.as_ref().map(|p| p.display.clone()),
        phone_tel: c.phone.as_ref().map(|p| p.e164.clone()),
        website: c.website.clone(),
    }
}

pub fn schedule_view(schedule: &Schedule) -> ScheduleView {
    match schedule {
        Schedule::Weekly {
            days,
            interval,
            starts,
            ends,
        } => ScheduleView {
            kind: Repeat::Weekly.as_str(),
            days: day_codes(days),
            interval: *interval,
            nth: 0,
            starts: starts.map(iso),
            ends: ends.map(iso),
            date: None,
        },
        Schedule::Monthly {
            days,
            nth,
            starts,
            ends,
        } => ScheduleView {
            kind: Repeat::Monthly.as_str(),
            days: day_codes(days),
            interval: 1,
            nth: *nth,
            starts: starts.map(iso),
            ends: ends.map(iso),
            date: None,
        },
        Schedule::Once { date } => ScheduleView {
            kind: Repeat::Once.as_str(),
            days: vec![day_code(date.weekday())],
            interval: 1,
            nth: 0,
            starts: None,
            ends: None,
            date: Some(iso(*date)),
        },
    }
}

impl Viewer<'_> {
    pub fn activity_views(&self, room: &Room) -> Vec<ActivityView> {
        room.activities
            .iter()
            .map(|a| ActivityView {
                title: a.title.clone(),
                from: hhmm(a.from),
                to: hhmm(a.to),
                schedule: schedule_view(&a.schedule),
                room: self.room_link(room),
                cancelled: {
                    use crate::model::exceptions::{cancelled_between, EXCEPTION_WEEKS};
                    use jiff::ToSpan;
                    let start = self.site.build_date;
                    let end = start
                        .checked_add((EXCEPTION_WEEKS * 7 - 1).days())
                        .unwrap_or(start);
                    cancelled_between(room, self.site.config.holidays, a, start, end)
                        .into_iter()
                        .map(iso)
                        .collect()
                },
            })
            .collect()
    }

    pub fn roles(&self, roles: &[VolunteerRole], place: &Link) -> Vec<RoleView> {
        roles
            .iter()
            .map(|r| RoleView {
                role: r.role.clone(),
                hours: r.hours.clone(),
                place: place.clone(),
            })
            .collect()
    }

    /// Budget lines that name an item through `pick`.
    pub(super) fn initiative_links(
        &self,
        map: &std::collections::HashMap<&str, Vec<&str>>,
        id: &str,
    ) -> Vec<Link> {
        Links::ids(map, id)
            .into_iter()
            .filter_map(|id| self.site.initiative(id))
            .map(|i| self.initiative_link(i))
            .collect()
    }

    /// The budget lines that name an item, in budget and line order.
    pub fn budget_lines_of(&self, kind: LinkKind, id: &str) -> Vec<BudgetLineView> {
        let lines = self
            .links
            .budget_lines
            .get(&(kind, id))
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        lines
            .iter()
            .map(|(b, l)| (&self.site.budgets[*b], &self.site.budgets[*b].lines[*l]))
            .map(|(b, l)| BudgetLineView {
                budget: self.budget_link(b),
                item: l.item.clone(),
                group: l.group.clone(),
                direction: l.direction.as_str(),
                in_kind: l.in_kind,
                amounts: l
                    .amounts
                    .iter()
                    .map(|(y, a)| (*y, format_euros(*a)))
                    .collect(),
            })
            .collect()
    }
}

/// The view of `photo`, beside the page `page` of the default language, when its file was read.
pub(super) fn photo_view(
    urls: &crate::resolve::urls::Urls,
    default_language: &str,
    page: crate::resolve::routes::Route,
    photo: &Photo,
) -> Option<PhotoView> {
    let source = photo.source.as_ref()?;
    let variants = source.variants();
    let url = |width: u32| {
        urls.page(
            default_language,
            &crate::resolve::routes::photo_path(page, &source.digest, width),
        )
    };
    let srcset = variants
        .iter()
        .map(|v| format!("{} {}w", url(v.width), v.width))
        .collect::<Vec<_>>()
        .join(", ");
    // The middle width: sharp enough where `srcset` is not understood, not the heaviest.
    let shown = variants[variants.len() / 2];
    Some(PhotoView {
        src: url(shown.width),
        srcset,
        width: shown.width,
        height: shown.height,
        alt: photo.alt.clone(),
        credit: photo.credit.clone(),
    })
}
