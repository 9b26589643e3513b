//! Problems found in a site, each pointing at a file and line, collected so that one run
//! reports all of them.

use crate::messages::Message;
use crate::text::escape::{self, printable};
use std::fmt;

/// How bad a problem is: errors stop the build, warnings are only shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem: where it is, what is wrong and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the site root, with `/` separators.
    pub path: String,
    /// 1-based line; `None` when the problem concerns the whole file.
    pub line: Option<usize>,
    /// 1-based column (in characters) of the spot on that line, when it is known.
    pub column: Option<usize>,
    /// What is wrong and how to fix it, put into words when shown.
    pub message: Message,
    /// A warning made an error by `--strict`; the text says so.
    pub strict: bool,
}

impl Diagnostic {
    pub fn error(path: &str, line: Option<usize>, message: impl Into<Message>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.to_string(),
            line,
            column: None,
            message: message.into(),
            strict: false,
        }
    }

    pub fn warning(path: &str, line: Option<usize>, message: impl Into<Message>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            path: path.to_string(),
            line,
            column: None,
            message: message.into(),
            strict: false,
        }
    }

    /// What is wrong and how to fix it, in the language of the run.
    pub fn text(&self) -> String {
        let mut text = self.message.text();
        if self.strict {
            text.push(' ');
            text.push_str(&crate::msg!("diagnostic-strict-warning").text());
        }
        text
    }

    /// The same problem, pointing at a column of its line.
    pub fn at_column(mut self, column: usize) -> Self {
        self.column = Some(column);
        self
    }

    /// By file, then line; `site.yaml` first, since every other check depends on it and
    /// its errors must not disappear below the others (GitHub shows only the first few).
    fn sort_key(&self) -> (bool, &str, usize, usize, Severity, &Message) {
        (
            self.path != "site.yaml",
            &self.path,
            self.line.unwrap_or(0),
            self.column.unwrap_or(0),
            self.severity,
            &self.message,
        )
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = self.severity.label();
        let path = printable(&self.path);
        let text = self.text();
        let message = printable(&text);
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "{path}:{line}:{column}: {label}: {message}"),
            (Some(line), None) => write!(f, "{path}:{line}: {label}: {message}"),
            _ => write!(f, "{path}: {label}: {message}"),
        }
    }
}

impl Severity {
    /// `fout` or `waarschuwing` (`error`, `warning`), in the language of the run.
    pub fn label(self) -> String {
        match self {
            Severity::Error => crate::msg!("severity-error").text(),
            Severity::Warning => crate::msg!("severity-warning").text(),
        }
    }
}

/// A value from the content as a message quotes it: at most 80 characters, so that a
/// 100-kilobyte value cannot bury the message.
pub fn quote_value(text: &str) -> String {
    const MAX: usize = 80;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let mut short: String = text.chars().take(MAX - 1).collect();
    short.push('…');
    short
}

/// A collection of problems for one file, or for a whole run.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn error(&mut self, path: &str, line: usize, message: impl Into<Message>) {
        self.push(Diagnostic::error(path, Some(line), message));
    }

    pub fn warning(&mut self, path: &str, line: usize, message: impl Into<Message>) {
        self.push(Diagnostic::warning(path, Some(line), message));
    }

    /// An error at a line and column.
    pub fn error_at(
        &mut self,
        path: &str,
        line: usize,
        column: usize,
        message: impl Into<Message>,
    ) {
        self.push(Diagnostic::error(path, Some(line), message).at_column(column));
    }

    /// A warning at a line and column.
    pub fn warning_at(
        &mut self,
        path: &str,
        line: usize,
        column: usize,
        message: impl Into<Message>,
    ) {
        self.push(Diagnostic::warning(path, Some(line), message).at_column(column));
    }

    /// Makes every warning an error (`--strict`), saying so in its message.
    pub fn promote_warnings(&mut self) {
        promote_warnings(&mut self.items);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn error_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The problems in a stable order (by file, then line), so output is deterministic
    /// whatever order the parallel loaders finished in.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        self.items.dedup();
        self.items
    }
}

/// Makes every warning an error (`--strict`), saying so in its message.
pub fn promote_warnings(diagnostics: &mut [Diagnostic]) {
    for item in diagnostics {
        if item.severity == Severity::Warning {
            item.severity = Severity::Error;
            item.strict = true;
        }
    }
}

/// The closest candidate to a misspelt word, if one is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let word_lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|candidate| {
            (
                strsim::damerau_levenshtein(&word_lower, candidate),
                candidate,
            )
        })
        .filter(|(distance, candidate)| {
            let limit = (candidate.chars().count().max(word.chars().count()) / 3).max(1);
            *distance <= limit
        })
        .min_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(b.1)))
        .map(|(_, candidate)| candidate)
}

/// `; did you mean `x`?` or nothing.
pub fn suggestion<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    match did_you_mean(word, candidates) {
        Some(candidate) => crate::msg!("did-you-mean", candidate = candidate).text(),
        None => String::new(),
    }
}

impl Diagnostic {
    /// This problem as a GitHub Actions workflow command (an annotation on the pull
    /// request): `::error file=PATH,line=N,title=mienskip::MESSAGE`, or `::warning ...`.
    ///
    /// `file` is the path as the repository knows it (the site root may be a folder in
    /// it); `None` when the problem is not about a file in the repository, and then the
    /// path is kept in the message so that nothing is lost.
    pub fn github_annotation(&self, file: Option<&str>) -> String {
        let command = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut properties = Vec::new();
        let message = match file {
            Some(file) => {
                properties.push(format!("file={}", escape::github_property(file)));
                if let Some(line) = self.line {
                    properties.push(format!("line={line}"));
                }
                if let Some(column) = self.column {
                    properties.push(format!("col={column}"));
                }
                self.text()
            }
            None => match self.line {
                Some(line) => format!("{}:{}: {}", self.path, line, self.text()),
                None => format!("{}: {}", self.path, self.text()),
            },
        };
        properties.push("title=mienskip".to_string());
        format!(
            "::{command} {}::{}",
            properties.join(","),
            escape::github_data(&message)
        )
    }
}

