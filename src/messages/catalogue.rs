//! The message catalogues, built into the binary: one Fluent bundle per language, made
//! from every `.ftl` file in `messages/<code>/`.

use super::{Arg, Language, Message};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::LazyLock;

#[derive(rust_embed::RustEmbed)]
#[folder = "messages/"]
pub(super) struct Files;

type Bundle = FluentBundle<FluentResource>;

/// The `.ftl` files of one language, by name, so that sections keep their numbered order.
pub(super) fn sources(language: Language) -> Vec<(String, String)> {
    let prefix = format!("{}/", language.code());
    let mut files: Vec<(String, String)> = Files::iter()
        .filter(|name| name.starts_with(&prefix) && name.ends_with(".ftl"))
        .filter_map(|name| {
            let file = Files::get(&name)?;
            let text = String::from_utf8_lossy(&file.data).into_owned();
            Some((name.to_string(), text))
        })
        .collect();
    files.sort();
    files
}

fn bundle(language: Language) -> Bundle {
    let tag: unic_langid::LanguageIdentifier = language
        .code()
        .parse()
        .expect("a language code is a valid tag");
    let mut bundle = Bundle::new_concurrent(vec![tag]);
    // Isolation marks around every value would reach the terminal and CI annotations as
    // invisible characters; messages are one direction (left to right) anyway.
    bundle.set_use_isolating(false);
    for (name, text) in sources(language) {
        // A catalogue that does not parse is a mistake in mienskip, caught by the unit
        // tests; what does parse is still used.
        let resource = match FluentResource::try_new(text) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        if let Err(errors) = bundle.add_resource(resource) {
            debug_assert!(errors.is_empty(), "{name}: {errors:?}");
        }
    }
    bundle
}

static BUNDLES: LazyLock<Vec<Bundle>> =
    LazyLock::new(|| Language::ALL.into_iter().map(bundle).collect());

fn bundle_for(language: Language) -> &'static Bundle {
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    &BUNDLES[index]
}

fn fluent_args(message: &Message) -> FluentArgs<'_> {
    let mut args = FluentArgs::new();
    for (name, value) in &message.args {
        match value {
            Arg::Text(text) => args.set(*name, FluentValue::from(text.as_str())),
            Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
        }
    }
    args
}

/// The message in words in `language`, or in Dutch if that catalogue lacks it, or (a
/// mistake in mienskip, which the unit tests catch) its id and arguments.
pub(super) fn format(language: Language, message: &Message) -> String {
    let args = fluent_args(message);
    for bundle in [bundle_for(language), bundle_for(Language::Dutch)] {
        if let Some(pattern) = bundle.get_message(message.id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&args), &mut errors)
                .into_owned();
        }
    }
    let mut text = message.id.to_string();
    for (name, value) in &message.args {
        match value {
            Arg::Text(t) => text.push_str(&format!(" {name}={t}")),
            Arg::Number(n) => text.push_str(&format!(" {name}={n}")),
        }
    }
    text
}

/// Formatting problems of `message` in `language` (a missing id, an argument the text uses
/// but the code does not give), for the tests.
#[cfg(test)]
pub(super) fn problems(language: Language, message: &Message) -> Vec<String> {
    let bundle = bundle_for(language);
    let Some(pattern) = bundle.get_message(message.id).and_then(|m| m.value()) else {
        return vec![format!(
            "no message `{}` in {}",
            message.id,
            language.code()
        )];
    };
    let args = fluent_args(message);
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&args), &mut errors);
    errors
        .iter()
        .map(|e| format!("{}: {e}", message.id))
        .collect()
}
