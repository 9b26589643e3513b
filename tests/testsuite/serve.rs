//! `mienskip serve` as an editor uses it: start it on a free port, open a page, save a
//! change and see it served, break the file and see the error over the last good page,
//! fix it and see the page again. Nothing is written to the site root.

use crate::common::*;
use std::path::Path;
use std::process::Child;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long a change may take to show, at most. The tests poll and go on as soon as it
/// shows; this only bounds a test that would otherwise hang.
const PATIENCE: Duration = Duration::from_secs(10);

/// A running `mienskip serve`, killed when dropped.
struct Server {
    child: Child,
    base: String,
    stdout: mpsc::Receiver<String>,
}

impl Server {
    fn start(root: &Path) -> Server {
        let (child, base, stdout) = start_serve(root);
        Server {
            child,
            base,
            stdout,
        }
    }

    /// Status and body of `GET path`.
    fn get(&self, path: &str) -> (u16, String) {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_global(Some(Duration::from_secs(5)))
            .build()
            .into();
        let mut response = agent
            .get(format!("{}{path}", self.base))
            .call()
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        let status = response.status().as_u16();
        let body = response.body_mut().read_to_string().unwrap();
        (status, body)
    }

    /// Polls `path` until `test` holds for its body, and returns that body.
    fn wait_for(&self, path: &str, what: &str, test: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let (_, body) = self.get(path);
            if test(&body) {
                return body;
            }
            assert!(
                Instant::now() < deadline,
                "{what} did not show on {path} within {PATIENCE:?}; the page is:\n{body}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The lines printed so far.
    fn printed(&self) -> Vec<String> {
        self.stdout.try_iter().collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const ROOM: &str = "content/rooms/kamer.md";

fn room(name: &str, status: &str) -> String {
    format!(
        "---\nname: {name}\nkind: main\narea: noord\nstatus: {status}\naddress: {{ street: Dorpsstraat 1, city: Klein }}\nlocation: {{ lat: 53.2, lon: 5.8 }}\ncontact: {{ email: kamer@example.nl }}\n---\nWelkom.\n"
    )
}

fn banner(body: &str) -> Option<&str> {
    let start = body.find("<div id=\"mienskip-problems\"")?;
    let end = body[start..].find("</div>")? + start;
    Some(&body[start..end])
}

#[test]
fn a_saved_change_is_served_and_errors_show_over_the_last_good_page() {
    let site = copy_fixture("minimal");
    let server = Server::start(site.path());

    let (status, page) = server.get("/kamers/kamer/");
    assert_eq!(status, 200);
    assert!(page.contains("Buurtkamer Noord"), "{page}");
    assert!(page.contains("/__mienskip/live-reload.js?v="), "{page}");
    assert!(banner(&page).is_none(), "{page}");

    // A change is served.
    write(site.path(), ROOM, room("Buurtkamer Zeezicht", "open"));
    server.wait_for("/kamers/kamer/", "the new name", |b| {
        b.contains("Buurtkamer Zeezicht")
    });

    // An error: the last good page stays, with the error (file and line) on top.
    write(site.path(), ROOM, room("Buurtkamer Zeezicht", "opne"));
    let page = server.wait_for("/kamers/kamer/", "the error banner", |b| {
        banner(b).is_some()
    });
    let shown = banner(&page).unwrap();
    assert!(shown.contains("content/rooms/kamer.md:5"), "{shown}");
    // The message's `quoted` parts are shown as code, its text escaped.
    assert!(
        shown.contains("<code>status</code> is &quot;opne&quot;"),
        "{shown}"
    );
    assert!(!shown.contains('`'), "{shown}");
    assert!(page.contains("Buurtkamer Zeezicht"), "{page}");
    // Every page shows it, and it is there for scripts too.
    let (_, home) = server.get("/");
    assert!(banner(&home).is_some_and(|b| b.contains("content/rooms/kamer.md:5")));
    let (_, problems) = server.get("/__mienskip/problems.json");
    let problems: serde_json::Value = serde_json::from_str(&problems).unwrap();
    assert_eq!(problems[0]["path"], "content/rooms/kamer.md");
    assert_eq!(problems[0]["line"], 5);

    // Fixed: the banner goes, the fixed page is served.
    write(site.path(), ROOM, room("Buurtkamer Vuurtoren", "open"));
    let page = server.wait_for("/kamers/kamer/", "the fixed page", |b| {
        b.contains("Buurtkamer Vuurtoren") && banner(b).is_none()
    });
    assert!(!page.contains("Zeezicht"), "{page}");

    let printed = server.printed();
    assert!(
        printed
            .iter()
            .any(|l| l.contains("rebuilt in") && l.contains(" ms")),
        "{printed:?}"
    );
    drop(server);
    assert!(
        !site.path().join("site").exists(),
        "serve wrote a site to disk"
    );
}

#[test]
fn the_version_changes_on_a_rebuild_and_only_html_is_changed() {
    let site = copy_fixture("minimal");
    let server = Server::start(site.path());
    let (status, first) = server.get("/__mienskip/version");
    assert_eq!(status, 200);
    let (_, script) = server.get("/__mienskip/live-reload.js");
    assert!(script.contains("location.reload()"), "{script}");

    // Data files are served as built: the same bytes as `mienskip build` writes.
    let (_out, built) = build_ok(site.path());
    let (status, csv) = server.get("/data/rooms.csv");
    assert_eq!(status, 200);
    assert_eq!(
        csv,
        std::fs::read_to_string(built.join("data/rooms.csv")).unwrap()
    );
    let written = std::fs::read_to_string(built.join("kamers/kamer/index.html")).unwrap();
    assert!(
        !written.contains("__mienskip"),
        "the built site has the reload script"
    );

    let (status, _) = server.get("/bestaat-niet/");
    assert_eq!(status, 404);

    write(site.path(), ROOM, room("Buurtkamer Oost", "open"));
    server.wait_for("/__mienskip/version", "a new version", |v| v != first);
}

#[test]
fn a_site_that_never_built_shows_its_errors_until_fixed() {
    let site = copy_fixture("minimal");
    write(site.path(), ROOM, room("Buurtkamer Noord", "gesloten"));
    let server = Server::start(site.path());
    let (status, page) = server.get("/kamers/kamer/");
    assert_eq!(status, 503);
    assert!(
        banner(&page).is_some_and(|b| b.contains("content/rooms/kamer.md:5")),
        "{page}"
    );
    write(site.path(), ROOM, room("Buurtkamer Noord", "open"));
    server.wait_for("/kamers/kamer/", "the page", |b| {
        b.contains("Buurtkamer Noord") && banner(b).is_none()
    });
}

#[test]
fn a_port_in_use_is_a_command_error() {
    let site = copy_fixture("minimal");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let output = mienskip(&[
        "serve",
        "--port",
        &port,
        "--root",
        site.path().to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("--port 0"), "{}", stderr(&output));
}
