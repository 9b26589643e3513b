//! Reading a site root: the public types of what is read, and the `load` entry that finds
//! every content file (`walk`), reads and checks each one in parallel (`read`), from
//! `cache` where a file did not change, and returns the parsed items with all the
//! problems found.

pub mod budgets;
mod cache;
pub mod config;
pub mod contact;
pub mod fields;
pub mod files;
pub mod frontmatter;
pub mod geo;
pub mod history;
pub mod items;
pub mod markdown;
pub mod per_language;
pub mod photo;
mod read;
pub mod source_file;
pub mod theme;
mod walk;
pub mod yaml;
mod yaml_mistakes;

pub use cache::LoadCache;
pub use read::{decode_text, read_front_matter, read_item_text, read_text};
pub use walk::{relative_path, suggest_id};

use crate::diagnostics::Diagnostics;
use crate::model::{Area, Body, Budget, Config, Initiative, Organisation, Page, Room, Translation};
use std::path::Path;
use std::sync::Arc;
use yaml::Node;

use crate::limits::MAX_CONTENT_FILE_BYTES;

/// The kinds of Markdown content, each in its own folder under `content/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Room,
    Area,
    Initiative,
    Organisation,
    Page,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Room,
        Kind::Area,
        Kind::Initiative,
        Kind::Organisation,
        Kind::Page,
    ];

    pub fn folder(self) -> &'static str {
        match self {
            Kind::Room => "rooms",
            Kind::Area => "areas",
            Kind::Initiative => "initiatives",
            Kind::Organisation => "organisations",
            Kind::Page => "pages",
        }
    }

    /// The key that holds the item's name: `name` or `title`.
    pub fn name_key(self) -> &'static str {
        match self {
            Kind::Initiative | Kind::Page => "title",
            _ => "name",
        }
    }
}

/// Everything read from the site root, before references between files are checked.
#[derive(Debug, Default)]
pub struct Sources {
    pub config: Option<Config>,
    pub rooms: Vec<Arc<Room>>,
    pub areas: Vec<Area>,
    pub initiatives: Vec<Arc<Initiative>>,
    pub organisations: Vec<Arc<Organisation>>,
    pub pages: Vec<Page>,
    pub budgets: Vec<Budget>,
    pub translations: Vec<PendingTranslation>,
    /// Every reference to another file, from every file, even those with errors.
    pub references: Vec<FileReference>,
    /// The ids of every content file found, loaded or not, by kind.
    pub ids: std::collections::BTreeMap<Kind, std::collections::BTreeSet<String>>,
    /// The site's Git history (empty outside a full clone).
    pub history: Arc<crate::model::history::History>,
}

/// A reference written in a file: `key: id` on a line.
#[derive(Debug, Clone)]
pub struct FileReference {
    pub path: String,
    pub key: String,
    pub reference: crate::model::Ref,
}

/// A translation file, waiting to be attached to the item it translates.
#[derive(Debug, Clone)]
pub struct PendingTranslation {
    pub kind: Kind,
    pub id: String,
    pub language: String,
    pub translation: Translation,
}

#[derive(Clone)]
enum Loaded {
    Room(Arc<Room>),
    Area(Area),
    Initiative(Arc<Initiative>),
    Organisation(Arc<Organisation>),
    Page(Page),
    Budget(Budget),
    Translation(PendingTranslation),
}

/// A file found under the site root and what it should hold.
#[derive(Debug, Clone)]
enum Job {
    Markdown {
        kind: Kind,
        id: String,
        language: Option<String>,
    },
    Budget {
        id: String,
    },
}

/// Reads the whole site root. Problems in one file never stop the others from being read.
pub fn load(root: &Path) -> (Sources, Diagnostics) {
    load_with(root, None, &|_, _| {}, true)
}

