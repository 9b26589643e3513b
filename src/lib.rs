//! mienskip: a static-site generator and open-data publisher for community rooms, areas
//! and residents' initiatives. The pipeline runs one way: load, resolve, render, write.

pub mod diagnostics;
pub mod export;
pub mod load;
pub mod model;
pub mod output;
pub mod render;
pub mod resolve;

use diagnostics::{Diagnostic, Diagnostics};
use model::Site;
use output::OutputFile;
use std::path::Path;

/// What a run found: the site (when there were no errors) and every problem, sorted.
pub struct Checked {
    pub site: Option<Site>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == diagnostics::Severity::Error)
    }
}

/// Loads and resolves a site root, collecting every problem.
pub fn check(root: &Path) -> Checked {
    let (site, diags) = load_and_resolve(root);
    Checked {
        site,
        diagnostics: diags.sorted(),
    }
}

fn load_and_resolve(root: &Path) -> (Option<Site>, Diagnostics) {
    let (sources, mut diags) = load::load(root);
    let build_time = match resolve::build_time() {
        Ok(t) => t,
        Err(message) => {
            diags.push(Diagnostic::error("SOURCE_DATE_EPOCH", None, message));
            return (None, diags);
        }
    };
    let site = resolve::resolve(sources, build_time, &mut diags);
    (site, diags)
}

/// The result of rendering: the files, or the problems that prevented them.
pub struct Rendered {
    pub files: Option<Vec<OutputFile>>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads, resolves and renders a site in memory, writing nothing.
pub fn render(root: &Path) -> Rendered {
    let (site, mut diags) = load_and_resolve(root);
    let files = site.and_then(|site| render::render_all(&site, root, &mut diags));
    let files = if diags.has_errors() { None } else { files };
    Rendered {
        files,
        diagnostics: diags.sorted(),
    }
}

/// Builds the site into `output`, replacing it only if everything succeeded.
pub fn build(root: &Path, output: &Path) -> Result<Rendered, std::io::Error> {
    let rendered = render(root);
    if let Some(files) = &rendered.files {
        output::write_atomically(output, files)?;
    }
    Ok(rendered)
}
