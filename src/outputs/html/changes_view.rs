//! `/wijzigingen/`: the field-level changes from the Git history (`load::history`), newest
//! first, grouped by commit. Messages, author names and values are untrusted text: the
//! templates escape them like any other (Tera's autoescape), and no e-mail address is ever
//! read.

use crate::model::history::Change;
use crate::model::Site;
use crate::outputs::html::views::Viewer;
use crate::resolve::routes::Route;
use serde::Serialize;

/// The most rows the page lists; `changes.csv` holds them all (up to
/// [`crate::limits::MAX_CHANGE_ROWS`]). A page of a thousand table rows still loads on a
/// slow line; a commit that touched every file would otherwise make it megabytes.
pub const CHANGES_LISTED: usize = 1_000;

#[derive(Serialize)]
pub struct ChangesView {
    pub from_git: bool,
    pub commits: Vec<CommitView>,
    /// Rows left out of the page (they are in `changes.csv`).
    pub more: usize,
    pub days: u32,
    pub max_commits: usize,
    pub feed: String,
    pub csv: String,
}

#[derive(Serialize)]
pub struct CommitView {
    pub date: String,
    pub commit: String,
    pub short: String,
    pub message: String,
    pub author: String,
    pub rows: Vec<RowView>,
}

#[derive(Serialize)]
pub struct RowView {
    pub kind: &'static str,
    pub id: String,
    /// The item's name where it still exists, else its id.
    pub name: String,
    /// The item's page where it still exists.
    pub url: Option<String>,
    pub change: &'static str,
    pub field: String,
    pub old: String,
    pub new: String,
}

/// The item a change is about: its name and page, when it is on the site.
fn item(v: &Viewer, c: &Change) -> (String, Option<String>) {
    let site: &Site = v.site;
    let (name, route) = match c.kind {
        "room" => (site.room(&c.id).map(|r| r.name.clone()), Route::Room(&c.id)),
        "area" => (site.area(&c.id).map(|a| a.name.clone()), Route::Area(&c.id)),
        "initiative" => (
            site.initiative(&c.id).map(|i| i.title.clone()),
            Route::Initiative(&c.id),
        ),
        "organisation" => (
            site.organisation(&c.id).map(|o| o.name.clone()),
            Route::Organisation(&c.id),
        ),
        "page" => (
            site.pages
                .iter()
                .find(|p| p.id == c.id)
                .map(|p| p.title.clone()),
            Route::Text(&c.id),
        ),
        _ => (
            site.budgets
                .iter()
                .find(|b| b.id == c.id)
                .map(|b| b.title.clone()),
            Route::BudgetDocument(&c.id),
        ),
    };
    match name {
        Some(name) => (name, Some(v.urls.page(v.language, &route.path()))),
        None => (c.id.clone(), None),
    }
}

pub fn view(v: &Viewer) -> ChangesView {
    let site = v.site;
    let history = &site.history;
    let mut commits: Vec<CommitView> = Vec::new();
    for c in history.changes.iter().take(CHANGES_LISTED) {
        if commits.last().is_none_or(|last| last.commit != c.commit) {
            commits.push(CommitView {
                date: crate::text::dates::iso(crate::outputs::dates::date(site, c.time)),
                commit: c.commit.clone(),
                short: c.short().to_string(),
                message: c.message.clone(),
                author: c.author.clone(),
                rows: Vec::new(),
            });
        }
        let (name, url) = item(v, c);
        if let Some(last) = commits.last_mut() {
            last.rows.push(RowView {
                kind: c.kind,
                id: c.id.clone(),
                name,
                url,
                change: c.change,
                field: c.field.clone(),
                old: c.old.clone(),
                new: c.new.clone(),
            });
        }
    }
    ChangesView {
        from_git: history.from_git,
        commits,
        more: history.changes.len().saturating_sub(CHANGES_LISTED),
        days: site.config.changes.days,
        max_commits: site
            .config
            .changes
            .max_commits
            .min(crate::limits::MAX_CHANGE_COMMITS),
        feed: v.urls.page(
            &site.config.language,
            &crate::resolve::routes::changes_feed(),
        ),
        csv: format!("{}data/changes.csv", v.urls.base_path),
    }
}
