//! The site's own texts (title, description) in the language a page asks for, falling back
//! to the site's language with that language named, so the page can mark it with `lang`.

use super::Config;
use std::collections::BTreeMap;

/// A text of the site in the language a page asks for, with the language it is really in:
/// the site's own where no translation exists, which the page then marks with `lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InLanguage<'a> {
    pub text: &'a str,
    pub lang: &'a str,
}

impl Config {
    /// The site's title in `language`, or in the site's language where it has none.
    pub fn title_in(&self, language: &str) -> InLanguage<'_> {
        in_language(
            &self.title,
            &self.title_translations,
            language,
            &self.language,
        )
    }

    /// The site's description in `language`, or in the site's language where it has none.
    pub fn description_in(&self, language: &str) -> Option<InLanguage<'_>> {
        let own = self.description.as_deref()?;
        Some(in_language(
            own,
            &self.description_translations,
            language,
            &self.language,
        ))
    }
}

fn in_language<'a>(
    own: &'a str,
    translations: &'a BTreeMap<String, String>,
    language: &str,
    site_language: &'a str,
) -> InLanguage<'a> {
    match translations.get_key_value(language) {
        Some((code, text)) => InLanguage { text, lang: code },
        None => InLanguage {
            text: own,
            lang: site_language,
        },
    }
}
