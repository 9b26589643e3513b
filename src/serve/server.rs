//! The preview's HTTP server: hyper on a tokio runtime of its own, bounded so that no web
//! page and no client can read the preview from another origin or hold it up for others.
//!
//! - Only 127.0.0.1 is listened on.
//! - A request's line and headers together are at most [`MAX_HEADER_BYTES`] (hyper answers
//!   431 past that) and its address at most [`MAX_TARGET_BYTES`] (414).
//! - The `Host` must be this preview's own address (127.0.0.1, localhost or [::1] with its
//!   port): a page on another site that points its name at 127.0.0.1 (DNS rebinding) sends
//!   its own name and gets 421; a request without `Host` gets 400.
//! - Every connection is a task, not one of a few threads, so clients that send and never
//!   read hold up only themselves; each connection ends after [`CONNECTION_LIFETIME`]
//!   (a browser opens a new one), and at most [`MAX_CONNECTIONS`] are open at once.

use super::{http, Snapshot};
use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::header::{HeaderValue, CACHE_CONTROL, CONNECTION, CONTENT_TYPE, HOST, LOCATION};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use std::convert::Infallible;
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// The request line and headers together, in bytes. A browser's requests to the preview
/// are well under 2 KiB.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
/// The request's address (path and query), in bytes.
pub const MAX_TARGET_BYTES: usize = 8 * 1024;
/// Headers in one request.
const MAX_HEADERS: usize = 64;
/// How long a client may take to send a request's headers.
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// How long one connection is kept; then the request under way is finished and the
/// connection closed.
pub const CONNECTION_LIFETIME: Duration = Duration::from_secs(60);
/// How long a connection may take to finish after [`CONNECTION_LIFETIME`] before it is
/// dropped (a client that does not read its answer never finishes).
const GRACE: Duration = Duration::from_secs(10);
/// Connections open at once; more wait to be accepted.
const MAX_CONNECTIONS: usize = 256;

/// What the request handlers read: the site being served now.
pub type Current = Arc<RwLock<Arc<Snapshot>>>;

/// Listens on 127.0.0.1:`port` (0 for any free port), before anything else is started, so
/// that a port in use is reported at once.
pub fn bind(port: u16) -> std::io::Result<std::net::TcpListener> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", port))?;
    listener.set_nonblocking(true)?;
    Ok(listener)
}

/// Serves `current` on `listener` from a thread of its own, for as long as the process runs.
pub fn spawn(listener: std::net::TcpListener, current: Current) -> std::io::Result<()> {
    let port = listener.local_addr()?.port();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let listener = {
        let _inside = runtime.enter();
        tokio::net::TcpListener::from_std(listener)?
    };
    std::thread::Builder::new()
        .name("mienskip-serve".into())
        .spawn(move || runtime.block_on(accept(listener, port, current)))?;
    Ok(())
}

async fn accept(listener: tokio::net::TcpListener, port: u16, current: Current) {
    let slots = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT)
        .max_header_size(MAX_HEADER_BYTES)
        .max_headers(MAX_HEADERS);
    loop {
        let Ok(slot) = Arc::clone(&slots).acquire_owned().await else {
            return;
        };
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                // Out of file descriptors, or a connection reset before it was accepted:
                // try again a little later rather than spin.
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let current = Arc::clone(&current);
        let service = hyper::service::service_fn(move |request| {
            let current = Arc::clone(&current);
            async move { Ok::<_, Infallible>(handle(request, port, &current).await) }
        });
        let connection = builder.serve_connection(TokioIo::new(stream), service);
        tokio::spawn(async move {
            let mut connection = std::pin::pin!(connection);
            if tokio::time::timeout(CONNECTION_LIFETIME, connection.as_mut())
                .await
                .is_err()
            {
                connection.as_mut().graceful_shutdown();
                let _ = tokio::time::timeout(GRACE, connection).await;
            }
            drop(slot);
        });
    }
}

/// Why a request is not answered from the site.
#[derive(Debug, PartialEq)]
enum Refusal {
    /// No `Host`, more than one, or one that is not text.
    NoHost,
    /// A `Host` (or an address in the request line) other than this preview's.
    ForeignHost,
}

/// Whether `host` (a `Host` header's value) names this preview: 127.0.0.1, localhost or
/// [::1] with `port` (or without a port if that is 80, as browsers send it).
fn own_host(host: &str, port: u16) -> bool {
    let (name, given_port) = match host.rsplit_once(':') {
        Some((name, p)) if !p.contains(']') => (name, Some(p)),
        _ => (host, None),
    };
    let port_ok = match given_port {
        Some(p) => p.parse::<u16>().ok() == Some(port) && !p.starts_with('+'),
        None => port == 80,
    };
    port_ok && (name == "127.0.0.1" || name == "[::1]" || name.eq_ignore_ascii_case("localhost"))
}

