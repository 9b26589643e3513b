//! The catalogues against each other, against the code and against the reference.

use super::reference;
use super::{catalogue, Language};
use std::collections::{BTreeMap, BTreeSet};

#[test]
fn every_catalogue_file_parses() {
    for language in Language::ALL {
        for (name, source) in catalogue::sources(language) {
            if let Err((_, errors)) = fluent_syntax::parser::parse(source.as_str()) {
                panic!("messages/{name}: {errors:?}");
            }
        }
    }
}

#[test]
fn every_language_has_every_message_with_the_same_values() {
    let dutch = reference::ids_and_variables(Language::Dutch);
    assert!(!dutch.is_empty());
    for language in Language::ALL {
        let other = reference::ids_and_variables(language);
        let missing: Vec<_> = dutch.keys().filter(|id| !other.contains_key(*id)).collect();
        let extra: Vec<_> = other.keys().filter(|id| !dutch.contains_key(*id)).collect();
        assert!(
            missing.is_empty(),
            "{}: missing {missing:?}",
            language.code()
        );
        assert!(
            extra.is_empty(),
            "{}: not in Dutch {extra:?}",
            language.code()
        );
        for (id, variables) in &dutch {
            assert_eq!(
                &other[id],
                variables,
                "{}: `{id}` uses other values than in Dutch",
                language.code()
            );
        }
    }
}

/// Every `msg!("id", name = …)` in `src/` with the names of its values.
fn ids_in_code() -> BTreeMap<String, Vec<BTreeSet<String>>> {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found: BTreeMap<String, Vec<BTreeSet<String>>> = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.expect("src/ is readable");
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        if entry.path().ends_with("messages/tests.rs") {
            continue;
        }
        let source = std::fs::read_to_string(entry.path()).expect("readable source");
        // Examples in comments are not uses.
        let text: String = source
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        // `msg!(` then the id, perhaps on the next line (as rustfmt writes a long call).
        for (at, _) in text.match_indices("msg!(") {
            let Some(rest) = text[at + 5..].trim_start().strip_prefix('"') else {
                continue;
            };
            let Some(end) = rest.find('"') else { continue };
            let id = rest[..end].to_string();
            // The values named up to the macro's closing parenthesis (found by depth).
            let mut depth = 1;
            let mut close = rest.len();
            for (i, c) in rest.char_indices() {
                match c {
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' => {
                        depth -= 1;
                        if depth == 0 {
                            close = i;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let body = &rest[end + 1..close];
            let names = named_values(body);
            found.entry(id).or_default().push(names);
        }
        for (at, _) in text.match_indices("Message::new(\"") {
            let rest = &text[at + 14..];
            if let Some(end) = rest.find('"') {
                found.entry(rest[..end].to_string()).or_default();
            }
        }
    }
    found
}

/// The `name = value` names at the top level of a macro's arguments.
fn named_values(body: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut depth = 0;
    let mut part = String::new();
    let mut parts = Vec::new();
    for c in body.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut part));
                continue;
            }
            _ => {}
        }
        part.push(c);
    }
    parts.push(part);
    for part in parts {
        if let Some((name, _)) = part.split_once('=') {
            let name = name.trim();
            if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                names.insert(name.to_string());
            }
        }
    }
    names
}

#[test]
fn every_message_in_the_code_is_in_the_catalogue_with_its_values() {
    let catalogue = reference::ids_and_variables(Language::Dutch);
    for (id, uses) in ids_in_code() {
        let Some(variables) = catalogue.get(&id) else {
            panic!("`{id}` is used in src/ but is not in messages/nl/");
        };
        for names in uses {
            let mut message = super::Message::new(Box::leak(id.clone().into_boxed_str()));
            for name in &names {
                message = message.arg(Box::leak(name.clone().into_boxed_str()), "x");
            }
            if !names.is_empty() || variables.is_empty() {
                for language in Language::ALL {
                    let problems = catalogue::problems(language, &message);
                    assert!(problems.is_empty(), "{}: {problems:?}", language.code());
                }
            }
            // A use may give a value the text does not show (an English-only detail), but
            // never leave out one the text shows.
            let missing: Vec<_> = variables.difference(&names).collect();
            assert!(
                missing.is_empty() || names.is_empty(),
                "`{id}` is used without {missing:?}"
            );
        }
    }
}

#[test]
fn every_message_in_the_catalogue_is_used() {
    let used = ids_in_code();
    let unused: Vec<_> = reference::ids_and_variables(Language::Dutch)
        .into_keys()
        .filter(|id| !used.contains_key(id))
        .collect();
    assert!(unused.is_empty(), "messages nothing uses: {unused:?}");
}

#[test]
fn messages_have_no_isolation_marks() {
    let text = crate::msg!("did-you-mean", candidate = "open").text_in(Language::Dutch);
    assert!(!text.contains('\u{2068}'), "{text:?}");
    assert!(text.contains("`open`"), "{text}");
}

#[test]
fn a_language_without_a_message_falls_back_to_dutch_and_plurals_follow_the_count() {
    let one = crate::msg!("summary-errors", errors = 1usize, warnings = 2usize);
    assert_eq!(one.text_in(Language::Dutch), "1 fout, 2 waarschuwingen");
    assert_eq!(one.text_in(Language::English), "1 error, 2 warnings");
}

/// `docs/foutmeldingen.md` is made from the Dutch catalogue; with `MIENSKIP_BLESS=1` this
/// test writes it, otherwise it fails when the file is stale.
#[test]
fn the_reference_for_editors_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(reference::PATH);
    let made = reference::markdown();
    if std::env::var_os("MIENSKIP_BLESS").is_some() {
        std::fs::write(&path, &made).expect("docs/ is writable");
        return;
    }
    let kept = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        kept == made,
        "{} is stale: run `MIENSKIP_BLESS=1 cargo test --lib messages` and commit it",
        reference::PATH
    );
}
