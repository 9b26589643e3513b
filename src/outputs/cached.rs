//! The keys of the build cache (`--cache DIR`, stored by [`crate::output::cache`]) and the
//! two places it is used: a whole output (the open data, the search index, ...) is taken
//! from the cache when everything it reads is unchanged, and a page when everything its
//! template sees is unchanged.
//!
//! Why a hit is exact. Every key is SHA-256 (content is untrusted: no one can make two
//! inputs share a key) of the program itself (a hash of its executable: two builds of one
//! version may render differently) and:
//! - for a whole output: its name, the [`Theme`] (every template, static file and
//!   translation, byte for byte), the whole resolved [`Site`] (its `Debug` text, which
//!   holds every field, the build moment, the Git history and the data versions among them,
//!   plus the bytes of every photo and of every copy of a budget's source, which `Debug`
//!   shortens), and the path, size and hash of every earlier output's file it reads. An
//!   output reads nothing else: its [`Input`] is made from the site and the theme alone,
//!   and no output reads the environment, the clock or the disk. (The earlier files are themselves made from the site, the theme and the
//!   program, so their 64-bit hashes add no weakness: they only make the key plainly whole);
//! - for a page: the theme, the template's name and the whole context the template is
//!   rendered with (the language's common part, the page's own data, its path, dates,
//!   alternates and address, as JSON). The template functions Tera keeps read only their
//!   arguments (`outputs::html::templates`), so the page is a function of these.

use super::contract::{Earlier, Input, Out, Output};
use crate::diagnostics::Diagnostic;
use crate::load::theme::Theme;
use crate::model::Site;
use crate::output::cache::{Cache, Key, Replay};
use crate::output::OutputFile;
use sha2::{Digest, Sha256};
use std::sync::{Arc, RwLock};

/// Feeds text and bytes into SHA-256.
struct Hasher(Sha256);

impl Hasher {
    fn new(kind: &str) -> Hasher {
        let mut hasher = Hasher(Sha256::new());
        hasher.part(kind.as_bytes());
        hasher
    }

