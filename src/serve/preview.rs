//! The site as the preview serves it: the checked content and the compiled theme, with
//! each page rendered when it is first asked for and kept until the content changes. A
//! save therefore costs reading the changed file and checking the site again; only the
//! pages looked at afterwards are rendered, whatever the size of the site. Which files
//! exist and which output makes each is the registry's ([`crate::outputs::registry`]): the
//! preview asks its outputs in turn, and stands in only for the service worker.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::Site;
use crate::output::{Collect, Sink, Written};
use crate::outputs::registry::needed;
use crate::outputs::{pwa, registry, Earlier, Input, Lookup};
use crate::resolve::urls::Urls;
use crate::resolve::Links;
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};

/// What the request threads look files up in.
pub trait Source: Send + Sync {
    /// The file at `path` inside the site (like `kamers/a/index.html`), if there is one.
    fn get(&self, path: &str) -> Option<Arc<[u8]>>;
}

impl Source for HashMap<String, Arc<[u8]>> {
    fn get(&self, path: &str) -> Option<Arc<[u8]>> {
        HashMap::get(self, path).cloned()
    }
}

/// All files of one output, made together on first use (the open data, the search index,
/// the site-wide files), or the problems that stopped it.
type Group = Result<HashMap<String, Arc<[u8]>>, Vec<Diagnostic>>;

/// The theme with its templates compiled, kept from one preview to the next while no
/// theme file changes.
pub struct Compiled {
    compiled: crate::outputs::Compiled,
    /// What the theme was loaded for: the theme's name and the site's languages.
    key: (String, Vec<String>),
}

self_cell::self_cell!(
    /// The site with the lookups between its items, worked out once per preview.
    struct Linked {
        owner: Site,
        #[covariant]
        dependent: Links,
    }
);

/// A checked site, rendered on request.
pub struct Preview {
    linked: Linked,
    compiled: Arc<Compiled>,
    urls: Urls,
    rendered: Mutex<HashMap<String, Arc<[u8]>>>,
    /// By the output's position in the registry: its files, once one was asked for.
    groups: Vec<OnceLock<Group>>,
    /// By the output's position in the registry: what another output needs of it.
    written: Vec<OnceLock<Vec<Written>>>,
}

/// A stand-in for the published service worker: a preview must never be read from a
/// cache, or an editor would see yesterday's page. It removes any worker and cache that a
/// visit to the built site left on this address.
const PREVIEW_WORKER: &str = "// mienskip serve: no offline copy in the preview.\nself.addEventListener('install', () => self.skipWaiting());\nself.addEventListener('activate', (event) => event.waitUntil((async () => {\n  for (const key of await caches.keys()) await caches.delete(key);\n  await self.registration.unregister();\n})()));\n";

/// The files of the outputs one output needs, made by the preview when first asked for.
struct Lazy<'p> {
    preview: &'p Preview,
    input: &'p Input<'p>,
    needed: Vec<usize>,
}

impl Earlier for Lazy<'_> {
    fn files(&self) -> Vec<Written> {
        let mut files: Vec<Written> = self
            .needed
            .iter()
            .flat_map(|at| self.preview.written(self.input, *at).iter().cloned())
            .collect();
        files.sort();
        files
    }
}

impl Preview {
    /// Loads the theme for `site`; a broken theme adds its problems to `diags` and gives
    /// `None`.
    pub fn new(site: Site, root: &Path, diags: &mut Diagnostics) -> Option<Preview> {
        Preview::after(site, root, diags, None)
    }

    /// [`Preview::new`], taking the compiled theme from `previous` when it was loaded for
    /// the same theme and languages (the caller knows no theme file changed since).
    pub fn after(
        site: Site,
        root: &Path,
        diags: &mut Diagnostics,
        previous: Option<&Preview>,
    ) -> Option<Preview> {
        let key = (site.config.theme.clone(), site.config.languages.clone());
        let compiled = match previous.filter(|p| p.compiled.key == key) {
            Some(previous) => Arc::clone(&previous.compiled),
            None => {
                let compiled = crate::outputs::Compiled::load(&site, root, diags)?;
                Arc::new(Compiled { compiled, key })
            }
        };
        let urls = Urls::new(&site.config.base_url, &site.config.language);
        let outputs = registry().len();
        let preview = Preview {
            linked: Linked::new(site, |site| Links::new(site)),
            compiled,
            urls,
            rendered: Mutex::new(HashMap::new()),
            groups: (0..outputs).map(|_| OnceLock::new()).collect(),
            written: (0..outputs).map(|_| OnceLock::new()).collect(),
        };
        // Links to files the site does not have, as `check` and `build` warn about them.
        preview.with_input(|input| crate::outputs::file_links::check(input, diags));
        Some(preview)
    }

    /// Runs `f` with what every output reads.
    fn with_input<T>(&self, f: impl FnOnce(&Input) -> T) -> T {
        self.linked.with_dependent(|site, links| {
            let crate::outputs::Compiled { theme, tera } = &self.compiled.compiled;
            f(&Input {
                site,
                urls: &self.urls,
                links,
                theme,
                tera,
            })
        })
    }

