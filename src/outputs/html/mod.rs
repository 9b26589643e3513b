//! The theme's pages: each page's data gathered into views over the model, rendered with the
//! theme's Tera templates, with the maps and charts drawn as inline SVG.

pub mod agenda;
pub mod budget_document;
pub mod budget_sums;
pub mod budget_views;
pub mod changes_view;
pub mod charts;
pub mod json_ld;
pub mod map;
pub mod pages;
pub mod source_copy;
pub mod templates;
pub mod views;
