//! `mienskip schema`: the JSON Schema (draft 2020-12) of every kind of content file,
//! generated from the content format's tables (`model::keys`), so that an editor's
//! autocomplete and red underlines (VS Code, Codespaces) know exactly the keys and values
//! `mienskip check` accepts. The form editor's configuration is generated from the same
//! tables in `cms`.

pub mod cms;
mod labels;

use crate::model::keys::{FileKind, Key, Need, Table, Type, DAY_CODES, FILES, LOCATION};
use serde_json::{json, Map, Value};

/// The JSON Schema dialect a schema says it is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// Draft 2020-12, the default.
    Draft2020,
    /// Draft 7, for tools that know no later one (the front matter linter of the template's
    /// editor settings, remark-lint-frontmatter-schema, uses Ajv's default draft 7). The
    /// schemas use only keywords that mean the same in both, so only the label differs.
    Draft7,
}

impl Dialect {
    fn uri(self) -> &'static str {
        match self {
            Dialect::Draft2020 => "https://json-schema.org/draft/2020-12/schema",
            Dialect::Draft7 => "http://json-schema.org/draft-07/schema#",
        }
    }
}
/// An id: lowercase a-z, 0-9 and -, not at the start or end (`model::is_valid_id`).
const ID_PATTERN: &str = "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$";

/// The file name `mienskip schema --out` writes a kind's schema to.
pub fn file_name(kind: &FileKind) -> String {
    format!("{}.schema.json", kind.name)
}

/// The schema of one kind of file, as pretty-printed JSON with a final newline.
pub fn schema_text(kind: &FileKind, dialect: Dialect) -> String {
    text(schema(kind), dialect)
}

/// The schema of one kind of file: its table, with every mapping inside it under `$defs`.
pub fn schema(kind: &FileKind) -> Value {
    let mut defs = Map::new();
    collect(kind.table, &mut defs);
    json!({
        "$schema": Dialect::Draft2020.uri(),
        "$id": file_name(kind),
        "title": kind.table.title,
        "description": format!("mienskip: {} ({})", kind.table.title, kind.glob),
        "$ref": format!("#/$defs/{}", kind.table.name),
        "$defs": defs,
    })
}

/// The name a translation's schema is written under.
pub const TRANSLATION: &str = "translation";

/// The schema of a translation (`content/<folder>/<id>.<lang>.md`, beside the original):
/// the name or title of the kind it translates, and the summary; the text below is the
/// translated text.
pub fn translation_schema() -> Value {
    let mut properties = Map::new();
    for kind in FILES.iter().filter(|k| k.markdown) {
        for name in [kind.table.keys[0].name, "summary"] {
            let key = kind.table.key(name).expect("a key of the table");
            properties.insert(
                name.into(),
                property(&Key {
                    need: Need::Optional,
                    ..*key
                }),
            );
        }
    }
    json!({
        "$schema": Dialect::Draft2020.uri(),
        "$id": format!("{TRANSLATION}.schema.json"),
        "title": "Vertaling",
        "description": "mienskip: een vertaling (content/<map>/<id>.<taal>.md): alleen de naam of titel en de samenvatting",
        "type": "object",
        "properties": properties,
        "additionalProperties": false,
    })
}

/// The text of a schema value in `dialect`, pretty-printed with a final newline.
fn text(mut value: Value, dialect: Dialect) -> String {
    value["$schema"] = json!(dialect.uri());
    let mut text = serde_json::to_string_pretty(&value).expect("a JSON value");
    text.push('\n');
    text
}

/// Adds `table` and every table inside it to `defs`.
fn collect(table: &'static Table, defs: &mut Map<String, Value>) {
    if defs.contains_key(table.name) {
        return;
    }
    defs.insert(table.name.into(), object(table));
    for key in table.keys {
        match key.ty {
            Type::Map(inner) | Type::List(inner) => collect(inner, defs),
            Type::Location => collect(&LOCATION, defs),
            _ => {}
        }
    }
}

fn object(table: &Table) -> Value {
    let properties: Map<String, Value> = table
        .keys
        .iter()
        .map(|key| (key.name.to_string(), property(key)))
        .collect();
    let required: Vec<&str> = table
        .keys
        .iter()
        .filter(|k| k.need == Need::Required)
        .map(|k| k.name)
        .collect();
    let mut object = json!({
        "type": "object",
        "title": table.title,
        "properties": properties,
        "additionalProperties": false,
    });
    if !required.is_empty() {
        object["required"] = json!(required);
    }
    object
}

