//! The yearly budget pages: totals exact to the cent, planned and actual kept apart, the
//! change against the year before, what went where, and a chart drawn from the same figures.

use crate::common::*;
use scraper::{ElementRef, Html, Selector};
use std::path::Path;

fn built(root: &Path) -> tempfile::TempDir {
    build_ok(root).0
}

fn page(out: &tempfile::TempDir, path: &str) -> Html {
    crate::common::page(&out.path().join("site"), path)
}

/// The rows of the table whose caption starts with `caption`, as cell texts.
fn table(html: &Html, caption: &str) -> Vec<Vec<String>> {
    let tables = Selector::parse("table").unwrap();
    let captions = Selector::parse("caption").unwrap();
    let rows = Selector::parse("tr").unwrap();
    let cells = Selector::parse("th, td").unwrap();
    let found = html
        .select(&tables)
        .find(|t| {
            t.select(&captions)
                .next()
                .is_some_and(|c| folded_text(c).starts_with(caption))
        })
        .unwrap_or_else(|| panic!("no table captioned {caption:?}"));
    found
        .select(&rows)
        .map(|r| r.select(&cells).map(folded_text).collect())
        .collect()
}

fn row<'a>(rows: &'a [Vec<String>], first: &str) -> &'a [String] {
    rows.iter()
        .find(|r| r.first().is_some_and(|c| c == first))
        .unwrap_or_else(|| panic!("no row {first:?} in {rows:?}"))
}

#[test]
fn example_site_year_totals_match_seed_004() {
    let out = built(Path::new(env!("CARGO_MANIFEST_DIR")));
    for (year, total) in [
        (2024, "€ 365.000"),
        (2025, "€ 400.000"),
        (2026, "€ 260.000"),
    ] {
        let html = page(&out, &format!("begroting/{year}/index.html"));
        let totals = table(&html, &format!("Totalen voor {year} (Begroting)"));
        assert_eq!(row(&totals, "Uitgaven"), ["Uitgaven", total, "€ 0", total]);
    }
    // Pillar 1 grows from 105,000 to 160,000 between 2024 and 2025.
    let html = page(&out, "begroting/2025/index.html");
    let pillar = table(&html, "Pijler 1");
    assert_eq!(row(&pillar, "Vorig jaar (2024)")[1], "€ 105.000");
    assert_eq!(
        row(&pillar, "Verandering ten opzichte van 2024")[1],
        "+€ 55.000 (+52,4%)"
    );
    let overview = page(&out, "begroting/index.html");
    let years = table(&overview, "Totalen per jaar");
    assert_eq!(row(&years, "2026")[1], "€ 260.000");
}

#[test]
fn fixture_with_in_kind_lines_negative_correction_and_part_year() {
    let out = built(&fixture("complete"));
    let html = page(&out, "begroting/2025/index.html");
    let totals = table(&html, "Totalen voor 2025 (Begroting)");
    // Cash: 50000.50 + 1300 - 250.10; in kind: 100 h x 8.80.
    assert_eq!(
        row(&totals, "Uitgaven"),
        ["Uitgaven", "€ 51.050,40", "€ 880", "€ 51.930,40"]
    );
    let meeting = table(&html, "Pijler 2: Ontmoeting");
    assert_eq!(row(&meeting, "Correctie")[2], "-€ 250,10");
    assert_eq!(row(&meeting, "Totaal uitgaven")[1], "€ 1.929,90");
    assert_eq!(row(&meeting, "Vorig jaar (2024)")[1], "€ 42.500,25");

    let html = page(&out, "begroting/2024/index.html");
    let main = folded_text(
        html.select(&Selector::parse("main").unwrap())
            .next()
            .unwrap(),
    );
    assert!(main.contains("Periode: april - december"), "part-year note");
    // Planned and actual are never added together.
    let planned = table(&html, "Totalen voor 2024 (Begroting)");
    let actual = table(&html, "Totalen voor 2024 (Realisatie)");
    assert_eq!(row(&planned, "Uitgaven")[3], "€ 87.500,25");
    assert_eq!(row(&actual, "Uitgaven")[3], "€ 44.500,25");
    let comparison = table(&html, "Begroting naast realisatie, 2024");
    assert_eq!(
        row(&comparison, "Pijler 1: Maatwerk"),
        [
            "Pijler 1: Maatwerk",
            "€ 45.000",
            "€ 43.000,25",
            "-€ 1.999,75"
        ]
    );
    let recipients = table(
        &html,
        "Uitgaven die een gebied, kamer of initiatief noemen, 2024 (Begroting)",
    );
    assert_eq!(row(&recipients, "Teststad Noord")[2], "€ 45.000");
    let funders = table(&html, "Inkomsten per financier, 2024 (Begroting)");
    assert_eq!(row(&funders, "=Fonds +Teststad")[1], "€ 2.000");
}

#[test]
fn charts_are_drawn_from_the_table_figures() {
    let out = built(&fixture("complete"));
    let html = page(&out, "begroting/2025/index.html");
    let charts: Vec<ElementRef> = html
        .select(&Selector::parse("svg.chart").unwrap())
        .collect();
    assert!(!charts.is_empty());
    let chart = charts[0];
    assert_eq!(chart.value().attr("role"), Some("img"));
    let desc = folded_text(
        chart
            .select(&Selector::parse("desc").unwrap())
            .next()
            .unwrap(),
    );
    assert_eq!(
        desc,
        "Pijler 1: Maatwerk: € 50.000,50; Pijler 2: Ontmoeting: € 1.929,90"
    );
    let widths: Vec<f64> = chart
        .select(&Selector::parse("rect").unwrap())
        .map(|r| r.value().attr("width").unwrap().parse().unwrap())
        .collect();
    assert_eq!(widths.len(), 2);
    let ratio = widths[0] / widths[1];
    assert!(
        (ratio - 50000.50 / 1929.90).abs() / ratio < 0.05,
        "{widths:?}"
    );

    let document = page(&out, "begroting/documenten/plan/index.html");
    let declared = table(&document, "Gecontroleerde totalen");
    assert_eq!(declared.len(), 5, "a header and the four declared totals");
    assert!(
        document
            .select(&Selector::parse("svg.chart rect").unwrap())
            .count()
            >= 4
    );
}