/// One problem as the JSON output gives it.
#[derive(serde::Serialize)]
struct JsonDiagnostic<'a> {
    severity: Severity,
    path: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    /// The message's id in the catalogue (`messages/*/…ftl`, `docs/foutmeldingen.md`),
    /// the same in every language, for tools that act on a kind of problem.
    id: &'static str,
    message: String,
}

/// The problems as a JSON array of `{ "severity", "path", "line", "column", "id", "message" }`
/// objects (`line` is `null` for a problem with the whole file, `column` when not known),
/// one object per line.
pub fn to_json(diagnostics: &[Diagnostic]) -> String {
    if diagnostics.is_empty() {
        return "[]".to_string();
    }
    let items: Vec<String> = diagnostics
        .iter()
        .map(|d| {
            let json = JsonDiagnostic {
                severity: d.severity,
                path: &d.path,
                line: d.line,
                column: d.column,
                id: d.message.id,
                message: d.text(),
            };
            serde_json::to_string(&json).expect("a diagnostic is plain data")
        })
        .collect();
    format!("[\n  {}\n]", items.join(",\n  "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_keys_only() {
        assert_eq!(did_you_mean("nmae", ["name", "kind", "area"]), Some("name"));
        assert_eq!(
            did_you_mean("opening_hour", ["opening_hours", "opened"]),
            Some("opening_hours")
        );
        assert_eq!(did_you_mean("colour", ["name", "kind"]), None);
    }

    #[test]
    fn sorts_by_file_then_line() {
        let mut all = Diagnostics::new();
        all.error("b.md", 3, crate::msg!("did-you-mean", candidate = "x"));
        all.error("a.md", 9, crate::msg!("did-you-mean", candidate = "y"));
        all.error("a.md", 2, crate::msg!("did-you-mean", candidate = "z"));
        all.error("site.yaml", 4, crate::msg!("did-you-mean", candidate = "w"));
        let sorted = all.sorted();
        let order: Vec<_> = sorted.iter().map(|d| (d.path.as_str(), d.line)).collect();
        assert_eq!(
            order,
            [
                ("site.yaml", Some(4)),
                ("a.md", Some(2)),
                ("a.md", Some(9)),
                ("b.md", Some(3))
            ]
        );
    }

    #[test]
    fn github_annotations_escape_what_github_requires() {
        let d = Diagnostic::error(
            "content/rooms/a,b:c.md",
            Some(3),
            crate::msg!("place-key", key = "100% wrong\nline two\r"),
        );
        assert_eq!(
            d.github_annotation(Some("site/content/rooms/a,b:c.md")),
            "::error file=site/content/rooms/a%2Cb%3Ac.md,line=3,title=mienskip::`100%25 wrong%0Aline two%0D`"
        );
        let w = Diagnostic::warning("x.md", None, crate::msg!("place-key", key = "a: b, c"));
        assert_eq!(
            w.github_annotation(Some("x.md")),
            "::warning file=x.md,title=mienskip::`a: b, c`"
        );
        assert_eq!(
            w.github_annotation(None),
            "::warning title=mienskip::x.md: `a: b, c`"
        );
    }

    #[test]
    fn content_values_cannot_start_a_line_or_steer_the_terminal() {
        let d = Diagnostic::error(
            "content/rooms/a.md",
            Some(2),
            crate::msg!(
                "did-you-mean",
                candidate = "x\n::add-mask::secret\r\n\u{1b}[31mred\u{202e}txet"
            ),
        );
        let text = d.to_string();
        assert_eq!(text.lines().count(), 1, "{text}");
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{202e}'),
            "{text}"
        );
        assert_eq!(
            text,
            "content/rooms/a.md:2: fout: ; bedoel je `x\\u{a}::add-mask::secret\\u{d}\\u{a}\\u{1b}[31mred\\u{202e}txet`?"
        );
        let annotation = d.github_annotation(Some("content/rooms/a.md"));
        assert_eq!(annotation.lines().count(), 1, "{annotation}");
        assert!(!annotation.contains('\u{1b}'), "{annotation}");
    }

    #[test]
    fn long_values_are_shortened() {
        assert_eq!(quote_value("kort"), "kort");
        let long = quote_value(&"a".repeat(1000));
        assert_eq!(long.chars().count(), 80);
        assert!(long.ends_with('…'));
    }

    #[test]
    fn json_is_an_array_of_objects() {
        assert_eq!(to_json(&[]), "[]");
        let all = [
            Diagnostic::error(
                "a.md",
                Some(2),
                crate::msg!("did-you-mean", candidate = "\"hi\""),
            )
            .at_column(5),
            Diagnostic::warning("b.md", None, crate::msg!("severity-warning")),
        ];
        let parsed: serde_json::Value = serde_json::from_str(&to_json(&all)).unwrap();
        assert_eq!(
            parsed,
            serde_json::json!([
                { "severity": "error", "path": "a.md", "line": 2, "column": 5, "id": "did-you-mean", "message": "; bedoel je `\"hi\"`?" },
                { "severity": "warning", "path": "b.md", "line": null, "column": null, "id": "severity-warning", "message": "waarschuwing" }
            ])
        );
    }
}