    fn earlier<'p>(&'p self, input: &'p Input<'p>, at: usize) -> Lazy<'p> {
        Lazy {
            preview: self,
            input,
            needed: needed(registry(), at),
        }
    }

    /// Every file of the output at `at`, made on first use.
    fn group(&self, input: &Input, at: usize) -> &Group {
        self.groups[at].get_or_init(|| {
            let files = Collect::default();
            let earlier = self.earlier(input, at);
            registry()[at].render(input, &earlier, &|file| files.put(file))?;
            Ok(files
                .into_files()
                .into_iter()
                .map(|f| (f.path, Arc::from(f.bytes)))
                .collect())
        })
    }

    /// What the files of the output at `at` are, for an output that needs them.
    fn written(&self, input: &Input, at: usize) -> &[Written] {
        self.written[at].get_or_init(|| {
            let mut written: Vec<Written> = match self.group(input, at) {
                Ok(files) => files
                    .iter()
                    .map(|(path, bytes)| Written {
                        path: path.clone(),
                        size: bytes.len() as u64,
                        hash: xxhash_rust::xxh3::xxh3_64(bytes),
                    })
                    .collect(),
                Err(_) => Vec::new(),
            };
            written.sort();
            written
        })
    }

    /// Makes the file at `path`: asks every output of the registry whether it is theirs,
    /// making a file on its own where its output can, and otherwise the files of the
    /// outputs it may belong to, each once. A page whose template fails to render gives
    /// the error as the page.
    fn make(&self, path: &str) -> Option<Arc<[u8]>> {
        if path == pwa::WORKER {
            return Some(Arc::from(PREVIEW_WORKER.as_bytes()));
        }
        self.with_input(|input| {
            let mut together = Vec::new();
            for (at, output) in registry().iter().enumerate() {
                match output.lookup(input, &self.earlier(input, at), path) {
                    Lookup::No => {}
                    Lookup::File(Ok(file)) => return Some(Arc::from(file.bytes)),
                    Lookup::File(Err(problem)) => {
                        let page = super::inject::no_site_page(std::slice::from_ref(&problem), 0);
                        return Some(Arc::from(page));
                    }
                    Lookup::Together => together.push(at),
                }
            }
            together
                .into_iter()
                .find_map(|at| self.group(input, at).as_ref().ok()?.get(path).cloned())
        })
    }
}

impl Source for Preview {
    fn get(&self, path: &str) -> Option<Arc<[u8]>> {
        if let Some(bytes) = self
            .rendered
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(path)
        {
            return Some(Arc::clone(bytes));
        }
        let bytes = self.make(path)?;
        self.rendered
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path.to_string(), Arc::clone(&bytes));
        Some(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn preview(root: &Path, build_time: jiff::Timestamp) -> Preview {
        let checked =
            crate::check_cached(root, &mut crate::load::LoadCache::new(), Some(build_time));
        let mut diags = Diagnostics::new();
        Preview::new(
            checked.site.expect("the fixture is valid"),
            root,
            &mut diags,
        )
        .expect("the theme compiles")
    }

    /// Every file of a full build is served by the preview with the same bytes, except the
    /// service worker, which the preview replaces on purpose; and nothing else is.
    #[test]
    fn serves_what_a_build_writes() {
        let build_time = jiff::Timestamp::from_second(1_763_856_000).unwrap();
        for name in ["minimal", "complete", "open-data"] {
            let root = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures")
                .join(name);
            let built =
                crate::render_cached(&root, &mut crate::load::LoadCache::new(), Some(build_time))
                    .files
                    .expect("the fixture builds");
            let preview = preview(&root, build_time);
            for file in &built {
                let served = preview.get(&file.path);
                if file.path == pwa::WORKER {
                    assert!(served.is_some_and(|b| b.starts_with(b"// mienskip serve")));
                    continue;
                }
                let served = served.unwrap_or_else(|| panic!("{name}: {} is served", file.path));
                assert!(
                    *served == *file.bytes,
                    "{name}: {} differs from the build",
                    file.path
                );
            }
            for path in [
                "bestaat/niet.html",
                "kamers/bestaat-niet/index.html",
                "data/bestaat-niet.csv",
                "pagefind/bestaat-niet.json",
                "zz/index.html",
            ] {
                assert!(preview.get(path).is_none(), "{name}: {path} is served");
            }
        }
    }

    /// A page is made without the open data or the search index; the open-data page makes
    /// the open data (for the sizes of its files), and only a file of the search index
    /// makes the index.
    #[test]
    fn makes_only_what_is_asked_for() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/complete");
        let preview = preview(&root, jiff::Timestamp::from_second(1_763_856_000).unwrap());
        let position = |name: &str| {
            registry()
                .iter()
                .position(|o| o.name() == name)
                .expect("a registered output")
        };
        let made = |name: &str| preview.groups[position(name)].get().is_some();
        assert!(preview.get("index.html").is_some());
        assert!(preview.get("kamers/index.html").is_some());
        assert!(preview.get(pwa::MANIFEST).is_some());
        assert!(!made("open data") && !made("search index") && !made("pages"));
        let open_data = preview
            .get("open-data/index.html")
            .expect("the open-data page");
        assert!(made("open data") && !made("search index"));
        assert!(String::from_utf8_lossy(&open_data).contains("rooms.csv"));
        assert!(preview.get("pagefind/pagefind-entry.json").is_some());
        assert!(made("search index") && !made("pages"));
    }
}
