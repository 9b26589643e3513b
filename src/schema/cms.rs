//! The form editor's configuration (`/admin/config.yml`), generated from the content
//! format's tables like the JSON Schema: a collection for every kind, a field for every
//! key with its Dutch help text, the allowed words as selects, ids of areas, rooms and
//! organisations as relation pickers, opening hours, activities and budget lines as lists,
//! photos as uploads into data/photos/. Written for Sveltia CMS, which reads Decap CMS's
//! configuration format; JSON is YAML, so the file is JSON.

use crate::model::keys::{FileKind, Key, Need, Table, Target, Type, FILES, LOCATION};
use crate::model::{Editor, Words};
use serde_json::{json, Value};

/// Where uploaded photos go, inside the site root, and where the site publishes them.
pub const MEDIA_FOLDER: &str = "data/photos";
const PUBLIC_FOLDER: &str = "/photos";

/// The Dutch names of the days, in the order of the day codes (`ma` .. `zo`).
const DAY_NAMES: [&str; 7] = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// The configuration for a site whose content is in `editor`'s repository, in
/// `languages` (the default first). Translations (`<id>.<lang>.md` beside `<id>.md`) are
/// the editor's "multiple files" structure: only the name or title, the summary and the
/// text are translated.
pub fn config(editor: &Editor, languages: &[String]) -> Value {
    let mut collections: Vec<Value> = FILES
        .iter()
        .filter(|k| k.name != "site")
        .map(collection)
        .collect();
    let site = FILES.iter().find(|k| k.name == "site").expect("site.yaml");
    collections.push(json!({
        "name": "instellingen",
        "label": "Instellingen",
        "files": [{
            "name": "site",
            "label": site.table.title,
            "file": site.glob,
            "format": "yaml",
            "fields": site_fields(site.table, languages),
        }],
    }));
    let mut config = json!({
        "backend": {
            "name": "github",
            "repo": editor.repo,
            "branch": editor.branch,
        },
        "media_folder": MEDIA_FOLDER,
        "public_folder": PUBLIC_FOLDER,
        // An empty optional field is left out, not written as '' (which mienskip reads as
        // a value, and a wrong one for a date).
        "output": { "omit_empty_optional_fields": true },
        "collections": collections,
    });
    if languages.len() > 1 {
        config["i18n"] = json!({
            "structure": "multiple_files",
            "locales": languages,
            "default_locale": languages[0],
            "omit_default_locale_from_filename": true,
        });
        for collection in config["collections"].as_array_mut().expect("a list") {
            if collection.get("folder").is_some() && collection["extension"] == "md" {
                collection["i18n"] = json!(true);
            }
        }
    }
    config
}

/// Where `table` has keys of a type that `is` picks, as key paths with `*` for a list's
/// items (`periods`, `lines.*.amounts`): what the editor's page script (`outputs::admin`)
/// turns back into what mienskip reads before it saves.
pub fn paths(table: &Table, is: fn(&Type) -> bool) -> Vec<String> {
    let mut paths = Vec::new();
    for key in table.keys {
        match key.ty {
            Type::Map(inner) => paths.extend(
                self::paths(inner, is)
                    .into_iter()
                    .map(|p| format!("{}.{p}", key.name)),
            ),
            Type::List(inner) => paths.extend(
                self::paths(inner, is)
                    .into_iter()
                    .map(|p| format!("{}.*.{p}", key.name)),
            ),
            ty if is(&ty) => paths.push(key.name.to_string()),
            _ => {}
        }
    }
    paths
}

/// The configuration as the text of `config.yml`.
pub fn config_text(editor: &Editor, languages: &[String]) -> String {
    let mut text = serde_json::to_string_pretty(&config(editor, languages)).expect("a JSON value");
    text.push('\n');
    text
}

/// The collection's name: the folder's (`rooms`), which relation fields name.
pub fn collection_name(kind: &FileKind) -> &'static str {
    let folder = kind.glob.rsplit_once('/').map_or(kind.glob, |(f, _)| f);
    folder.rsplit_once('/').map_or(folder, |(_, last)| last)
}

