//! The theme: templates, static files and interface strings, built into the binary from
//! `themes/default/` and overridable file by file from the site's own `themes/<name>/`.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::limits::{MAX_THEME_STATIC_BYTES, MAX_THEME_TEXT_BYTES, MAX_THEME_TOTAL_BYTES};
use crate::load::read::decode_text;
use crate::load::walk::relative_path;
use crate::load::{files, yaml};
use crate::messages::Message;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(rust_embed::Embed)]
#[folder = "themes/default/"]
struct DefaultTheme;

/// Interface strings of one language, by key.
pub type Strings = BTreeMap<String, String>;

/// A theme with the site's overrides applied.
#[derive(Debug, Default)]
pub struct Theme {
    /// Template name (relative to `templates/`) to its source and where it came from.
    pub templates: BTreeMap<String, (String, String)>,
    /// Static files by path relative to `static/`.
    pub statics: BTreeMap<String, Vec<u8>>,
    /// Interface strings by language, with the default language filled in for missing keys.
    pub strings: BTreeMap<String, Strings>,
}

impl Theme {
    /// The built-in theme with `root/themes/<name>/` laid over it.
    pub fn load(root: &Path, name: &str, languages: &[String], diags: &mut Diagnostics) -> Theme {
        let mut theme = Theme::default();
        let mut raw_strings: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        for path in DefaultTheme::iter() {
            let Some(file) = DefaultTheme::get(&path) else {
                continue;
            };
            let bytes = file.data.into_owned();
            theme.add(
                &path,
                bytes,
                &format!("(built-in theme) {path}"),
                &mut raw_strings,
                diags,
            );
        }
        let site_theme = root.join("themes").join(name);
        if site_theme.is_dir() {
            // Through the one gate for the site's files: links out of the site are refused
            // (the theme folder itself included), and sizes are checked before reading.
            let (entries, problems) = files::walk(root, &site_theme, usize::MAX);
            for problem in problems {
                diags.push(Diagnostic::error(
                    &relative_path(root, &problem.path),
                    None,
                    problem.message,
                ));
            }
            let files: Vec<_> = entries.into_iter().filter(|e| !e.is_dir).collect();
            // The theme is held in memory whole: many files each under their limit must not
            // add up to gigabytes either. Sizes are summed before any file is read (links
            // out of the site are already gone), and again while reading, in case a file
            // grows meanwhile.
            // A file over its own limit is reported on its own and never read.
            let sizes: u64 = files
                .iter()
                .filter(|f| f.len <= file_limit(&relative_path(&site_theme, &f.path)).0)
                .map(|f| f.len)
                .fold(0, u64::saturating_add);
            let whole = |size: u64| {
                crate::msg!(
                    "theme-too-large",
                    size = size / (1024 * 1024),
                    limit = MAX_THEME_TOTAL_BYTES / (1024 * 1024)
                )
            };
            if sizes > MAX_THEME_TOTAL_BYTES {
                diags.push(Diagnostic::error(
                    &relative_path(root, &site_theme),
                    None,
                    whole(sizes),
                ));
                theme.merge_strings(raw_strings, languages);
                return theme;
            }
            let mut total: u64 = 0;
            for file in files.into_iter().map(|e| e.path) {
                let inside = relative_path(&site_theme, &file);
                let shown = relative_path(root, &file);
                let (limit, fix) = file_limit(&inside);
                let bytes = match files::read_path(root, &file, limit) {
                    Ok(bytes) => bytes,
                    Err(refusal) => {
                        diags.push(Diagnostic::error(&shown, None, refusal.message(fix)));
                        continue;
                    }
                };
                total += bytes.len() as u64;
                if total > MAX_THEME_TOTAL_BYTES {
                    diags.push(Diagnostic::error(
                        &relative_path(root, &site_theme),
                        None,
                        whole(total),
                    ));
                    break;
                }
                let bytes = if inside.starts_with("static/") {
                    bytes
                } else {
                    match decode_text(&shown, bytes, diags) {
                        Some(text) => text.into_bytes(),
                        None => continue,
                    }
                };
                theme.add(&inside, bytes, &shown, &mut raw_strings, diags);
            }
        } else if name != "default" {
            diags.push(Diagnostic::error(
                "site.yaml",
                None,
                crate::msg!("site-theme-folder-missing", theme = name),
            ));
        }
        theme.merge_strings(raw_strings, languages);
        theme
    }

    fn add(
        &mut self,
        path: &str,
        bytes: Vec<u8>,
        shown: &str,
        strings: &mut BTreeMap<String, Vec<(String, String)>>,
        diags: &mut Diagnostics,
    ) {
        if let Some(name) = path.strip_prefix("templates/") {
            match String::from_utf8(bytes) {
                Ok(text) => {
                    self.templates
                        .insert(name.to_string(), (text, shown.to_string()));
                }
                Err(_) => diags.push(Diagnostic::error(
                    shown,
                    None,
                    crate::msg!("theme-template-not-utf8"),
                )),
            }
        } else if let Some(name) = path.strip_prefix("static/") {
            self.statics.insert(name.to_string(), bytes);
        } else if let Some(file) = path.strip_prefix("i18n/") {
            let Some(language) = file.strip_suffix(".yaml") else {
                return;
            };
            let text = String::from_utf8_lossy(&bytes).into_owned();
            match read_strings(&text) {
                Ok(pairs) => strings
                    .entry(language.to_string())
                    .or_default()
                    .extend(pairs),
                Err((line, message)) => diags.push(Diagnostic::error(shown, Some(line), message)),
            }
        }
    }

    /// Every language gets every key: what a language lacks comes from Dutch, then English.
    fn merge_strings(
        &mut self,
        raw: BTreeMap<String, Vec<(String, String)>>,
        languages: &[String],
    ) {
        let collect = |language: &str| -> Strings {
            raw.get(language)
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .collect()
        };
        let fallback_chain = ["nl", "en"];
        for language in languages {
            let mut strings = Strings::new();
            for fallback in fallback_chain.iter().rev() {
                strings.extend(collect(fallback));
            }
            strings.extend(collect(language));
            self.strings.insert(language.clone(), strings);
        }
    }
}

/// The size limit of a theme's file (by its path inside the theme), and what to do about
/// a file over it.
fn file_limit(inside: &str) -> (u64, Message) {
    if inside.starts_with("static/") {
        (MAX_THEME_STATIC_BYTES, crate::msg!("theme-fix-smaller"))
    } else {
        (MAX_THEME_TEXT_BYTES, crate::msg!("file-fix-split"))
    }
}

/// A flat `key: text` YAML file.
fn read_strings(text: &str) -> Result<Vec<(String, String)>, (usize, Message)> {
    let node = yaml::parse(text, 1).map_err(|e| (e.line, e.message))?;
    let yaml::Value::Map(entries) = node.value else {
        return Err((1, crate::msg!("theme-strings-not-a-list")));
    };
    entries
        .into_iter()
        .map(|(k, v)| match (k.scalar(), v.scalar()) {
            (Some(key), Some(value)) => Ok((key.to_string(), value.to_string())),
            _ => Err((k.line, crate::msg!("theme-strings-line-not-key-text"))),
        })
        .collect()
}
