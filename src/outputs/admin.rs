//! The form editor at `/admin/` (Sveltia CMS, vendored under the theme's
//! `static/vendor/sveltia-cms/`), published only when `site.yaml` has `editor:`. Its
//! configuration is generated from the content format's tables (`schema::cms`). The one
//! page of the site that needs JavaScript; a Content-Security-Policy keeps it to this site
//! and the GitHub API, the Git backend it commits through. A small page script of ours
//! (`admin/mienskip.js`) makes the editor save values per year as mappings.

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
            crate::schema::cms::config_text(editor, &site.config.languages, &years(site)),
        ),
        OutputFile::new(format!("{FOLDER}mienskip.js"), script()),
    ]
}

/// How many years the budgets' forms offer at most: a field each, for every line.
const FORM_YEARS: i32 = 40;

/// The years a budget's form offers: those of the site's budgets, two before and three
/// after (the next budgets), or around the build's year on a site without budgets.
fn years(site: &Site) -> Vec<i32> {
    let used = site.budgets.iter().flat_map(|b| {
        let totals = b.totals.iter().flat_map(|t| t.amounts.keys().copied());
        b.years().into_iter().chain(totals).collect::<Vec<_>>()
    });
    let (first, last) = used
        .fold(None, |range: Option<(i32, i32)>, year| {
            Some(range.map_or((year, year), |(a, b)| (a.min(year), b.max(year))))
        })
        .unwrap_or_else(|| {
            let year = i32::from(site.build_date.year());
            (year, year)
        });
    let last = last + 3;
    let first = (first - 2).max(last - FORM_YEARS + 1);
    (first..=last).collect()
}

/// The editor keeps a field named like a number (`2024`) as a position in a list, and would
/// save `amounts: { 2024: 45000 }` as a list of 2,025 entries. Before each save of a budget
/// this script turns every value per year back into a mapping of the filled-in years, and
/// marks where one starts, so that the editor writes a mapping; empty years are left out.
const SCRIPT: &str = r#"// mienskip: values per year in the budgets' forms (src/outputs/admin.rs).
(() => {
  const paths = PATHS.map((p) => p.split('.'));
  const fix = (value, parts, at, marks) => {
    if (value === null || typeof value !== 'object') return;
    const [part, ...rest] = parts;
    if (part === '*') {
      if (Array.isArray(value)) value.forEach((item, i) => fix(item, rest, [...at, i], marks));
      return;
    }
    if (rest.length > 0) {
      fix(value[part], rest, [...at, part], marks);
      return;
    }
    const years = value[part];
    if (years === null || typeof years !== 'object') return;
    const mapping = {};
    for (const [year, amount] of Object.entries(years)) {
      if (amount !== undefined && amount !== null && amount !== '') mapping[year] = amount;
    }
    value[part] = mapping;
    marks[[...at, part].join('.')] = {};
  };
  window.CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      if (entry.get('collection') !== COLLECTION) return undefined;
      const data = entry.get('data').toJS();
      const marks = {};
      for (const parts of paths) fix(data, parts, [], marks);
      return entry.get('data').clear().merge({ ...data, ...marks });
    },
  });
})();
"#;

fn script() -> String {
    let budgets = crate::model::keys::FILES
        .iter()
        .find(|k| k.name == "budget")
        .expect("the budgets' kind");
    let paths = crate::schema::cms::per_year_paths(budgets.table);
    SCRIPT
        .replace("PATHS", &serde_json::to_string(&paths).expect("a list"))
        .replace(
            "COLLECTION",
            &serde_json::to_string(crate::schema::cms::collection_name(budgets)).expect("a name"),
        )
}
