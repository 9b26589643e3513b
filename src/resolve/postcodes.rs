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
                    format!(
                        "`postcodes` lists {postcode}, which {} (line {other_line}) also claims for area `{}`; a postcode belongs to one area, so remove it from one of the two files",
                        other.path, other.id
                    ),
                ),
                None => {
                    first.insert(*postcode, (area, *line));
                }
            }
        }
    }
}
