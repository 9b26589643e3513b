//! What a key table is made of: a key with its type, need and Dutch help, and what
//! `mienskip new` writes for it.

/// One key of a mapping.
#[derive(Debug, Clone, Copy)]
pub struct Key {
    pub name: &'static str,
    pub ty: Type,
    pub need: Need,
    /// What to write, in Dutch, as `mienskip new` explains it.
    pub help: &'static str,
    /// What `mienskip new` writes for it besides the help text.
    pub new: NewFile,
}

/// What `mienskip new` writes for a key besides its help text (the comment beside the
/// key): nothing, unless a table line asks for more with [`Key::value`], [`Key::more`],
/// [`Key::examples`] or [`Key::breaks`].
#[derive(Debug, Clone, Copy)]
pub struct NewFile {
    /// The value a new file starts with; `{name}`, `{area}` and `{areas}` are filled in.
    pub value: &'static str,
    /// Words after the help text in the comment, like ", zoals:" before examples.
    pub more: &'static str,
    /// Lines under the key, commented out: examples to copy.
    pub examples: &'static [&'static str],
    /// Where a long comment goes on on the next line: before each of these words.
    pub breaks: &'static [&'static str],
}

impl Key {
    /// The value `mienskip new` writes (it must pass `mienskip check` as it is).
    pub(crate) const fn value(mut self, value: &'static str) -> Key {
        self.new.value = value;
        self
    }

    /// Words `mienskip new` adds to the help text in its comment.
    pub(crate) const fn more(mut self, more: &'static str) -> Key {
        self.new.more = more;
        self
    }

    /// Commented-out example lines `mienskip new` writes under the key.
    pub(crate) const fn examples(mut self, examples: &'static [&'static str]) -> Key {
        self.new.examples = examples;
        self
    }

    /// Where `mienskip new` lets a long comment go on on the next line: before each of
    /// these words (a key without them writes its comment on one line).
    pub(crate) const fn breaks(mut self, breaks: &'static [&'static str]) -> Key {
        self.new.breaks = breaks;
        self
    }
}

/// Whether a key must be there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Required,
    Optional,
    /// Required in some cases only (the help text says which); the loader checks it.
    Sometimes,
}

/// The kind of item an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Area,
    Room,
    Initiative,
    Organisation,
}

impl Target {
    /// The folder under content/ its files are in.
    pub fn folder(self) -> &'static str {
        match self {
            Target::Area => "areas",
            Target::Room => "rooms",
            Target::Initiative => "initiatives",
            Target::Organisation => "organisations",
        }
    }
}

/// What a key's value is.
#[derive(Debug, Clone, Copy)]
pub enum Type {
    /// One line (or paragraph) of text; a number is read as text too.
    Text,
    /// Text in the site's language, or a mapping of language code to text
    /// (`{ nl: ..., fy: ..., en: ... }`) with the site's language among them.
    PerLanguage,
    /// A full web address (https:// or http://).
    Url,
    /// `true` or `false`.
    Bool,
    /// `true` or `false`, where leaving the key out says a third thing: neither (a
    /// total's `in_kind` adds up the lines with inzet, without, or all of them). An editor
    /// must be able to leave it unsaid, so the form offers three choices.
    TriState,
    /// A whole number within the bounds.
    Integer(i64, i64),
    /// YYYY-MM-DD.
    Date,
    /// "HH:MM", 24-hour.
    Time,
    /// A list of day codes.
    Days,
    /// One of the words.
    Choice(&'static [&'static str]),
    /// The id of an item of the kind.
    Id(Target),
    /// A list of ids of items of the kind.
    Ids(Target),
    /// A list of text values (a single value counts as a list of one).
    TextList,
    /// A path of a file inside data/.
    File,
    /// `{ lat, lon }` in WGS84 degrees.
    Location,
    /// An amount in euros (at most two decimals).
    Money,
    /// A value per year (`{ 2024: ... }`) of the inner type.
    PerYear(&'static Type),
    /// A decimal number.
    Decimal,
    /// A language code, like nl.
    Language,
    /// A list of language codes.
    Languages,
    /// The background map: one of the words, or an https address with {z}, {x} and {y}.
    Tiles(&'static [&'static str]),
    /// A photo: a file the editor uploads into data/photos/.
    Photo,
    /// A mapping with these keys.
    Map(&'static Table),
    /// A list of mappings with these keys.
    List(&'static Table),
}

/// The keys of one mapping, in the order messages and `mienskip new` list them.
#[derive(Debug)]
pub struct Table {
    /// A short English name, for the schema's definitions (`room`, `activity`).
    pub name: &'static str,
    /// A Dutch title, for the editor's labels.
    pub title: &'static str,
    pub keys: &'static [Key],
}

impl Table {
    /// The names of the keys, in order: the loader's list of known keys.
    pub fn names(&self) -> Vec<&'static str> {
        self.keys.iter().map(|k| k.name).collect()
    }

    pub fn key(&self, name: &str) -> Option<&'static Key> {
        self.keys.iter().find(|k| k.name == name)
    }
}

/// A shorthand for the tables: `key("name", Type::Text, Need::Required, "...")`.
pub(crate) const fn key(name: &'static str, ty: Type, need: Need, help: &'static str) -> Key {
    Key {
        name,
        ty,
        need,
        help,
        new: NewFile {
            value: "",
            more: "",
            examples: &[],
            breaks: &[],
        },
    }
}
