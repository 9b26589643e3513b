//! Markdown bodies to safe HTML: CommonMark with tables, footnotes and strikethrough,
//! raw HTML sanitised so an editor's paste can never inject a script or make a visitor's
//! browser ask another host for anything, and nesting bounded so that a few kilobytes of
//! `>` or `<div>` cannot stall a build.

use pulldown_cmark::{html, Event, Options, Parser, Tag};
use std::sync::{Arc, Mutex};

/// The nesting limit, by the name the messages use.
pub use crate::limits::MAX_MARKDOWN_NESTING as MAX_NESTING;

/// What became of one Markdown body.
#[derive(Debug, Default, PartialEq)]
pub struct Rendered {
    /// The sanitised HTML; empty when the body nests too deeply.
    pub html: String,
    /// What an editor should hear about, with lines counted from the body's first line (1).
    pub problems: Vec<Problem>,
    /// Every Markdown link and picture that points into the site (`/kamers/bilgaard/`, or
    /// relative like `foto.jpg` or `../noord/`), with its line, for the check that it leads
    /// somewhere once all pages and files are known. Links within the page (`#kop`) are not
    /// among them.
    pub site_links: Vec<crate::model::BodyLink>,
}

/// Something in a body that was refused or dropped.
#[derive(Debug, PartialEq)]
pub enum Problem {
    /// Quotes, lists or HTML elements nest deeper than [`MAX_NESTING`] at this line; the body
    /// is not published.
    TooDeep { line: usize },
    /// A picture (or other embedded source) from another host was left out, since showing it
    /// would tell that host about every visitor.
    RemoteSource { line: usize, source: String },
    /// Raw HTML the sanitiser removes: an element it does not allow (`<script>`, `<iframe>`,
    /// `<form>`…), or an attribute that runs script (`onclick`, `onerror`…) on an element.
    RemovedHtml {
        line: usize,
        /// The element, as `<name>`.
        element: String,
        /// The attribute removed from it, if only that was.
        attribute: Option<String>,
    },
}

/// Renders Markdown to sanitised HTML, reporting what was refused.
pub fn to_html(markdown: &str) -> Rendered {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION;
    // The Markdown parser reads all blocks before it hands out the first event, and many
    // quotes and list items opened on one line (`> - > - …`) take it time that grows with
    // the square of their number; so they are counted before it starts.
    if let Some(line) = markdown
        .lines()
        .position(|line| containers_opened(line) > MAX_NESTING)
    {
        return Rendered {
            html: String::new(),
            problems: vec![Problem::TooDeep { line: line + 1 }],
            site_links: Vec::new(),
        };
    }
    let mut depth = Depth::default();
    let mut too_deep_at = None;
    let mut raw_html: Vec<(usize, String)> = Vec::new();
    let mut targets: Vec<(usize, String, bool)> = Vec::new();
    let events = Parser::new_ext(markdown, options)
        .into_offset_iter()
        .map_while(|(event, range)| {
            depth.follow(&event);
            if depth.current > MAX_NESTING {
                too_deep_at = Some(range.start);
                return None;
            }
            match &event {
                Event::Html(fragment) | Event::InlineHtml(fragment) => {
                    raw_html.push((range.start, fragment.to_string()));
                }
                Event::Start(Tag::Link { dest_url, .. }) => {
                    targets.push((range.start, dest_url.to_string(), false));
                }
                Event::Start(Tag::Image { dest_url, .. }) => {
                    targets.push((range.start, dest_url.to_string(), true));
                }
                _ => {}
            }
            Some(event)
        });
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, events);
    if let Some(offset) = too_deep_at {
        return Rendered {
            html: String::new(),
            problems: vec![Problem::TooDeep {
                line: line_at(markdown, offset),
            }],
            site_links: Vec::new(),
        };
    }

    // The sanitiser wants a callback that owns what it touches.
    let dropped = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&dropped);
    let mut builder = ammonia::Builder::default();
    builder.add_generic_attributes(["id"]);
    let mut problems = removed_html(markdown, &raw_html, &builder);
    let html = builder
        .attribute_filter(move |_element, attribute, value| {
            if is_source_attribute(attribute) && !is_on_this_site(value) {
                seen.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(value.to_string());
                None
            } else {
                Some(value.into())
            }
        })
        .link_rel(Some("noopener noreferrer"))
        .clean(&unsafe_html)
        .to_string();
    let mut searched_from = std::collections::HashMap::new();
    let dropped = std::mem::take(&mut *dropped.lock().unwrap_or_else(|e| e.into_inner()));
    problems.extend(dropped.into_iter().map(|source| {
        let from = searched_from.entry(source.clone()).or_insert(0);
        let offset = offset_of_source(markdown, &source, *from);
        *from = offset.map_or(markdown.len(), |o| o + 1);
        Problem::RemoteSource {
            line: offset.map_or(1, |o| line_at(markdown, o)),
            source,
        }
    }));
    problems.sort_by_key(|problem| match problem {
        Problem::TooDeep { line }
        | Problem::RemoteSource { line, .. }
        | Problem::RemovedHtml { line, .. } => *line,
    });
    let site_links = targets
        .into_iter()
        .filter(|(_, target, _)| {
            !target.is_empty() && !target.starts_with('#') && is_on_this_site(target)
        })
        .map(|(offset, target, picture)| crate::model::BodyLink {
            line: line_at(markdown, offset),
            column: column_at(markdown, offset),
            target,
            picture,
        })
        .collect();
    Rendered {
        html,
        problems,
        site_links,
    }
}

