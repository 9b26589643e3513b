//! Reading one file: its text (inside the site root, size-limited, UTF-8), the front
//! matter and Markdown body of a content file, and the item or translation it holds.

use super::fields::{Fields, Reader};
use super::PendingTranslation;
use super::{budgets, files, frontmatter, items, yaml, FrontMatter, Job, Kind, Loaded};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::{Body, Translation};
use std::path::Path;
use yaml::Node;

use crate::limits::MAX_CONTENT_FILE_BYTES;

/// Reads a text file of the site through [`files::read`], refusing one outside the site
/// root, larger than `limit` bytes, or not UTF-8.
pub fn read_text(
    root: &Path,
    relative: &str,
    limit: u64,
    diags: &mut Diagnostics,
) -> Option<String> {
    match files::read(root, relative, limit) {
        Ok(bytes) => decode_text(relative, bytes, diags),
        Err(refusal) => {
            diags.push(Diagnostic::error(
                relative,
                None,
                refusal.message(crate::msg!("file-fix-split")),
            ));
            None
        }
    }
}

/// The text of a file read as bytes, or an error (with the line) if it is not UTF-8.
pub fn decode_text(relative: &str, bytes: Vec<u8>, diags: &mut Diagnostics) -> Option<String> {
    match String::from_utf8(bytes) {
        // Some Windows editors start UTF-8 files with a byte-order mark; it is not content.
        Ok(text) => Some(match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => text,
        }),
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
            diags.push(Diagnostic::error(
                relative,
                Some(line),
                crate::msg!("file-not-utf8"),
            ));
            None
        }
    }
}

/// Splits a Markdown file and parses its front matter, reporting what prevents either.
pub fn read_front_matter(text: &str, reader: &mut Reader) -> Option<FrontMatter> {
    let split = match frontmatter::split(text) {
        Ok(split) => split,
        Err(e) => {
            reader.error(e.line, e.message);
            return None;
        }
    };
    let mut node = reader.parse_yaml(split.yaml, split.yaml_line)?;
    if node.is_null() {
        node = Node {
            value: yaml::Value::Map(Vec::new()),
            line: 1,
        };
    }
    // A missing key is reported on the opening `---`.
    node.line = 1;
    let body = markdown_body(split.body, split.body_line, reader);
    Some(FrontMatter { node, body })
}

/// A body with its sanitised HTML, what the sanitiser refused reported at its line.
fn markdown_body(markdown: &str, first_line: usize, reader: &mut Reader) -> Body {
    use crate::load::markdown::{to_html, Problem, MAX_NESTING};
    let rendered = to_html(markdown);
    let site_links = rendered
        .site_links
        .into_iter()
        .map(|link| crate::model::BodyLink {
            line: first_line + link.line - 1,
            ..link
        })
        .collect();
    for problem in rendered.problems {
        match problem {
            Problem::TooDeep { line } => reader.error(
                first_line + line - 1,
                crate::msg!("body-too-deep", limit = MAX_NESTING),
            ),
            Problem::RemovedHtml {
                line,
                element,
                attribute,
            } => reader.warning(
                first_line + line - 1,
                match attribute {
                    None => crate::msg!(
                        "body-html-removed",
                        element = crate::diagnostics::quote_value(&element)
                    ),
                    Some(attribute) => crate::msg!(
                        "body-html-attribute-removed",
                        attribute = crate::diagnostics::quote_value(&attribute),
                        element = crate::diagnostics::quote_value(&element)
                    ),
                },
            ),
            Problem::RemoteSource { line, source } => reader.warning(
                first_line + line - 1,
                crate::msg!(
                    "body-remote-picture",
                    source = crate::diagnostics::quote_value(&source)
                ),
            ),
        }
    }
    Body {
        markdown: markdown.to_string(),
        html: rendered.html,
        site_links,
    }
}

pub(super) fn load_one(
    root: &Path,
    relative: &str,
    job: &Job,
    languages: &[String],
) -> (Option<Loaded>, Reader) {
    let (loaded, reader, _) = load_one_digested(root, relative, job, languages);
    (loaded, reader)
}

/// [`load_one`], with a digest of the file's text (`None` if it could not be read), by
/// which a preview tells a changed file from one that was only saved again.
pub(super) fn load_one_digested(
    root: &Path,
    relative: &str,
    job: &Job,
    languages: &[String],
) -> (Option<Loaded>, Reader, Option<u64>) {
    let mut reader = Reader::new(relative);
    let Some(text) = read_text(root, relative, MAX_CONTENT_FILE_BYTES, &mut reader.diags) else {
        return (None, reader, None);
    };
    let digest = Some(xxhash_rust::xxh3::xxh3_64(text.as_bytes()));
    let loaded = match job {
        Job::Budget { id } => budgets::read(&text, id, &mut reader).map(Loaded::Budget),
        Job::Markdown { kind, id, language } => {
            read_front_matter(&text, &mut reader).and_then(|fm| match language {
                Some(language) => read_translation(*kind, id, language, languages, fm, &mut reader)
                    .map(Loaded::Translation),
                None => items::read(*kind, id, fm, &mut reader),
            })
        }
    };
    (loaded, reader, digest)
}

/// Reads the text of a content file `<id>.md` of `kind`, as a build would (front matter
/// split, YAML, every key, schedules included): whether an item was read, and every
/// problem found. For fuzzing and tests.
pub fn read_item_text(kind: Kind, id: &str, text: &str) -> (bool, Vec<Diagnostic>) {
    let mut reader = Reader::new(&format!("content/{}/{id}.md", kind.folder()));
    let loaded =
        read_front_matter(text, &mut reader).and_then(|fm| items::read(kind, id, fm, &mut reader));
    (loaded.is_some(), reader.diags.sorted())
}

fn read_translation(
    kind: Kind,
    id: &str,
    language: &str,
    // The site's languages, main one first; empty when site.yaml could not be read.
    languages: &[String],
    front_matter: FrontMatter,
    reader: &mut Reader,
) -> Option<PendingTranslation> {
    let extra: Vec<&str> = languages.iter().skip(1).map(String::as_str).collect();
    // No languages at all: site.yaml has errors of its own, reported first; a message
    // here would only repeat them, once for every translation.
    if !languages.is_empty() && !extra.contains(&language) {
        let message = if extra.is_empty() {
            crate::msg!("translation-no-extra-languages", language = language)
        } else {
            crate::msg!(
                "translation-language-not-listed",
                language = language,
                listed = extra.join(", ")
            )
        };
        reader.error(1, message);
        return None;
    }
    let name_key = kind.name_key();
    let place = crate::msg!("place-translation");
    let fields: Fields = reader.fields(&front_matter.node, place, &[name_key, "summary"])?;
    Some(PendingTranslation {
        kind,
        id: id.to_string(),
        language: language.to_string(),
        translation: Translation {
            path: reader.path.clone(),
            name: reader.opt_text(&fields, name_key),
            summary: reader.summary(&fields),
            body: (!front_matter.body.markdown.trim().is_empty()).then_some(front_matter.body),
        },
    })
}
