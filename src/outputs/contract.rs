//! The output contract: what every output (the open data, the pages, the theme's static
//! files, the site-wide files, the search index, the manifest, the service worker) offers,
//! so that `build` and the preview drive them all the same way through the one list in
//! [`super::registry`].

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::theme::Theme;
use crate::model::Site;
use crate::output::{OutputFile, Written};
use crate::resolve::urls::Urls;
use crate::resolve::Links;
use std::path::Path;
use tera::Tera;

/// The theme with its templates compiled: loaded once per build, and kept by the preview
/// while no theme file changes.
pub struct Compiled {
    pub theme: Theme,
    pub tera: Tera,
}

impl Compiled {
    /// Loads and compiles the theme `site` asks for; a broken theme adds its problems to
    /// `diags` and gives `None`.
    pub fn load(site: &Site, root: &Path, diags: &mut Diagnostics) -> Option<Compiled> {
        let theme = Theme::load(root, &site.config.theme, &site.config.languages, diags);
        let tera = crate::outputs::html::templates::compile(&theme, diags)?;
        (!diags.has_errors()).then_some(Compiled { theme, tera })
    }
}

/// What every output reads: the site, its addresses, the lookups between its items
/// (worked out once per site) and the compiled theme.
#[derive(Clone, Copy)]
pub struct Input<'a> {
    pub site: &'a Site,
    pub urls: &'a Urls,
    pub links: &'a Links<'a>,
    pub theme: &'a Theme,
    pub tera: &'a Tera,
}

/// Where an output hands its files, from any thread, as soon as each is made.
pub type Out<'o> = dyn Fn(OutputFile) + Sync + 'o;

/// Which other outputs' files an output reads. The registry lists every output after the
/// ones it needs (a unit test checks this), so a build that makes them in the registry's
/// order has the files ready.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Only the [`Input`].
    Nothing,
    /// The files of the outputs of these names (their [`Output::name`]).
    Files(&'static [&'static str]),
    /// The files of every other output; such an output comes last.
    AllFiles,
}

/// The files of the outputs an output [`Needs`], handed to it by whoever drives it: a build
/// passes what it recorded, the preview makes them when they are first asked for.
pub trait Earlier: Sync {
    /// Every file of the needed outputs, sorted by path.
    fn files(&self) -> Vec<Written>;
}

/// No files: for an output that needs none.
pub struct NoFiles;

impl Earlier for NoFiles {
    fn files(&self) -> Vec<Written> {
        Vec::new()
    }
}

/// An output's answer to "is the file at this path yours?"
pub enum Lookup {
    /// Not this output's file.
    No,
    /// This output's file, made on its own (a template that fails is an error).
    File(Result<OutputFile, Diagnostic>),
    /// Perhaps one of this output's files, which are made together: the preview makes them
    /// all once with [`Output::render`] and keeps them.
    Together,
}

/// The files an output writes, told without making them: what links in the texts may name
/// (`super::file_links`). A test compares it with what the output makes, so that the list
/// cannot drift from the files.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Listing {
    /// Each file's path inside the site, like `data/rooms.csv` or `fy/kamers/a/index.html`.
    pub files: Vec<String>,
    /// Folders (ending in `/`) all of whose files are this output's, for files whose names
    /// are known only once they are made (the search index's, named by their hashes).
    pub folders: Vec<String>,
}

impl Listing {
    /// These files, and no folder.
    pub fn files(files: impl IntoIterator<Item = String>) -> Listing {
        Listing {
            files: files.into_iter().collect(),
            folders: Vec::new(),
        }
    }
}

/// One output of the site. Adding an export or a page type is a type implementing this,
/// listed in [`super::registry`]; `build` and the preview then both make it.
pub trait Output: Sync {
    /// A short name, like `open data`, by which others name it in [`Needs::Files`].
    fn name(&self) -> &'static str;

    /// Which other outputs' files it reads.
    fn needs(&self) -> Needs {
        Needs::Nothing
    }

    /// Whether a build makes it on a thread of its own, beside the outputs after it in the
    /// registry, instead of in the shared thread pool: an output that waits on threads of
    /// its own would hold up one of the pool's workers while it waits.
    fn own_thread(&self) -> bool {
        false
    }

    /// Makes every file, handing each to `out` as soon as it is made. `earlier` gives the
    /// files of what it [`Needs`].
    fn render(
        &self,
        input: &Input,
        earlier: &dyn Earlier,
        out: &Out,
    ) -> Result<(), Vec<Diagnostic>>;

    /// The files it writes, told cheaply: without rendering or encoding them.
    fn listing(&self, input: &Input) -> Listing;

    /// Whether the file at `path` (like `kamers/a/index.html`) is this output's, made on
    /// its own where it can be. `earlier` is asked only when the file needs it. Without
    /// an answer of its own, any path may be one of its files, and the preview makes them
    /// all together once: always right, only slower for an output of many files.
    fn lookup(&self, _input: &Input, _earlier: &dyn Earlier, _path: &str) -> Lookup {
        Lookup::Together
    }
}
