//! Who a resident can reach about a room: the room's own contact, or else the first of its
//! organisations that gives a phone number, e-mail address or website. An open room with
//! neither is a warning: its page would invite residents to get in touch with no one.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::{Contact, Organisation, Room, RoomStatus};
use std::sync::Arc;

/// How to reach someone about a room.
#[derive(Debug, Clone, PartialEq)]
pub struct Reach<'s> {
    pub contact: Contact,
    /// The organisation whose contact this is, when the room has none of its own.
    pub via: Option<&'s Organisation>,
}

/// The contact shown for `room`; `organisation` finds an organisation by id.
pub fn reach<'s>(
    room: &Room,
    organisation: impl Fn(&str) -> Option<&'s Organisation>,
) -> Option<Reach<'s>> {
    if let Some(own) = room.contact.as_ref().filter(|c| c.is_reachable()) {
        return Some(Reach {
            contact: own.clone(),
            via: None,
        });
    }
    room.organisations
        .iter()
        .filter_map(|r| organisation(&r.id))
        .map(|o| (o, contact_of(o)))
        .find(|(_, c)| c.is_reachable())
        .map(|(o, contact)| Reach {
            contact,
            via: Some(o),
        })
}

/// An organisation's phone, e-mail address and website as a contact.
pub fn contact_of(o: &Organisation) -> Contact {
    Contact {
        email: o.email.clone(),
        phone: o.phone.clone(),
        website: o.website.clone(),
    }
}

/// Warns about every open room no one can be reached about. `organisations` is sorted by id.
pub(super) fn check_reachable(
    rooms: &[Arc<Room>],
    organisations: &[Arc<Organisation>],
    diags: &mut Diagnostics,
) {
    let find = |id: &str| {
        organisations
            .binary_search_by(|o| o.id.as_str().cmp(id))
            .ok()
            .map(|i| &*organisations[i])
    };
    for room in rooms.iter().filter(|r| r.status == RoomStatus::Open) {
        if reach(room, find).is_none() {
            diags.push(Diagnostic::warning(
                &room.path,
                None,
                crate::msg!("room-unreachable"),
            ));
        }
    }
}
