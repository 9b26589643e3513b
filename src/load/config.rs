//! Reading `site.yaml`, the site's settings.

use super::fields::Reader;
use super::read::read_text;
use super::yaml;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::limits::{MAX_CONTENT_FILE_BYTES, MAX_LANGUAGES};
use crate::model::keys;
use crate::model::{Config, HolidayPolicy, MapTiles, Municipality, Publisher};
use std::path::Path;

/// Reads `site.yaml`; `None` if it is missing or has errors (which are reported).
pub fn load(root: &Path, diags: &mut Diagnostics) -> Option<Config> {
    if !root.join("site.yaml").is_file() {
        diags.push(Diagnostic::error(
            "site.yaml",
            None,
            crate::msg!("file-no-site-yaml"),
        ));
        return None;
    }
    let text = read_text(root, "site.yaml", MAX_CONTENT_FILE_BYTES, diags)?;
    let mut reader = Reader::new("site.yaml");
    let config = read(&text, &mut reader);
    diags.extend(reader.diags);
    config
}

/// The `language` written in `site.yaml`, read before anything else so that every message
/// of the run is in the site's language; `None` when there is none or the file cannot be
/// read (then the full check reports why).
pub fn written_language(root: &Path) -> Option<String> {
    let mut ignored = Diagnostics::new();
    if !root.join("site.yaml").is_file() {
        return None;
    }
    let text = read_text(root, "site.yaml", MAX_CONTENT_FILE_BYTES, &mut ignored)?;
    let node = yaml::parse(&text, 1).ok()?;
    match node.value {
        yaml::Value::Map(entries) => entries
            .iter()
            .find(|(key, _)| key.scalar() == Some("language"))
            .and_then(|(_, value)| value.scalar().map(str::to_string)),
        _ => None,
    }
}

