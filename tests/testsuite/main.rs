//! The integration tests, in one test binary (as mdBook's `tests/testsuite/`): each file under
//! `tests/*.rs` used to be a binary of its own that linked the whole crate and Pagefind, so
//! `cargo test` linked fourteen large binaries; one module per former binary now shares one
//! link. Run a part with a filter: `cargo test --test testsuite attacks::` or `errors::`.
//! Snapshots are in `snapshots/`, named `testsuite__<module>__<test>.snap`.

mod common;

mod agenda;
mod attacks;
mod basemap;
mod budget_pages;
mod build;
mod cache;
mod check_theme;
mod command_words;
mod contacts_photos;
mod drafts;
mod errors;
mod example_site;
mod exceptions;
mod file_links;
mod find;
mod format;
mod help;
mod history;
mod large_site;
mod map;
mod new;
mod open_data;
mod preview;
mod properties;
mod regressions;
mod residents;
mod schema;
mod serve;
mod site_path;
mod source_copies;
mod translations_whole;
mod warnings;
mod workflows;
