//! Problems found in a site, each pointing at a file and line, collected so that one run
//! reports all of them.

use std::fmt;

/// How bad a problem is: errors stop the build, warnings are only shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem: where it is, what is wrong and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the site root, with `/` separators.
    pub path: String,
    /// 1-based line; `None` when the problem concerns the whole file.
    pub line: Option<usize>,
    pub message: String,
}

impl Diagnostic {
    pub fn error(path: &str, line: Option<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.to_string(),
            line,
            message: message.into(),
        }
    }

    pub fn warning(path: &str, line: Option<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            path: path.to_string(),
            line,
            message: message.into(),
        }
    }

    fn sort_key(&self) -> (&str, usize, Severity, &str) {
        (
            &self.path,
            self.line.unwrap_or(0),
            self.severity,
            &self.message,
        )
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.line {
            Some(line) => write!(f, "{}:{}: {}: {}", self.path, line, label, self.message),
            None => write!(f, "{}: {}: {}", self.path, label, self.message),
        }
    }
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

    pub fn error(&mut self, path: &str, line: usize, message: impl Into<String>) {
        self.push(Diagnostic::error(path, Some(line), message));
    }

    pub fn warning(&mut self, path: &str, line: usize, message: impl Into<String>) {
        self.push(Diagnostic::warning(path, Some(line), message));
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
        Some(candidate) => format!("; did you mean `{candidate}`?"),
        None => String::new(),
    }
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
        all.error("b.md", 3, "x");
        all.error("a.md", 9, "y");
        all.error("a.md", 2, "z");
        let sorted = all.sorted();
        let order: Vec<_> = sorted.iter().map(|d| (d.path.as_str(), d.line)).collect();
        assert_eq!(
            order,
            [("a.md", Some(2)), ("a.md", Some(9)), ("b.md", Some(3))]
        );
    }
}
