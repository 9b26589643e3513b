//! Writes a large, realistic site for benchmarks: `cargo run --release --example gen -- N OUT`.
//!
//! `OUT/` gets a mienskip site root with N rooms, N initiatives, about N/50 areas (each with a
//! GeoJSON outline), N/20 organisations, N/100 multi-year budgets and three pages, valid under
//! CONTENT.md; `OUT/hugo/` gets the same pages as plain Markdown with minimal Hugo templates,
//! so both generators build the same number of pages from comparable text. The output depends
//! only on N (a fixed-seed LCG, no clock).

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// A 64-bit linear congruential generator (Knuth's MMIX constants).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const WORDS: &[&str] = &[
    "buurt",
    "kamer",
    "koffie",
    "bewoners",
    "vrijwilligers",
    "ontmoeting",
    "wijk",
    "dorp",
    "samen",
    "activiteit",
    "inloop",
    "vraag",
    "hulp",
    "gastvrouw",
    "gastheer",
    "sociaal",
    "werker",
    "spreekuur",
    "maaltijd",
    "tuin",
    "jongeren",
    "ouderen",
    "gezinnen",
    "school",
    "bibliotheek",
    "sport",
    "muziek",
    "taal",
    "cursus",
    "wandelen",
    "fietsen",
    "repareren",
    "delen",
    "budget",
    "plan",
    "gebied",
    "gemeente",
    "initiatief",
    "netwerk",
    "aandacht",
];
const DAYS: &[&str] = &["ma", "di", "wo", "do", "vr", "za", "zo"];
const FACILITIES: &[&str] = &[
    "inloop",
    "koffie",
    "wifi",
    "spreekkamer",
    "rolstoeltoegankelijk",
    "keuken",
    "tuin",
    "computer",
    "krant",
    "speelhoek",
];
const ACTIVITIES: &[&str] = &[
    "Koffieochtend",
    "Buurtmaaltijd",
    "Taalcafé",
    "Repair Café",
    "Breiclub",
    "Spelmiddag",
    "Wandelgroep",
    "Huiswerkbegeleiding",
    "Spreekuur",
    "Yoga voor ouderen",
];
const ORG_KINDS: &[&str] = &[
    "welfare",
    "volunteers",
    "funder",
    "housing",
    "government",
    "other",
];
const INITIATIVE_STATUS: &[&str] = &[
    "idea",
    "submitted",
    "approved",
    "running",
    "completed",
    "rejected",
];

fn sentence(rng: &mut Lcg, words: usize) -> String {
    let mut s = String::new();
    for i in 0..words {
        let w = rng.pick(WORDS);
        if i == 0 {
            let mut c = w.chars();
            let first = c.next().unwrap().to_uppercase().to_string();
            s.push_str(&first);
            s.push_str(c.as_str());
        } else {
            s.push(' ');
            s.push_str(w);
        }
    }
    s.push('.');
    s
}

/// A Markdown body of a few paragraphs (about 1.5 KB), with a heading and a list.
fn body(rng: &mut Lcg) -> String {
    let mut out = String::new();
    for p in 0..3 {
        if p == 1 {
            out.push_str("## Meer weten\n\n");
        }
        for _ in 0..5 {
            let words = 8 + rng.below(8) as usize;
            out.push_str(&sentence(rng, words));
            out.push(' ');
        }
        out.push_str("\n\n");
    }
    for _ in 0..3 {
        let _ = writeln!(out, "- {}", sentence(rng, 5));
    }
    out
}

fn time(minutes: u64) -> String {
    format!("\"{:02}:{:02}\"", minutes / 60, minutes % 60)
}

fn days(rng: &mut Lcg, most: u64) -> Vec<&'static str> {
    let start = rng.below(7) as usize;
    let count = 1 + rng.below(most) as usize;
    (0..count.min(7)).map(|i| DAYS[(start + i) % 7]).collect()
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create folder");
    }
    fs::write(path, text).expect("write file");
}