fn collection(kind: &FileKind) -> Value {
    let folder = kind.glob.rsplit_once('/').map_or("", |(f, _)| f);
    let mut fields = fields(kind.table);
    let name_key = kind.table.keys[0].name;
    if kind.markdown {
        fields.push(json!({
            "name": "body",
            "label": "Tekst",
            "widget": "markdown",
            "required": false,
            "hint": "Wat bewoners moeten weten. Een lege regel begint een nieuwe alinea.",
        }));
        // What a translation holds; the other fields are only in the original's file.
        for field in &mut fields {
            if [name_key, "summary", "body"].contains(&field["name"].as_str().unwrap_or("")) {
                field["i18n"] = json!(true);
            }
        }
    }
    json!({
        "name": collection_name(kind),
        "label": plural(kind.table.title),
        "label_singular": kind.table.title,
        "folder": folder,
        "create": true,
        "extension": if kind.markdown { "md" } else { "yaml" },
        "format": if kind.markdown { "yaml-frontmatter" } else { "yaml" },
        // The file name is the id: lowercase, with dashes.
        "slug": "{{slug}}",
        "identifier_field": name_key,
        "summary": format!("{{{{{name_key}}}}}"),
        "fields": fields,
    })
}

fn plural(title: &str) -> String {
    match title {
        "Kamer" => "Kamers".into(),
        "Gebied" => "Gebieden".into(),
        "Initiatief" => "Initiatieven".into(),
        "Organisatie" => "Organisaties".into(),
        "Pagina" => "Pagina's".into(),
        "Begroting" => "Begrotingen".into(),
        other => other.into(),
    }
}

/// The settings' fields: a text per language (`title: { nl: ..., fy: ... }`) is a group
/// with a field per language of the site, the site's own required when the key is.
fn site_fields(table: &Table, languages: &[String]) -> Vec<Value> {
    let mut fields = fields(table);
    if languages.len() < 2 {
        return fields;
    }
    for (key, field) in table.keys.iter().zip(fields.iter_mut()) {
        if matches!(key.ty, Type::PerLanguage) {
            let inner: Vec<Value> = languages
                .iter()
                .enumerate()
                .map(|(i, code)| {
                    let mut text = widget(key);
                    text["name"] = json!(code);
                    text["label"] = json!(code);
                    text["required"] = json!(i == 0 && key.need == Need::Required);
                    text
                })
                .collect();
            field["widget"] = json!("object");
            field["fields"] = json!(inner);
        }
    }
    fields
}

fn fields(table: &Table) -> Vec<Value> {
    table.keys.iter().map(|key| field(table, key)).collect()
}

