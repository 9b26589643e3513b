//! Splitting a content file into front matter and body: never panics, and the parts are
//! slices of the input in order.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mienskip::load::frontmatter::split;

fuzz_target!(|text: &str| {
    if let Ok(parts) = split(text) {
        assert!(parts.yaml_line >= 2);
        assert!(parts.body_line > parts.yaml_line);
        assert!(parts.yaml.len() + parts.body.len() <= text.len());
        assert!(text.ends_with(parts.body));
    }
});
