//! Typed reading of YAML nodes for one file: each reader either returns a value or records
//! an error that says which key, on which line, is wrong and how to write it instead.
//! The reader and its basics (mappings, text, ids, numbers, choices, lists) are here; the
//! values with a format of their own (dates, times, days, coordinates, money) are in
//! `values`.

mod values;

use super::yaml::{Node, Value};
use crate::diagnostics::{suggestion, Diagnostics};
use crate::messages::Message;
use crate::model::keys::Table;
use crate::model::words::synonym;
use crate::model::{is_valid_id, Ref};

/// The file being read, the problems found in it so far, and the references it makes
/// to other files (checked later, even when the rest of the file has errors).
pub struct Reader {
    pub path: String,
    pub diags: Diagnostics,
    pub references: Vec<(String, Ref)>,
}

/// The keys of one YAML mapping, after unknown and duplicate keys have been reported.
pub struct Fields<'n> {
    entries: Vec<(&'n str, &'n Node, usize)>,
    pub line: usize,
}

impl<'n> Fields<'n> {
    /// The value of `key`, unless absent or empty (`key:` or `key: ~`).
    pub fn get(&self, key: &str) -> Option<&'n Node> {
        self.entries
            .iter()
            .find(|(k, _, _)| *k == key)
            .map(|(_, v, _)| *v)
            .filter(|v| !v.is_null())
    }

    /// The line of `key`, or the mapping's line if the key is absent.
    pub fn line_of(&self, key: &str) -> usize {
        self.entries
            .iter()
            .find(|(k, _, _)| *k == key)
            .map(|(_, _, line)| *line)
            .unwrap_or(self.line)
    }

    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
}

impl Reader {
    pub fn new(path: &str) -> Self {
        Reader {
            path: path.to_string(),
            diags: Diagnostics::new(),
            references: Vec::new(),
        }
    }

    pub fn error(&mut self, line: usize, message: impl Into<crate::messages::Message>) {
        self.diags.error(&self.path, line, message);
    }

    pub fn warning(&mut self, line: usize, message: impl Into<crate::messages::Message>) {
        self.diags.warning(&self.path, line, message);
    }

    /// An error at a line and a column (1-based, in characters) of that line.
    pub fn error_at(
        &mut self,
        line: usize,
        column: usize,
        message: impl Into<crate::messages::Message>,
    ) {
        self.diags.error_at(&self.path, line, column, message);
    }

    /// `yaml`, whose first line is `first_line` in the file, parsed; YAML that could not be
    /// read is an error (at its column when that is known), and plain values on text keys
    /// that lost their end to a ` #` comment are warnings.
    pub fn parse_yaml(&mut self, yaml: &str, first_line: usize) -> Option<Node> {
        match super::yaml::parse(yaml, first_line) {
            Ok(node) => {
                for mistake in crate::load::yaml_mistakes::dropped_comments(yaml, first_line) {
                    self.warning_at(mistake.line, mistake.column, mistake.message);
                }
                Some(node)
            }
            Err(error) => {
                match error.column {
                    Some(column) => self.error_at(error.line, column, error.message),
                    None => self.error(error.line, error.message),
                }
                None
            }
        }
    }

    /// A warning at a line and a column.
    pub fn warning_at(
        &mut self,
        line: usize,
        column: usize,
        message: impl Into<crate::messages::Message>,
    ) {
        self.diags.warning_at(&self.path, line, column, message);
    }

