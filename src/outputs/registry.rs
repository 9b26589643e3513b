//! The one list of the site's outputs ([`registry`]), which `build` and the preview both
//! go through, and each output's side of the [contract](super::contract). The list's order
//! is the order a build makes them in: every output after the ones it needs.

use super::contract::{Earlier, Input, Listing, Lookup, Needs, Out, Output};
use crate::diagnostics::Diagnostic;
use crate::output::OutputFile;
use crate::outputs::html::pages::{Page, Pages};
use crate::outputs::html::views::Viewer;
use crate::outputs::{
    admin, changes, data, listing, open_data, photos, postcodes, publishes_static, pwa, search,
    site_files, versions,
};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::Mutex;

/// Every output of a site, each after the outputs it needs.
pub fn registry() -> &'static [&'static dyn Output] {
    &REGISTRY
}

/// A build makes them in this order. The open data comes first, as the open-data page
/// lists its files with their sizes; the search index comes after the pages, not beside
/// them: both fill the machine on their own (the index one thread per language, and
/// Pagefind's own work in the shared pool), and one after the other they never hold their
/// memory at the same time (at N = 10,000 the peak fell by about 90 MB, the CPU time stayed
/// the same). The service worker, which lists every other file, comes last. The preview
/// asks them in the same order which one has a path.
static REGISTRY: [&dyn Output; 12] = [
    &OpenData,
    &DataVersions,
    &ChangesFeed,
    &HtmlPages,
    &PostcodePages,
    &SearchIndex,
    &Photos,
    &ThemeStatics,
    &SiteFiles,
    &FormEditor,
    &MANIFEST,
    &SERVICE_WORKER,
];

const OPEN_DATA: &str = "open data";
const THEME_STATICS: &str = "theme static files";

/// The open data ([`data`]): its files are made together (the tables are shared).
struct OpenData;

impl Output for OpenData {
    fn name(&self) -> &'static str {
        OPEN_DATA
    }

    fn render(&self, input: &Input, _: &dyn Earlier, out: &Out) -> Result<(), Vec<Diagnostic>> {
        data::render(input.site, input.urls, out);
        Ok(())
    }

    fn listing(&self, input: &Input) -> Listing {
        listing::open_data(input)
    }
}

/// The open data at each `data-*` tag ([`versions`]), under `data/versies/`.
struct DataVersions;

impl Output for DataVersions {
    fn name(&self) -> &'static str {
        "open data versions"
    }

    fn render(&self, input: &Input, _: &dyn Earlier, out: &Out) -> Result<(), Vec<Diagnostic>> {
        versions::render(input.site, out);
        Ok(())
    }

    fn listing(&self, input: &Input) -> Listing {
        listing::versions(input)
    }

    fn lookup(&self, _: &Input, _: &dyn Earlier, path: &str) -> Lookup {
        together_under(path, &crate::resolve::routes::version_folder(""))
    }
}

/// The Atom feed of the changes ([`changes`]).
struct ChangesFeed;

impl Output for ChangesFeed {
    fn name(&self) -> &'static str {
        "changes feed"
    }

    fn render(&self, input: &Input, _: &dyn Earlier, out: &Out) -> Result<(), Vec<Diagnostic>> {
        out(changes::render(input.site, input.urls));
        Ok(())
    }

    fn listing(&self, _: &Input) -> Listing {
        listing::one(crate::resolve::routes::changes_feed())
    }

    fn lookup(&self, input: &Input, _: &dyn Earlier, path: &str) -> Lookup {
        one_file(path, &crate::resolve::routes::changes_feed(), || {
            Some(changes::render(input.site, input.urls))
        })
    }
}

/// The search index ([`search`]): Pagefind's bundle, made together, one thread per
/// language.
struct SearchIndex;

impl Output for SearchIndex {
    fn name(&self) -> &'static str {
        "search index"
    }

    fn render(&self, input: &Input, _: &dyn Earlier, out: &Out) -> Result<(), Vec<Diagnostic>> {
        match search::render(input.site, input.urls, &input.theme.strings) {
            Ok(files) => {
                files.into_iter().for_each(out);
                Ok(())
            }
            Err(reason) => Err(vec![Diagnostic::error(
                "(search index)",
                None,
                crate::msg!("build-search-failed", reason = reason),
            )]),
        }
    }

    fn listing(&self, _: &Input) -> Listing {
        Listing {
            files: Vec::new(),
            folders: vec![search::BUNDLE_DIR.to_string()],
        }
    }

    fn lookup(&self, _: &Input, _: &dyn Earlier, path: &str) -> Lookup {
        together_under(path, search::BUNDLE_DIR)
    }
}