/// The elements and script attributes in the raw HTML that `builder` will remove, each once
/// per line, so an editor hears that part of the text is not published.
fn removed_html(
    markdown: &str,
    raw_html: &[(usize, String)],
    builder: &ammonia::Builder<'_>,
) -> Vec<Problem> {
    let allowed = builder.clone_tags();
    let mut found: Vec<Problem> = Vec::new();
    for (offset, fragment) in raw_html {
        let mut rest = fragment.as_str();
        while let Some(start) = rest.find('<') {
            let tag_text = &rest[start + 1..];
            let end = tag_text.find('>').unwrap_or(tag_text.len());
            let inside = &tag_text[..end];
            rest = &tag_text[end..];
            let name: String = inside
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .map(|c| c.to_ascii_lowercase())
                .collect();
            if name.is_empty() {
                continue;
            }
            let fragment_start = fragment.len() - tag_text.len() - 1;
            let line = line_at(markdown, offset + fragment_start);
            let attribute = if !allowed.contains(name.as_str()) {
                Some(None)
            } else {
                script_attribute(inside).map(Some)
            };
            if let Some(attribute) = attribute {
                let problem = Problem::RemovedHtml {
                    line,
                    element: format!("<{name}>"),
                    attribute,
                };
                if !found.contains(&problem) {
                    found.push(problem);
                }
            }
        }
    }
    found
}

/// An attribute such as `onclick` or `onerror` in the inside of a tag, which would run script.
fn script_attribute(inside: &str) -> Option<String> {
    inside
        .split(|c: char| c.is_whitespace() || c == '/')
        .skip(1)
        .map(|part| part.split('=').next().unwrap_or("").to_ascii_lowercase())
        .find(|name| {
            name.len() > 2
                && name.starts_with("on")
                && name[2..].chars().all(|c| c.is_ascii_alphabetic())
        })
}

/// Attributes whose value the browser fetches on its own when the page is shown.
fn is_source_attribute(attribute: &str) -> bool {
    matches!(
        attribute,
        "src" | "srcset" | "poster" | "background" | "data" | "lowsrc" | "dynsrc"
    )
}

/// Whether a browser would resolve `value` to an address on the page's own site. Decided
/// with a WHATWG URL parser, the same rules the browser uses, so that tricks such as
/// `http:host/x`, `/\thost/x`, ` //host/x` or `/\host/x` are seen for what they are:
/// a relative address resolves against two unrelated bases to each base's own host, and
/// anything else names a host of its own.
fn is_on_this_site(value: &str) -> bool {
    const BASES: [&str; 2] = ["https://one.invalid/a/b/", "http://two.invalid:8080/c/"];
    if url::Url::parse(value).is_ok() {
        // A scheme of its own: `https://…`, `http:…`, `data:…`, `file:…`.
        return false;
    }
    BASES.iter().all(|base| {
        let Ok(base) = url::Url::parse(base) else {
            return false;
        };
        match base.join(value) {
            Ok(joined) => {
                joined.scheme() == base.scheme()
                    && joined.host_str() == base.host_str()
                    && joined.port() == base.port()
                    && joined.username().is_empty()
                    && joined.password().is_none()
            }
            Err(_) => false,
        }
    })
}