    /// Opens `node` as a mapping whose keys must come from `known`. `what` names it in
    /// messages (`msg!("place-front-matter")`, `msg!("place-key", key = "address")`).
    pub fn fields<'n>(
        &mut self,
        node: &'n Node,
        what: impl Into<Message>,
        known: &[&str],
    ) -> Option<Fields<'n>> {
        let place = what.into().text();
        let Value::Map(entries) = &node.value else {
            self.error(
                node.line,
                crate::msg!(
                    "key-not-a-block",
                    place = place.as_str(),
                    kind = node.type_name().text()
                ),
            );
            return None;
        };
        let mut seen: Vec<(&str, &Node, usize)> = Vec::new();
        for (key, value) in entries {
            let Some(name) = key.scalar() else {
                self.error(
                    key.line,
                    crate::msg!("key-not-a-word", place = place.as_str()),
                );
                continue;
            };
            if let Some((_, _, first)) = seen.iter().find(|(k, _, _)| *k == name) {
                let first = *first;
                self.error(
                    key.line,
                    crate::msg!(
                        "key-twice",
                        key = name,
                        place = place.as_str(),
                        first = first
                    ),
                );
                continue;
            }
            if !known.contains(&name) {
                let hint = match suggestion(name, known.iter().copied()) {
                    s if s.is_empty() => {
                        crate::msg!("key-known-list", keys = known.join(", ")).text()
                    }
                    s => s,
                };
                self.error(
                    key.line,
                    crate::msg!(
                        "key-unknown",
                        key = name,
                        place = place.as_str(),
                        hint = hint
                    ),
                );
                continue;
            }
            seen.push((name, value, key.line));
        }
        Some(Fields {
            entries: seen,
            line: node.line,
        })
    }

    /// [`Reader::fields`] with the known keys of `table`, the one list of them.
    pub fn keyed<'n>(
        &mut self,
        node: &'n Node,
        what: impl Into<Message>,
        table: &Table,
    ) -> Option<Fields<'n>> {
        self.fields(node, what, &table.names())
    }

    /// Reports a missing required key and returns its node otherwise.
    pub fn required<'n>(
        &mut self,
        fields: &Fields<'n>,
        key: &str,
        example: &str,
    ) -> Option<&'n Node> {
        let node = fields.get(key);
        if node.is_none() {
            self.error(
                fields.line_of(key),
                crate::msg!("key-required", key = key, example = example),
            );
        }
        node
    }

    /// Any single value as text.
    pub fn text(&mut self, node: &Node, key: &str) -> Option<String> {
        match &node.value {
            Value::Scalar { text, .. } => {
                // Control characters are invisible in an editor, forbidden in XML (the feed,
                // the sitemap, the map's SVG) and in iCalendar text, and can steer a terminal.
                if let Some(c) = text
                    .chars()
                    .find(|&c| c.is_control() && !matches!(c, '\n' | '\t'))
                {
                    self.error(
                        node.line,
                        crate::msg!(
                            "value-control-character",
                            key = key,
                            code = format!("U+{:04X}", c as u32)
                        ),
                    );
                    return None;
                }
                Some(text.trim().to_string())
            }
            _ => {
                self.error(
                    node.line,
                    crate::msg!("value-not-text", key = key, kind = node.type_name().text()),
                );
                None
            }
        }
    }

    pub fn opt_text(&mut self, fields: &Fields, key: &str) -> Option<String> {
        let node = fields.get(key)?;
        self.text(node, key)
    }

    /// The optional `summary`, with a warning when it is longer than one line can hold.
    pub fn summary(&mut self, fields: &Fields) -> Option<String> {
        use crate::limits::SUMMARY_ADVISED_CHARS;
        let summary = self.opt_text(fields, "summary")?;
        let length = summary.chars().count();
        if length > SUMMARY_ADVISED_CHARS {
            self.warning(
                fields.line_of("summary"),
                crate::msg!(
                    "value-summary-too-long",
                    length = length,
                    limit = SUMMARY_ADVISED_CHARS
                ),
            );
        }
        Some(summary)
    }

    pub fn req_text(&mut self, fields: &Fields, key: &str, example: &str) -> Option<String> {
        let node = self.required(fields, key, example)?;
        let text = self.text(node, key)?;
        if text.is_empty() {
            self.error(
                node.line,
                crate::msg!("key-empty", key = key, example = example),
            );
            return None;
        }
        Some(text)
    }

    /// A list of text values; a single value counts as a list of one.
    pub fn text_list(&mut self, fields: &Fields, key: &str) -> Vec<(String, usize)> {
        let Some(node) = fields.get(key) else {
            return Vec::new();
        };
        let items: Vec<&Node> = match &node.value {
            Value::Seq(items) => items.iter().collect(),
            Value::Scalar { .. } => vec![node],
            _ => {
                self.error(node.line, crate::msg!("value-not-a-list", key = key));
                return Vec::new();
            }
        };
        items
            .into_iter()
            .filter_map(|item| self.text(item, key).map(|t| (t, item.line)))
            .collect()
    }

    /// A list of ids referring to other content; each must be a valid id.
    pub fn id_list(&mut self, fields: &Fields, key: &str) -> Vec<Ref> {
        self.text_list(fields, key)
            .into_iter()
            .filter_map(|(id, line)| self.check_id(id, line, key))
            .collect()
    }

    /// A single id referring to other content.
    pub fn opt_id(&mut self, fields: &Fields, key: &str) -> Option<Ref> {
        let node = fields.get(key)?;
        let id = self.text(node, key)?;
        self.check_id(id, node.line, key)
    }

    /// A valid id is a reference; anything else is passed on as written too, so that the
    /// check of references can suggest the item by its name (`area: Leeuwarden Noord`).
    fn check_id(&mut self, id: String, line: usize, key: &str) -> Option<Ref> {
        let valid = is_valid_id(&id);
        let reference = Ref { id, line };
        self.references.push((key.to_string(), reference.clone()));
        valid.then_some(reference)
    }

    pub fn boolean(&mut self, node: &Node, key: &str) -> Option<bool> {
        match &node.value {
            Value::Scalar {
                text,
                quoted: false,
            } if text == "true" => Some(true),
            Value::Scalar {
                text,
                quoted: false,
            } if text == "false" => Some(false),
            _ => {
                self.error(node.line, crate::msg!("value-not-true-or-false", key = key));
                None
            }
        }
    }

    pub fn opt_bool(&mut self, fields: &Fields, key: &str) -> Option<bool> {
        let node = fields.get(key)?;
        self.boolean(node, key)
    }

    /// A whole number within `min..=max`.
    pub fn integer(&mut self, node: &Node, key: &str, min: i64, max: i64) -> Option<i64> {
        let parsed = node.scalar().and_then(|t| t.trim().parse::<i64>().ok());
        match parsed {
            Some(n) if (min..=max).contains(&n) => Some(n),
            _ => {
                let written = node.scalar().unwrap_or("");
                self.error(
                    node.line,
                    crate::msg!(
                        "value-not-a-whole-number",
                        key = key,
                        value = written,
                        min = min,
                        max = max
                    ),
                );
                None
            }
        }
    }

    pub fn opt_integer(&mut self, fields: &Fields, key: &str, min: i64, max: i64) -> Option<i64> {
        let node = fields.get(key)?;
        self.integer(node, key, min, max)
    }

    /// One value out of a fixed set, with a "did you mean" on a typo.
    pub fn choice<T: Copy>(&mut self, node: &Node, key: &str, options: &[(&str, T)]) -> Option<T> {
        let text = node.scalar().unwrap_or("").trim().to_string();
        if let Some((_, value)) = options.iter().find(|(name, _)| *name == text) {
            return Some(*value);
        }
        let names: Vec<&str> = options.iter().map(|(name, _)| *name).collect();
        // A Dutch word for the value ("gesloten") is the likeliest mistake; a typo next.
        let hint = match synonym(&text, &names) {
            Some(meant) => crate::msg!("did-you-mean", candidate = meant).text(),
            None => suggestion(&text, names.iter().copied()),
        };
        self.error(
            node.line,
            crate::msg!(
                "value-not-one-of",
                key = key,
                value = text.as_str(),
                allowed = names.join(", "),
                hint = hint
            ),
        );
        None
    }

    /// The items of a list, or an error if `node` is not a list.
    pub fn list<'n>(&mut self, node: &'n Node, key: &str) -> &'n [Node] {
        match &node.value {
            Value::Seq(items) => items,
            _ => {
                self.error(node.line, crate::msg!("value-not-a-block-list", key = key));
                &[]
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::yaml::parse;
    use jiff::civil::Time;
    use rust_decimal::Decimal;

    fn read(yaml: &str) -> (Reader, Node) {
        (Reader::new("x.md"), parse(yaml, 1).unwrap())
    }

    fn messages(reader: Reader) -> Vec<String> {
        reader
            .diags
            .sorted()
            .into_iter()
            .map(|d| d.to_string())
            .collect()
    }

    #[test]
    fn unknown_and_duplicate_keys() {
        let (mut reader, node) = read("name: A\nnmae: B\nname: C\n");
        let fields = reader
            .fields(&node, crate::msg!("place-front-matter"), &["name", "kind"])
            .unwrap();
        assert_eq!(reader.opt_text(&fields, "name").as_deref(), Some("A"));
        assert_eq!(
            messages(reader),
            [
                "x.md:2: fout: onbekende sleutel `nmae` in het gegevensblok; bedoel je `name`?",
                "x.md:3: fout: `name` staat twee keer in het gegevensblok (de eerste keer op regel 1); houd er één over"
            ]
        );
    }

    #[test]
    fn times_dates_and_money() {
        let (mut reader, node) =
            read("a: \"25:00\"\nb: \"9:05\"\nc: 2024-02-30\nd: 45.000\ne: 37150.45\nf: -250.10\n");
        let place = crate::msg!("place-key", key = "x");
        let fields = reader
            .fields(&node, place, &["a", "b", "c", "d", "e", "f"])
            .unwrap();
        assert_eq!(reader.time(fields.get("a").unwrap(), "a"), None);
        assert_eq!(
            reader.time(fields.get("b").unwrap(), "b"),
            Some(Time::constant(9, 5, 0, 0))
        );
        assert_eq!(reader.date(fields.get("c").unwrap(), "c"), None);
        assert_eq!(reader.money(fields.get("d").unwrap(), "d"), None);
        assert_eq!(
            reader.money(fields.get("e").unwrap(), "e"),
            Some(Decimal::new(3715045, 2))
        );
        assert_eq!(
            reader.money(fields.get("f").unwrap(), "f"),
            Some(Decimal::new(-25010, 2))
        );
        let found = reader.diags.sorted();
        let ids: Vec<&str> = found.iter().map(|d| d.message.id).collect();
        assert_eq!(
            ids,
            [
                "value-not-a-time",
                "value-not-a-date",
                "value-not-an-amount"
            ]
        );
        let dot = found[2].message.text();
        assert!(dot.contains("niet tussen de duizendtallen"), "{dot}");
    }
}
