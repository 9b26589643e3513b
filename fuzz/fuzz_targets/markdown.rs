//! A Markdown body to sanitised HTML, the path every page's text takes: never panics, never
//! lets a script, a frame, an event handler or a picture from another host through, and
//! every problem points at a line of the body. Run with `-timeout=1`: no input may take a
//! second.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mienskip::load::markdown::{to_html, Problem};

/// The tags of sanitised HTML: text never holds a bare `<`, so each `<` opens a tag.
fn tags(html: &str) -> impl Iterator<Item = &str> {
    html.split('<')
        .skip(1)
        .map(|rest| &rest[..rest.find('>').unwrap_or(rest.len())])
}

/// Whether a browser would fetch `value` from another host: a scheme of its own or a
/// network path, after what the URL parser strips (leading controls and spaces, tabs and
/// line breaks anywhere), with `\` read as `/`.
fn is_remote(value: &str) -> bool {
    let cleaned: String = value
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .map(|c| if c == '\\' { '/' } else { c })
        .collect();
    // A scheme is a letter, then letters, digits, `+`, `-` or `.` (RFC 3986).
    let scheme = cleaned.split_once(':').is_some_and(|(s, _)| {
        s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    scheme || cleaned.starts_with("//")
}

/// The attributes of a tag as sanitised HTML writes them: `name="value"`, with `"` in a value
/// written as `&quot;`.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = tag.split_once(' ').map_or("", |(_, rest)| rest);
    loop {
        rest = rest.trim_start();
        let end = rest.find(['=', ' ']).unwrap_or(rest.len());
        if end == 0 {
            return found;
        }
        let name = rest[..end].to_ascii_lowercase();
        rest = &rest[end..];
        let mut value = String::new();
        if let Some(quoted) = rest.strip_prefix("=\"") {
            let close = quoted.find('"').unwrap_or(quoted.len());
            value = quoted[..close].replace("&amp;", "&");
            rest = quoted.get(close + 1..).unwrap_or("");
        }
        found.push((name, value));
    }
}

fuzz_target!(|text: &str| {
    let rendered = to_html(text);
    for tag in tags(&rendered.html) {
        let lower = tag.to_ascii_lowercase();
        assert!(!lower.starts_with("script") && !lower.starts_with("iframe"), "{tag}");
        for (name, value) in attributes(tag) {
            assert!(!name.starts_with("on"), "{tag}");
            if name == "src" {
                assert!(!is_remote(&value), "{tag}");
            }
        }
    }
    let lines = text.lines().count().max(1);
    for problem in &rendered.problems {
        let line = match problem {
            Problem::TooDeep { line } | Problem::RemoteSource { line, .. } => *line,
        };
        assert!((1..=lines + 1).contains(&line), "line {line} of {lines}");
    }
});
