//! The site as the preview serves it: the checked content and the compiled theme, with
//! each page rendered when it is first asked for and kept until the content changes. A
//! save therefore costs reading the changed file and checking the site again; only the
//! pages looked at afterwards are rendered, whatever the size of the site.

use crate::diagnostics::Diagnostics;
use crate::load::theme::Theme;
use crate::model::Site;
use crate::output::{OutputFile, Written};
use crate::outputs::html::pages::{Page, Pages};
use crate::outputs::html::templates;
use crate::outputs::html::views::Viewer;
use crate::outputs::{open_data, pwa, search, site_files};
use crate::resolve::urls::Urls;
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

/// Files made together on first use: the open data, the search index, the site-wide files.
type Group = HashMap<String, Arc<[u8]>>;

fn group(files: Vec<OutputFile>) -> Group {
    files
        .into_iter()
        .map(|f| (f.path, Arc::from(f.bytes)))
        .collect()
}

/// The theme with its templates compiled, kept from one preview to the next while no
/// theme file changes.
pub struct Compiled {
    theme: Theme,
    tera: tera::Tera,
    /// What the theme was loaded for: the theme's name and the site's languages.
    key: (String, Vec<String>),
}

/// A checked site, rendered on request.
pub struct Preview {
    site: Site,
    compiled: Arc<Compiled>,
    urls: Urls,
    rendered: Mutex<HashMap<String, Arc<[u8]>>>,
    exports: OnceLock<(Group, open_data::OpenDataView)>,
    search: OnceLock<Result<Group, String>>,
    site_files: OnceLock<Group>,
}

/// A stand-in for the published service worker: a preview must never be read from a
/// cache, or an editor would see yesterday's page. It removes any worker and cache that a
/// visit to the built site left on this address.
const PREVIEW_WORKER: &str = "// mienskip serve: no offline copy in the preview.\nself.addEventListener('install', () => self.skipWaiting());\nself.addEventListener('activate', (event) => event.waitUntil((async () => {\n  for (const key of await caches.keys()) await caches.delete(key);\n  await self.registration.unregister();\n})()));\n";

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
                let theme = Theme::load(root, &site.config.theme, &site.config.languages, diags);
                let tera = templates::compile(&theme, diags)?;
                if diags.has_errors() {
                    return None;
                }
                Arc::new(Compiled { theme, tera, key })
            }
        };
        let urls = Urls::new(&site.config.base_url, &site.config.language);
        Some(Preview {
            site,
            compiled,
            urls,
            rendered: Mutex::new(HashMap::new()),
            exports: OnceLock::new(),
            search: OnceLock::new(),
            site_files: OnceLock::new(),
        })
    }

    /// The page at `file` (like `fy/kamers/a/index.html`): its language's position and page.
    fn route(&self, file: &str) -> Option<(usize, Page)> {
        let config = &self.site.config;
        let (language, inside) = config
            .languages
            .iter()
            .enumerate()
            .filter(|(_, l)| **l != config.language)
            .find_map(|(i, l)| file.strip_prefix(&format!("{l}/")).map(|rest| (i, rest)))
            .or_else(|| {
                let default = config
                    .languages
                    .iter()
                    .position(|l| *l == config.language)?;
                Some((default, file))
            })?;
        let path = match inside.strip_suffix("index.html") {
            Some(folder) if folder.is_empty() || folder.ends_with('/') => folder,
            _ if inside == "404.html" => inside,
            _ => return None,
        };
        // Finding a page needs no lookups between items.
        let no_links = crate::resolve::Links::default();
        let viewer = Viewer {
            site: &self.site,
            urls: &self.urls,
            language: &config.languages[language],
            links: &no_links,
        };
        let Compiled { theme, tera, .. } = &*self.compiled;
        let page = Pages::new(viewer, theme, tera, None).find(path)?;
        Some((language, page))
    }

    /// Runs `f` with the pages of the language at position `language`, over lookups made
    /// for this call.
    fn with_pages<T>(&self, language: usize, f: impl FnOnce(&Pages) -> T) -> T {
        let links = crate::resolve::Links::new(&self.site);
        let Compiled { theme, tera, .. } = &*self.compiled;
        let open_data = self.exports.get().map(|(_, view)| view);
        let viewer = Viewer {
            site: &self.site,
            urls: &self.urls,
            language: &self.site.config.languages[language],
            links: &links,
        };
        f(&Pages::new(viewer, theme, tera, open_data))
    }

    fn exports(&self) -> &(Group, open_data::OpenDataView) {
        self.exports.get_or_init(|| {
            let files = crate::outputs::data::render_to_vec(&self.site, &self.urls);
            let sizes = files
                .iter()
                .map(|f| (f.path.clone(), f.bytes.len()))
                .collect();
            let view = open_data::view(&self.site, &self.urls, &sizes);
            (group(files), view)
        })
    }

    /// Renders one page; a template that fails to render gives the error as the page.
    fn render_page(&self, language: usize, page: Page) -> Arc<[u8]> {
        if page == Page::OpenData {
            self.exports();
        }
        let result = self.with_pages(language, |pages| pages.render(page));
        match result {
            Ok(file) => Arc::from(file.bytes),
            Err(problem) => Arc::from(super::inject::no_site_page(
                std::slice::from_ref(&problem),
                0,
            )),
        }
    }

    fn static_file(&self, path: &str) -> Option<Arc<[u8]>> {
        if !crate::outputs::publishes_static(&self.site, path) {
            return None;
        }
        self.compiled
            .theme
            .statics
            .get(path)
            .map(|b| Arc::from(b.as_slice()))
    }

    fn worker_or_manifest(&self, path: &str) -> Option<Arc<[u8]>> {
        if path == pwa::WORKER {
            return Some(Arc::from(PREVIEW_WORKER.as_bytes()));
        }
        if path != pwa::MANIFEST {
            return None;
        }
        // The manifest only needs to know which icons the theme has.
        let statics: Vec<Written> = self
            .compiled
            .theme
            .statics
            .iter()
            .map(|(path, bytes)| Written::of(&OutputFile::new(path.clone(), bytes.clone())))
            .collect();
        pwa::render(&self.site, &self.urls, &statics)
            .into_iter()
            .find(|f| f.path == pwa::MANIFEST)
            .map(|f| Arc::from(f.bytes))
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
        let made = if let Some((language, page)) = self.route(path) {
            Some(self.render_page(language, page))
        } else if path.starts_with(search::BUNDLE_DIR) {
            let bundle = self
                .search
                .get_or_init(|| search::render(&self.site, &self.urls).map(group));
            bundle.as_ref().ok().and_then(|b| b.get(path).cloned())
        } else if path == pwa::WORKER || path == pwa::MANIFEST {
            self.worker_or_manifest(path)
        } else if let Some(bytes) = self.static_file(path) {
            Some(bytes)
        } else {
            let site_files = self
                .site_files
                .get_or_init(|| group(site_files::render(&self.site, &self.urls)));
            site_files
                .get(path)
                .cloned()
                .or_else(|| self.exports().0.get(path).cloned())
        };
        let bytes = made?;
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
    /// service worker, which the preview replaces on purpose.
    #[test]
    fn serves_what_a_build_writes() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/complete");
        let build_time = jiff::Timestamp::from_second(1_763_856_000).unwrap();
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
            let served = served.unwrap_or_else(|| panic!("{} is served", file.path));
            assert!(
                *served == *file.bytes,
                "{} differs from the build",
                file.path
            );
        }
        assert!(preview.get("bestaat/niet.html").is_none());
    }
}