fn check_host<B>(request: &Request<B>, port: u16) -> Result<(), Refusal> {
    let mut hosts = request.headers().get_all(HOST).iter();
    let (Some(host), None) = (hosts.next(), hosts.next()) else {
        return Err(Refusal::NoHost);
    };
    let host = host.to_str().map_err(|_| Refusal::NoHost)?;
    if !own_host(host, port) {
        return Err(Refusal::ForeignHost);
    }
    // `GET http://other.example/ HTTP/1.1` names the host in the request line too.
    match request.uri().authority() {
        Some(authority) if !own_host(authority.as_str(), port) => Err(Refusal::ForeignHost),
        _ => Ok(()),
    }
}

fn plain(status: StatusCode, text: String) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(text)));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// A refusal, after which the connection is closed.
fn refuse(status: StatusCode, text: String) -> Response<Full<Bytes>> {
    let mut response = plain(status, text);
    response
        .headers_mut()
        .insert(CONNECTION, HeaderValue::from_static("close"));
    response
}

async fn handle(request: Request<Incoming>, port: u16, current: &Current) -> Response<Full<Bytes>> {
    let own = format!("http://127.0.0.1:{port}/");
    match check_host(&request, port) {
        Ok(()) => {}
        Err(Refusal::NoHost) => {
            return refuse(
                StatusCode::BAD_REQUEST,
                format!(
                    "{}\n",
                    crate::msg!("serve-http-no-host", address = own.as_str())
                ),
            )
        }
        Err(Refusal::ForeignHost) => {
            return refuse(
                StatusCode::MISDIRECTED_REQUEST,
                format!(
                    "{}\n",
                    crate::msg!("serve-http-foreign-host", address = own.as_str())
                ),
            )
        }
    }
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return plain(
            StatusCode::METHOD_NOT_ALLOWED,
            format!("{}\n", crate::msg!("serve-http-only-get")),
        );
    }
    let target = request
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".into());
    if target.len() > MAX_TARGET_BYTES {
        return refuse(
            StatusCode::URI_TOO_LONG,
            format!(
                "{}\n",
                crate::msg!("serve-http-too-long", limit = MAX_TARGET_BYTES)
            ),
        );
    }
    let snapshot = Arc::clone(&current.read().expect("snapshot lock"));
    // A page is rendered when first asked for: off the thread that runs the connections.
    let answer = tokio::task::spawn_blocking(move || http::answer(&target, &snapshot)).await;
    let Ok(answer) = answer else {
        return plain(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("{}\n", crate::msg!("serve-http-render-failed")),
        );
    };
    let mut response = Response::new(Full::new(Bytes::from(answer.body)));
    *response.status_mut() =
        StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(answer.content_type));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Some(location) = answer.location.and_then(|l| HeaderValue::try_from(l).ok()) {
        headers.insert(LOCATION, location);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(host: &[&str], target: &str) -> Request<()> {
        let mut builder = Request::get(target);
        for h in host {
            builder = builder.header(HOST, *h);
        }
        builder.body(()).unwrap()
    }

    #[test]
    fn only_its_own_host_is_answered() {
        for host in [
            "127.0.0.1:4000",
            "localhost:4000",
            "LocalHost:4000",
            "[::1]:4000",
        ] {
            assert_eq!(check_host(&request(&[host], "/"), 4000), Ok(()), "{host}");
        }
        for host in [
            "evil.example:4000",
            "127.0.0.1",
            "127.0.0.1:4001",
            "127.0.0.1:+4000",
            "localhost.evil.example:4000",
            "127.0.0.1.nip.io:4000",
            "[::1]",
            "0.0.0.0:4000",
            "",
        ] {
            assert_eq!(
                check_host(&request(&[host], "/"), 4000),
                Err(Refusal::ForeignHost),
                "{host}"
            );
        }
        assert_eq!(check_host(&request(&[], "/"), 4000), Err(Refusal::NoHost));
        assert_eq!(
            check_host(&request(&["127.0.0.1:4000", "127.0.0.1:4000"], "/"), 4000),
            Err(Refusal::NoHost)
        );
        assert_eq!(
            check_host(
                &request(&["127.0.0.1:4000"], "http://evil.example:4000/"),
                4000
            ),
            Err(Refusal::ForeignHost)
        );
        assert_eq!(
            check_host(
                &request(&["127.0.0.1:4000"], "http://127.0.0.1:4000/"),
                4000
            ),
            Ok(())
        );
        // Port 80 may be left out, as browsers do.
        assert_eq!(check_host(&request(&["localhost"], "/"), 80), Ok(()));
    }
}
