//! The preview server (`mienskip serve`) against hostile clients, over raw TCP: huge
//! addresses and headers, a page of another site reaching it through DNS rebinding (a
//! foreign `Host`), requests without `Host`, and clients that pipeline requests and never
//! read the answers while a normal visitor still gets its page. And after all that
//! hardening the preview still serves every file of a build as built.

use crate::common::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::Child;
use std::time::{Duration, Instant};

/// How long one answer may take at most. Only bounds a test that would otherwise hang: a
/// server held up by other clients never answers at all.
const PATIENCE: Duration = Duration::from_secs(20);

/// A running `mienskip serve --port 0`, killed when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start(root: &Path) -> Server {
        let (child, base, _) = start_serve(root);
        let port = base
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .expect("a port");
        Server { child, port }
    }

    fn connect(&self) -> TcpStream {
        let stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connects");
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        stream.set_write_timeout(Some(PATIENCE)).unwrap();
        stream
    }

    fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// Sends `request` as it is and returns the status code and body of the answer. The
    /// server may close the connection before all of a huge request is sent; what it
    /// answered is read all the same.
    fn exchange(&self, request: &[u8]) -> (u16, Vec<u8>) {
        let mut stream = self.connect();
        let _ = stream.write_all(request);
        let _ = stream.flush();
        read_answer(&mut BufReader::new(stream))
    }

    fn get(&self, path: &str) -> (u16, Vec<u8>) {
        let request = format!(
            "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.host()
        );
        self.exchange(request.as_bytes())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Reads one HTTP/1.1 answer: its status code and its body (by Content-Length, or to the
/// end of the connection).
fn read_answer(reader: &mut impl BufRead) -> (u16, Vec<u8>) {
    let mut line = String::new();
    reader.read_line(&mut line).expect("an answer");
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line: {line:?}"));
    let mut length = None;
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).expect("headers");
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse::<usize>().ok();
            }
        }
    }
    let mut body = Vec::new();
    match length {
        Some(n) => {
            body.resize(n, 0);
            reader.read_exact(&mut body).expect("the body");
        }
        None => {
            let _ = reader.read_to_end(&mut body);
        }
    }
    (status, body)
}

fn text(body: &[u8]) -> String {
    String::from_utf8_lossy(body).into_owned()
}

#[test]
fn huge_requests_are_refused() {
    let site = copy_fixture("minimal");
    let server = Server::start(site.path());
    let host = server.host();

    // 100 KB of address: refused before it is read whole.
    let url = format!("/{}", "a".repeat(100_000));
    let (status, _) =
        server.exchange(format!("GET {url} HTTP/1.1\r\nHost: {host}\r\n\r\n").as_bytes());
    assert_eq!(status, 431, "a 100 KB request line");

    // An address over 8 KiB that still fits in the limit for all headers.
    let url = format!("/{}", "a".repeat(10_000));
    let (status, body) =
        server.exchange(format!("GET {url} HTTP/1.1\r\nHost: {host}\r\n\r\n").as_bytes());
    assert_eq!(status, 414, "{}", text(&body));

    // 100 KB of headers, in one header and in many small ones.
    let big = format!(
        "GET / HTTP/1.1\r\nHost: {host}\r\nX-Padding: {}\r\n\r\n",
        "b".repeat(100_000)
    );
    assert_eq!(server.exchange(big.as_bytes()).0, 431, "one 100 KB header");
    let many: String = (0..5_000)
        .map(|i| format!("X-H{i}: {i:0>12}\r\n"))
        .collect();
    let many = format!("GET / HTTP/1.1\r\nHost: {host}\r\n{many}\r\n");
    assert!(many.len() > 100_000);
    assert_eq!(server.exchange(many.as_bytes()).0, 431, "5,000 headers");

    // The server is still there for a normal request.
    let (status, body) = server.get("/kamers/kamer/");
    assert_eq!(status, 200);
    assert!(text(&body).contains("Buurtkamer Noord"));
}