/// The photos of rooms and initiatives ([`photos`]), each width made on its own.
struct Photos;

impl Output for Photos {
    fn name(&self) -> &'static str {
        "photos"
    }

    fn render(&self, input: &Input, _: &dyn Earlier, out: &Out) -> Result<(), Vec<Diagnostic>> {
        photos::render(input.site, out)
    }

    fn listing(&self, input: &Input) -> Listing {
        listing::photos(input)
    }

    fn lookup(&self, input: &Input, _: &dyn Earlier, path: &str) -> Lookup {
        match photos::lookup(input.site, path) {
            Some(file) => Lookup::File(file),
            None => Lookup::No,
        }
    }
}

/// The theme's pages in every language ([`Pages`]), each made on its own. The open-data
/// page lists the open data's files with their sizes.
struct HtmlPages;

/// The pages of `language`, with the open-data page's view where it is known.
fn pages_of<'a>(
    input: &Input<'a>,
    language: &'a str,
    open_data: Option<&'a open_data::OpenDataView>,
) -> Pages<'a> {
    let viewer = Viewer {
        site: input.site,
        urls: input.urls,
        language,
        links: input.links,
    };
    Pages::new(viewer, input.theme, input.tera, open_data)
}

/// The pages of every language of the site, the default one first.
fn every_language<'a>(
    input: &Input<'a>,
    open_data: Option<&'a open_data::OpenDataView>,
) -> Vec<Pages<'a>> {
    let languages = &input.site.config.languages;
    languages
        .iter()
        .map(|language| pages_of(input, language, open_data))
        .collect()
}

/// Makes a file of each of `jobs` in parallel, with a `scratch` of its own per thread, and
/// gives it to `out`; the files that fail are the error, all of them.
fn render_each<J: Send, S>(
    jobs: Vec<J>,
    scratch: impl Fn() -> S + Sync + Send,
    make: impl Fn(&mut S, J) -> Result<OutputFile, Diagnostic> + Sync + Send,
    out: &Out,
) -> Result<(), Vec<Diagnostic>> {
    let failures = Mutex::new(Vec::new());
    jobs.into_par_iter()
        .for_each_init(&scratch, |scratch, job| match make(scratch, job) {
            Ok(file) => out(file),
            Err(d) => failures.lock().unwrap_or_else(|e| e.into_inner()).push(d),
        });
    let failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures)
    }
}

/// The open-data page's view, from the open data's files.
fn open_data_view(input: &Input, earlier: &dyn Earlier) -> open_data::OpenDataView {
    let sizes: BTreeMap<String, usize> = earlier
        .files()
        .into_iter()
        .map(|w| (w.path, w.size as usize))
        .collect();
    open_data::view(input.site, input.urls, &sizes)
}

/// The language of the file at `path` (like `fy/kamers/a/index.html`) and the page's path
/// inside it (`kamers/a/`), when it is a page's file.
fn page_path<'p, 'a>(input: &Input<'a>, path: &'p str) -> Option<(&'a str, &'p str)> {
    input.urls.page_of_file(&input.site.config.languages, path)
}

impl Output for HtmlPages {
    fn name(&self) -> &'static str {
        "pages"
    }

    fn needs(&self) -> Needs {
        Needs::Files(&[OPEN_DATA])
    }

    fn render(
        &self,
        input: &Input,
        earlier: &dyn Earlier,
        out: &Out,
    ) -> Result<(), Vec<Diagnostic>> {
        let open_data = open_data_view(input, earlier);
        let languages = every_language(input, Some(&open_data));
        let jobs: Vec<(&Pages, Page)> = languages
            .iter()
            .flat_map(|l| l.all().into_iter().map(move |page| (l, page)))
            .collect();
        render_each(
            jobs,
            crate::outputs::html::pages::Scratch::default,
            |scratch, (language, page)| language.render_in(scratch, page),
            out,
        )
    }

    fn listing(&self, input: &Input) -> Listing {
        listing::pages(input)
    }

    fn lookup(&self, input: &Input, earlier: &dyn Earlier, path: &str) -> Lookup {
        let Some((language, inside)) = page_path(input, path) else {
            return Lookup::No;
        };
        let pages = pages_of(input, language, None);
        let Some(page) = pages.find(inside) else {
            return Lookup::No;
        };
        // Only the open-data page needs the open data made.
        Lookup::File(match page {
            Page::OpenData => {
                let view = open_data_view(input, earlier);
                pages_of(input, language, Some(&view)).render(page)
            }
            _ => pages.render(page),
        })
    }
}

