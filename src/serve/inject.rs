//! What `serve` adds to the HTML pages it serves (never to the built `site/`): a banner
//! with the content's problems at the top of the page, readable without JavaScript, and
//! a small script that reloads the page when the site is rebuilt.

use crate::diagnostics::{Diagnostic, Severity};
use crate::text::escape::html as escape;

/// Where the reload script asks for the site's version.
pub const VERSION_PATH: &str = "/__mienskip/version";
/// The reload script.
pub const SCRIPT_PATH: &str = "/__mienskip/live-reload.js";
/// The banner's styles (a file, so that a strict Content-Security-Policy allows them).
pub const STYLE_PATH: &str = "/__mienskip/problems.css";

/// Polls the version and reloads when it changes; the version the page was served with
/// comes from the script's own address.
pub const SCRIPT: &str = r#"// mienskip serve: reloads this page when the site has been rebuilt.
(function () {
  var me = document.currentScript;
  var version = me ? new URL(me.src).searchParams.get("v") : null;
  function poll() {
    fetch("/__mienskip/version", { cache: "no-store" })
      .then(function (response) { return response.text(); })
      .then(function (now) {
        if (version === null) { version = now; }
        if (now !== version) { location.reload(); } else { setTimeout(poll, 400); }
      }, function () { setTimeout(poll, 1000); });
  }
  setTimeout(poll, 400);
})();
"#;

pub const STYLE: &str = r#"#mienskip-problems {
  position: sticky; top: 0; z-index: 2147483647; margin: 0; padding: 0.75rem 1rem;
  max-height: 50vh; overflow: auto; background: #fff1f0; color: #5c0000;
  border-bottom: 4px solid #c00; font: 16px/1.45 system-ui, sans-serif; text-align: left;
}
#mienskip-problems.mienskip-warnings { background: #fffbe6; color: #4d3800; border-color: #d4a300; }
#mienskip-problems ul { margin: 0.5rem 0 0; padding-left: 1.25rem; }
#mienskip-problems li { margin: 0.2rem 0; }
#mienskip-problems code { font: 15px/1.45 ui-monospace, monospace; font-weight: bold; }
"#;

/// The banner listing `problems`, or nothing when there are none. `stale` says that the
/// page shown is the last good version, not the current content.
pub fn banner(problems: &[Diagnostic], stale: bool) -> String {
    if problems.is_empty() {
        return String::new();
    }
    let errors = problems
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    let headline = if errors > 0 {
        let count = crate::msg!("serve-banner-count", errors = errors, warnings = warnings);
        crate::msg!(
            "serve-banner-errors",
            summary = count.text(),
            kept = if stale { "yes" } else { "no" }
        )
    } else {
        crate::msg!("serve-banner-warnings", warnings = warnings)
    };
    let class = if errors > 0 {
        ""
    } else {
        " class=\"mienskip-warnings\""
    };
    let mut html = format!(
        "<div id=\"mienskip-problems\"{class} role=\"alert\"><link rel=\"stylesheet\" href=\"{STYLE_PATH}\"><strong>{}</strong><ul>",
        with_code(&headline.text())
    );
    for problem in problems {
        let place = match problem.line {
            Some(line) => format!("{}:{line}", problem.path),
            None => problem.path.clone(),
        };
        html.push_str(&format!(
            "<li><code>{}</code> {}: {}</li>",
            escape(&place),
            escape(&problem.severity.label()),
            with_code(&problem.text())
        ));
    }
    html.push_str("</ul></div>");
    html
}

/// `text` escaped for HTML, each stretch between backticks (a key, a value, a fix to type)
/// shown as code, as in Markdown: a run of backticks is closed by a run of the same length,
/// and one without a partner stays as it is.
fn with_code(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(start) = rest.find('`') {
        out.push_str(&escape(&rest[..start]));
        let after = &rest[start..];
        let fence = after.len() - after.trim_start_matches('`').len();
        let inside = &after[fence..];
        match closing(inside, fence) {
            Some(end) => {
                let code = &inside[..end];
                // `` ` `` is a backtick: one space on each side is padding.
                let code = match code.strip_prefix(' ').and_then(|c| c.strip_suffix(' ')) {
                    Some(trimmed) if !trimmed.is_empty() => trimmed,
                    _ => code,
                };
                out.push_str("<code>");
                out.push_str(&escape(code));
                out.push_str("</code>");
                rest = &inside[end + fence..];
            }
            None => {
                out.push_str(&escape(&after[..fence]));
                rest = inside;
            }
        }
    }
    out.push_str(&escape(rest));
    out
}

