//! Answering one request from what is in memory: the site's files by address, the
//! problems banner and reload script added to HTML pages, and the reload endpoints.

use super::inject;
use super::Snapshot;
use std::sync::Arc;

/// An answer, before it is turned into the HTTP server's response.
#[derive(Debug, PartialEq)]
pub struct Answer {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    /// For redirects.
    pub location: Option<String>,
}

impl Answer {
    fn new(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Answer {
        Answer {
            status,
            content_type,
            body: body.into(),
            location: None,
        }
    }

    fn redirect(to: String) -> Answer {
        Answer {
            status: 302,
            content_type: "text/plain; charset=utf-8",
            body: format!("{}\n", crate::msg!("serve-http-see", address = to.as_str()))
                .into_bytes(),
            location: Some(to),
        }
    }
}

const HTML: &str = "text/html; charset=utf-8";

/// The content type of a file, by its extension.
pub fn content_type(path: &str) -> &'static str {
    let extension = path.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match extension.to_ascii_lowercase().as_str() {
        "html" | "htm" => HTML,
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "jsonld" => "application/ld+json",
        "geojson" => "application/geo+json",
        "csv" => "text/csv; charset=utf-8",
        "ics" => "text/calendar; charset=utf-8",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "txt" => "text/plain; charset=utf-8",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "pdf" => "application/pdf",
        "webmanifest" => "application/manifest+json",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

/// `%xx` escapes decoded; `None` if that does not give UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The answer to `GET url` from the current snapshot.
pub fn answer(url: &str, snapshot: &Snapshot) -> Answer {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    match path {
        inject::VERSION_PATH => {
            return Answer::new(
                200,
                "text/plain; charset=utf-8",
                snapshot.version.to_string(),
            )
        }
        inject::SCRIPT_PATH => {
            return Answer::new(200, "text/javascript; charset=utf-8", inject::SCRIPT)
        }
        inject::STYLE_PATH => return Answer::new(200, "text/css; charset=utf-8", inject::STYLE),
        "/__mienskip/problems.json" => {
            return Answer::new(
                200,
                "application/json",
                crate::diagnostics::to_json(&snapshot.problems),
            )
        }
        _ => {}
    }
    let Some(files) = &snapshot.files else {
        return Answer::new(
            503,
            HTML,
            inject::no_site_page(&snapshot.problems, snapshot.version),
        );
    };
    let Some(path) = percent_decode(path) else {
        return bad_address();
    };
    let base = snapshot.base_path.as_str();
    let Some(inside) = path.strip_prefix(base).or_else(|| {
        // `/kamers` for a site whose base is `/kamers/`.
        (format!("{path}/") == base).then_some("")
    }) else {
        if path == "/" {
            return Answer::redirect(base.to_string());
        }
        return not_found(files.as_ref(), snapshot);
    };
    if inside.split('/').any(|part| part == "..") {
        return bad_address();
    }
    if !path.ends_with('/') && inside.is_empty() {
        return Answer::redirect(format!("{path}/"));
    }
    let file = if inside.is_empty() || inside.ends_with('/') {
        format!("{inside}index.html")
    } else {
        inside.to_string()
    };
    match files.get(&file) {
        Some(bytes) => page(200, &file, &bytes, snapshot),
        None if files.get(&format!("{inside}/index.html")).is_some() => {
            Answer::redirect(format!("{path}/"))
        }
        None => not_found(files.as_ref(), snapshot),
    }
}

fn bad_address() -> Answer {
    Answer::new(
        400,
        "text/plain; charset=utf-8",
        format!("{}\n", crate::msg!("serve-http-bad-address")),
    )
}

fn not_found(files: &super::Files, snapshot: &Snapshot) -> Answer {
    match files.get("404.html") {
        Some(bytes) => page(404, "404.html", &bytes, snapshot),
        None => Answer::new(
            404,
            "text/plain; charset=utf-8",
            format!("{}\n", crate::msg!("serve-http-not-found")),
        ),
    }
}

/// A file as served: HTML pages get the banner and the reload script.
fn page(status: u16, file: &str, bytes: &Arc<[u8]>, snapshot: &Snapshot) -> Answer {
    let content_type = content_type(file);
    if content_type != HTML {
        return Answer::new(status, content_type, bytes.to_vec());
    }
    let body = inject::inject(
        bytes,
        &inject::banner(&snapshot.problems, snapshot.failed),
        &inject::script_tag(snapshot.version),
    );
    Answer::new(status, content_type, body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Diagnostic;
    use std::collections::HashMap;

    fn snapshot(base: &str) -> Snapshot {
        let mut files: HashMap<String, Arc<[u8]>> = HashMap::new();
        for (path, text) in [
            ("index.html", "<html><body>home</body></html>"),
            ("kamers/a/index.html", "<html><body>kamer a</body></html>"),
            ("data/rooms.csv", "id\r\na\r\n"),
            ("404.html", "<html><body>weg</body></html>"),
        ] {
            files.insert(path.to_string(), Arc::from(text.as_bytes()));
        }
        Snapshot {
            version: 7,
            files: Some(Arc::new(files)),
            preview: None,
            problems: Vec::new(),
            failed: false,
            base_path: base.to_string(),
        }
    }

    fn text(answer: &Answer) -> String {
        String::from_utf8(answer.body.clone()).unwrap()
    }

    #[test]
    fn pages_by_address() {
        let s = snapshot("/");
        let home = answer("/", &s);
        assert_eq!(home.status, 200);
        assert!(text(&home).contains("home<script src=\"/__mienskip/live-reload.js?v=7\">"));
        assert_eq!(answer("/kamers/a/?x=1", &s).status, 200);
        assert_eq!(
            answer("/kamers/a", &s).location.as_deref(),
            Some("/kamers/a/")
        );
        let csv = answer("/data/rooms.csv", &s);
        assert_eq!(csv.body, b"id\r\na\r\n");
        assert_eq!(csv.content_type, "text/csv; charset=utf-8");
        let missing = answer("/nergens/", &s);
        assert_eq!(missing.status, 404);
        assert!(text(&missing).contains("weg"));
        assert_eq!(answer("/kamers/../../etc/passwd", &s).status, 400);
        assert_eq!(text(&answer("/__mienskip/version", &s)), "7");
    }

    #[test]
    fn a_base_path_is_served_under_it() {
        let s = snapshot("/buurt/");
        assert_eq!(answer("/", &s).location.as_deref(), Some("/buurt/"));
        assert_eq!(answer("/buurt", &s).location.as_deref(), Some("/buurt/"));
        assert_eq!(answer("/buurt/kamers/a/", &s).status, 200);
        assert_eq!(answer("/kamers/a/", &s).status, 404);
    }

    #[test]
    fn errors_are_shown_over_the_last_good_site() {
        let mut s = snapshot("/");
        s.problems = vec![Diagnostic::error(
            "content/rooms/a.md",
            Some(4),
            crate::msg!("activity-why-closed"),
        )];
        s.failed = true;
        let page = text(&answer("/kamers/a/", &s));
        assert!(page.contains("content/rooms/a.md:4"), "{page}");
        assert!(page.contains("kamer a"), "{page}");
        s.files = None;
        let none = answer("/kamers/a/", &s);
        assert_eq!(none.status, 503);
        assert!(text(&none).contains("content/rooms/a.md:4"));
    }

    #[test]
    fn percent_escapes() {
        assert_eq!(percent_decode("/a%20b/").as_deref(), Some("/a b/"));
        assert_eq!(percent_decode("/%zz"), None);
        assert_eq!(percent_decode("/100%").as_deref(), Some("/100%"));
    }
}
