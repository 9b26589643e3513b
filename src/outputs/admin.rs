//! The form editor at `/admin/` (Sveltia CMS, vendored under the theme's
//! `static/vendor/sveltia-cms/`), published only when `site.yaml` has `editor:`. Its
//! configuration is generated from the content format's tables (`schema::cms`). The one
//! page of the site that needs JavaScript; a Content-Security-Policy keeps it to this site
//! and the GitHub API, the Git backend it commits through.

use crate::model::Site;
use crate::output::OutputFile;
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
const POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; media-src 'self' blob:; connect-src 'self' data: blob: https://api.github.com; worker-src 'self' blob:; font-src 'self' data:; frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'none'";

/// `admin/index.html` and `admin/config.yml`, or nothing when the site has no editor.
pub fn render(site: &Site) -> Vec<OutputFile> {
    let Some(editor) = &site.config.editor else {
        return Vec::new();
    };
    let page = format!(
        r#"<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="Content-Security-Policy" content="{POLICY}">
<title>Redactie: {title}</title>
</head>
<body>
<noscript><p>De formulier-editor heeft JavaScript nodig. Zonder JavaScript bewerk je de bestanden op GitHub, in de repository {repo}.</p></noscript>
<script src="/{VENDOR}sveltia-cms.js"></script>
</body>
</html>
"#,
        title = html(&site.config.title),
        repo = html(&editor.repo),
    );
    vec![
        OutputFile::new(format!("{FOLDER}index.html"), page),
        OutputFile::new(
            format!("{FOLDER}config.yml"),
            crate::schema::cms::config_text(editor, &site.config.languages),
        ),
    ]
}
