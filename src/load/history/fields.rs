//! Field-level changes: a content file's front matter (or a budget file) before and after a
//! commit, parsed with the loaders' own YAML reader and flattened into dotted fields
//! (`opening_hours`, `lines.Huur.amounts.2025`), compared field by field. A file that does
//! not parse on either side gives no rows and no error: an old commit may hold a mistake
//! that was fixed later.

use super::trees::Changed;
use crate::limits::{MAX_CHANGE_VALUE_CHARS, MAX_COMMIT_TEXT_CHARS, MAX_CONTENT_FILE_BYTES};
use crate::load::yaml::{self, Node, Value};
use crate::model::history::Change;
use std::collections::BTreeMap;

/// What every row of one commit shares.
pub struct Commit {
    pub id: String,
    pub time: jiff::Timestamp,
    pub message: String,
    pub author: String,
}

impl Commit {
    /// The commit's first message line and author's name (never the e-mail address), both
    /// cut to [`MAX_COMMIT_TEXT_CHARS`] and stripped of control characters.
    pub fn of(commit: &gix::Commit, id: gix::ObjectId, time: jiff::Timestamp) -> Commit {
        let message = commit.message_raw_sloppy().to_string();
        let subject = message.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        let author = commit
            .author()
            .map(|a| a.name.to_string())
            .unwrap_or_default();
        Commit {
            id: id.to_string(),
            time,
            message: clean(subject, MAX_COMMIT_TEXT_CHARS),
            author: clean(&author, MAX_COMMIT_TEXT_CHARS),
        }
    }
}

/// `text` on one line without control characters, at most `max` characters (then `…`).
pub fn clean(text: &str, max: usize) -> String {
    let one_line: String = text
        .trim()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if one_line.chars().count() <= max {
        one_line
    } else {
        let mut cut: String = one_line.chars().take(max).collect();
        cut.push('…');
        cut
    }
}

/// The kind and id of the item a source file holds, for the files whose fields are
/// compared: a content file in the default language, or a budget.
pub fn item_of(path: &str) -> Option<(&'static str, &str)> {
    if let Some(name) = path.strip_prefix("data/budgets/") {
        let id = name.strip_suffix(".yaml")?;
        return (!id.contains('/')).then_some(("budget", id));
    }
    let rest = path.strip_prefix("content/")?;
    let (folder, name) = rest.split_once('/')?;
    let id = name.strip_suffix(".md")?;
    // `<id>.<language>.md` is a translation: its fields belong to the item's page in that
    // language and are not compared.
    if id.contains('.') || id.contains('/') {
        return None;
    }
    let kind = match folder {
        "rooms" => "room",
        "areas" => "area",
        "initiatives" => "initiative",
        "organisations" => "organisation",
        "pages" => "page",
        _ => return None,
    };
    Some((kind, id))
}

/// The rows for one changed file in `commit`.
pub fn changes(repo: &gix::Repository, commit: &Commit, changed: &Changed) -> Vec<Change> {
    let Some((kind, id)) = item_of(&changed.path) else {
        return Vec::new();
    };
    let markdown = changed.path.ends_with(".md");
    let read = |blob: Option<gix::ObjectId>| -> Option<Option<BTreeMap<String, String>>> {
        let Some(blob) = blob else {
            return Some(None);
        };
        let blob = repo.find_blob(blob).ok()?;
        if blob.data.len() as u64 > MAX_CONTENT_FILE_BYTES {
            return None;
        }
        let text = std::str::from_utf8(&blob.data).ok()?;
        flatten_file(text, markdown).map(Some)
    };
    // A side that does not parse: skipped, without rows.
    let (Some(before), Some(after)) = (read(changed.old), read(changed.new)) else {
        return Vec::new();
    };
    let row = |change: &'static str, field: String, old: String, new: String| Change {
        time: commit.time,
        commit: commit.id.clone(),
        message: commit.message.clone(),
        author: commit.author.clone(),
        file: changed.path.clone(),
        kind,
        id: id.to_string(),
        change,
        field,
        old: clean(&old, MAX_CHANGE_VALUE_CHARS),
        new: clean(&new, MAX_CHANGE_VALUE_CHARS),
    };
    let name_of = |fields: &BTreeMap<String, String>| {
        ["name", "title"]
            .iter()
            .find_map(|k| fields.get(*k).cloned())
            .unwrap_or_default()
    };
    match (before, after) {
        (None, None) => Vec::new(),
        (None, Some(after)) => vec![row(
            "added",
            FILE.to_string(),
            String::new(),
            name_of(&after),
        )],
        (Some(before), None) => {
            vec![row(
                "removed",
                String::new(),
                name_of(&before),
                String::new(),
            )]
        }
        (Some(before), Some(after)) => {
            let mut fields: Vec<&String> = before.keys().chain(after.keys()).collect();
            fields.sort();
            fields.dedup();
            fields
                .into_iter()
                .filter(|f| before.get(*f) != after.get(*f))
                .map(|f| {
                    let value =
                        |side: &BTreeMap<String, String>| side.get(f).cloned().unwrap_or_default();
                    // The text is compared, not shown: this is a list of fields, not a diff.
                    let (old, new) = if f == BODY {
                        (String::new(), String::new())
                    } else {
                        (value(&before), value(&after))
                    };
                    row("changed", f.clone(), old, new)
                })
                .collect()
        }
    }
}