/// A key's schema with its help text. A key that is not required may be left empty
/// (`opened:`), which counts as not filled in, as in the files `mienskip new` writes.
fn property(key: &Key) -> Value {
    let value = value(key.ty);
    let mut property = match key.need {
        Need::Required => value,
        Need::Optional | Need::Sometimes => json!({ "anyOf": [value, { "type": "null" }] }),
    };
    let help = match key.need {
        Need::Required => format!("Verplicht: {}", key.help),
        _ => capitalise(key.help),
    };
    property["description"] = json!(help);
    property
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// One value or a list of them: the loaders read a single value as a list of one.
fn one_or_list(item: Value) -> Value {
    json!({ "anyOf": [item.clone(), { "type": "array", "items": item }] })
}

fn value(ty: Type) -> Value {
    match ty {
        Type::Text => json!({ "type": ["string", "number"] }),
        Type::PerLanguage => json!({
            "anyOf": [
                { "type": ["string", "number"] },
                {
                    "type": "object",
                    "propertyNames": { "pattern": "^[a-z]{2,3}$" },
                    "additionalProperties": { "type": ["string", "number"] },
                    "minProperties": 1,
                },
            ],
        }),
        Type::Url => json!({ "type": "string", "pattern": "^https?://" }),
        Type::Bool | Type::TriState => json!({ "type": "boolean" }),
        Type::Integer(min, max) => json!({ "type": "integer", "minimum": min, "maximum": max }),
        Type::Date => json!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        }),
        Type::Time => json!({ "type": "string", "pattern": "^([01]?[0-9]|2[0-3]):[0-5][0-9]$" }),
        Type::Days => one_or_list(json!({ "enum": DAY_CODES })),
        Type::Choice(words) => json!({ "enum": words }),
        Type::Id(target) => id(target.folder()),
        Type::Ids(target) => one_or_list(id(target.folder())),
        Type::TextList => one_or_list(json!({ "type": ["string", "number"] })),
        Type::File => json!({
            "type": "string",
            // Relative, inside data/: no leading /, no backslash or colon, no . or .. part.
            "pattern": "^(?!/)(?!.*(^|/)\\.\\.?(/|$))[^\\\\:]+$",
        }),
        Type::Location => json!({ "$ref": "#/$defs/location" }),
        Type::Photo => json!({ "type": "string" }),
        Type::Money => json!({ "type": "number" }),
        Type::Decimal => json!({ "type": "number" }),
        Type::PerYear(inner) => json!({
            "type": "object",
            "propertyNames": { "pattern": "^[0-9]{4}$" },
            "additionalProperties": value(*inner),
        }),
        Type::Language => json!({ "type": "string", "pattern": "^[a-z]{2,3}$" }),
        Type::Languages => one_or_list(json!({ "type": "string", "pattern": "^[a-z]{2,3}$" })),
        Type::Tiles(words) => json!({
            "anyOf": [
                { "enum": words },
                { "type": "string", "pattern": "^https://(?=.*\\{z\\})(?=.*\\{x\\})(?=.*\\{y\\})" },
            ]
        }),
        Type::Map(table) => json!({ "$ref": format!("#/$defs/{}", table.name) }),
        Type::List(table) => json!({
            "type": "array",
            "items": { "$ref": format!("#/$defs/{}", table.name) },
        }),
    }
}

/// The id of an item in `content/<folder>/`; `x-mienskip-folder` says which (an annotation
/// validators ignore).
fn id(folder: &str) -> Value {
    json!({ "type": "string", "pattern": ID_PATTERN, "x-mienskip-folder": folder })
}

/// Every kind's file name and schema text, in the order of [`FILES`], and the
/// translations' last.
pub fn all(dialect: Dialect) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = FILES
        .iter()
        .map(|kind| (file_name(kind), schema_text(kind, dialect)))
        .collect();
    all.push((
        format!("{TRANSLATION}.schema.json"),
        text(translation_schema(), dialect),
    ));
    all
}

/// The schema text of the kind called `name` (`room`, `budget`, `site`, `translation`).
pub fn named(name: &str, dialect: Dialect) -> Option<String> {
    if name == TRANSLATION {
        return Some(text(translation_schema(), dialect));
    }
    FILES
        .iter()
        .find(|k| k.name == name)
        .map(|kind| schema_text(kind, dialect))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_of_every_table_is_a_property() {
        for kind in FILES {
            let schema = schema(kind);
            let defs = schema["$defs"].as_object().unwrap();
            let mut tables = vec![kind.table];
            while let Some(table) = tables.pop() {
                let def = &defs[table.name];
                assert_eq!(def["additionalProperties"], false);
                for key in table.keys {
                    assert!(
                        def["properties"].get(key.name).is_some(),
                        "{}.{}",
                        table.name,
                        key.name
                    );
                    if let Type::Map(inner) | Type::List(inner) = key.ty {
                        tables.push(inner);
                    }
                }
            }
        }
    }

    fn kind(name: &str) -> Option<&'static FileKind> {
        FILES.iter().find(|k| k.name == name)
    }

    #[test]
    fn required_keys_and_allowed_words() {
        let room = schema(kind("room").unwrap());
        let def = &room["$defs"]["room"];
        assert_eq!(def["required"], json!(["name", "kind", "area", "status"]));
        assert_eq!(
            def["properties"]["status"]["enum"],
            json!(["open", "planned", "closed"])
        );
        assert_eq!(
            def["properties"]["opened"]["anyOf"][1],
            json!({ "type": "null" })
        );
        assert_eq!(room["$ref"], "#/$defs/room");
        let translation = translation_schema();
        assert_eq!(translation["additionalProperties"], false);
        assert!(translation["properties"]["title"].is_object());
        let site = schema(kind("site").unwrap());
        assert_eq!(site["$ref"], "#/$defs/site");
    }
}