/// The postcode lookup ([`postcodes`]): its index and a page per postcode in every
/// language, each made on its own, and the list of postcodes for the form's script.
struct PostcodePages;

impl Output for PostcodePages {
    fn name(&self) -> &'static str {
        "postcode pages"
    }

    fn render(&self, input: &Input, _: &dyn Earlier, out: &Out) -> Result<(), Vec<Diagnostic>> {
        out(postcodes::index_file(input.site));
        let languages = every_language(input, None);
        let each = postcodes::pages(input.site);
        let jobs: Vec<(&Pages, postcodes::PostcodePage)> = languages
            .iter()
            .flat_map(|l| each.iter().map(move |page| (l, *page)))
            .collect();
        render_each(
            jobs,
            || (),
            |_, (pages, page)| postcodes::render(pages, page),
            out,
        )
    }

    fn listing(&self, input: &Input) -> Listing {
        listing::postcode_pages(input)
    }

    fn lookup(&self, input: &Input, _: &dyn Earlier, path: &str) -> Lookup {
        if path == postcodes::INDEX_FILE {
            return Lookup::File(Ok(postcodes::index_file(input.site)));
        }
        let Some((language, inside)) = page_path(input, path) else {
            return Lookup::No;
        };
        match postcodes::find(input.site, inside) {
            Some(page) => Lookup::File(postcodes::render(&pages_of(input, language, None), page)),
            None => Lookup::No,
        }
    }
}

/// The theme's static files that the site publishes ([`publishes_static`]).
struct ThemeStatics;

impl Output for ThemeStatics {
    fn name(&self) -> &'static str {
        THEME_STATICS
    }

    fn render(&self, input: &Input, _: &dyn Earlier, out: &Out) -> Result<(), Vec<Diagnostic>> {
        for (path, bytes) in &input.theme.statics {
            if publishes_static(input.site, path) {
                out(OutputFile::new(path.clone(), bytes.clone()));
            }
        }
        Ok(())
    }

    fn listing(&self, input: &Input) -> Listing {
        listing::theme_statics(input)
    }

    fn lookup(&self, input: &Input, _: &dyn Earlier, path: &str) -> Lookup {
        match input.theme.statics.get(path) {
            Some(bytes) if publishes_static(input.site, path) => {
                Lookup::File(Ok(OutputFile::new(path, bytes.clone())))
            }
            _ => Lookup::No,
        }
    }
}

/// The sitemap, robots.txt, security.txt and the feed ([`site_files`]), made together.
struct SiteFiles;

impl Output for SiteFiles {
    fn name(&self) -> &'static str {
        "site files"
    }

    fn render(&self, input: &Input, _: &dyn Earlier, out: &Out) -> Result<(), Vec<Diagnostic>> {
        site_files::render(input.site, input.urls)
            .into_iter()
            .for_each(out);
        Ok(())
    }

    fn listing(&self, input: &Input) -> Listing {
        listing::site_files(input)
    }
}

/// The form editor at /admin/ ([`admin`]), on a site with `editor:` in site.yaml.
struct FormEditor;

impl Output for FormEditor {
    fn name(&self) -> &'static str {
        "form editor"
    }

    fn render(&self, input: &Input, _: &dyn Earlier, out: &Out) -> Result<(), Vec<Diagnostic>> {
        admin::render(input.site).into_iter().for_each(out);
        Ok(())
    }

    fn listing(&self, input: &Input) -> Listing {
        listing::form_editor(input)
    }

    fn lookup(&self, _: &Input, _: &dyn Earlier, path: &str) -> Lookup {
        if path.starts_with(admin::FOLDER) {
            Lookup::Together
        } else {
            Lookup::No
        }
    }
}

/// The file `name` of [`pwa::render`] over the files `earlier` gives.
fn pwa_file(input: &Input, earlier: &dyn Earlier, name: &str) -> Option<OutputFile> {
    pwa::render(input.site, input.urls, &earlier.files())
        .into_iter()
        .find(|f| f.path == name)
}

