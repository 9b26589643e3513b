//! Every message mienskip shows (problems in the content, what a command did) as an id
//! with arguments, put into words by the catalogue (`messages/<language>/*.ftl`, Fluent)
//! in the language of the run: Dutch unless `--lang` or the site's `language` says
//! otherwise.

mod catalogue;
pub mod reference;

use std::sync::atomic::{AtomicU8, Ordering};

/// A language messages can be shown in. Another language is a folder of `.ftl` files under
/// `messages/` and a variant here; a message it lacks is shown in Dutch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    Dutch,
    English,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Dutch, Language::English];

    /// The language code, which names the catalogue folder.
    pub fn code(self) -> &'static str {
        match self {
            Language::Dutch => "nl",
            Language::English => "en",
        }
    }

    /// The language of a code (`nl`, `en`; also `nl-NL`-style tags), if messages exist in it.
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }
}

/// The language of this run. Messages are put into words only when shown, so the command
/// line sets it once (from `--lang` or the site's `language`) before anything is shown.
static LANGUAGE: AtomicU8 = AtomicU8::new(0);

pub fn set_language(language: Language) {
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    LANGUAGE.store(index as u8, Ordering::Relaxed);
}

pub fn language() -> Language {
    Language::ALL
        .get(LANGUAGE.load(Ordering::Relaxed) as usize)
        .copied()
        .unwrap_or_default()
}

/// A value a message names: text from the content (a key, a value, a path) or a count,
/// which the catalogue may use to choose between singular and plural.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(text: std::borrow::Cow<'_, str>) -> Self {
        Arg::Text(text.into_owned())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(usize, u64, u32, u16, u8, i64, i32);

/// One message: its id in the catalogue and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub const fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// The same message with one more argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The message in words, in the language of the run.
    pub fn text(&self) -> String {
        self.text_in(language())
    }

    /// The message in words in `language` (in Dutch where that catalogue lacks it).
    pub fn text_in(&self, language: Language) -> String {
        catalogue::format(language, self)
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text())
    }
}

/// A message from the catalogue: `msg!("room-unknown-area", area = id, known = list)`.
/// Every id written this way is checked against both catalogues by a unit test.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

#[cfg(test)]
mod tests;
