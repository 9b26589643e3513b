//! A postcode belongs to one area: the same postcode in two areas' `postcodes` is an error
//! naming both files. A six-character postcode ("8913 AB") inside a four-digit one that
//! another area claims ("8913") is allowed: the more precise claim wins for its addresses
//! (a street on the border of two areas), and the four-digit postcode's page names both.

use crate::diagnostics::Diagnostics;
use crate::model::{Area, Postcode};
use std::collections::BTreeMap;

pub(super) fn check_postcodes(areas: &[Area], diags: &mut Diagnostics) {
    let mut first: BTreeMap<Postcode, (&Area, usize)> = BTreeMap::new();
    for area in areas {
        for (postcode, line) in &area.postcodes {
            match first.get(postcode) {
                Some((other, other_line)) => diags.error(
                    &area.path,
                    *line,
                    crate::msg!(
                        "postcode-claimed-twice",
                        postcode = postcode.to_string(),
                        other_path = other.path.as_str(),
                        other_line = *other_line,
                        other = other.id.as_str()
                    ),
                ),
                None => {
                    first.insert(*postcode, (area, *line));
                }
            }
        }
    }
}
