//! Keeps the shape of the code: the data flows one way, text ← model ← load ← resolve ←
//! outputs ← serve and the command line, so no module may use one further along the
//! pipeline, and no two modules may use each other, however indirectly; and no module grows
//! past one job's length. Read from the sources, so that a new `use` that breaks the shape
//! fails `cargo test`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Where each top-level module sits in the pipeline; a module may use its own layer and
/// those before it. Leaf helpers (escaping, limits, messages, writing files) come first.
fn layer(top: &str) -> Option<u8> {
    Some(match top {
        "text" | "limits" | "messages" | "diagnostics" | "progress" => 0,
        "output" => 1,
        "model" => 2,
        // The schema and the editor's configuration, generated from the model's tables.
        "load" | "schema" => 3,
        "resolve" => 4,
        "outputs" => 5,
        "" | "serve" | "scaffold" | "report" => 6,
        "main" | "cli" => 7,
        _ => return None,
    })
}

/// Every module of the crate by its path (`outputs::html::pages`) with its source, test
/// modules left out: a test may reach anywhere.
fn modules() -> BTreeMap<String, String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut modules = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.expect("src/ is readable");
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let relative = path.strip_prefix(&src).expect("under src/");
        let mut name = relative
            .with_extension("")
            .to_string_lossy()
            .replace('/', "::");
        for suffix in ["::mod", "lib"] {
            if let Some(stripped) = name.strip_suffix(suffix) {
                name = stripped.to_string();
            }
        }
        if name == "layering" {
            continue;
        }
        let text = std::fs::read_to_string(path).expect("readable source");
        let code = without_tests(&text).to_string();
        modules.insert(name, code);
    }
    modules
}

/// A module's code up to its test module (`#[cfg(test)]` then `mod tests`); a test-only
/// item before it (a helper, or a module shared with the integration tests) stays in.
fn without_tests(text: &str) -> &str {
    let mut from = 0;
    while let Some(at) = text[from..].find("#[cfg(test)]") {
        let at = from + at;
        let after = text[at + "#[cfg(test)]".len()..].trim_start();
        if after.starts_with("mod tests") {
            return &text[..at];
        }
        from = at + 1;
    }
    text
}

/// The modules `code` (of module `name`) uses: every `crate::…` and `super::…` path,
/// braces expanded one level, cut to the longest prefix that is a module.
fn uses(name: &str, code: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let parent = name.rsplit_once("::").map_or("", |(p, _)| p);
    let mut found = BTreeSet::new();
    for line in code.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        for (prefix, base) in [("crate::", ""), ("super::", parent)] {
            let mut rest = line;
            while let Some(at) = rest.find(prefix) {
                let before = rest[..at].chars().last();
                rest = &rest[at + prefix.len()..];
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let path: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                    .collect();
                let written = path.trim_end_matches(':');
                // `msg!` is exported at the crate's root, as every macro is, but belongs to
                // `messages`.
                let path = if written == "msg" {
                    "messages"
                } else {
                    written
                };
                let mut candidates = vec![path.to_string()];
                if let Some(group) = rest[written.len()..].strip_prefix("::{") {
                    let group = &group[..group.find('}').unwrap_or(group.len())];
                    candidates = group
                        .split(',')
                        .map(|item| format!("{path}::{}", item.trim()))
                        .collect();
                }
                for candidate in candidates {
                    let full = if base.is_empty() {
                        candidate
                    } else {
                        format!("{base}::{candidate}")
                    };
                    let mut segments: Vec<&str> = full.split("::").collect();
                    while !segments.is_empty() && !known.contains(&segments.join("::")) {
                        segments.pop();
                    }
                    let module = segments.join("::");
                    if module != name && !name.starts_with(&format!("{module}::")) {
                        found.insert(module);
                    }
                }
            }
        }
    }
    found
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let mut known: BTreeSet<String> = modules.keys().cloned().collect();
    known.insert(String::new());
    modules
        .iter()
        .map(|(name, code)| (name.clone(), uses(name, code, &known)))
        .collect()
}

fn top(module: &str) -> &str {
    module.split("::").next().unwrap_or("")
}

#[test]
fn no_module_uses_one_further_along_the_pipeline() {
    let mut wrong = Vec::new();
    for (module, used) in graph() {
        let Some(own) = layer(top(&module)) else {
            wrong.push(format!(
                "{module} is in no layer: add it to layering::layer"
            ));
            continue;
        };
        for other in used {
            match layer(top(&other)) {
                Some(theirs) if theirs <= own => {}
                _ => wrong.push(format!("{module} uses {other}, which comes later")),
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The most non-blank lines a module's code may have, its tests left out: past it, a module
/// is doing more than one job and wants splitting.
const MAX_MODULE_LINES: usize = 450;

#[test]
fn no_module_is_over_the_longest_a_module_may_be() {
    let long: Vec<String> = modules()
        .into_iter()
        .map(|(name, code)| (name, code.lines().filter(|l| !l.trim().is_empty()).count()))
        .filter(|(_, lines)| *lines > MAX_MODULE_LINES)
        .map(|(name, lines)| format!("{name}: {lines} lines"))
        .collect();
    assert!(long.is_empty(), "over {MAX_MODULE_LINES} lines: {long:?}");
}

#[test]
fn no_two_modules_use_each_other() {
    let graph = graph();
    // A module is in a cycle when it can reach itself.
    let mut cycles = BTreeSet::new();
    for start in graph.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<(String, Vec<String>)> = vec![(start.clone(), vec![start.clone()])];
        while let Some((module, path)) = stack.pop() {
            for next in graph.get(&module).into_iter().flatten() {
                if next == start {
                    let mut cycle = path.clone();
                    let first = cycle.iter().min().cloned().unwrap_or_default();
                    let at = cycle.iter().position(|m| *m == first).unwrap_or(0);
                    cycle.rotate_left(at);
                    cycles.insert(cycle.join(" → "));
                } else if seen.insert(next.clone()) {
                    let mut longer = path.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    assert!(
        cycles.is_empty(),
        "import cycles:\n{}",
        cycles.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn the_reader_sees_uses_through_braces_and_super() {
    let known: BTreeSet<String> = [
        "outputs",
        "outputs::html",
        "outputs::html::views",
        "model",
        "text::money",
        "text",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    let code = "use crate::outputs::html::{views::Viewer, x};\nuse super::views;\nlet a = crate::text::money::format(1);\n// crate::model in a comment\n";
    let found = uses("outputs::html::pages", code, &known);
    // `x` is an item of the parent module, whose items its children may use.
    let expected: BTreeSet<String> = ["outputs::html::views", "text::money"]
        .into_iter()
        .map(String::from)
        .collect();
    assert_eq!(found, expected);
}
