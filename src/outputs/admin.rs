//! The form editor at `/admin/` (Sveltia CMS, vendored under the theme's
//! `static/vendor/sveltia-cms/`), published only when `site.yaml` has `editor:`. Its
//! configuration is generated from the content format's tables (`schema::cms`). The one
//! page of the site that needs JavaScript; a Content-Security-Policy keeps it to this site
//! and the GitHub API, the Git backend it commits through. A small page script of ours
//! (`admin/mienskip.js`) makes the editor save values per year as mappings, and leave a
//! choice of three (a total's `in_kind`) out when it is not said.

use crate::model::Site;
use crate::output::OutputFile;
use crate::resolve::urls::Urls;
use crate::text::escape::html;

/// Where the editor is published.
pub const FOLDER: &str = "admin/";
/// Where the editor's program is among the theme's static files.
pub const VENDOR: &str = "vendor/sveltia-cms/";

/// Whether the file at `path` belongs to the editor (and so to no resident's offline copy).
pub fn is_editor_file(path: &str) -> bool {
    path.starts_with(FOLDER) || path.starts_with(VENDOR)
}

/// What the editor may load and where it may connect: this site, and GitHub's API for
/// reading and committing the content. Styles are inline (the editor's components set
/// them); pictures being uploaded are shown from `blob:` addresses.
const POLICY: &str = "default-src 'self'; script-src 'self' IMPORT_MAP; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; media-src 'self' blob:; connect-src 'self' data: blob: https://api.github.com; worker-src 'self' blob:; font-src 'self' data:; frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'none'";

/// Where the editor loads Immutable.js from (for its event hooks, which admin/mienskip.js
/// uses), and the copy beside it that the page's import map puts in its place.
const IMMUTABLE: (&str, &str) = (
    "https://unpkg.com/immutable@5.1.9/dist/immutable.es.js",
    "immutable.es.js",
);

/// The import map, and the policy that allows it (by its SHA-256) and nothing else inline.
fn import_map(base: &str) -> (String, String) {
    use base64::Engine;
    use sha2::Digest;
    let map =
        serde_json::json!({ "imports": { IMMUTABLE.0: format!("{base}{VENDOR}{}", IMMUTABLE.1) } });
    // No `</script>` can end it early, whatever site.yaml's address holds.
    let map = serde_json::to_string(&map)
        .expect("JSON")
        .replace('<', "\\u003c");
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(&map));
    let policy = POLICY.replace("IMPORT_MAP", &format!("'sha256-{hash}'"));
    (map, policy)
}

/// `admin/index.html` and `admin/config.yml`, or nothing when the site has no editor.
pub fn render(site: &Site) -> Vec<OutputFile> {
    let Some(editor) = &site.config.editor else {
        return Vec::new();
    };
    let base = Urls::new(&site.config.base_url, &site.config.language).base_path;
    let (map, policy) = import_map(&base);
    let page = format!(
        r#"<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<script type="importmap">{map}</script>
<title>Redactie: {title}</title>
</head>
<body>
<noscript><p>De formulier-editor heeft JavaScript nodig. Zonder JavaScript bewerk je de bestanden op GitHub, in de repository {repo}.</p></noscript>
<script src="{base}{VENDOR}sveltia-cms.js"></script>
<script src="{base}{FOLDER}mienskip.js"></script>
</body>
</html>
"#,
        title = html(&site.config.title),
        repo = html(&editor.repo),
        base = html(&base),
    );
    vec![
        OutputFile::new(format!("{FOLDER}index.html"), page),
        OutputFile::new(
            format!("{FOLDER}config.yml"),
            crate::schema::cms::config_text(editor, &site.config.languages),
        ),
        OutputFile::new(format!("{FOLDER}mienskip.js"), script()),
    ]
}

/// The editor keeps a key named like a number (`2024`) as a position in a list, and would
/// save `amounts: { 2024: 45000 }` as a list of 2,025 entries; it keeps what is typed into
/// a pair of year and value as text; and it has no switch that can be left unset. Before
/// each save of a budget this script turns every value per year back into a mapping of the
/// filled-in years (amounts and hours as numbers where they are written as one, `5000.50`),
/// and marks where one starts, so that the editor writes a mapping; empty years are left
/// out, and so is a value per year without any. A choice of three (`in_kind` of a total) is saved as true or false, or left out
/// when it is "niet vermeld".
const SCRIPT: &str = r#"// mienskip: what the budgets' forms save (src/outputs/admin.rs).
(() => {
  const split = (paths) => paths.map((p) => p.split('.'));
  const [perYear, numbers, choices] = [split(PER_YEAR), NUMBERS, split(TRI_STATE)];
  // Calls `change(holder, key, at)` for the value at `parts` (`*`: every item of a list).
  const each = (value, parts, at, change) => {
    if (value === null || typeof value !== 'object') return;
    const [part, ...rest] = parts;
    if (part === '*') {
      if (Array.isArray(value)) value.forEach((item, i) => each(item, rest, [...at, i], change));
      return;
    }
    if (rest.length > 0) {
      each(value[part], rest, [...at, part], change);
      return;
    }
    change(value, part, [...at, part]);
  };
  const number = /^-?[0-9]+(\.[0-9]+)?$/;
  window.CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      if (entry.get('collection') !== COLLECTION) return undefined;
      const data = entry.get('data').toJS();
      const marks = {};
      perYear.forEach((parts, i) => each(data, parts, [], (holder, key, at) => {
        const years = holder[key];
        if (years !== null && typeof years !== 'object') return;
        const mapping = {};
        for (const [year, value] of Object.entries(years ?? {})) {
          const text = typeof value === 'string' ? value.trim() : value;
          if (text === undefined || text === null || text === '') continue;
          mapping[year.trim()] = numbers[i] && typeof text === 'string' && number.test(text) ? Number(text) : text;
        }
        // No years (the editor keeps `null` there): the key is left out.
        if (Object.keys(mapping).length === 0) {
          delete holder[key];
          return;
        }
        holder[key] = mapping;
        marks[at.join('.')] = {};
      }));
      for (const parts of choices) each(data, parts, [], (holder, key) => {
        const value = holder[key];
        if (value === true || value === 'true') holder[key] = true;
        else if (value === false || value === 'false') holder[key] = false;
        else delete holder[key];
      });
      return entry.get('data').clear().merge({ ...data, ...marks });
    },
  });
})();
"#;

fn script() -> String {
    use crate::model::keys::Type;
    use crate::schema::cms::{collection_name, paths};
    let budgets = crate::model::keys::FILES
        .iter()
        .find(|k| k.name == "budget")
        .expect("the budgets' kind");
    let per_year = paths(budgets.table, |t| matches!(t, Type::PerYear(_)));
    let amounts = paths(budgets.table, |t| {
        matches!(t, Type::PerYear(Type::Money | Type::Decimal))
    });
    let numbers: Vec<bool> = per_year.iter().map(|p| amounts.contains(p)).collect();
    let choices = paths(budgets.table, |t| matches!(t, Type::TriState));
    fn json(value: &impl serde::Serialize) -> String {
        serde_json::to_string(value).expect("JSON")
    }
    SCRIPT
        .replace("PER_YEAR", &json(&per_year))
        .replace("NUMBERS", &json(&numbers))
        .replace("TRI_STATE", &json(&choices))
        .replace("COLLECTION", &json(&collection_name(budgets)))
}
