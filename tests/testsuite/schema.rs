//! `mienskip schema` and the content format's tables (`model::keys`) it is generated from:
//! every key a loader accepts is in the tables (and so in the schema and the editor's
//! configuration), and every key in the tables is one a loader accepts.

use crate::common::*;
use mienskip::model::keys::{Table, Type, FILES};
use serde_json::{json, Value};
use std::path::Path;

/// A value of `ty` in flow YAML that the loader reads without a type error where it can.
fn sample(ty: Type) -> String {
    match ty {
        Type::Text => "x".into(),
        Type::PerLanguage => "{ nl: x }".into(),
        Type::Url => "https://example.nl/".into(),
        Type::Bool | Type::TriState => "true".into(),
        Type::Integer(min, max) => (if min <= 1 && 1 <= max { 1 } else { min }).to_string(),
        Type::Date => "2024-01-01".into(),
        Type::Time => "\"10:00\"".into(),
        Type::Days => "[ma]".into(),
        Type::Choice(words) | Type::Tiles(words) => words[0].into(),
        Type::Id(_) => "noord".into(),
        Type::Ids(_) => "[noord]".into(),
        Type::TextList => "[a]".into(),
        Type::File => "geo/noord.geojson".into(),
        Type::Photo => "photos/kamer.jpg".into(),
        Type::Location => "{ lat: 53.2, lon: 5.8 }".into(),
        Type::Money | Type::Decimal => "10".into(),
        Type::PerYear(inner) => format!("{{ 2024: {} }}", sample(*inner)),
        Type::Language => "nl".into(),
        Type::Languages => "[nl]".into(),
        Type::Map(table) => mapping(table),
        Type::List(table) => format!("[ {} ]", mapping(table)),
    }
}

fn mapping(table: &Table) -> String {
    let keys: Vec<String> = table
        .keys
        .iter()
        .map(|k| format!("{}: {}", k.name, sample(k.ty)))
        .collect();
    format!("{{ {} }}", keys.join(", "))
}

/// A file with every key of `table` (and of every mapping in it), one key a line.
fn every_key(table: &Table) -> String {
    table
        .keys
        .iter()
        .map(|k| format!("{}: {}\n", k.name, sample(k.ty)))
        .collect()
}

#[test]
fn every_key_in_the_tables_is_one_the_loaders_accept() {
    use mienskip::load::Kind;
    for file in FILES {
        let yaml = every_key(file.table);
        let messages: Vec<String> = match file.name {
            "budget" => mienskip::load::budgets::read_budget_text(&yaml, "b")
                .1
                .iter()
                .map(|d| d.to_string())
                .collect(),
            "site" => {
                let root = tempfile::tempdir().unwrap();
                write(root.path(), "site.yaml", &yaml);
                vec![stderr(&check(root.path()))]
            }
            name => {
                let kind = match name {
                    "room" => Kind::Room,
                    "area" => Kind::Area,
                    "initiative" => Kind::Initiative,
                    "organisation" => Kind::Organisation,
                    _ => Kind::Page,
                };
                mienskip::load::read_item_text(kind, "x", &format!("---\n{yaml}---\n"))
                    .1
                    .iter()
                    .map(|d| d.to_string())
                    .collect()
            }
        };
        for message in &messages {
            assert!(
                !message.contains("unknown key"),
                "{}: {message}\n{yaml}",
                file.name
            );
        }
    }
    // And the check sees an unknown key at all.
    let (_, diags) =
        mienskip::load::read_item_text(Kind::Page, "x", "---\ntitle: T\nnot_a_key: 1\n---\n");
    assert_eq!(diags[0].message.id, "key-unknown");
    assert!(diags[0].to_string().contains("`not_a_key`"));
}

/// The loaders open a mapping only with a table's keys (`Reader::keyed`): a list of known
/// keys written in a loader would be a second list the schema and the editor do not see.
#[test]
fn the_loaders_take_their_keys_from_the_tables_only() {
    let load = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/load");
    for entry in walkdir::WalkDir::new(&load) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap();
        let relative = entry.path().strip_prefix(&load).unwrap().to_string_lossy();
        for (n, line) in code.lines().enumerate() {
            let calls_fields = line.contains(".fields(") || line.contains("KEYS: &[&str]");
            // A translation has the name key of the kind it translates, and its summary.
            let allowed = relative == "read.rs" && line.contains("[name_key, \"summary\"]")
                || relative == "fields.rs"
                    && line.contains("self.fields(node, what, &table.names())");
            assert!(
                !calls_fields || allowed,
                "src/load/{relative}:{}: open a mapping with `keyed` and a table in src/model/keys/: {line}",
                n + 1
            );
        }
    }
}