/// The field of a row for a whole file added or removed (its value is the item's name).
pub const FILE: &str = "(file)";

/// The field that stands for a Markdown file's text.
pub const BODY: &str = "body";

/// A file's fields, or `None` when it does not parse.
pub fn flatten_file(text: &str, markdown: bool) -> Option<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    if markdown {
        let split = crate::load::frontmatter::split(text).ok()?;
        let node = yaml::parse(split.yaml, split.yaml_line).ok()?;
        flatten("", &node, &mut out);
        out.insert(BODY.to_string(), split.body.trim().to_string());
    } else {
        let node = yaml::parse(text, 1).ok()?;
        flatten("", &node, &mut out);
    }
    Some(out)
}

/// The keys that name an item of a list, so that a line is followed by its name rather
/// than its position (a line added at the top does not change every line below it).
const ITEM_KEYS: [&str; 5] = ["item", "id", "role", "title", "name"];

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    }
}

fn flatten(prefix: &str, node: &Node, out: &mut BTreeMap<String, String>) {
    match &node.value {
        Value::Null => {
            out.insert(prefix.to_string(), String::new());
        }
        Value::Scalar { text, .. } => {
            out.insert(prefix.to_string(), text.clone());
        }
        Value::Map(entries) => {
            for (key, value) in entries {
                let key = key.scalar().unwrap_or("?");
                flatten(&join(prefix, key), value, out);
            }
        }
        Value::Seq(items) => {
            if let Some(scalars) = items
                .iter()
                .map(|i| i.scalar())
                .collect::<Option<Vec<&str>>>()
            {
                out.insert(prefix.to_string(), scalars.join("; "));
                return;
            }
            for (at, item) in items.iter().enumerate() {
                let name = match &item.value {
                    Value::Map(entries) => ITEM_KEYS.iter().find_map(|k| {
                        entries
                            .iter()
                            .find(|(key, _)| key.scalar() == Some(k))
                            .and_then(|(_, v)| v.scalar())
                    }),
                    _ => None,
                };
                let key = match name {
                    Some(name) => name.to_string(),
                    None => format!("[{}]", at + 1),
                };
                flatten(&join(prefix, &key), item, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budget_lines_are_followed_by_their_item() {
        let before = "lines:\n  - item: Huur\n    amounts: { 2025: 45000 }\n";
        let after = "lines:\n  - item: Nieuw\n    amounts: { 2025: 1 }\n  - item: Huur\n    amounts: { 2025: 50000 }\n";
        let a = flatten_file(before, false).unwrap();
        let b = flatten_file(after, false).unwrap();
        assert_eq!(a["lines.Huur.amounts.2025"], "45000");
        assert_eq!(b["lines.Huur.amounts.2025"], "50000");
        assert_eq!(b["lines.Nieuw.amounts.2025"], "1");
    }

    #[test]
    fn front_matter_and_lists() {
        let text = "---\nname: De Klomp\nfacilities: [wifi, koffie]\n---\nTekst\n";
        let f = flatten_file(text, true).unwrap();
        assert_eq!(f["name"], "De Klomp");
        assert_eq!(f["facilities"], "wifi; koffie");
        assert_eq!(f[BODY], "Tekst");
        assert!(flatten_file("no front matter", true).is_none());
    }

    #[test]
    fn items_of_paths() {
        assert_eq!(item_of("content/rooms/a.md"), Some(("room", "a")));
        assert_eq!(item_of("content/rooms/a.fy.md"), None);
        assert_eq!(item_of("data/budgets/plan.yaml"), Some(("budget", "plan")));
        assert_eq!(item_of("data/geo/x.geojson"), None);
        assert_eq!(clean("a\u{1b}[31mb", 100), "a [31mb");
    }
}