#[test]
fn only_its_own_host_is_answered() {
    let site = copy_fixture("minimal");
    let server = Server::start(site.path());
    let port = server.port;
    let ask = |head: &str| {
        let (status, body) =
            server.exchange(format!("GET /kamers/kamer/ HTTP/1.1\r\n{head}\r\n").as_bytes());
        (status, text(&body))
    };

    // Its own addresses, by number and by name.
    for host in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("[::1]:{port}"),
    ] {
        let (status, body) = ask(&format!("Host: {host}\r\nConnection: close\r\n"));
        assert_eq!(status, 200, "Host: {host}");
        assert!(body.contains("Buurtkamer Noord"), "Host: {host}");
    }

    // A page of another site whose name now points at 127.0.0.1 sends its own name.
    for host in [
        format!("rebind.evil.example:{port}"),
        "rebind.evil.example".to_string(),
        format!("127.0.0.1:{}", port.wrapping_add(1)),
        format!("localhost.evil.example:{port}"),
    ] {
        let (status, body) = ask(&format!("Host: {host}\r\n"));
        assert_eq!(status, 421, "Host: {host}");
        assert!(!body.contains("Buurtkamer Noord"), "Host: {host}: {body}");
    }
    // An address of another host in the request line counts as much as the header.
    let (status, _) = server.exchange(
        format!("GET http://evil.example/kamers/kamer/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n")
            .as_bytes(),
    );
    assert!(status == 421 || status == 400, "{status}");

    // No Host at all, in HTTP/1.1 and in HTTP/1.0; and two of them.
    let (status, body) = ask("");
    assert_eq!(status, 400, "{body}");
    assert!(!body.contains("Buurtkamer Noord"));
    let (status, body) = text_answer(server.exchange(b"GET /kamers/kamer/ HTTP/1.0\r\n\r\n"));
    assert_eq!(status, 400, "{body}");
    let (status, _) = ask(&format!("Host: 127.0.0.1:{port}\r\nHost: evil.example\r\n"));
    assert_eq!(status, 400);
}

fn text_answer((status, body): (u16, Vec<u8>)) -> (u16, String) {
    (status, text(&body))
}

#[test]
fn clients_that_never_read_do_not_hold_up_a_visitor() {
    let site = copy_fixture("minimal");
    let server = Server::start(site.path());
    // A file of some 47 KB, asked 200 times on each connection: far more than the socket
    // buffers hold, so serving each connection stalls until its client reads.
    let one = format!(
        "GET /pagefind/pagefind.js HTTP/1.1\r\nHost: {}\r\n\r\n",
        server.host()
    );
    let (status, file) = server.get("/pagefind/pagefind.js");
    assert_eq!(status, 200);
    assert!(file.len() > 40_000, "{}", file.len());
    let pipelined = one.repeat(200);
    let mut stalled = Vec::new();
    for _ in 0..16 {
        let mut stream = server.connect();
        stream.write_all(pipelined.as_bytes()).unwrap();
        // Read only the first status line, to know the server is at work on this one.
        let mut first = [0u8; 12];
        stream.read_exact(&mut first).unwrap();
        assert_eq!(&first, b"HTTP/1.1 200");
        stalled.push(stream);
    }

    // And a few that send half a request and then nothing.
    for _ in 0..4 {
        let mut stream = server.connect();
        stream
            .write_all(format!("GET / HTTP/1.1\r\nHost: {}\r\nX-Wait:", server.host()).as_bytes())
            .unwrap();
        stalled.push(stream);
    }

    // A 17th client, a normal visitor, gets its page.
    let started = Instant::now();
    let (status, body) = server.get("/kamers/kamer/");
    assert_eq!(status, 200);
    assert!(text(&body).contains("Buurtkamer Noord"));
    assert!(started.elapsed() < PATIENCE);
    // And so does one more after it, on the same footing.
    assert_eq!(server.get("/data/rooms.csv").0, 200);
    drop(stalled);
}

#[test]
fn every_file_of_a_build_is_served_as_built() {
    let site = copy_fixture("minimal");
    let (_out, built) = build_ok(site.path());
    let server = Server::start(site.path());
    let files = tree(&built);
    assert!(files.len() > 20, "{}", files.len());
    for (path, bytes) in files {
        let (status, served) = server.get(&format!("/{path}"));
        assert_eq!(status, 200, "{path}");
        if path == "sw.js" {
            // The preview's service worker removes itself: no offline copy of a draft.
            assert!(text(&served).contains("unregister"), "{path}");
        } else if path.ends_with(".html") {
            // Pages get the reload script (and a banner while there are problems).
            let script = "<script src=\"/__mienskip/live-reload.js?v=1\"></script>";
            let page = text(&served).replacen(script, "", 1);
            assert_eq!(page, text(&bytes), "{path}");
        } else {
            assert!(served == bytes, "{path} is not served as built");
        }
    }
}