/// An area: a cell of a grid over the north of the Netherlands.
struct Area {
    id: String,
    name: String,
    center: (f64, f64),
    radius: (f64, f64),
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: gen N OUT_DIR");
        std::process::exit(2);
    }
    let n: usize = args[1].parse().expect("N must be a number");
    let out = PathBuf::from(&args[2]);
    if out.exists() {
        fs::remove_dir_all(&out).expect("remove old output");
    }
    let mut rng = Lcg(0x6d69_656e_736b_6970);
    let hugo = out.join("hugo");
    let mut hugo_pages = 0usize;

    write(
        &out.join("site.yaml"),
        "title: Buurt- en dorpskamers (benchmark)\n\
         base_url: https://kamers.example.nl/\n\
         language: nl\n\
         description: Een gegenereerde site voor metingen.\n\
         municipality: { name: Benchmark, cbs_code: GM0080 }\n\
         publisher: { name: Gemeente Benchmark, email: opendata@example.nl, url: \"https://example.nl/\" }\n\
         license: CC0-1.0\n\
         timezone: Europe/Amsterdam\n\
         map:\n  tiles: none\n\
         theme: default\n",
    );

    // Areas: a grid of cells, each outline a 48-point ellipse inside its cell.
    let area_count = (n / 50).max(1);
    let columns = (area_count as f64).sqrt().ceil() as usize;
    let mut areas = Vec::new();
    for i in 0..area_count {
        let (row, col) = (i / columns, i % columns);
        let center = (5.0 + col as f64 * 0.04, 52.5 + row as f64 * 0.025);
        let radius = (0.018, 0.011);
        let id = format!("gebied-{i:04}");
        let name = format!("Gebied {}", i + 1);
        let mut ring = String::new();
        let points = 48;
        for p in 0..=points {
            let angle = (p % points) as f64 / points as f64 * std::f64::consts::TAU;
            let wobble = 1.0 - 0.1 * (((p % points) * 7 % 5) as f64 / 5.0);
            let lon = center.0 + radius.0 * wobble * angle.cos();
            let lat = center.1 + radius.1 * wobble * angle.sin();
            if p > 0 {
                ring.push_str(", ");
            }
            let _ = write!(ring, "[{lon:.6}, {lat:.6}]");
        }
        write(
            &out.join(format!("data/geo/{id}.geojson")),
            &format!("{{\"type\": \"Polygon\", \"coordinates\": [[{ring}]]}}\n"),
        );
        let stage = 1 + rng.below(5);
        let summary = sentence(&mut rng, 9);
        let text = body(&mut rng);
        write(
            &out.join(format!("content/areas/{id}.md")),
            &format!(
                "---\nname: {name}\ngeometry: geo/{id}.geojson\ngeometry_approximate: true\n\
                 cbs_codes: [WK{:06}]\nteam: {{ name: Sociaal wijkteam {name}, email: wijkteam{i}@example.nl }}\n\
                 plan_stage: {stage}\nsummary: {summary}\n---\n{text}",
                i
            ),
        );
        write(
            &hugo.join(format!("content/gebieden/{id}.md")),
            &format!("---\ntitle: \"{name}\"\n---\n{summary}\n\nPlanfase {stage}.\n\n{text}"),
        );
        // The welcome sheet is a page of its own in mienskip.
        write(
            &hugo.join(format!("content/welkom/{id}.md")),
            &format!("---\ntitle: \"Welkom in {name}\"\n---\n{summary}\n"),
        );
        hugo_pages += 2;
        areas.push(Area {
            id,
            name,
            center,
            radius,
        });
    }

    // Organisations.
    let org_count = (n / 20).max(3);
    let orgs: Vec<String> = (0..org_count)
        .map(|i| format!("organisatie-{i:05}"))
        .collect();
    for (i, id) in orgs.iter().enumerate() {
        let kind = rng.pick(ORG_KINDS);
        let summary = sentence(&mut rng, 10);
        let text = body(&mut rng);
        let a = &areas[i % areas.len()].id;
        write(
            &out.join(format!("content/organisations/{id}.md")),
            &format!(
                "---\nname: Organisatie {i}\nkind: {kind}\nwebsite: https://org{i}.example.nl/\n\
                 email: info@org{i}.example.nl\nareas: [{a}]\nsummary: {summary}\n---\n{text}"
            ),
        );
        write(
            &hugo.join(format!("content/organisaties/{id}.md")),
            &format!("---\ntitle: \"Organisatie {i}\"\n---\n{summary}\n\n{text}"),
        );
        hugo_pages += 1;
    }

    // Rooms, with opening hours, presence and activities of every schedule kind.
    let mut rooms = Vec::new();
    for i in 0..n {
        let id = format!("kamer-{i:05}");
        let area = &areas[i % areas.len()];
        let status = match rng.below(20) {
            0 => "planned",
            1 => "closed",
            _ => "open",
        };
        let kind = if i % areas.len() == i {
            "main"
        } else {
            "satellite"
        };
        let summary = sentence(&mut rng, 10);
        let mut fm = String::new();
        let name = format!("Buurtkamer {} {}", area.name, i + 1);
        let _ = writeln!(
            fm,
            "name: {name}\nkind: {kind}\narea: {}\nstatus: {status}",
            area.id
        );
        let year = 2019 + rng.below(5);
        let _ = writeln!(fm, "opened: {year}-0{}-01", 1 + rng.below(9));
        if status == "closed" {
            let _ = writeln!(fm, "closed: 2025-01-01");
        }
        let _ = writeln!(fm, "summary: {summary}");
        let angle = rng.below(360) as f64 / 360.0 * std::f64::consts::TAU;
        let reach = rng.below(60) as f64 / 100.0;
        let lon = area.center.0 + area.radius.0 * reach * angle.cos();
        let lat = area.center.1 + area.radius.1 * reach * angle.sin();
        if status != "planned" || rng.chance(50) {
            let _ = writeln!(
                fm,
                "address: {{ street: Dorpsstraat {}, postcode: {} AB, city: {} }}\n\
                 location: {{ lat: {lat:.5}, lon: {lon:.5} }}\nlocation_approximate: {}",
                1 + rng.below(200),
                8000 + rng.below(1000),
                area.name,
                rng.chance(30)
            );
        }
        let mut hugo_details = String::new();
        let _ = writeln!(fm, "opening_hours:");
        for _ in 0..1 + rng.below(3) {
            let from = 8 * 60 + rng.below(4) * 30;
            let d = days(&mut rng, 5);
            let _ = writeln!(
                fm,
                "  - {{ days: [{}], from: {}, to: {} }}",
                d.join(", "),
                time(from),
                time(from + 120 + rng.below(6) * 30)
            );
            let _ = writeln!(
                hugo_details,
                "- Open op {} vanaf {}",
                d.join(", "),
                time(from)
            );
        }
        let _ = writeln!(
            fm,
            "presence:\n  - {{ who: Sociaal werker, days: [{}], from: \"10:00\", to: \"12:00\" }}",
            days(&mut rng, 2).join(", ")
        );
        let mut facilities: Vec<&str> = (0..3).map(|_| rng.pick(FACILITIES)).collect();
        facilities.sort();
        facilities.dedup();
        let _ = writeln!(fm, "facilities: [{}]", facilities.join(", "));
        let _ = writeln!(
            fm,
            "manager: {}\nhost_volunteers: {}",
            rng.chance(50),
            rng.below(12)
        );
        let _ = writeln!(fm, "organisations: [{}]", orgs[i % orgs.len()]);
        let _ = writeln!(
            fm,
            "contact: {{ email: kamer{i}@example.nl, phone: \"058 {:07}\", website: https://kamer{i}.example.nl/ }}",
            rng.below(10_000_000)
        );
        let _ = writeln!(fm, "activities:");
        for a in 0..2 + rng.below(3) {
            let title = rng.pick(ACTIVITIES);
            let from = 9 * 60 + rng.below(18) * 30;
            let _ = writeln!(fm, "  - title: {title}");
            match (a + i as u64) % 5 {
                0 => {
                    let _ = writeln!(fm, "    days: [{}]", days(&mut rng, 2).join(", "));
                }
                1 => {
                    let _ = writeln!(
                        fm,
                        "    days: [{}]\n    interval: 2\n    starts: 2024-01-0{}",
                        rng.pick(DAYS),
                        1 + rng.below(7)
                    );
                }
                2 => {
                    let week = [1, 2, 3, 4, -1][rng.below(5) as usize];
                    let _ = writeln!(fm, "    days: [{}]\n    monthly: {week}", rng.pick(DAYS));
                }
                3 => {
                    let _ = writeln!(
                        fm,
                        "    days: [{}]\n    starts: 2024-0{}-01\n    ends: 2026-12-31",
                        rng.pick(DAYS),
                        1 + rng.below(9)
                    );
                }
                _ => {
                    let _ = writeln!(
                        fm,
                        "    date: 2025-{:02}-{:02}",
                        1 + rng.below(12),
                        1 + rng.below(28)
                    );
                }
            }
            let _ = writeln!(fm, "    from: {}\n    to: {}", time(from), time(from + 90));
            let _ = writeln!(hugo_details, "- Activiteit: {title} om {}", time(from));
        }
        let _ = writeln!(
            fm,
            "volunteers_wanted:\n  - {{ role: Gastvrouw of gastheer, hours: een dagdeel per week }}"
        );
        let _ = writeln!(
            fm,
            "history:\n  - {{ date: {year}-01-01, text: \"{}\" }}",
            sentence(&mut rng, 8)
        );
        let text = body(&mut rng);
        write(
            &out.join(format!("content/rooms/{id}.md")),
            &format!("---\n{fm}---\n{text}"),
        );
        write(
            &hugo.join(format!("content/kamers/{id}.md")),
            &format!("---\ntitle: \"{name}\"\n---\n{summary}\n\n{hugo_details}\n{text}"),
        );
        hugo_pages += 1;
        rooms.push((id, i % areas.len()));
    }

    // Initiatives.
    for i in 0..n {
        let id = format!("initiatief-{i:05}");
        let status = rng.pick(INITIATIVE_STATUS);
        let (room, area_index) = &rooms[(i * 7) % rooms.len().max(1)];
        let area = &areas[*area_index];
        let summary = sentence(&mut rng, 10);
        let mut fm = format!(
            "title: Initiatief {}\nstatus: {status}\nareas: [{}]\nrooms: [{room}]\n\
             organisations: [{}]\npillar: {}\nstarted: 2023-0{}-01\n",
            i + 1,
            area.id,
            orgs[(i * 3) % orgs.len()],
            1 + rng.below(4),
            1 + rng.below(9)
        );
        if status == "completed" {
            fm.push_str("ended: 2024-12-31\n");
        }
        if rng.chance(40) {
            let _ = writeln!(
                fm,
                "location: {{ lat: {:.5}, lon: {:.5} }}",
                area.center.1, area.center.0
            );
        }
        let _ = writeln!(
            fm,
            "showcase: {}\ncontact: {{ email: initiatief{i}@example.nl }}\n\
             volunteers_wanted: [ {{ role: Vrijwilliger, hours: 1 middag per maand }} ]\nsummary: {summary}",
            rng.chance(10)
        );
        let text = body(&mut rng);
        write(
            &out.join(format!("content/initiatives/{id}.md")),
            &format!("---\n{fm}---\n{text}"),
        );
        write(
            &hugo.join(format!("content/initiatieven/{id}.md")),
            &format!(
                "---\ntitle: \"Initiatief {}\"\n---\n{summary}\n\nStatus: {status}.\n\n{text}",
                i + 1
            ),
        );
        hugo_pages += 1;
    }

    // Budgets: multi-year plans with groups, in-kind hours and checked totals.
    let budget_count = (n / 100).max(1);
    for b in 0..budget_count {
        let id = format!("begroting-{b:04}");
        let first_year = 2022 + (b % 3) as i64;
        let years: Vec<i64> = (first_year..first_year + 4).collect();
        let mut lines = String::new();
        let mut totals = vec![0i64; years.len()];
        for l in 0..12 {
            let group = format!("Pijler {}", 1 + l % 3);
            let mut amounts = Vec::new();
            for (y, year) in years.iter().enumerate() {
                let cents = (rng.below(20_000) as i64) * 250 + rng.below(100) as i64;
                totals[y] += cents;
                amounts.push(format!("{year}: {}.{:02}", cents / 100, cents % 100));
            }
            let link = match l % 4 {
                0 => format!("\n    area: {}", areas[(b + l) % areas.len()].id),
                1 => format!("\n    room: {}", rooms[(b * 13 + l) % rooms.len()].0),
                2 => format!("\n    organisation: {}", orgs[(b + l) % orgs.len()]),
                _ => String::new(),
            };
            let _ = write!(
                lines,
                "  - item: Onderdeel {l}\n    group: \"{group}\"\n    direction: expense{link}\n    amounts: {{ {} }}\n",
                amounts.join(", ")
            );
        }
        let _ = write!(
            lines,
            "  - item: Vrijwilligersuren\n    in_kind: true\n    hours: {{ {}: 1250.5 }}\n    rate: 8.80\n",
            years[0]
        );
        let _ = write!(
            lines,
            "  - item: Bijdrage fonds\n    direction: income\n    organisation: {}\n    amounts: {{ {}: 20000 }}\n",
            orgs[b % orgs.len()],
            years[1]
        );
        let declared: Vec<String> = years
            .iter()
            .zip(&totals)
            .map(|(y, c)| format!("{y}: {}.{:02}", c / 100, c % 100))
            .collect();
        write(
            &out.join(format!("data/budgets/{id}.yaml")),
            &format!(
                "title: Meerjarenbegroting {}\nsource: Gegenereerd voor metingen, tabel {}\nstatus: planned\n\
                 owner: {}\nperiods: {{ {}: april - december }}\nlines:\n{lines}\
                 totals:\n  - {{ direction: expense, in_kind: false, amounts: {{ {} }} }}\n",
                b + 1,
                b + 1,
                orgs[b % orgs.len()],
                years[0],
                declared.join(", ")
            ),
        );
    }

    for (id, title) in [
        ("over", "Over deze site"),
        ("privacy", "Privacy"),
        ("toegankelijkheid", "Toegankelijkheid"),
    ] {
        let text = body(&mut rng);
        write(
            &out.join(format!("content/pages/{id}.md")),
            &format!("---\ntitle: {title}\nsummary: {title}.\n---\n{text}"),
        );
        write(
            &hugo.join(format!("content/{id}.md")),
            &format!("---\ntitle: \"{title}\"\n---\n{text}"),
        );
        hugo_pages += 1;
    }

    write_hugo_site(&hugo);
    eprintln!(
        "wrote {n} rooms, {n} initiatives, {area_count} areas, {org_count} organisations, \
         {budget_count} budgets to {}; {hugo_pages} Hugo content pages in {}",
        out.display(),
        hugo.display()
    );
}