#[test]
fn item_pages_list_the_budget_lines_that_name_them() {
    let out = built(&fixture("complete"));
    let area = folded_text(
        page(&out, "gebieden/noord/index.html")
            .select(&Selector::parse("main").unwrap())
            .next()
            .unwrap(),
    );
    assert!(
        area.contains("Meerjarenplannen") && area.contains("€ 43.000,25"),
        "{area}"
    );
    let organisation = folded_text(
        page(&out, "organisaties/fonds/index.html")
            .select(&Selector::parse("main").unwrap())
            .next()
            .unwrap(),
    );
    assert!(organisation.contains("Bijdrage fonds"), "{organisation}");
}

#[test]
fn pages_show_each_lines_place_in_the_source_and_the_budgets_notes() {
    let dir = copy_fixture("open-data");
    let plan = std::fs::read_to_string(dir.path().join("data/budgets/plan.yaml"))
        .unwrap()
        .replace(
            "status: planned\n",
            "source_url: https://www.example.nl/plan.pdf\nnotes: |\n  Het totaal staat\n  niet in de bron.\n\n  Latere jaren ontbreken.\nstatus: planned\n",
        )
        .replace(
            "    area: noord\n",
            "    area: noord\n    page: 21\n    figure: \"Figuur 4\"\n    note: Inclusief btw.\n",
        );
    write(dir.path(), "data/budgets/plan.yaml", plan);
    let out = built(dir.path());
    let cell = Selector::parse("th[scope=row]").unwrap();
    let notes = Selector::parse(".budget-notes p").unwrap();
    let source = Selector::parse("a[href=\"https://www.example.nl/plan.pdf\"]").unwrap();
    for path in [
        "begroting/documenten/plan/index.html",
        "begroting/2024/index.html",
    ] {
        let html = page(&out, path);
        let line = html
            .select(&cell)
            .find(|t| folded_text(*t).starts_with("Meerjarenplannen"))
            .unwrap_or_else(|| panic!("{path}: no line Meerjarenplannen"));
        let within = |selector: &str| -> Vec<String> {
            line.select(&Selector::parse(selector).unwrap())
                .map(folded_text)
                .collect()
        };
        assert_eq!(
            within(".line-source"),
            ["Plaats in de bron: Figuur 4, pagina 21"],
            "{path}"
        );
        assert_eq!(within(".line-note"), ["Inclusief btw."], "{path}");
        // A line without them shows none.
        let other = html
            .select(&cell)
            .map(folded_text)
            .find(|t| t.starts_with("Repair Café"))
            .unwrap();
        assert!(!other.contains("Plaats in de bron"), "{path}: {other}");
        let paragraphs: Vec<String> = html.select(&notes).map(folded_text).collect();
        assert_eq!(
            paragraphs,
            [
                "Het totaal staat niet in de bron.",
                "Latere jaren ontbreken."
            ],
            "{path}"
        );
        let link = html
            .select(&source)
            .next()
            .unwrap_or_else(|| panic!("{path}: no source link"));
        assert_eq!(
            folded_text(link),
            "Uitvoeringsplan Teststad 2024-2025, tabel 1"
        );
    }
    // The realisation has no notes: no empty box.
    let html = page(&out, "begroting/documenten/realisatie/index.html");
    assert_eq!(html.select(&notes).count(), 0);
}

#[test]
fn a_year_from_other_documents_than_the_year_before_says_so() {
    // The fixture: 2024 has the plan and its realisation, 2025 the plan only; a follow-up
    // plan for 2026 comes from another document.
    let dir = copy_fixture("open-data");
    write(
        dir.path(),
        "data/budgets/vervolg.yaml",
        "title: Vervolgplan Teststad 2026\nsource: Vervolgplan Teststad, tabel 2\nlines:\n  - { item: Meerjarenplannen, group: \"Pijler 1: Maatwerk\", amounts: { 2026: 48000 } }\n",
    );
    let out = built(dir.path());
    let notice = Selector::parse("#andere-bron").unwrap();
    // 2025's plan is 2024's plan (the realisation of 2024 is not compared with a plan).
    for year in ["2024", "2025"] {
        let html = page(&out, &format!("begroting/{year}/index.html"));
        assert_eq!(html.select(&notice).count(), 0, "{year}");
    }
    let html = page(&out, "begroting/2026/index.html");
    let said = html
        .select(&notice)
        .next()
        .map(folded_text)
        .expect("2026 says its source differs");
    assert_eq!(
        said,
        "Let op: de bedragen van 2026 komen uit een ander begrotingsdocument dan die van 2025. Een verschil tussen de twee jaren kan dus ook komen doordat de documenten iets anders beschrijven."
    );
    // The overview names each year's documents and marks the change.
    let overview = page(&out, "begroting/index.html");
    let rows = table(&overview, "Totalen per jaar");
    let documents = |year: &str| row(&rows, year).last().unwrap().clone();
    assert_eq!(documents("2025"), "Uitvoeringsplan Teststad");
    assert_eq!(
        documents("2026"),
        "Vervolgplan Teststad 2026 andere bron dan het jaar ervoor"
    );
}