/// How many quotes (`>`) and list items (`-`, `*`, `+`, `1.`, `1)`) a line opens before its
/// text starts.
fn containers_opened(line: &str) -> usize {
    let mut rest = line.as_bytes();
    let mut count = 0;
    loop {
        while let [b' ' | b'\t', tail @ ..] = rest {
            rest = tail;
        }
        match rest {
            [b'>', tail @ ..] => rest = tail,
            [b'-' | b'*' | b'+', b' ' | b'\t', tail @ ..] => rest = tail,
            _ => {
                let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
                match rest.get(digits..) {
                    Some([b'.' | b')', b' ' | b'\t', tail @ ..]) if (1..=9).contains(&digits) => {
                        rest = tail
                    }
                    _ => return count,
                }
            }
        }
        count += 1;
    }
}

/// Nesting of block containers and HTML elements along the event stream.
#[derive(Default)]
struct Depth {
    current: usize,
}

impl Depth {
    fn follow(&mut self, event: &Event) {
        match event {
            Event::Start(_) => self.current += 1,
            Event::End(_) => self.current = self.current.saturating_sub(1),
            Event::Html(fragment) | Event::InlineHtml(fragment) => self.follow_html(fragment),
            _ => {}
        }
    }

    /// Counts opening and closing tags in raw HTML. Elements that never hold others (`<br>`,
    /// `<img>`) or whose end the parser implies (`<p>`, `<li>`) do not count, so that
    /// ordinary HTML without closing tags is never taken for deep nesting.
    fn follow_html(&mut self, fragment: &str) {
        let mut rest = fragment;
        while let Some(start) = rest.find('<') {
            rest = &rest[start + 1..];
            let closing = rest.starts_with('/');
            let name: String = rest
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .map(|c| c.to_ascii_lowercase())
                .collect();
            if name.is_empty() || VOID_OR_IMPLIED_END.contains(&name.as_str()) {
                continue;
            }
            let self_closing = rest.find('>').is_some_and(|end| rest[..end].ends_with('/'));
            if closing {
                self.current = self.current.saturating_sub(1);
            } else if !self_closing {
                self.current += 1;
            }
        }
    }
}

/// HTML elements that hold nothing, or whose end tag may be left out.
const VOID_OR_IMPLIED_END: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option",
    "optgroup", "rt", "rp", "colgroup", "caption",
];

/// The line (from 1) of a byte offset.
fn line_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    1 + text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// The column (from 1, in characters) of a byte offset within its line.
fn column_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    let line_start = text[..end].rfind('\n').map_or(0, |i| i + 1);
    text[line_start..end].chars().count() + 1
}

