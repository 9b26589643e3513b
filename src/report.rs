//! Problems as an editor reads them in a terminal or a CI log: the one-line
//! `path:line:column: error: what; fix` (which editors and CI problem matchers pick up),
//! then the line of the file it is about with a marker under the spot, as compilers do.
//!
//! The snippet is drawn by `annotate-snippets` (the renderer rustc uses), in colour only
//! when standard error is a terminal. The file is read again through [`crate::load::files`],
//! so a problem can never make the report show a file outside the site root.

use std::collections::HashMap;
use std::path::Path;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::diagnostics::{Diagnostic, Severity};
use crate::limits::MAX_CONTENT_FILE_BYTES;
use crate::load::files;
use crate::text::escape::printable;

/// Lines longer than this are shown without their snippet: a 100-kilobyte line (minified
/// JSON, a pasted blob) would bury the message.
const MAX_SNIPPET_LINE_CHARS: usize = 300;

/// Every problem as text, each followed by its snippet when its file and line are known.
pub fn text(diagnostics: &[Diagnostic], root: &Path, styled: bool) -> String {
    let renderer = if styled {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut sources: HashMap<&str, Option<String>> = HashMap::new();
    let mut out = String::new();
    for diagnostic in diagnostics {
        out.push_str(&diagnostic.to_string());
        out.push('\n');
        let Some(line_number) = diagnostic.line else {
            continue;
        };
        let source = sources
            .entry(diagnostic.path.as_str())
            .or_insert_with(|| read_source(root, &diagnostic.path));
        let Some(line) = source
            .as_deref()
            .and_then(|text| text.lines().nth(line_number.saturating_sub(1)))
        else {
            continue;
        };
        if let Some(snippet) = snippet(&renderer, diagnostic, line, line_number) {
            out.push_str(&snippet);
            out.push('\n');
        }
    }
    out
}

fn read_source(root: &Path, path: &str) -> Option<String> {
    if path.is_empty() {
        return None;
    }
    let bytes = files::read(root, path, MAX_CONTENT_FILE_BYTES).ok()?;
    String::from_utf8(bytes).ok()
}

/// The line with a marker: under the column when it is known, else under the line's text.
fn snippet(
    renderer: &Renderer,
    diagnostic: &Diagnostic,
    line: &str,
    line_number: usize,
) -> Option<String> {
    let line = line.trim_end_matches('\r');
    if line.trim().is_empty() || line.chars().count() > MAX_SNIPPET_LINE_CHARS {
        return None;
    }
    // A line holding control characters is shown escaped, and then a column no longer
    // points at the same character: mark the whole line instead.
    let shown = printable(line);
    let column = diagnostic
        .column
        .filter(|_| shown.as_ref() == line)
        .filter(|&c| c >= 1 && c <= line.chars().count());
    let span = match column {
        Some(column) => {
            let start = line.char_indices().nth(column - 1).map_or(0, |(i, _)| i);
            let end = line[start..]
                .chars()
                .next()
                .map_or(start, |c| start + c.len_utf8());
            start..end
        }
        None => {
            let start = shown.len() - shown.trim_start().len();
            start..shown.trim_end().len()
        }
    };
    let level = match diagnostic.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let group = Group::with_level(level).element(
        Snippet::source(shown.as_ref())
            .line_start(line_number)
            .annotation(AnnotationKind::Primary.span(span)),
    );
    Some(renderer.render(&[group]).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(diagnostic: &Diagnostic, line: &str, number: usize) -> String {
        snippet(&Renderer::plain(), diagnostic, line, number).unwrap()
    }

    #[test]
    fn marks_the_column() {
        let d =
            Diagnostic::error("a.md", Some(12), crate::msg!("activity-why-closed")).at_column(7);
        let shown = render(&d, "name: 't Kamerke", 12);
        let lines: Vec<&str> = shown.lines().collect();
        let source = lines.iter().find(|l| l.contains("'t Kamerke")).unwrap();
        let marker = lines.iter().find(|l| l.contains('^')).unwrap();
        let quote = source.find('\'').unwrap();
        assert_eq!(marker.find('^'), Some(quote), "{shown}");
        assert!(source.starts_with("12"), "{shown}");
    }

    #[test]
    fn marks_the_whole_line_without_a_column() {
        let d = Diagnostic::error("a.md", Some(3), crate::msg!("activity-why-closed"));
        let shown = render(&d, "  status: opne", 3);
        let marker = shown.lines().find(|l| l.contains('^')).unwrap();
        assert_eq!(marker.matches('^').count(), "status: opne".len(), "{shown}");
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let d = Diagnostic::error("a.md", Some(1), crate::msg!("activity-why-closed")).at_column(3);
        let shown = render(&d, "a: \u{1b}[31mred\u{202e}", 1);
        assert!(
            !shown.contains('\u{1b}') && !shown.contains('\u{202e}'),
            "{shown:?}"
        );
    }
}