/// [`load`], telling `progress` how many of how many files have been read.
pub fn load_with_progress(
    root: &Path,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> (Sources, Diagnostics) {
    load_with(root, None, progress, true)
}

/// Like [`load`], but takes from `cache` what was read from a file before, when the file
/// has not changed since (same size and modification time), and keeps what it reads
/// there for the next run; `progress` hears how many of how many files have been read.
/// This is what makes a rebuild in `mienskip serve` re-read only the files that changed.
pub fn load_cached(
    root: &Path,
    cache: &mut LoadCache,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> (Sources, Diagnostics) {
    load_with(root, Some(cache), progress, true)
}

/// Reads a site root without its Git history: the files of a `data-*` tag, laid out in a
/// temporary folder, whose dates come from the history of the repository they came from.
pub fn load_tree(root: &Path) -> (Sources, Diagnostics) {
    load_with(root, None, &|_, _| {}, false)
}

/// A Markdown file split and its front matter parsed.
pub struct FrontMatter {
    pub node: Node,
    pub body: Body,
}

fn load_with(
    root: &Path,
    mut cache: Option<&mut LoadCache>,
    progress: &(dyn Fn(usize, usize) + Sync),
    with_history: bool,
) -> (Sources, Diagnostics) {
    let mut diags = Diagnostics::new();
    let config = config::load(root, &mut diags);
    // Nothing else is in `diags` yet: any error is site.yaml's own.
    let config_ok = !diags.has_errors();
    let found = match cache.as_deref().and_then(|c| c.known_files(root)) {
        Some(found) => found,
        None => {
            let mut walk_diags = Diagnostics::new();
            let jobs = walk::find_files(root, &mut walk_diags);
            std::sync::Arc::new((jobs, walk_diags))
        }
    };
    diags.extend(found.1.clone());
    if let Some(cache) = cache.as_deref_mut() {
        cache.found = Some(std::sync::Arc::clone(&found));
    }
    let jobs = &found.0;
    // The basemap belongs to the configuration: read on every run (it is one small file),
    // and a change to it changes every map, like a change to site.yaml.
    let mut config = config;
    let mut basemap_hash = 0;
    if let Some(config) = config.as_mut() {
        if let Some((file, line)) = config.map_basemap.clone() {
            let (basemap, hash) = geo::load_basemap(root, &file, line, &mut diags);
            config.basemap = basemap.map(std::sync::Arc::new);
            basemap_hash = hash;
        }
    }
    let config_digest = cache.as_deref().map(|_| {
        files::read(root, "site.yaml", MAX_CONTENT_FILE_BYTES)
            .map(|bytes| xxhash_rust::xxh3::xxh3_64(&bytes) ^ basemap_hash.rotate_left(1))
            .unwrap_or(0)
    });
    // No languages when site.yaml has errors (a misspelt `languages`, say): translation
    // files are then not checked against a list that may be wrong; site.yaml's own errors
    // say what to fix.
    let languages: Vec<String> = config
        .as_ref()
        .filter(|_| config_ok)
        .map(|c| c.languages.clone())
        .unwrap_or_default();

    let mut ids: std::collections::BTreeMap<Kind, std::collections::BTreeSet<String>> =
        Default::default();
    for (_, job) in jobs {
        if let Job::Markdown {
            kind,
            id,
            language: None,
        } = job
        {
            ids.entry(*kind).or_default().insert(id.clone());
        }
    }
    let results = cache::load_jobs(root, jobs, &languages, cache.as_deref_mut(), progress);

    let mut sources = Sources {
        config,
        ids,
        ..Sources::default()
    };
    for (loaded, reader) in results {
        diags.extend(reader.diags);
        let path = reader.path;
        sources
            .references
            .extend(
                reader
                    .references
                    .into_iter()
                    .map(|(key, reference)| FileReference {
                        path: path.clone(),
                        key,
                        reference,
                    }),
            );
        match loaded {
            Some(Loaded::Room(x)) => sources.rooms.push(x),
            Some(Loaded::Area(x)) => sources.areas.push(x),
            Some(Loaded::Initiative(x)) => sources.initiatives.push(x),
            Some(Loaded::Organisation(x)) => sources.organisations.push(x),
            Some(Loaded::Page(x)) => sources.pages.push(x),
            Some(Loaded::Budget(x)) => sources.budgets.push(x),
            Some(Loaded::Translation(x)) => sources.translations.push(x),
            None => {}
        }
    }
    if let Some(cache) = cache.as_deref_mut() {
        // site.yaml is read on every run; a change to it changes the whole site.
        if config_digest != cache.config_digest {
            cache.changed += 1;
            cache.config_digest = config_digest;
        }
    }
    // The preview rebuilds on every save: it leaves out the versions of `data-*` tags,
    // which are whole sites of their own to load, and the warnings about missing history,
    // which are about what a build publishes.
    let preview = cache.is_some();
    cache::load_outlines_cached(root, &mut sources.areas, &mut diags, cache);
    photo::load_photos(root, &mut sources, &mut diags);
    source_file::load_source_files(root, &mut sources, &mut diags);
    let window = sources
        .config
        .as_ref()
        .map(|c| c.changes)
        .unwrap_or_default();
    if with_history {
        sources.history = Arc::new(history::read(root, window, preview, &mut diags));
    }
    (sources, diags)
}
