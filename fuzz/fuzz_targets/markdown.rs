//! A Markdown body to sanitised HTML, the path every page's text takes: never panics, never
//! lets a script, an event handler or a picture from another host through, and every problem
//! points at a line of the body. Run with `-timeout=1`: no input may take a second.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mienskip::load::markdown::{to_html, Problem};

fuzz_target!(|text: &str| {
    let rendered = to_html(text);
    let lower = rendered.html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "{}", rendered.html);
    assert!(!lower.contains("<iframe"), "{}", rendered.html);
    assert!(!lower.contains(" onerror="), "{}", rendered.html);
    assert!(!lower.contains("src=\"//"), "{}", rendered.html);
    assert!(!lower.contains("src=\"http"), "{}", rendered.html);
    let lines = text.lines().count().max(1);
    for problem in &rendered.problems {
        let line = match problem {
            Problem::TooDeep { line } | Problem::RemoteSource { line, .. } => *line,
        };
        assert!((1..=lines + 1).contains(&line), "line {line} of {lines}");
    }
});
