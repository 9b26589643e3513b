//! Leaf helpers every layer may use: how text, amounts and dates are written out. Nothing
//! here knows the model or the site.

pub mod coordinates;
pub mod dates;
pub mod escape;
pub mod money;
pub mod slug;
