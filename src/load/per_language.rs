//! A site text written once or per language: `title: Buurtkamers` (the site's language) or
//! `title: { nl: Buurtkamers, fy: Buertkeamers }`, every code a language of the site and
//! the site's own among them.

use super::fields::{Fields, Reader};
use super::yaml::Value;
use std::collections::BTreeMap;

/// The text in the site's language and its translations by code; `None` when the key is
/// absent or wrong (then the problem is recorded).
pub fn read(
    r: &mut Reader,
    fields: &Fields,
    key: &str,
    language: &str,
    languages: &[String],
) -> Option<(String, BTreeMap<String, String>)> {
    let node = fields.get(key)?;
    let entries = match &node.value {
        Value::Map(entries) => entries,
        Value::Scalar { .. } => return r.text(node, key).map(|text| (text, BTreeMap::new())),
        _ => {
            r.error(
                fields.line_of(key),
                crate::msg!("per-language-not-text", key = key),
            );
            return None;
        }
    };
    let mut own = None;
    let mut translations = BTreeMap::new();
    // Only the site's languages (at most MAX_LANGUAGES) get here, so the search for a
    // repeated one stays short however long the mapping is.
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for (code_node, text_node) in entries {
        let code = code_node.scalar().unwrap_or_default();
        if !languages.iter().any(|l| l == code) {
            let (shown, all) = (crate::diagnostics::quote_value(code), languages.join(", "));
            #[rustfmt::skip]
            let message = crate::msg!("per-language-unknown-language", key = key, code = shown, languages = all);
            r.error(code_node.line, message);
            continue;
        }
        if let Some((_, first)) = seen.iter().find(|(c, _)| *c == code) {
            r.error(
                code_node.line,
                crate::msg!("per-language-twice", key = key, code = code, first = *first),
            );
            continue;
        }
        seen.push((code, code_node.line));
        // `en:` with nothing after it is an empty text, not a wrong type.
        let text = if text_node.is_null() {
            String::new()
        } else {
            match r.text(text_node, key) {
                Some(text) => text,
                None => continue,
            }
        };
        if text.is_empty() {
            r.error(
                code_node.line,
                crate::msg!("per-language-empty", key = key, code = code),
            );
        } else if code == language {
            own = Some(text);
        } else {
            translations.insert(code.to_string(), text);
        }
    }
    if own.is_none() && !seen.iter().any(|(c, _)| *c == language) {
        r.error(
            fields.line_of(key),
            crate::msg!("per-language-own-missing", key = key, language = language),
        );
    }
    Some((own?, translations))
}
