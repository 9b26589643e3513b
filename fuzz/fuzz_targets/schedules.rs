//! A room's (or any content file's) front matter through the loaders: opening hours,
//! presence and activities with every schedule key. Never panics; an item read has no
//! errors and an item not read has at least one.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mienskip::diagnostics::Severity;
use mienskip::load::{read_item_text, Kind};

fuzz_target!(|data: (u8, &str)| {
    let (which, text) = data;
    let kind = Kind::ALL[which as usize % Kind::ALL.len()];
    let (read, diags) = read_item_text(kind, "fuzz", text);
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    if !read {
        assert!(errors > 0, "nothing read, but no error");
    }
});