/// The lookup of an output whose files, all under `folder`, are made together.
fn together_under(path: &str, folder: &str) -> Lookup {
    if path.starts_with(folder) {
        Lookup::Together
    } else {
        Lookup::No
    }
}

/// The lookup of an output of one file, `name`, made by `make`.
fn one_file(path: &str, name: &str, make: impl FnOnce() -> Option<OutputFile>) -> Lookup {
    match (path == name).then(make).flatten() {
        Some(file) => Lookup::File(Ok(file)),
        None => Lookup::No,
    }
}

/// One file of the web app ([`pwa`]), made from the files of the outputs it `needs`: the
/// manifest lists the icons among the theme's static files, the service worker every other
/// file of the site with its hash.
struct PwaFile {
    name: &'static str,
    needs: Needs,
    file: &'static str,
}

const MANIFEST: PwaFile = PwaFile {
    name: "web app manifest",
    needs: Needs::Files(&[THEME_STATICS]),
    file: pwa::MANIFEST,
};

const SERVICE_WORKER: PwaFile = PwaFile {
    name: "service worker",
    needs: Needs::AllFiles,
    file: pwa::WORKER,
};

impl Output for PwaFile {
    fn name(&self) -> &'static str {
        self.name
    }

    fn needs(&self) -> Needs {
        self.needs
    }

    fn render(
        &self,
        input: &Input,
        earlier: &dyn Earlier,
        out: &Out,
    ) -> Result<(), Vec<Diagnostic>> {
        pwa_file(input, earlier, self.file)
            .into_iter()
            .for_each(out);
        Ok(())
    }

    fn listing(&self, _: &Input) -> Listing {
        listing::one(self.file)
    }

    fn lookup(&self, input: &Input, earlier: &dyn Earlier, path: &str) -> Lookup {
        one_file(path, self.file, || pwa_file(input, earlier, self.file))
    }
}

