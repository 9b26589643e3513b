//! Inputs that could blow up the loaders (found by fuzzing or by trying the limits): each
//! must end quickly with a clear error, or load.

use mienskip::diagnostics::Severity;
use mienskip::load::{read_item_text, yaml, Kind};
use std::path::Path;
use std::time::{Duration, Instant};

/// The errors' texts, in English as everywhere in this test binary (see `common::mienskip`).
fn errors(diags: &[mienskip::diagnostics::Diagnostic]) -> Vec<String> {
    mienskip::messages::set_language(mienskip::messages::Language::English);
    diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.text())
        .collect()
}

/// Runs `f` and checks it took less than `limit` (generous: debug builds on a busy machine).
fn quickly<T>(limit: Duration, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let result = f();
    assert!(start.elapsed() < limit, "took {:?}", start.elapsed());
    result
}

#[test]
fn deeply_nested_flow_sequences_are_refused() {
    for opening in ["[", "{a: ", "- "] {
        let text = opening.repeat(200_000);
        let error = quickly(Duration::from_secs(10), || yaml::parse(&text, 2)).unwrap_err();
        assert!(
            error.message.id == "yaml-too-deep" || error.message.id.starts_with("yaml-invalid"),
            "{error:?}"
        );
    }
}

#[test]
fn a_front_matter_with_very_many_keys_is_reported_not_hung() {
    let mut text = String::from("---\nname: A\n");
    for i in 0..30_000 {
        text.push_str(&format!("key{i}: {i}\n"));
    }
    text.push_str("---\n");
    let (read, diags) = quickly(Duration::from_secs(30), || {
        read_item_text(Kind::Organisation, "many", &text)
    });
    assert!(!errors(&diags).is_empty());
    let _ = read;
}

#[test]
fn keys_and_values_past_the_node_limit_are_refused() {
    let mut text = String::new();
    for i in 0..(yaml::MAX_NODES / 2 + 10) {
        text.push_str(&format!("k{i}: v\n"));
    }
    let error = quickly(Duration::from_secs(30), || yaml::parse(&text, 1)).unwrap_err();
    assert_eq!(error.message.id, "yaml-too-many-values", "{error:?}");
}

#[test]
fn a_very_long_line_loads() {
    let summary = "woord ".repeat(150_000);
    let text = format!(
        "---\nname: Amaryllis\nkind: welfare\nsummary: {summary}\n---\n{}\n",
        "tekst ".repeat(10_000)
    );
    let (read, diags) = quickly(Duration::from_secs(30), || {
        read_item_text(Kind::Organisation, "lang", &text)
    });
    assert!(read, "{diags:?}");
    assert!(errors(&diags).is_empty(), "{diags:?}");
}

#[test]
fn an_alias_bomb_in_a_budget_is_refused() {
    let mut text = String::from("title: T\nsource: S\nx0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n");
    for i in 1..10 {
        let p = i - 1;
        text.push_str(&format!(
            "x{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    let (budget, diags) = quickly(Duration::from_secs(10), || {
        mienskip::load::budgets::read_budget_text(&text, "bomb")
    });
    assert!(budget.is_none());
    assert!(
        errors(&diags)[0].contains("expands to more than"),
        "{diags:?}"
    );
}

#[test]
fn an_outline_with_too_many_positions_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/complete");
    crate::common::copy_tree(&fixture, dir.path());
    let n = mienskip::load::geo::MAX_OUTLINE_POSITIONS + 1;
    let mut ring: Vec<String> = (0..n)
        .map(|i| {
            let a = i as f64 / n as f64 * std::f64::consts::TAU;
            format!(
                "[{:.6}, {:.6}]",
                5.8 + 0.02 * a.cos(),
                53.2 + 0.01 * a.sin()
            )
        })
        .collect();
    ring.push(ring[0].clone());
    std::fs::write(
        dir.path().join("data/geo/noord.geojson"),
        format!(
            "{{\"type\": \"Polygon\", \"coordinates\": [[{}]]}}",
            ring.join(", ")
        ),
    )
    .unwrap();
    let checked = mienskip::check(dir.path());
    let messages: Vec<String> = checked
        .diagnostics
        .iter()
        .map(|d| format!("{}: {}", d.path, d.message))
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("data/geo/noord.geojson")
                && m.contains("positions, more than the limit")),
        "{messages:#?}"
    );
}
