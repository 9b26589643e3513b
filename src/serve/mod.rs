//! `mienskip serve`: a preview for editors. Serves the site on 127.0.0.1, rendering each
//! page in memory when it is first asked for; watches the site root and on every save
//! checks the content again (reading only the files the watcher names) and reloads the open
//! browser tab. While the content has errors it
//! keeps serving the last good site, with the errors at the top of every page. Nothing is
//! written to disk: the built `site/` never sees the banner or the reload script.

mod http;
mod inject;
pub mod preview;
mod server;
mod watch;

use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::load::LoadCache;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, RwLock};
use std::time::{Duration, Instant};
use watch::{changed_paths, is_relevant, touches_theme, Watch};

/// What `mienskip serve` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    /// 0 picks a free port.
    pub port: u16,
    /// Open the site in the web browser once it is served.
    pub open: bool,
}

/// Why the preview could not run.
#[derive(Debug)]
pub enum ServeError {
    /// The site root does not exist.
    NoRoot(PathBuf),
    /// The port could not be used.
    Listen { port: u16, error: String },
    /// The site root could not be watched.
    Watch(String),
}

impl ServeError {
    /// 2 when the command was wrong (no such folder, a port in use), 1 otherwise.
    pub fn exit_code(&self) -> u8 {
        match self {
            ServeError::NoRoot(_) | ServeError::Listen { .. } => 2,
            ServeError::Watch(_) => 1,
        }
    }
}

impl ServeError {
    /// What went wrong, in the words of the run.
    pub fn message(&self) -> crate::messages::Message {
        match self {
            ServeError::NoRoot(root) => {
                crate::msg!("serve-no-root", root = root.display().to_string())
            }
            ServeError::Listen { port, error } => {
                crate::msg!("serve-cannot-listen", port = *port, reason = error)
            }
            ServeError::Watch(error) => crate::msg!("serve-cannot-watch", reason = error),
        }
    }
}

impl fmt::Display for ServeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().text())
    }
}

impl std::error::Error for ServeError {}

/// What the request threads serve files from.
type Files = dyn preview::Source;

/// What is being served: the last good site and the problems of the latest build.
#[derive(Clone)]
pub struct Snapshot {
    /// Goes up whenever what is served changes; the open pages poll it to reload.
    version: u64,
    /// The last site that was checked without errors, rendered page by page as asked;
    /// `None` until there is one.
    files: Option<Arc<Files>>,
    /// The same site as a preview, whose compiled theme the next rebuild may reuse.
    preview: Option<Arc<preview::Preview>>,
    /// The problems of the latest build, errors and warnings.
    problems: Vec<Diagnostic>,
    /// Whether the latest build failed, so that `files` is older than the content.
    failed: bool,
    /// The path part of `base_url`, like `/` or `/kamers/`.
    base_path: String,
}

impl Snapshot {
    /// Before the first build: nothing to serve and no problems yet.
    fn empty() -> Snapshot {
        Snapshot {
            version: 0,
            files: None,
            preview: None,
            problems: Vec::new(),
            failed: false,
            base_path: "/".into(),
        }
    }
}

/// One rebuild: what it found, and how it went.
struct Rebuild {
    snapshot: Snapshot,
    /// Content files new, removed or changed since the last rebuild.
    changed_files: usize,
    files_read: usize,
}