fn read(text: &str, r: &mut Reader) -> Option<Config> {
    let mut node = r.parse_yaml(text, 1)?;
    node.line = 1;
    let f = r.keyed(&node, crate::msg!("place-site"), &keys::SITE)?;
    let base_url = r
        .req_text(&f, "base_url", "https://kamers.example.nl/")
        .and_then(|url| {
            if let Some(url) = absolute_base_url(&url) {
                Some(url)
            } else {
                r.error(
                    f.line_of("base_url"),
                    crate::msg!(
                        "site-base-url-not-absolute",
                        url = crate::diagnostics::quote_value(&url)
                    ),
                );
                None
            }
        });
    let language = match r.opt_text(&f, "language") {
        Some(language) => check_language(language, f.line_of("language"), r)?,
        None => "nl".to_string(),
    };
    let mut languages = vec![language.clone()];
    let listed = r.text_list(&f, "languages");
    // Every page exists once per language and names all the others: checked before any
    // code is looked at, so that a list of hundreds costs nothing more.
    let extra: std::collections::BTreeSet<&str> = listed
        .iter()
        .map(|(code, _)| code.as_str())
        .filter(|code| *code != language)
        .collect();
    if extra.len() + 1 > MAX_LANGUAGES {
        r.error(
            f.line_of("languages"),
            crate::msg!(
                "site-too-many-languages",
                limit = MAX_LANGUAGES,
                count = extra.len() + 1,
                extra = extra.len()
            ),
        );
        return None;
    }
    for (code, line) in listed {
        if let Some(code) = check_language(code, line, r) {
            if !languages.contains(&code) {
                languages.push(code);
            }
        }
    }
    // Once the languages are known: a text per language names them.
    let title = r
        .required(&f, "title", "Buurt- en dorpskamers Leeuwarden")
        .and_then(|_| super::per_language::read(r, &f, "title", &language, &languages));
    let description = super::per_language::read(r, &f, "description", &language, &languages);
    let municipality = f.get("municipality").and_then(|n| {
        let m = r.keyed(
            n,
            crate::msg!("place-key", key = "municipality"),
            &keys::MUNICIPALITY,
        )?;
        Some(Municipality {
            name: r.opt_text(&m, "name"),
            cbs_code: r.opt_text(&m, "cbs_code"),
        })
    });
    let publisher = f.get("publisher").and_then(|n| {
        let p = r.keyed(
            n,
            crate::msg!("place-key", key = "publisher"),
            &keys::PUBLISHER,
        )?;
        // `uri` names the publisher in linked data (DCAT-AP-NL wants a TOOI identifier), so
        // it must be an absolute web address; anything else would make the catalogue invalid.
        let uri = r.opt_text(&p, "uri").filter(|uri| {
            let absolute = (uri.starts_with("https://") || uri.starts_with("http://"))
                && uri.len() > "https://".len()
                && !uri.contains(char::is_whitespace);
            if !absolute {
                r.error(
                    p.line_of("uri"),
                    crate::msg!(
                        "site-publisher-uri-not-absolute",
                        uri = crate::diagnostics::quote_value(uri)
                    ),
                );
            }
            absolute
        });
        Some(Publisher {
            name: r.req_text(&p, "name", "Gemeente Leeuwarden")?,
            email: r.opt_text(&p, "email").filter(|email| {
                // `security.txt` and the catalogue take it as one token; a line break or a
                // space would add lines or fields of its own.
                let plausible = email.split_once('@').is_some_and(|(user, host)| {
                    !user.is_empty() && host.contains('.') && !host.starts_with('.')
                }) && !email.chars().any(|c| c.is_whitespace() || c.is_control());
                if !plausible {
                    r.error(
                        p.line_of("email"),
                        crate::msg!(
                            "site-publisher-email-invalid",
                            email = crate::diagnostics::quote_value(email)
                        ),
                    );
                }
                plausible
            }),
            url: r.opt_text(&p, "url"),
            uri,
        })
    });
    let timezone_name = r
        .opt_text(&f, "timezone")
        .unwrap_or_else(|| "Europe/Amsterdam".into());
    let timezone = match jiff::tz::TimeZone::get(&timezone_name) {
        Ok(tz) => Some(tz),
        Err(_) => {
            r.error(
                f.line_of("timezone"),
                crate::msg!(
                    "site-timezone-unknown",
                    timezone = crate::diagnostics::quote_value(&timezone_name)
                ),
            );
            None
        }
    };
    let map_fields = f
        .get("map")
        .map(|n| r.keyed(n, crate::msg!("place-key", key = "map"), &keys::MAP));
    let map_tiles = match &map_fields {
        None => Some(MapTiles::None),
        Some(fields) => fields
            .as_ref()
            .and_then(|m| match r.opt_text(m, "tiles").as_deref() {
                None | Some("none") => Some(MapTiles::None),
                Some("pdok") => Some(MapTiles::Pdok),
                Some("osm") => Some(MapTiles::Osm),
                Some(url)
                    if url.starts_with("https://")
                        && ["{z}", "{x}", "{y}"].iter().all(|p| url.contains(p)) =>
                {
                    Some(MapTiles::Template(url.to_string()))
                }
                Some(other) => {
                    r.error(
                        m.line_of("tiles"),
                        crate::msg!(
                            "site-tiles-invalid",
                            tiles = crate::diagnostics::quote_value(other)
                        ),
                    );
                    None
                }
            }),
    };
    // The basemap file is read by `load::geo::basemap` once the configuration is known.
    let map_basemap = map_fields.flatten().and_then(|m| {
        let file = r.opt_text(&m, "basemap")?;
        let line = m.line_of("basemap");
        // As an area's `geometry` is checked, and no empty or `.` parts either.
        let safe = super::files::is_relative_inside(&file)
            && file.split('/').all(|part| !part.is_empty() && part != ".");
        if safe {
            Some((file, line))
        } else {
            r.error(
                line,
                crate::msg!(
                    "basemap-path-not-inside",
                    file = crate::diagnostics::quote_value(&file)
                ),
            );
            None
        }
    });
    // How far back /wijzigingen/ looks: `changes: { days: 365, max_commits: 500 }`.
    let defaults = crate::model::ChangesWindow::default();
    let changes = match f.get("changes") {
        None => Some(defaults),
        Some(n) => r
            .keyed(n, crate::msg!("place-key", key = "changes"), &keys::CHANGES)
            .map(|c| {
                let limit = crate::limits::MAX_CHANGE_COMMITS as i64;
                crate::model::ChangesWindow {
                    days: r
                        .opt_integer(&c, "days", 0, 36_600)
                        .map_or(defaults.days, |d| d as u32),
                    max_commits: r
                        .opt_integer(&c, "max_commits", 0, limit)
                        .map_or(defaults.max_commits, |m| m as usize),
                }
            }),
    };
    let theme = r.opt_text(&f, "theme").unwrap_or_else(|| "default".into());
    if !crate::model::is_valid_id(&theme) {
        r.error(
            f.line_of("theme"),
            crate::msg!(
                "site-theme-not-id",
                theme = crate::diagnostics::quote_value(&theme)
            ),
        );
    }
    let holidays = match f.get("holidays") {
        Some(n) => r.choice(n, "holidays", &HolidayPolicy::choices()),
        None => Some(HolidayPolicy::Nl),
    };
    let editor = f.get("editor").and_then(|n| {
        let e = r.keyed(n, crate::msg!("place-key", key = "editor"), &keys::EDITOR)?;
        r.required(&e, "backend", "github")
            .and_then(|b| r.choice(b, "backend", &[("github", ())]))?;
        let repo = r.req_text(&e, "repo", "gemeente/kamers")?;
        let valid = repo.split('/').count() == 2
            && repo.split('/').all(|part| {
                !part.is_empty()
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
            });
        if !valid {
            r.error(
                e.line_of("repo"),
                crate::msg!(
                    "site-editor-repo-invalid",
                    repo = crate::diagnostics::quote_value(&repo)
                ),
            );
            return None;
        }
        let branch = r.opt_text(&e, "branch").unwrap_or_else(|| "main".into());
        Some(crate::model::Editor { repo, branch })
    });
    let license = r
        .opt_text(&f, "license")
        .unwrap_or_else(|| "CC0-1.0".into());
    let (title, title_translations) = title?;
    let (description, description_translations) = description.unzip();
    Some(Config {
        title,
        base_url: base_url?,
        language,
        languages,
        description,
        title_translations,
        description_translations: description_translations.unwrap_or_default(),
        municipality,
        publisher,
        license,
        timezone_name,
        timezone: timezone?,
        map_tiles: map_tiles?,
        map_basemap,
        basemap: None,
        theme,
        holidays: holidays?,
        changes: changes?,
        review_after_days: r
            .opt_integer(&f, "review_after_days", 1, 36_600)
            .map_or(crate::model::DEFAULT_REVIEW_AFTER_DAYS, |d| d as u32),
        editor,
    })
}

/// `url` as a site's address, ending in `/`, when it is an absolute http(s) address (of
/// `base_url` in site.yaml, or of `build --base-url`).
pub fn absolute_base_url(url: &str) -> Option<String> {
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return None;
    }
    Some(if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    })
}

fn check_language(code: String, line: usize, r: &mut Reader) -> Option<String> {
    let valid = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
    if valid {
        Some(code)
    } else {
        r.error(
            line,
            crate::msg!(
                "site-language-code-invalid",
                code = crate::diagnostics::quote_value(&code)
            ),
        );
        None
    }
}