/// Where an attribute value the sanitiser saw appears in the Markdown, searching from `from`.
/// The sanitiser sees values with entities decoded (`&#9;` as a tab), so the longest piece
/// between such characters is looked for.
fn offset_of_source(markdown: &str, source: &str, from: usize) -> Option<usize> {
    let piece = source
        .split(|c: char| c.is_whitespace() || c.is_control())
        .max_by_key(|piece| piece.len())
        .filter(|piece| !piece.is_empty())?;
    markdown
        .get(from..)?
        .find(piece)
        .map(|offset| from + offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(markdown: &str) -> String {
        to_html(markdown).html
    }

    #[test]
    fn tables_footnotes_strikethrough() {
        let html = html("| a | b |\n|---|---|\n| 1 | 2 |\n\nTekst[^1] ~~oud~~\n\n[^1]: Bron.\n");
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("<del>oud</del>"), "{html}");
        assert!(html.contains("href=\"#1\""), "{html}");
        assert!(html.contains("Bron."), "{html}");
    }

    #[test]
    fn scripts_are_removed() {
        let html =
            html("Hallo <script>alert(1)</script><a href=\"javascript:x()\" onclick=\"y()\">z</a>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
    }

    #[test]
    fn removed_html_is_reported_with_its_line() {
        let rendered = to_html(
            "Hallo <b>daar</b>.\n\n<script>alert(1)</script>\n\nTekst <img src=\"/a.png\" onerror=\"x()\"> en\n<iframe src=\"/x\"></iframe>\n",
        );
        let removed: Vec<(usize, &str, Option<&str>)> = rendered
            .problems
            .iter()
            .filter_map(|p| match p {
                Problem::RemovedHtml {
                    line,
                    element,
                    attribute,
                } => Some((*line, element.as_str(), attribute.as_deref())),
                _ => None,
            })
            .collect();
        assert_eq!(
            removed,
            [
                (3, "<script>", None),
                (5, "<img>", Some("onerror")),
                (6, "<iframe>", None)
            ]
        );
        assert!(!rendered.html.contains("script") && !rendered.html.contains("onerror"));
    }

    #[test]
    fn allowed_html_is_not_reported() {
        let rendered = to_html("<details><summary>Meer</summary>\n\n<b>vet</b> en <abbr title=\"x\">x</abbr></details>\n");
        assert_eq!(rendered.problems, []);
    }

    #[test]
    fn remote_images_are_dropped_and_reported_with_their_line() {
        let rendered =
            to_html("Eerste regel.\n\n![kaart](https://tiles.example.org/a.png) ![foto](foto.jpg)");
        assert!(
            !rendered.html.contains("tiles.example.org"),
            "{}",
            rendered.html
        );
        assert!(rendered.html.contains("foto.jpg"), "{}", rendered.html);
        assert_eq!(
            rendered.problems,
            vec![Problem::RemoteSource {
                line: 3,
                source: "https://tiles.example.org/a.png".into()
            }]
        );
    }

    #[test]
    fn disguised_addresses_of_other_hosts_are_dropped() {
        for source in [
            "http:tracker.example/c.png",
            "/&#9;/tracker.example/g.png",
            " //tracker.example/i.png",
            "/\\tracker.example/k.png",
            "\\\\tracker.example/l.png",
            "//tracker.example/m.png",
            "https://tracker.example/n.png",
            "HTTPS://tracker.example/o.png",
        ] {
            let rendered = to_html(&format!("<img src=\"{source}\" alt=\"x\">"));
            assert!(
                !rendered.html.contains("tracker") && !rendered.html.contains("src="),
                "{source}: {}",
                rendered.html
            );
            assert_eq!(rendered.problems.len(), 1, "{source}");
        }
    }

    #[test]
    fn schemes_the_sanitiser_refuses_stay_out() {
        for source in [
            "data:image/png;base64,AAAA",
            "file:///etc/passwd",
            "javascript:x()",
        ] {
            let rendered = to_html(&format!("<img src=\"{source}\" alt=\"x\">"));
            assert!(
                !rendered.html.contains("src="),
                "{source}: {}",
                rendered.html
            );
        }
    }

    #[test]
    fn addresses_on_this_site_are_kept() {
        for source in [
            "foto.jpg",
            "/media/foto.jpg",
            "../foto.jpg",
            "./a/b.png",
            "foto.jpg?x=1",
        ] {
            let rendered = to_html(&format!("![foto]({source})"));
            assert!(
                rendered.html.contains("src="),
                "{source}: {}",
                rendered.html
            );
            assert!(rendered.problems.is_empty(), "{source}");
        }
    }

    #[test]
    fn links_to_other_sites_stay() {
        let html = html("[gemeente](https://www.leeuwarden.nl/)");
        assert!(
            html.contains("href=\"https://www.leeuwarden.nl/\""),
            "{html}"
        );
    }

    #[test]
    fn deep_quotes_stop_at_the_limit() {
        let rendered = to_html(&format!("Tekst\n\n{}", ">".repeat(100_000)));
        assert!(rendered.html.is_empty());
        assert_eq!(rendered.problems, vec![Problem::TooDeep { line: 3 }]);
    }

    #[test]
    fn deep_html_stops_at_the_limit() {
        let rendered = to_html(&"<div>".repeat(40_000));
        assert_eq!(rendered.problems, vec![Problem::TooDeep { line: 1 }]);
        let rendered = to_html(&"<span>".repeat(40_000));
        assert_eq!(rendered.problems, vec![Problem::TooDeep { line: 1 }]);
    }

    #[test]
    fn many_containers_on_one_line_stop_before_parsing() {
        for line in [
            "> - ".repeat(30_000),
            "1. ".repeat(50_000),
            "* ".repeat(50_000),
        ] {
            let rendered = to_html(&format!("Tekst\n\n{line}a\n"));
            assert_eq!(rendered.problems, vec![Problem::TooDeep { line: 3 }]);
        }
        assert_eq!(containers_opened("> > - 1. 2) * + tekst"), 7);
        assert_eq!(containers_opened("-5 graden, 1.5 meter"), 0);
        assert_eq!(containers_opened("2024. Een jaar"), 1);
    }

    #[test]
    fn nesting_under_the_limit_is_fine() {
        let quotes = format!("{} diep", ">".repeat(MAX_NESTING - 2));
        assert!(to_html(&quotes).problems.is_empty());
        // Unclosed paragraphs and list items do not nest.
        let html = "<ul>".to_string() + &"<li><p>punt ".repeat(5_000) + "</ul>";
        assert!(to_html(&html).problems.is_empty());
    }
}
