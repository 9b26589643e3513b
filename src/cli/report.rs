//! How a run's problems are shown: as text with the line and a marker, as GitHub
//! annotations, or as JSON; and how many errors and warnings there were.

use clap::ValueEnum;
use mienskip::diagnostics::{Diagnostic, Severity};
use std::io::{IsTerminal, Write};
use std::path::{Component, Path};

/// How problems are reported.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `path:line: error: message` lines on standard error.
    Text,
    /// GitHub Actions annotations (`::error file=...,line=...::message`) on standard
    /// output, so problems show in a pull request beside the line; paths are given from
    /// the current folder, so run it in the repository's top folder.
    Github,
    /// A JSON array of { severity, path, line, message } on standard output.
    Json,
}

pub fn report(diagnostics: &[Diagnostic], format: Format, root: &Path) {
    match format {
        Format::Text => {
            let stderr = std::io::stderr();
            let styled = stderr.is_terminal();
            let mut out = stderr.lock();
            let _ = write!(out, "{}", mienskip::report::text(diagnostics, root, styled));
        }
        Format::Github => {
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            for d in diagnostics {
                let file = repository_path(root, &d.path);
                let _ = writeln!(out, "{}", d.github_annotation(file.as_deref()));
            }
        }
        Format::Json => {
            println!("{}", mienskip::diagnostics::to_json(diagnostics));
        }
    }
}

/// The path of a problem's file as GitHub knows it: from the current folder (the
/// repository's top folder in a workflow), with the site root in front. `None` for what
/// is not a file there (a missing file, the build date).
fn repository_path(root: &Path, path: &str) -> Option<String> {
    if path.is_empty() || !root.join(path).exists() {
        return None;
    }
    let root = if root.is_absolute() {
        let here = std::env::current_dir().ok()?;
        match root.strip_prefix(&here) {
            Ok(inside) => inside.to_path_buf(),
            Err(_) => root.to_path_buf(),
        }
    } else {
        root.to_path_buf()
    };
    let mut parts: Vec<String> = Vec::new();
    for component in root.components() {
        match component {
            Component::CurDir => {}
            Component::RootDir => parts.push(String::new()),
            other => parts.push(other.as_os_str().to_string_lossy().into_owned()),
        }
    }
    parts.push(path.to_string());
    Some(parts.join("/"))
}

pub fn summary(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    (errors, diagnostics.len() - errors)
}
