//! The copy of a budget's source (`source_file`), read through [`super::files`] (never
//! outside the site root, at most [`MAX_SOURCE_FILE_BYTES`]) and checked to be what its
//! name says: a PDF, an office file (a ZIP) or UTF-8 text. It is published as it is,
//! beside the open data (`outputs::data`).

use super::files::{self, Refusal};
use super::Sources;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::limits::MAX_SOURCE_FILE_BYTES;
use crate::messages::Message;
use crate::model::{source_file_kind, Budget, SourceDocument};
use std::path::Path;
use std::sync::Arc;

/// Reads and checks the copy of every budget's source into the budget; each problem is
/// reported at the budget's `source_file` line.
pub fn load_source_files(root: &Path, sources: &mut Sources, diags: &mut Diagnostics) {
    for budget in &mut sources.budgets {
        budget.source_document = read(root, budget, diags).map(Arc::new);
    }
}

fn read(root: &Path, budget: &Budget, diags: &mut Diagnostics) -> Option<SourceDocument> {
    let file = budget.source_file.as_deref()?;
    // A name the loader refused (outside data/, a kind not published) is reported there.
    if !files::is_relative_inside(file) {
        return None;
    }
    let (extension, media_type, magic) = source_file_kind(file)?;
    let problem = |problem: Message| {
        Diagnostic::error(
            &budget.path,
            Some(budget.source_file_line),
            crate::msg!(
                "budget-source-file-problem",
                file = file,
                problem = problem.text()
            ),
        )
    };
    let bytes = match files::read(root, &format!("data/{file}"), MAX_SOURCE_FILE_BYTES) {
        Ok(bytes) => bytes,
        Err(Refusal::Missing) => {
            diags.push(problem(crate::msg!("budget-source-file-missing")));
            return None;
        }
        Err(refusal) => {
            diags.push(problem(
                refusal.message(crate::msg!("budget-source-file-fix-size")),
            ));
            return None;
        }
    };
    let fits = match magic {
        Some(start) => bytes.starts_with(start),
        None => std::str::from_utf8(&bytes).is_ok(),
    };
    if !fits {
        diags.push(problem(crate::msg!(
            "budget-source-file-not-kind",
            kind = extension
        )));
        return None;
    }
    Some(SourceDocument {
        bytes: Arc::from(bytes),
        media_type,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::budgets::read_budget_text;

    fn budget_naming(file: &str) -> Budget {
        let text = format!(
            "title: T\nsource: S\nsource_file: {file}\nlines:\n  - {{ item: A, amounts: {{ 2024: 1 }} }}\n"
        );
        let (budget, diags) = read_budget_text(&text, "b");
        assert!(diags.is_empty(), "{diags:?}");
        budget.unwrap()
    }

    fn problems(root: &Path, file: &str) -> (Option<SourceDocument>, Vec<String>) {
        let budget = budget_naming(file);
        let mut diags = Diagnostics::new();
        let read = read(root, &budget, &mut diags);
        let found = diags
            .sorted()
            .iter()
            .map(|d| {
                assert_eq!(d.line, Some(3));
                d.message.text()
            })
            .collect();
        (read, found)
    }

    #[test]
    fn reads_a_copy_that_is_what_its_name_says() {
        let root = tempfile::tempdir().unwrap();
        let docs = root.path().join("data/documents");
        std::fs::create_dir_all(&docs).unwrap();
        std::fs::write(docs.join("brief.txt"), "Kopie van de brief.\n").unwrap();
        std::fs::write(docs.join("plan.pdf"), b"%PDF-1.7\n...").unwrap();
        std::fs::write(docs.join("nep.pdf"), b"<html><script>").unwrap();
        std::fs::write(docs.join("latin1.txt"), b"caf\xe9").unwrap();
        let (copy, found) = problems(root.path(), "documents/brief.txt");
        assert!(found.is_empty(), "{found:?}");
        let copy = copy.unwrap();
        assert_eq!(&*copy.bytes, b"Kopie van de brief.\n");
        assert_eq!(copy.media_type, "text/plain");
        let (copy, found) = problems(root.path(), "documents/plan.pdf");
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(copy.unwrap().media_type, "application/pdf");
        for (file, kind) in [
            ("documents/nep.pdf", "pdf"),
            ("documents/latin1.txt", "txt"),
        ] {
            let (copy, found) = problems(root.path(), file);
            assert!(copy.is_none());
            assert_eq!(found.len(), 1, "{found:?}");
            assert!(
                found[0].starts_with(&format!(
                    "`source_file` noemt data/{file}: de inhoud is geen {kind}-bestand"
                )),
                "{found:?}"
            );
        }
        let (copy, found) = problems(root.path(), "documents/weg.pdf");
        assert!(copy.is_none());
        assert!(found[0].contains("dat bestand bestaat niet"), "{found:?}");
    }
}