/// Minimal Hugo templates: a base layout, one for single pages, one for lists.
fn write_hugo_site(hugo: &Path) {
    write(
        &hugo.join("hugo.toml"),
        "baseURL = 'https://kamers.example.nl/'\nlanguageCode = 'nl'\ntitle = 'Buurt- en dorpskamers (benchmark)'\n\
         disableKinds = ['taxonomy', 'term', 'RSS']\n",
    );
    write(
        &hugo.join("layouts/_default/baseof.html"),
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head><meta charset=\"utf-8\"><title>{{ .Title }} - {{ .Site.Title }}</title>\
         <link rel=\"stylesheet\" href=\"/style.css\"></head>\n<body>\n<header><a href=\"/\">{{ .Site.Title }}</a>\
         <nav>{{ range .Site.Sections }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ end }}</nav></header>\n\
         <main>{{ block \"main\" . }}{{ end }}</main>\n<footer>{{ .Site.Title }}</footer>\n</body>\n</html>\n",
    );
    write(
        &hugo.join("layouts/_default/single.html"),
        "{{ define \"main\" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}\n",
    );
    write(
        &hugo.join("layouts/_default/list.html"),
        "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}\
         <li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Summary | plainify | truncate 120 }}</li>{{ end }}</ul>{{ end }}\n",
    );
    write(
        &hugo.join("static/style.css"),
        "body { font-family: sans-serif; }\n",
    );
}