/// Checks `root` again, reusing `cache`, and compares the result with `previous`.
/// `build_time` is fixed for the whole session, so that a rebuild of unchanged content
/// gives the same pages and no open page reloads for nothing. Nothing is rendered here:
/// the new [`preview::Preview`] renders each page when it is first asked for.
/// `theme_changed` says a theme file was saved (the theme is read again on every rebuild).
fn rebuild(
    root: &Path,
    cache: &mut LoadCache,
    build_time: Option<jiff::Timestamp>,
    previous: &Snapshot,
    theme_changed: bool,
) -> Rebuild {
    let checked = crate::check_cached(root, cache, build_time);
    let mut problems = checked.diagnostics;
    let preview = match checked.site {
        Some(site) if !problems.iter().any(|d| d.severity == Severity::Error) => {
            let mut theme_problems = Diagnostics::new();
            let reuse = previous.preview.as_deref().filter(|_| !theme_changed);
            let preview = preview::Preview::after(site, root, &mut theme_problems, reuse);
            problems.extend(theme_problems.sorted());
            preview.map(Arc::new)
        }
        _ => None,
    };
    let failed = preview.is_none();
    let changed_files = cache.files_changed();
    let (files, preview): (Option<Arc<Files>>, _) = match preview {
        Some(preview) => (Some(preview.clone() as Arc<Files>), Some(preview)),
        None => (previous.files.clone(), previous.preview.clone()),
    };
    let base_path = if failed {
        previous.base_path.clone()
    } else {
        base_path(root).unwrap_or_else(|| previous.base_path.clone())
    };
    let changed = (!failed && (changed_files > 0 || theme_changed))
        || failed != previous.failed
        || problems != previous.problems
        || base_path != previous.base_path
        || (files.is_none() && previous.version == 0)
        || (!failed && previous.version == 0);
    Rebuild {
        snapshot: Snapshot {
            version: previous.version + u64::from(changed),
            files,
            preview,
            problems,
            failed,
            base_path,
        },
        changed_files,
        files_read: cache.files_read(),
    }
}

/// The path part of the site's `base_url`.
fn base_path(root: &Path) -> Option<String> {
    let config = crate::load::config::load(root, &mut Diagnostics::new())?;
    Some(crate::resolve::urls::Urls::new(&config.base_url, &config.language).base_path)
}

/// One line about a rebuild, for the terminal.
fn describe(rebuild: &Rebuild, elapsed: Duration) -> String {
    let ms = u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX);
    let s = &rebuild.snapshot;
    let errors = s
        .problems
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = s.problems.len() - errors;
    let read = rebuild.files_read;
    let message = if s.failed {
        let summary = crate::msg!("summary-errors", errors = errors, warnings = warnings);
        crate::msg!(
            "serve-rebuilt-with-errors",
            ms = ms,
            read = read,
            summary = summary.text(),
            kept = if s.files.is_some() { "yes" } else { "no" }
        )
    } else {
        crate::msg!(
            "serve-checked",
            ms = ms,
            read = read,
            changed = rebuild.changed_files,
            warnings = warnings
        )
    };
    format!("mienskip: {message}")
}

fn report(rebuild: &Rebuild, elapsed: Duration) {
    for problem in &rebuild.snapshot.problems {
        eprintln!("{problem}");
    }
    println!("{}", describe(rebuild, elapsed));
}

/// Runs the preview until the process is stopped.
pub fn run(options: &Options) -> Result<(), ServeError> {
    if !options.root.is_dir() {
        return Err(ServeError::NoRoot(options.root.clone()));
    }
    // Events arrive with absolute paths; compare them with an absolute root.
    let root = options
        .root
        .canonicalize()
        .unwrap_or_else(|_| options.root.clone());
    let listener = server::bind(options.port).map_err(|e| ServeError::Listen {
        port: options.port,
        error: e.to_string(),
    })?;
    let address = listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_else(|_| format!("127.0.0.1:{}", options.port));

    // Watch before the first build, so that no save during it is missed.
    let (events, changes) = mpsc::channel();
    let mut watch = Watch::start(&root, events)?;

    let mut cache = LoadCache::new();
    // An invalid SOURCE_DATE_EPOCH is reported by every build, as `build` reports it.
    let build_time = crate::resolve::build_time().ok();
    let start = Instant::now();
    let empty = Snapshot::empty();
    let first = rebuild(&root, &mut cache, build_time, &empty, false);
    report(&first, start.elapsed());
    let base = first.snapshot.base_path.clone();
    let current = Arc::new(RwLock::new(Arc::new(first.snapshot)));

    server::spawn(listener, Arc::clone(&current)).map_err(|e| ServeError::Listen {
        port: options.port,
        error: e.to_string(),
    })?;
    let url = format!("http://{address}{base}");
    println!(
        "mienskip: {}",
        crate::msg!("serve-listening", url = url.as_str())
    );
    if options.open {
        open_browser(&url);
    }

    while let Ok(batch) = changes.recv() {
        let mut any = is_relevant(&root, &batch);
        let mut theme = touches_theme(&root, &batch);
        let mut paths = changed_paths(&root, &batch);
        // Saves that arrived meanwhile are part of the same rebuild.
        while let Ok(more) = changes.try_recv() {
            any |= is_relevant(&root, &more);
            theme |= touches_theme(&root, &more);
            paths = paths.zip(changed_paths(&root, &more)).map(|(mut a, b)| {
                a.extend(b);
                a
            });
        }
        if let Err(e) = watch.refresh(&root) {
            eprintln!("mienskip: {e}");
        }
        if !any {
            continue;
        }
        // With the watcher's paths, the check looks at those files only.
        if let Some(paths) = paths {
            cache.expect_changes(paths);
        }
        let start = Instant::now();
        let previous = Arc::clone(&current.read().expect("snapshot lock"));
        let next = rebuild(&root, &mut cache, build_time, &previous, theme);
        let elapsed = start.elapsed();
        *current.write().expect("snapshot lock") = Arc::new(next.snapshot.clone());
        report(&next, elapsed);
    }
    Ok(())
}

