//! The Atom feed of the changes (`wijzigingen/feed.xml`): one entry per commit of the
//! window, newest first, each listing the fields it changed. Every text from the history
//! (messages, author names, values) is untrusted and goes through the one XML escaper; no
//! e-mail address is ever read.

use crate::model::history::Change;
use crate::model::Site;
use crate::output::OutputFile;
use crate::outputs::dates;
use crate::resolve::routes::{changes_feed, Route, Section};
use crate::resolve::urls::Urls;
use crate::text::escape::xml;

/// The most commits the feed holds: feed readers show the newest few; the whole window is
/// on `/wijzigingen/` and in `changes.csv`.
pub const FEED_COMMITS: usize = 50;
/// The most changed fields an entry lists; the rest are counted.
pub const FEED_FIELDS: usize = 50;

pub fn render(site: &Site, urls: &Urls) -> OutputFile {
    let language = &site.config.language;
    let page = urls.absolute(language, &Route::Section(Section::Changes).path());
    let changes = &site.history.changes;
    // The changes are sorted newest first, a commit's rows together.
    let mut commits: Vec<&[Change]> = changes
        .chunk_by(|a, b| a.commit == b.commit)
        .take(FEED_COMMITS)
        .collect();
    commits.retain(|rows| !rows.is_empty());
    let updated = changes
        .first()
        .map_or_else(|| dates::site(site), |c| c.time);
    let mut text = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n  <title>{}: wijzigingen</title>\n  <id>{}</id>\n  <link rel=\"self\" href=\"{}\"/>\n  <link rel=\"alternate\" href=\"{}\"/>\n  <updated>{}</updated>\n  <author><name>{}</name></author>\n",
        xml(language),
        xml(&site.config.title),
        xml(&page),
        xml(&urls.absolute(language, &changes_feed())),
        xml(&page),
        dates::utc(updated),
        xml(site
            .config
            .publisher
            .as_ref()
            .map_or(site.config.title.as_str(), |p| p.name.as_str())),
    );
    for rows in commits {
        let first = &rows[0];
        let link = format!("{page}#commit-{}", first.short());
        let title = if first.message.is_empty() {
            first.short().to_string()
        } else {
            first.message.clone()
        };
        let mut summary: Vec<String> = rows
            .iter()
            .take(FEED_FIELDS)
            .map(|c| match c.change {
                "added" => format!("{} {}: toegevoegd", c.kind, c.id),
                "removed" => format!("{} {}: verwijderd", c.kind, c.id),
                _ if c.field == "body" => format!("{} {}: tekst gewijzigd", c.kind, c.id),
                _ => format!(
                    "{} {}: {} van \"{}\" naar \"{}\"",
                    c.kind, c.id, c.field, c.old, c.new
                ),
            })
            .collect();
        if rows.len() > FEED_FIELDS {
            summary.push(format!("en nog {} velden", rows.len() - FEED_FIELDS));
        }
        text.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <id>{}</id>\n    <link href=\"{}\"/>\n    <updated>{}</updated>\n",
            xml(&title),
            xml(&format!("{page}#commit-{}", first.commit)),
            xml(&link),
            dates::utc(first.time),
        ));
        if !first.author.is_empty() {
            text.push_str(&format!(
                "    <author><name>{}</name></author>\n",
                xml(&first.author)
            ));
        }
        text.push_str(&format!(
            "    <summary>{}</summary>\n  </entry>\n",
            xml(&summary.join("\n"))
        ));
    }
    text.push_str("</feed>\n");
    OutputFile::new(changes_feed(), text)
}