/// The positions in `outputs` of the outputs whose files the one at `at` needs.
pub fn needed(outputs: &[&dyn Output], at: usize) -> Vec<usize> {
    match outputs[at].needs() {
        Needs::Nothing => Vec::new(),
        Needs::Files(names) => outputs
            .iter()
            .enumerate()
            .filter(|(_, o)| names.contains(&o.name()))
            .map(|(i, _)| i)
            .collect(),
        Needs::AllFiles => (0..outputs.len()).filter(|i| *i != at).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{Collect, Sink, Written};
    use crate::outputs::Compiled;
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::{Path, PathBuf};

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name)
    }

    /// The files of the outputs one output needs, from what the test made before it.
    struct Given(Vec<Written>);

    impl Earlier for Given {
        fn files(&self) -> Vec<Written> {
            self.0.clone()
        }
    }

    #[test]
    fn every_output_comes_after_what_it_needs() {
        let outputs = registry();
        let names: Vec<&str> = outputs.iter().map(|o| o.name()).collect();
        assert_eq!(
            names.iter().collect::<BTreeSet<_>>().len(),
            names.len(),
            "{names:?}"
        );
        for (at, output) in outputs.iter().enumerate() {
            match output.needs() {
                Needs::Nothing => {}
                Needs::Files(needed) => {
                    assert!(!needed.is_empty(), "{}", output.name());
                    for name in needed {
                        let position = names.iter().position(|n| n == name);
                        assert!(
                            position.is_some_and(|p| p < at),
                            "{} needs {name}, which must come before it",
                            output.name()
                        );
                    }
                    assert_eq!(needed.len(), super::needed(outputs, at).len());
                }
                Needs::AllFiles => assert_eq!(at, outputs.len() - 1, "{}", output.name()),
            }
        }
    }

    /// Each output of the registry made on its own gives exactly the files a build
    /// writes, every file from one output; and asked for a path, only the output that
    /// made it answers with a file, the same bytes.
    #[test]
    fn the_registry_makes_exactly_what_a_build_writes() {
        let build_time = jiff::Timestamp::from_second(1_763_856_000).unwrap();
        for name in ["minimal", "complete", "open-data", "example site"] {
            let root = match name {
                "example site" => PathBuf::from(env!("CARGO_MANIFEST_DIR")),
                _ => fixture(name),
            };
            // What `build` writes to disk, by path.
            let out = tempfile::tempdir().unwrap();
            let target = out.path().join("site");
            let built = crate::build(&root, &target).unwrap();
            assert!(built.files.is_some(), "{name} builds");
            let on_disk: BTreeSet<String> = walkdir::WalkDir::new(&target)
                .into_iter()
                .map(|e| e.unwrap())
                .filter(|e| e.file_type().is_file())
                .map(|e| {
                    let relative = e.path().strip_prefix(&target).unwrap();
                    relative.to_string_lossy().replace('\\', "/")
                })
                .collect();
            // The same build in memory at a fixed time, for the bytes.
            let rendered: BTreeMap<String, Vec<u8>> =
                crate::render_cached(&root, &mut crate::load::LoadCache::new(), Some(build_time))
                    .files
                    .expect("the fixture renders")
                    .into_iter()
                    .map(|f| (f.path, f.bytes))
                    .collect();
            assert_eq!(
                rendered.keys().cloned().collect::<BTreeSet<_>>(),
                on_disk,
                "{name}"
            );

            let checked =
                crate::check_cached(&root, &mut crate::load::LoadCache::new(), Some(build_time));
            let site = checked.site.expect("the fixture is valid");
            let mut diags = crate::diagnostics::Diagnostics::new();
            let compiled = Compiled::load(&site, &root, &mut diags).expect("the theme compiles");
            let urls =
                crate::resolve::urls::Urls::new(&site.config.base_url, &site.config.language);
            let links = crate::resolve::Links::new(&site);
            let input = Input {
                site: &site,
                urls: &urls,
                links: &links,
                theme: &compiled.theme,
                tera: &compiled.tera,
            };
            let outputs = registry();
            let mut made: Vec<Vec<crate::output::OutputFile>> = Vec::new();
            let mut maker: BTreeMap<String, usize> = BTreeMap::new();
            for (at, output) in outputs.iter().enumerate() {
                let earlier = Given(
                    super::needed(outputs, at)
                        .into_iter()
                        .flat_map(|i| made[i].iter().map(Written::of))
                        .collect::<BTreeSet<_>>()
                        .into_iter()
                        .collect(),
                );
                let files = Collect::default();
                output
                    .render(&input, &earlier, &|f| files.put(f))
                    .unwrap_or_else(|e| panic!("{name}: {} fails: {e:?}", output.name()));
                let files = files.into_files();
                for file in &files {
                    let before = maker.insert(file.path.clone(), at);
                    assert!(before.is_none(), "{name}: two outputs make {}", file.path);
                    assert!(
                        rendered.get(&file.path) == Some(&file.bytes),
                        "{name}: {} by {} differs from the build",
                        file.path,
                        output.name()
                    );
                }
                // What it lists without making anything is what it made.
                let listing = output.listing(&input);
                let listed: BTreeSet<&str> = listing.files.iter().map(String::as_str).collect();
                assert_eq!(
                    listed.len(),
                    listing.files.len(),
                    "{name}: {}",
                    output.name()
                );
                let unlisted: BTreeSet<&str> = files
                    .iter()
                    .map(|f| f.path.as_str())
                    .filter(|p| !listing.folders.iter().any(|f| p.starts_with(f.as_str())))
                    .collect();
                assert_eq!(listed, unlisted, "{name}: {} lists", output.name());
                made.push(files);
            }
            assert_eq!(
                maker.keys().cloned().collect::<BTreeSet<_>>(),
                on_disk,
                "{name}"
            );

            let all: Vec<Written> = made.iter().flatten().map(Written::of).collect();
            let mut asked: Vec<&str> = maker.keys().map(String::as_str).collect();
            asked.extend([
                "bestaat/niet.html",
                "kamers/bestaat-niet/index.html",
                "zz/index.html",
            ]);
            for path in asked {
                for (at, output) in outputs.iter().enumerate() {
                    let earlier = Given(all.clone());
                    let answer = output.lookup(&input, &earlier, path);
                    let theirs = maker.get(path) == Some(&at);
                    match answer {
                        Lookup::No => assert!(!theirs, "{name}: {} disowns {path}", output.name()),
                        Lookup::Together => {}
                        Lookup::File(file) => {
                            assert!(theirs, "{name}: {} claims {path}", output.name());
                            let file = file.expect("the file renders");
                            assert_eq!(file.path, path);
                            assert!(rendered[path] == file.bytes, "{name}: {path} differs");
                        }
                    }
                }
            }
        }
    }
}