/// The key's Dutch label, or (for a key added without one, which a unit test forbids) its
/// name written as words.
fn label(table: &Table, name: &str) -> String {
    if let Some(label) = super::labels::dutch(table.name, name) {
        return label.to_string();
    }
    let spaced = name.replace('_', " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn field(table: &Table, key: &Key) -> Value {
    let mut field = widget(key);
    field["name"] = json!(key.name);
    if field.get("label").is_none() {
        field["label"] = json!(label(table, key.name));
    }
    field["required"] = json!(key.need == Need::Required);
    field["hint"] = json!(key.help);
    field
}

/// The relation picker for an id of `target`, by its name or title.
fn relation(target: Target, multiple: bool) -> Value {
    let kind = FILES
        .iter()
        .find(|k| k.glob.starts_with(&format!("content/{}/", target.folder())))
        .expect("a kind for every target");
    let name_key = kind.table.keys[0].name;
    json!({
        "widget": "relation",
        "collection": target.folder(),
        "value_field": "{{slug}}",
        "search_fields": [name_key],
        "display_fields": [name_key],
        "multiple": multiple,
    })
}

fn widget(key: &Key) -> Value {
    match key.ty {
        // The plain form; a site with more languages gets a field per language
        // (`per_language`).
        Type::Text | Type::PerLanguage => match key.name {
            "summary" | "notes" | "description" | "text" => json!({ "widget": "text" }),
            _ => json!({ "widget": "string" }),
        },
        Type::Url => json!({
            "widget": "string",
            "pattern": ["^https?://", "Een volledig webadres, dat begint met https://"],
        }),
        Type::Bool => json!({ "widget": "boolean", "default": false }),
        // A switch always saves true or false; leaving the key out means something else
        // here, so it is a choice of three, the first empty (which the editor leaves out).
        // The page script (`outputs::admin`) saves the choices as true and false again.
        Type::TriState => json!({
            "widget": "select",
            "default": "",
            "options": [
                { "label": "niet vermeld", "value": "" },
                { "label": "ja", "value": true },
                { "label": "nee", "value": false },
            ],
        }),
        Type::Integer(min, max) => json!({
            "widget": "number",
            "value_type": "int",
            "min": min,
            "max": max,
        }),
        Type::Date => json!({
            "widget": "datetime",
            "format": "YYYY-MM-DD",
            "date_format": "YYYY-MM-DD",
            "time_format": false,
        }),
        Type::Time => json!({
            "widget": "datetime",
            "format": "HH:mm",
            "date_format": false,
            "time_format": "HH:mm",
        }),
        Type::Days => json!({
            "widget": "select",
            "multiple": true,
            "options": jiff::civil::Weekday::WORDS
                .iter()
                .zip(DAY_NAMES)
                .map(|(code, name)| json!({ "label": name, "value": code }))
                .collect::<Vec<_>>(),
        }),
        Type::Choice(words) => json!({ "widget": "select", "options": words }),
        Type::Id(target) => relation(target, false),
        Type::Ids(target) => relation(target, true),
        Type::TextList | Type::Languages => json!({ "widget": "list" }),
        Type::File | Type::Language | Type::Tiles(_) => json!({ "widget": "string" }),
        Type::Photo => json!({ "widget": "image", "media_folder": format!("/{MEDIA_FOLDER}") }),
        Type::Location => json!({ "widget": "object", "fields": fields(&LOCATION) }),
        Type::Money | Type::Decimal => json!({ "widget": "number", "value_type": "float" }),
        // Pairs of a year and a value, as many as the editor adds: any year can be added.
        // The editor keeps the values as text, and a year (a name like `2024`) as a position
        // in a list; the page script (`outputs::admin`) saves them as the mapping
        // `{ 2024: 45000 }` again, amounts as numbers. `mienskip check` says when a year is
        // not a year.
        Type::PerYear(inner) => json!({
            "widget": "keyvalue",
            "key_label": "Jaar",
            "value_label": match inner {
                Type::Money => "Bedrag in euro's",
                Type::Decimal => "Aantal",
                _ => "Tekst",
            },
        }),
        Type::Map(table) => json!({
            "widget": "object",
            "label": table.title,
            "fields": fields(table),
        }),
        Type::List(table) => json!({
            "widget": "list",
            "label": table.title,
            "label_singular": table.title,
            "fields": fields(table),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn editor() -> Editor {
        Editor {
            repo: "gemeente/kamers".into(),
            branch: "main".into(),
        }
    }

    /// The member of a JSON list whose `name` is `name`.
    fn named<'a>(list: &'a Value, name: &str) -> &'a Value {
        list.as_array()
            .unwrap()
            .iter()
            .find(|member| member["name"] == name)
            .unwrap_or_else(|| panic!("no member named {name:?}"))
    }

    /// The settings' field `name` in a configuration.
    fn setting<'a>(config: &'a Value, name: &str) -> &'a Value {
        named(
            &named(&config["collections"], "instellingen")["files"][0]["fields"],
            name,
        )
    }

    #[test]
    fn title_and_description_have_a_field_per_language_when_the_site_has_several() {
        let one = config(&editor(), &["nl".to_string()]);
        assert_eq!(setting(&one, "title")["widget"], "string");
        let languages = ["nl", "fy", "en"].map(String::from);
        let several = config(&editor(), &languages);
        for (name, widget, required) in [("title", "string", true), ("description", "text", false)]
        {
            let field = setting(&several, name);
            assert_eq!(field["widget"], "object", "{name}");
            let inner: Vec<(&str, &str, bool)> = field["fields"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| {
                    (
                        f["name"].as_str().unwrap(),
                        f["widget"].as_str().unwrap(),
                        f["required"].as_bool().unwrap(),
                    )
                })
                .collect();
            assert_eq!(
                inner,
                [
                    ("nl", widget, required),
                    ("fy", widget, false),
                    ("en", widget, false)
                ],
                "{name}"
            );
        }
        // Other text settings keep one field.
        assert_eq!(setting(&several, "license")["widget"], "string");
    }

    #[test]
    fn rooms_with_relations_lists_and_selects() {
        let config = config(&editor(), &["nl".to_string()]);
        assert_eq!(config["backend"]["repo"], "gemeente/kamers");
        let rooms = &config["collections"][0];
        assert_eq!(rooms["folder"], "content/rooms");
        let field = |name: &str| named(&rooms["fields"], name);
        assert_eq!(field("area")["widget"], "relation");
        assert_eq!(field("area")["collection"], "areas");
        assert_eq!(field("area")["required"], true);
        assert_eq!(
            field("status")["options"],
            json!(["open", "planned", "closed"])
        );
        let activities = field("activities");
        assert_eq!(activities["widget"], "list");
        let days = named(&activities["fields"], "days");
        assert_eq!(
            days["options"][0],
            json!({ "label": "maandag", "value": "ma" })
        );
        assert_eq!(field("opened")["required"], false);
        assert_eq!(
            field("kind")["hint"],
            "main (hoofdlocatie) of satellite (satelliet)"
        );
        let names: Vec<&str> = config["collections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "rooms",
                "areas",
                "initiatives",
                "organisations",
                "pages",
                "budgets",
                "instellingen"
            ]
        );
    }
}
