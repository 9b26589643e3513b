//! The names of the items a record refers to (its area, rooms, organisations), in the
//! record's language where they are translated.

use crate::model::{Ref, Site, Translations};

/// The name of an item in `language`, or its original name.
fn name_in<'a>(translations: &'a Translations, language: &str, name: &'a str) -> &'a str {
    translations
        .get(language)
        .and_then(|t| t.name.as_deref())
        .unwrap_or(name)
}

/// The names in `language` of the items `refs` point to, each found by `find` as its
/// translations and its original name; a reference `find` does not know is left out.
pub(super) fn names<'a>(
    site: &'a Site,
    language: &'a str,
    refs: &'a [Ref],
    find: fn(&'a Site, &str) -> Option<(&'a Translations, &'a str)>,
) -> impl Iterator<Item = &'a str> + 'a {
    refs.iter().filter_map(move |r| {
        let (translations, name) = find(site, &r.id)?;
        Some(name_in(translations, language, name))
    })
}

/// An area's translations and original name, for [`names`].
pub(super) fn area_name<'a>(site: &'a Site, id: &str) -> Option<(&'a Translations, &'a str)> {
    site.area(id)
        .map(|a| (&a.text.translations, a.name.as_str()))
}

/// A room's translations and original name, for [`names`].
pub(super) fn room_name<'a>(site: &'a Site, id: &str) -> Option<(&'a Translations, &'a str)> {
    site.room(id)
        .map(|r| (&r.text.translations, r.name.as_str()))
}

/// An organisation's translations and original name, for [`names`].
pub(super) fn organisation_name<'a>(
    site: &'a Site,
    id: &str,
) -> Option<(&'a Translations, &'a str)> {
    site.organisation(id)
        .map(|o| (&o.text.translations, o.name.as_str()))
}