/// Opens `url` in the web browser, saying so if that fails.
fn open_browser(url: &str) {
    let mut command = if cfg!(target_os = "windows") {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else {
        std::process::Command::new("xdg-open")
    };
    command
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    if command.spawn().is_err() {
        eprintln!("mienskip: {}", crate::msg!("serve-no-browser", url = url));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_old(root: &Path, relative: &str, text: &str, age_secs: u64) {
        let path = root.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        let when = std::time::SystemTime::now() - Duration::from_secs(age_secs);
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(when)
            .unwrap();
    }

    fn room(name: &str) -> String {
        format!("---\nname: {name}\nkind: main\narea: noord\nstatus: open\naddress: {{ street: Dorpsstraat 1 }}\nlocation: {{ lat: 53.2, lon: 5.8 }}\ncontact: {{ phone: 058 233 8888 }}\n---\nWelkom.\n")
    }

    /// The build date the tests' rebuilds use.
    fn built() -> Option<jiff::Timestamp> {
        jiff::Timestamp::from_second(1_763_856_000).ok()
    }

    /// site.yaml, area `noord` with `area` after its front matter's first line, and rooms
    /// A and B in it, written a minute ago.
    fn two_rooms(root: &Path, area: &str) {
        write_old(
            root,
            "content/areas/noord.md",
            &format!("---\nname: Noord\n{area}---\n"),
            60,
        );
        write_old(
            root,
            "site.yaml",
            "title: T\nbase_url: https://t.example.nl/\npublisher: { name: T }\n",
            60,
        );
        write_old(root, "content/rooms/a.md", &room("Kamer A"), 60);
        write_old(root, "content/rooms/b.md", &room("Kamer B"), 60);
    }

    #[test]
    fn a_rebuild_reads_only_the_changed_file() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        two_rooms(root, "geometry: geo/noord.geojson\n");
        // The rooms lie outside this outline: a warning that needs the outline loaded.
        write_old(
            root,
            "data/geo/noord.geojson",
            r#"{"type": "Polygon", "coordinates": [[[5.0, 52.0], [5.1, 52.0], [5.1, 52.1], [5.0, 52.1], [5.0, 52.0]]]}"#,
            60,
        );
        let time = built();
        let mut cache = LoadCache::new();
        let empty = Snapshot::empty();
        let first = rebuild(root, &mut cache, time, &empty, false);
        assert!(!first.snapshot.failed, "{:?}", first.snapshot.problems);
        assert_eq!(first.files_read, 3);
        assert_eq!(
            first.snapshot.problems.len(),
            2,
            "{:?}",
            first.snapshot.problems
        );
        assert_eq!(first.snapshot.version, 1);

        let again = rebuild(root, &mut cache, time, &first.snapshot, false);
        assert_eq!(again.files_read, 0);
        assert_eq!(again.changed_files, 0);
        assert_eq!(again.snapshot.problems, first.snapshot.problems);
        assert_eq!(again.snapshot.version, 1, "nothing changed, so no reload");

        write_old(root, "content/rooms/a.md", &room("Kamer Anders"), 30);
        let changed = rebuild(root, &mut cache, time, &again.snapshot, false);
        assert_eq!(changed.files_read, 1);
        assert!(changed.changed_files > 0);
        assert_eq!(changed.snapshot.version, 2);
        let files = changed.snapshot.files.as_ref().unwrap();
        let page = String::from_utf8_lossy(&files.get("kamers/a/index.html").unwrap()).into_owned();
        assert!(page.contains("Kamer Anders"));
        assert_eq!(changed.snapshot.problems, first.snapshot.problems);

        // A file written just now is read again until its time stamp can be trusted.
        write_old(root, "content/rooms/b.md", &room("Kamer Bee"), 0);
        let recent = rebuild(root, &mut cache, time, &changed.snapshot, false);
        assert_eq!(recent.files_read, 1);
        let still = rebuild(root, &mut cache, time, &recent.snapshot, false);
        assert_eq!(still.files_read, 1);
        assert_eq!(still.changed_files, 0, "read again, but the same text");
        assert_eq!(still.snapshot.version, recent.snapshot.version);

        // A broken file: the last good files stay, with the error.
        write_old(root, "content/rooms/a.md", "---\nname: [\n---\n", 20);
        let broken = rebuild(root, &mut cache, time, &still.snapshot, false);
        assert!(broken.snapshot.failed);
        assert!(Arc::ptr_eq(
            broken.snapshot.files.as_ref().unwrap(),
            still.snapshot.files.as_ref().unwrap()
        ));
        assert!(broken
            .snapshot
            .problems
            .iter()
            .any(|p| p.path == "content/rooms/a.md"));
    }

    #[test]
    fn the_watchers_paths_narrow_the_check() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        two_rooms(root, "");
        let time = built();
        let mut cache = LoadCache::new();
        let names = |cache: &mut LoadCache| -> Vec<String> {
            let checked = crate::check_cached(root, cache, time);
            let site = checked.site.expect("valid");
            site.rooms.iter().map(|r| r.name.clone()).collect()
        };
        assert_eq!(names(&mut cache), ["Kamer A", "Kamer B"]);

        // A changed file the watcher names is read, and only that one.
        write_old(root, "content/rooms/a.md", &room("Kamer Anders"), 30);
        cache.expect_changes(["content/rooms/a.md".to_string()]);
        assert_eq!(names(&mut cache), ["Kamer Anders", "Kamer B"]);
        assert_eq!((cache.files_read(), cache.files_changed()), (1, 1));

        // A new file makes the check walk the folders again.
        write_old(root, "content/rooms/c.md", &room("Kamer C"), 30);
        cache.expect_changes(["content/rooms/c.md".to_string()]);
        assert_eq!(names(&mut cache), ["Kamer Anders", "Kamer B", "Kamer C"]);
        assert_eq!(cache.files_changed(), 1);

        // So does a file that is gone.
        std::fs::remove_file(root.join("content/rooms/b.md")).unwrap();
        cache.expect_changes(["content/rooms/b.md".to_string()]);
        assert_eq!(names(&mut cache), ["Kamer Anders", "Kamer C"]);
        assert_eq!(cache.files_changed(), 1);

        // A change to site.yaml is a change too (it is not one of the content files).
        write_old(
            root,
            "site.yaml",
            "title: Anders\nbase_url: https://t.example.nl/\npublisher: { name: T }\n",
            25,
        );
        cache.expect_changes(["site.yaml".to_string()]);
        assert_eq!(names(&mut cache), ["Kamer Anders", "Kamer C"]);
        assert_eq!((cache.files_read(), cache.files_changed()), (0, 1));
        names(&mut cache);
        assert_eq!(
            cache.files_changed(),
            0,
            "site.yaml is the same as last time"
        );

        // Without the watcher's word, every file is looked at again.
        write_old(root, "content/rooms/c.md", &room("Kamer Cee"), 20);
        assert_eq!(names(&mut cache), ["Kamer Anders", "Kamer Cee"]);
        assert_eq!(cache.files_read(), 1);
    }
}