/// Where in `text` a run of exactly `fence` backticks starts.
fn closing(text: &str, fence: usize) -> Option<usize> {
    let mut at = 0;
    while let Some(found) = text[at..].find('`') {
        let start = at + found;
        let run = text[start..].len() - text[start..].trim_start_matches('`').len();
        if run == fence {
            return Some(start);
        }
        at = start + run;
    }
    None
}

/// The tag that loads the reload script, for a page of site version `version`.
pub fn script_tag(version: u64) -> String {
    format!("<script src=\"{SCRIPT_PATH}?v={version}\"></script>")
}

/// Puts `banner` right after `<body ...>` and `script` right before `</body>` (or at the
/// start and end when the page has no such tags).
pub fn inject(html: &[u8], banner: &str, script: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let lower = text.to_ascii_lowercase();
    let body_start = lower
        .find("<body")
        .and_then(|at| lower[at..].find('>').map(|end| at + end + 1));
    let body_end = lower.rfind("</body");
    let mut out = String::with_capacity(text.len() + banner.len() + script.len());
    match (body_start, body_end) {
        (Some(start), Some(end)) if start <= end => {
            out.push_str(&text[..start]);
            out.push_str(banner);
            out.push_str(&text[start..end]);
            out.push_str(script);
            out.push_str(&text[end..]);
        }
        (Some(start), _) => {
            out.push_str(&text[..start]);
            out.push_str(banner);
            out.push_str(&text[start..]);
            out.push_str(script);
        }
        _ => {
            out.push_str(banner);
            out.push_str(&text);
            out.push_str(script);
        }
    }
    out.into_bytes()
}

/// The page served when there is no good site yet: only the problems.
pub fn no_site_page(problems: &[Diagnostic], version: u64) -> Vec<u8> {
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head><body><p>{}</p></body></html>\n",
        crate::messages::language().code(),
        escape(&crate::msg!("serve-no-site-title").text()),
        escape(&crate::msg!("serve-no-site-text").text())
    );
    inject(
        page.as_bytes(),
        &banner(problems, false),
        &script_tag(version),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn banner_after_body_script_before_its_end() {
        let problems = [Diagnostic::error(
            "content/rooms/a.md",
            Some(5),
            crate::msg!("link-no-page", target = "/a/", why = "\"opne\" <oops>"),
        )];
        let page = b"<!DOCTYPE html><html><head></head><BODY class=\"x\"><p>Hoi</p></body></html>";
        let out =
            String::from_utf8(inject(page, &banner(&problems, true), &script_tag(3))).unwrap();
        assert!(
            out.starts_with(
                "<!DOCTYPE html><html><head></head><BODY class=\"x\"><div id=\"mienskip-problems\""
            ),
            "{out}"
        );
        assert!(
            out.contains(
                "<code>content/rooms/a.md:5</code> fout: de link naar <code>/a/</code> gaat naar geen pagina van de site: &quot;opne&quot; &lt;oops&gt;"
            ),
            "{out}"
        );
        assert!(
            out.contains("1 fout. Je ziet de laatste versie zonder fouten."),
            "{out}"
        );
        assert!(
            out.ends_with(
                "<p>Hoi</p><script src=\"/__mienskip/live-reload.js?v=3\"></script></body></html>"
            ),
            "{out}"
        );
    }

    #[test]
    fn no_banner_without_problems_and_pages_without_body() {
        assert_eq!(banner(&[], true), "");
        let out = inject(b"<p>x</p>", "B", "S");
        assert_eq!(out, b"B<p>x</p>S");
    }

    #[test]
    fn warnings_alone_say_the_site_is_current() {
        let problems = [Diagnostic::warning(
            "content/rooms/a.md",
            Some(9),
            crate::msg!("activity-why-closed"),
        )];
        let html = banner(&problems, true);
        assert!(html.contains("mienskip-warnings"), "{html}");
        assert!(
            html.contains("1 waarschuwing. De site is bijgewerkt."),
            "{html}"
        );
    }

    #[test]
    fn backticks_become_code_and_everything_else_is_escaped() {
        assert_eq!(
            with_code("`a<b>` and `` ` `` or `open"),
            "<code>a&lt;b&gt;</code> and <code>`</code> or `open"
        );
        assert_eq!(with_code("no code & more"), "no code &amp; more");
        assert_eq!(with_code("``"), "``");
    }
}