    /// One part, its length first, so that no two lists of parts hash alike.
    fn part(&mut self, bytes: &[u8]) {
        self.0.update((bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
    }

    fn key(self) -> Key {
        self.0.finalize().into()
    }
}

impl std::fmt::Write for Hasher {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.update(s.as_bytes());
        Ok(())
    }
}

impl std::io::Write for Hasher {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The running program, by the XXH3-128 of its executable (trusted, so a fast hash will
/// do); `None` when it cannot be read, and then nothing is taken from the cache.
fn program_key() -> Option<u128> {
    use std::io::Read;
    let mut file = std::fs::File::open(std::env::current_exe().ok()?).ok()?;
    // Read in pieces: the executable is large, and need not be in memory at once.
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    let mut buffer = vec![0u8; 1 << 20];
    loop {
        match file.read(&mut buffer) {
            Ok(0) => return Some(hasher.digest128()),
            Ok(n) => hasher.update(&buffer[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
}

/// Everything of the theme (templates, static files and translations) and the program.
fn theme_key(program: u128, theme: &Theme) -> Key {
    let mut hasher = Hasher::new("theme");
    hasher.part(env!("CARGO_PKG_VERSION").as_bytes());
    hasher.part(&program.to_le_bytes());
    for (name, (source, shown)) in &theme.templates {
        for part in [name, source, shown] {
            hasher.part(part.as_bytes());
        }
    }
    for (path, bytes) in &theme.statics {
        hasher.part(path.as_bytes());
        hasher.part(bytes);
    }
    let strings = format!("{:?}", theme.strings);
    hasher.part(strings.as_bytes());
    hasher.key()
}

/// Everything of the resolved site, the data versions' sites included.
fn site_key(site: &Site) -> Key {
    use std::fmt::Write;
    let mut hasher = Hasher::new("site");
    let _ = write!(hasher, "{site:?}");
    let mut sites = vec![site];
    sites.extend(site.versions.iter().map(|v| &*v.site));
    for site in sites {
        let photos = site.rooms.iter().map(|r| &r.photo);
        for photo in photos.chain(site.initiatives.iter().map(|i| &i.photo)) {
            if let Some(source) = photo.as_ref().and_then(|p| p.source.as_ref()) {
                hasher.part(&source.bytes);
            }
        }
        // The copies of the budgets' sources, published as they are (`Debug` shortens them too).
        for budget in &site.budgets {
            if let Some(document) = &budget.source_document {
                hasher.part(&document.bytes);
            }
        }
    }
    hasher.key()
}

/// The cache of one build and the keys of what all its outputs read.
pub struct Build {
    cache: Arc<Cache>,
    theme: Key,
    site: Key,
}

impl Build {
    /// The keys of this build; `None` (no cache) when the program cannot be read.
    pub fn new(cache: Arc<Cache>, site: &Site, theme: &Theme) -> Option<Build> {
        let Some(program) = program_key() else {
            cache.note(crate::msg!("build-cache-no-program").text());
            return None;
        };
        Some(Build {
            cache,
            theme: theme_key(program, theme),
            site: site_key(site),
        })
    }
}

/// The cache the pages of the running build use; `None` outside a build with `--cache`
/// (the preview, the tests). One slot for the process rather than a handle passed through
/// every view: the pages are made deep inside `outputs::html`, and only `build` sets it.
static PAGES: RwLock<Option<(Arc<Cache>, Key)>> = RwLock::new(None);

/// Sets (or clears) the cache the pages of this build use.
pub fn use_for_pages(build: Option<&Build>) {
    *PAGES.write().unwrap_or_else(|e| e.into_inner()) =
        build.map(|b| (Arc::clone(&b.cache), b.theme));
}

/// Renders `output` through the cache: its files come from the cache when everything it
/// reads is unchanged, else it is made and its files are stored as they come.
pub fn render(
    output: &dyn Output,
    input: &Input,
    earlier: &dyn Earlier,
    out: &Out,
    build: Option<&Build>,
) -> Result<(), Vec<Diagnostic>> {
    let Some(build) = build else {
        return output.render(input, earlier, out);
    };
    let mut hasher = Hasher::new("output");
    hasher.part(output.name().as_bytes());
    // The theme's key holds the program's.
    hasher.part(&build.theme);
    hasher.part(&build.site);
    for file in earlier.files() {
        hasher.part(file.path.as_bytes());
        hasher.part(&file.size.to_le_bytes());
        hasher.part(&file.hash.to_le_bytes());
    }
    let key = hasher.key();
    let handed = match build
        .cache
        .replay(&key, &mut |path, bytes| out(OutputFile::new(path, bytes)))
    {
        Replay::Done => return Ok(()),
        Replay::Missing => Default::default(),
        Replay::Partly(handed) => handed,
    };
    // Made again; a file already handed on from the cache was checked and is the same.
    let pending = build.cache.pending(&key);
    output.render(input, earlier, &|file: OutputFile| {
        pending.add(&file.path, &file.bytes);
        if !handed.contains(&file.path) {
            out(file);
        }
    })?;
    pending.commit();
    Ok(())
}

/// The key of one page, built up from what its template will see.
pub struct PageKey {
    hasher: Hasher,
    cache: Arc<Cache>,
}

/// A page's key once complete: its file comes from the cache, or is stored there.
pub struct PageEntry {
    key: Key,
    cache: Arc<Cache>,
}

// A page's file is stored once: the output it is part of refers to it (`Cache::get_page`).

impl PageKey {
    /// Starts the key of a page rendered with `template` from the language's `common`
    /// context (hashed once per thread and language into `common_key`) and the page's
    /// `data`; `None` when no cache is in use.
    pub fn start(
        common_key: &mut Option<Key>,
        common: &tera::Context,
        template: &str,
        data: &serde_json::Value,
    ) -> Option<PageKey> {
        let (cache, theme) = PAGES.read().unwrap_or_else(|e| e.into_inner()).clone()?;
        let common = *common_key.get_or_insert_with(|| {
            let mut hasher = Hasher::new("common");
            let _ = serde_json::to_writer(&mut hasher, &common.clone().into_json());
            hasher.key()
        });
        let mut hasher = Hasher::new("page");
        hasher.part(&theme);
        hasher.part(template.as_bytes());
        hasher.part(&common);
        let mut key = PageKey { hasher, cache };
        key.add(data);
        Some(key)
    }

    /// Adds one more value the template sees.
    pub fn add(&mut self, value: &impl serde::Serialize) {
        // JSON never holds a raw control character: the separator keeps values apart.
        let _ = serde_json::to_writer(&mut self.hasher, value);
        self.hasher.0.update([0u8]);
    }

    pub fn finish(self) -> PageEntry {
        PageEntry {
            key: self.hasher.key(),
            cache: self.cache,
        }
    }
}

impl PageEntry {
    /// The page at `path` (its file in the site) as the cache has it.
    pub fn get(&self, path: &str) -> Option<String> {
        String::from_utf8(self.cache.get_page(&self.key, path)?).ok()
    }

    /// Stores the page made, at `path`, for the next build.
    pub fn put(&self, path: &str, html: &str) {
        self.cache.put_page(&self.key, path, html.as_bytes());
    }
}
