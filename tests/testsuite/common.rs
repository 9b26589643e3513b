//! Helpers shared by the integration tests: fixture sites copied to a temporary folder and
//! the `mienskip` binary run on them.

#![allow(dead_code)]

use scraper::{ElementRef, Html, Selector};

// One copy for the unit tests of writing and for these: a folder's contents and names.
#[path = "../../src/output/folder_contents.rs"]
mod folder_contents;
pub use folder_contents::{everything, names};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A fresh copy of a fixture site that a test may change.
pub fn copy_fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    copy_tree(&fixture(name), dir.path());
    dir
}

pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("readable fixture");
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

pub fn write(root: &Path, relative: &str, bytes: impl AsRef<[u8]>) {
    let path = root.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// Runs `mienskip` with a fixed build date, so output never depends on the clock. Messages
/// are in English (`--lang en`) unless `args` choose a language: the tests that read what
/// is said in Dutch say so (see `errors.rs`, which shows every message in both).
pub fn mienskip(args: &[&str]) -> Output {
    mienskip_at(args, "1763856000")
}

/// [`mienskip`] with the build date `epoch` (`SOURCE_DATE_EPOCH`, seconds since 1970).
pub fn mienskip_at(args: &[&str], epoch: &str) -> Output {
    let language: &[&str] = if args.contains(&"--lang") {
        &[]
    } else {
        &["--lang", "en"]
    };
    Command::new(env!("CARGO_BIN_EXE_mienskip"))
        .args(language)
        .args(args)
        .env("SOURCE_DATE_EPOCH", epoch)
        .output()
        .expect("mienskip runs")
}

pub fn check(root: &Path) -> Output {
    mienskip(&["check", "--root", root.to_str().unwrap()])
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Every file under `dir` with its bytes, sorted by path.
pub fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let relative = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (relative, std::fs::read(e.path()).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// `mienskip serve --port 0` on `root`: the running process, the address it prints
/// (`http://127.0.0.1:PORT`, without a trailing `/`) and the lines it prints after that.
/// Both pipes are drained all the time, so the server never blocks on a full one.
pub fn start_serve(
    root: &Path,
) -> (
    std::process::Child,
    String,
    std::sync::mpsc::Receiver<String>,
) {
    use std::io::{BufRead, BufReader, Read};
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    let mut child = Command::new(env!("CARGO_BIN_EXE_mienskip"))
        .args(["--lang", "en"])
        .args(["serve", "--port", "0", "--root", root.to_str().unwrap()])
        .env("SOURCE_DATE_EPOCH", "1763856000")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mienskip serve starts");
    let (lines, stdout) = std::sync::mpsc::channel();
    let out = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            let _ = lines.send(line);
        }
    });
    let mut err = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        let mut sink = Vec::new();
        let _ = err.read_to_end(&mut sink);
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let base = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = stdout
            .recv_timeout(left)
            .expect("serve prints its address within a minute");
        if let Some(at) = line.find("http://") {
            let url = line[at..].split_whitespace().next().unwrap();
            break url.trim_end_matches('/').to_string();
        }
    };
    assert!(base.starts_with("http://127.0.0.1:"), "{base}");
    (child, base, stdout)
}

/// `mienskip build` of `root` into `output`, with a fixed build date.
pub fn build_to(root: &Path, output: &Path) -> Output {
    build_args(root, output, &[])
}

/// `mienskip build` of `root` into `output` with more `args`, with a fixed build date.
pub fn build_args(root: &Path, output: &Path, args: &[&str]) -> Output {
    let mut all = vec![
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        output.to_str().unwrap(),
    ];
    all.extend_from_slice(args);
    mienskip(&all)
}

/// `mienskip build` of `root` into `root/site/`, with a fixed build date.
pub fn build_into_site(root: &Path) -> Output {
    build_to(root, &root.join("site"))
}

/// `mienskip build` of `root` into a new temporary folder, which must succeed: the folder
/// (the site lives as long as it is kept) and the site in it.
pub fn build_ok(root: &Path) -> (tempfile::TempDir, PathBuf) {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let output = build_to(root, &site);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    (out, site)
}

/// The example site's root: this repository.
pub fn example_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The HTML file `path` of the built `site`, parsed.
pub fn page(site: &Path, path: &str) -> Html {
    let file = site.join(path);
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    Html::parse_document(&text)
}

/// The elements `css` finds in `html`.
pub fn select<'a>(html: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

/// The text of `element` with its white space folded to single spaces.
pub fn folded_text(element: ElementRef) -> String {
    element
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The folded text of each element `css` finds in `html`.
pub fn texts(html: &Html, css: &str) -> Vec<String> {
    select(html, css).into_iter().map(folded_text).collect()
}

/// The e-mail address of the commits the tests make; a site must never publish it.
pub const GIT_EMAIL: &str = "redactie@example.org";

/// `git` in `dir`, with no user or system configuration and the commit dates `date`; its
/// output. The author's name holds quotes and `&`, which every output must escape.
pub fn git(dir: &Path, args: &[&str], date: &str) -> String {
    let output = Command::new("git")
        .args(["-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Redactie \"Noord\" & Co")
        .env("GIT_AUTHOR_EMAIL", GIT_EMAIL)
        .env("GIT_COMMITTER_NAME", "Redactie")
        .env("GIT_COMMITTER_EMAIL", GIT_EMAIL)
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .output()
        .expect("git runs");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_string()
}

/// The minimal fixture's room (`content/rooms/kamer.md`) with more front matter and `body`
/// as its text; the text starts on line 11 plus the lines of `extra_front_matter`.
pub fn minimal_room(extra_front_matter: &str, body: &str) -> String {
    format!(
        "---\nname: Buurtkamer Noord\nkind: main\narea: noord\nstatus: open\naddress: {{ street: Dorpsstraat 1, city: Klein }}\nlocation: {{ lat: 53.2, lon: 5.8 }}\ncontact: {{ email: kamer@example.nl }}\n{extra_front_matter}---\n{body}"
    )
}

/// The lines of a run's problems that are warnings.
pub fn warning_lines(text: &str) -> Vec<&str> {
    text.lines().filter(|l| l.contains(": warning: ")).collect()
}

/// The warnings a run printed, one a line.
pub fn warnings_of(output: &Output) -> Vec<String> {
    warning_lines(&stderr(output))
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// The SHA-256 of `bytes` as lower-case hex, computed here and not by mienskip.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Pagefind's record of every page in the built `site`'s index: url, content and meta,
/// read from its fragment files: gzip of Pagefind's signature `pagefind_dcd` and JSON.
pub fn pagefind_fragments(site: &Path) -> Vec<serde_json::Value> {
    use std::io::Read as _;
    let dir = site.join("pagefind/fragment");
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| {
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(entry.unwrap().path()).unwrap())
                .read_to_end(&mut bytes)
                .unwrap();
            let json = bytes
                .strip_prefix(b"pagefind_dcd")
                .expect("Pagefind's signature");
            serde_json::from_slice(json).unwrap()
        })
        .collect()
}

/// The member of the JSON array `list` whose `name` is `name`: a data package's resource,
/// a schema's field, the form editor's collection or field. Panics, naming it, when none is.
pub fn named<'a>(list: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    list.as_array()
        .expect("a JSON array")
        .iter()
        .find(|member| member["name"] == name)
        .unwrap_or_else(|| panic!("no member named {name:?}"))
}