#[test]
fn schema_writes_every_kind_and_prints_one() {
    let out = tempfile::tempdir().unwrap();
    let written = mienskip(&["schema", "--out", out.path().to_str().unwrap()]);
    assert_eq!(written.status.code(), Some(0), "{}", stderr(&written));
    let mut names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "area.schema.json",
            "budget.schema.json",
            "initiative.schema.json",
            "organisation.schema.json",
            "page.schema.json",
            "room.schema.json",
            "site.schema.json",
            "translation.schema.json"
        ]
    );
    let room_file = std::fs::read_to_string(out.path().join("room.schema.json")).unwrap();
    let printed = mienskip(&["schema", "room"]);
    assert_eq!(String::from_utf8_lossy(&printed.stdout), room_file);
    let room: Value = serde_json::from_str(&room_file).unwrap();
    assert_eq!(
        room["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let activity = &room["$defs"]["activity"];
    assert_eq!(
        activity["required"],
        serde_json::json!(["title", "from", "to"])
    );
    assert_eq!(
        activity["properties"]["monthly"]["anyOf"][0],
        serde_json::json!({ "type": "integer", "minimum": -5, "maximum": 5 })
    );
    let budget: Value = serde_json::from_str(
        &std::fs::read_to_string(out.path().join("budget.schema.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        budget["$defs"]["budget_line"]["properties"]["direction"]["anyOf"][0]["enum"],
        serde_json::json!(["expense", "income"])
    );
    assert!(
        budget["$defs"]["budget_line"]["properties"]["item"]["description"]
            .as_str()
            .unwrap()
            .starts_with("Verplicht: ")
    );

    let wrong = mienskip(&["schema", "kamer"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(
        stderr(&wrong).contains("choose one of: room, area"),
        "{}",
        stderr(&wrong)
    );
    assert_eq!(mienskip(&["schema"]).status.code(), Some(2));
}

/// The template repository's editor settings use the schemas `mienskip schema --draft-07`
/// writes: the copies there are the current ones, and the settings name every kind.
#[test]
fn the_templates_schemas_are_current_and_every_kind_is_mapped() {
    let template = Path::new(env!("CARGO_MANIFEST_DIR")).join("template");
    let out = tempfile::tempdir().unwrap();
    let written = mienskip(&[
        "schema",
        "--draft-07",
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert_eq!(written.status.code(), Some(0));
    let mut count = 0;
    for entry in std::fs::read_dir(out.path()).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        let fresh = std::fs::read_to_string(entry.path()).unwrap();
        assert!(fresh.contains("\"$schema\": \"http://json-schema.org/draft-07/schema#\""));
        let copy = std::fs::read_to_string(template.join(".mienskip/schema").join(&name))
            .unwrap_or_else(|_| panic!("template/.mienskip/schema/{name} is missing"));
        assert!(
            copy == fresh,
            "template/.mienskip/schema/{name} is out of date; run `mienskip schema --draft-07 --out template/.mienskip/schema`"
        );
        count += 1;
    }
    assert_eq!(count, FILES.len() + 1);
    let remark = std::fs::read_to_string(template.join(".remarkrc.mjs")).unwrap();
    let settings: Value = serde_json::from_str(
        &std::fs::read_to_string(template.join(".vscode/settings.json")).unwrap(),
    )
    .unwrap();
    for file in FILES {
        let schema = format!("{}.schema.json", file.name);
        if file.markdown {
            assert!(
                remark.contains(&format!(
                    "[schema('{}')]: ['{}",
                    file.name,
                    file.glob.trim_end_matches("*.md")
                )),
                "{schema} in .remarkrc.mjs"
            );
        } else {
            assert_eq!(
                settings["yaml.schemas"][format!("./.mienskip/schema/{schema}")],
                file.glob,
                "{schema} in .vscode/settings.json"
            );
        }
    }
}

/// Every key of every table is a field of the form editor's configuration, with its help
/// text; a value per year is a list of pairs of a year and a value, to which any year can
/// be added; a key that can be left unsaid (`Type::TriState`) is a choice that can be.
#[test]
fn the_editors_configuration_has_every_key() {
    let editor = mienskip::model::Editor {
        repo: "gemeente/kamers".into(),
        branch: "main".into(),
    };
    let config = mienskip::schema::cms::config(&editor, &["nl".to_string()]);
    let collections = config["collections"].as_array().unwrap();
    fn check(fields: &Value, table: &Table) {
        for key in table.keys {
            let field = named(fields, key.name);
            assert_eq!(field["hint"], key.help);
            if let Type::Map(inner) | Type::List(inner) = key.ty {
                check(&field["fields"], inner);
            }
            let name = format!("{}.{}", table.name, key.name);
            match key.ty {
                Type::PerYear(_) => {
                    assert_eq!(field["widget"], "keyvalue", "{name}");
                    assert_eq!(field["key_label"], "Jaar", "{name}");
                }
                Type::TriState => {
                    let values: Vec<&Value> = field["options"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|o| &o["value"])
                        .collect();
                    assert_eq!(values, [&json!(""), &json!(true), &json!(false)], "{name}");
                    assert_eq!(field["default"], "", "{name}");
                }
                Type::Bool => assert_eq!(field["widget"], "boolean", "{name}"),
                _ => {}
            }
        }
    }
    for file in FILES {
        let fields = if file.name == "site" {
            &collections.last().unwrap()["files"][0]["fields"]
        } else {
            &collections
                .iter()
                .find(|c| {
                    c["folder"]
                        == file
                            .glob
                            .trim_end_matches("/*.md")
                            .trim_end_matches("/*.yaml")
                })
                .unwrap()["fields"]
        };
        check(fields, file.table);
    }
}

#[test]
fn the_editor_is_published_only_when_site_yaml_asks_for_it() {
    let root = tempfile::tempdir().unwrap();
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("template"),
        root.path(),
    );
    let out = root.path().join("out");
    let build = |root: &Path| {
        mienskip(&[
            "build",
            "--root",
            root.to_str().unwrap(),
            "--output",
            out.to_str().unwrap(),
        ])
    };
    assert_eq!(build(root.path()).status.code(), Some(0));
    assert!(!out.join("admin").exists());
    assert!(!out.join("vendor/sveltia-cms").exists());

    let site = std::fs::read_to_string(root.path().join("site.yaml")).unwrap();
    write(
        root.path(),
        "site.yaml",
        format!("{site}editor: {{ backend: github, repo: gemeente/kamers }}\n"),
    );
    let built = build(root.path());
    assert_eq!(built.status.code(), Some(0), "{}", stderr(&built));
    let page = std::fs::read_to_string(out.join("admin/index.html")).unwrap();
    assert!(page.contains("<script src=\"/vendor/sveltia-cms/sveltia-cms.js\"></script>"));
    assert!(page.contains("connect-src 'self' data: blob: https://api.github.com;"));
    assert!(out.join("vendor/sveltia-cms/sveltia-cms.js").is_file());
    let config: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("admin/config.yml")).unwrap())
            .unwrap();
    assert_eq!(config["backend"]["repo"], "gemeente/kamers");
    assert_eq!(config["backend"]["branch"], "main");
    assert_eq!(config["media_folder"], "data/photos");
    // Immutable.js, which the editor would fetch from unpkg.com for its save hook, is taken
    // from beside it through the import map, the one inline script, allowed by its hash.
    assert!(out.join("vendor/sveltia-cms/immutable.es.js").is_file());
    let map = page
        .split("<script type=\"importmap\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .unwrap();
    let map_json: Value = serde_json::from_str(map).unwrap();
    assert_eq!(
        map_json["imports"]["https://unpkg.com/immutable@5.1.9/dist/immutable.es.js"],
        "/vendor/sveltia-cms/immutable.es.js"
    );
    assert!(page.contains("script-src 'self' 'sha256-"));
    let script = std::fs::read_to_string(out.join("admin/mienskip.js")).unwrap();
    assert!(script.contains(r#"["periods","lines.*.amounts","lines.*.hours","totals.*.amounts"]"#));
    assert!(script.contains(r#"[false,true,true,true]"#));
    assert!(script.contains(r#"["totals.*.in_kind"]"#));
    // Any year can be added: a value per year is a list of pairs, whatever the budgets hold.
    let budgets = named(&config["collections"], "budgets");
    let field = |fields: &Value, name: &str| named(fields, name).clone();
    let amounts = field(&field(&budgets["fields"], "lines")["fields"], "amounts");
    assert_eq!(amounts["widget"], "keyvalue");
    assert_eq!(amounts["required"], false);
    let totals = field(&budgets["fields"], "totals");
    assert_eq!(field(&totals["fields"], "amounts")["required"], true);
    assert_eq!(field(&totals["fields"], "in_kind")["widget"], "select");
    assert_eq!(
        field(&field(&budgets["fields"], "lines")["fields"], "in_kind")["widget"],
        "boolean"
    );
    // Residents' offline copy keeps none of it.
    let worker = std::fs::read_to_string(out.join("sw.js")).unwrap();
    assert!(!worker.contains("admin/") && !worker.contains("sveltia"));

    write(
        root.path(),
        "site.yaml",
        format!("{site}editor: {{ backend: gitlab, repo: \"../x\" }}\n"),
    );
    let wrong = build(root.path());
    assert_eq!(wrong.status.code(), Some(1));
    let messages = stderr(&wrong);
    assert!(
        messages.contains("`backend` is \"gitlab\", which is not one of: github"),
        "{messages}"
    );
}
