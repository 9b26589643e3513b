//! Times where a build goes and what `mienskip serve` does after one room changes:
//! `cargo run --release --example rebuild -- ROOT [ROUNDS] [--serve-only]`.
//!
//! Prints, one `name seconds` pair per line:
//! - `load`, `resolve`, `exports`, `render_all` (which includes the exports and the search
//!   index) and `search_index` (the search index alone, built again over the rendered files)
//!   for one cold build in memory;
//! - `cold_cached`: serve's first check and preview ([`mienskip::check_cached`] with an
//!   empty [`LoadCache`], then [`Preview::new`] and the home page), `warm_unchanged`: a
//!   second check and preview with nothing changed, and `one_room_changed`: the median of
//!   ROUNDS rounds (default 3) of appending a line to the body of the first room file,
//!   checking again, and rendering that room's page as the browser's reload asks for it.
//!
//! The room file is put back as it was at the end. With ROUNDS 0, only `load`, `resolve`
//! and `exports` are timed; with `--serve-only`, only serve's path.

use mienskip::load::LoadCache;
use mienskip::serve::preview::{Preview, Source};
use std::path::PathBuf;
use std::time::Instant;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(root) = args.get(1).map(PathBuf::from) else {
        eprintln!("usage: rebuild ROOT [ROUNDS] [--serve-only]");
        std::process::exit(2);
    };
    let rounds: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(3);
    let serve_only = args.get(3).is_some_and(|a| a == "--serve-only");
    let build_time = jiff::Timestamp::from_second(1_735_689_600).unwrap();
    if !serve_only {
        stages(&root, rounds, build_time);
    }
    if rounds > 0 {
        serve(&root, rounds, build_time);
    }
}

/// The stages of one build, in memory.
fn stages(root: &std::path::Path, rounds: usize, build_time: jiff::Timestamp) {
    let root = root.to_path_buf();

    let start = Instant::now();
    let (sources, mut diags) = mienskip::load::load(&root);
    println!("load {:.3}", start.elapsed().as_secs_f64());
    let start = Instant::now();
    let site = mienskip::resolve::resolve(sources, build_time, Default::default(), &mut diags)
        .expect("the site resolves without errors");
    println!("resolve {:.3}", start.elapsed().as_secs_f64());
    let urls = mienskip::resolve::urls::Urls::new(&site.config.base_url, &site.config.language);
    let start = Instant::now();
    let exports = mienskip::outputs::data::render_to_vec(&site, &urls);
    println!("exports {:.3}", start.elapsed().as_secs_f64());
    drop(exports);
    if rounds == 0 {
        return;
    }
    let start = Instant::now();
    let sink = mienskip::output::Collect::default();
    mienskip::outputs::render_all(&site, &root, &mut diags, &sink).expect("the site renders");
    println!("render_all {:.3}", start.elapsed().as_secs_f64());
    drop(sink);
    let start = Instant::now();
    // The sentences' words are the theme's; without them the index costs the same.
    let strings = std::collections::BTreeMap::new();
    let index = mienskip::outputs::search::render(&site, &urls, &strings).expect("indexes");
    println!("search_index {:.3}", start.elapsed().as_secs_f64());
    drop((index, site));
}

/// serve's path: check the content again (reading only changed files), make a new
/// preview, and render the page that is asked for.
fn serve(root: &std::path::Path, rounds: usize, build_time: jiff::Timestamp) {
    let mut cache = LoadCache::new();
    // As `serve` does after a save: the watcher names the file, the check looks at it
    // alone, and the theme compiled for the last preview is kept.
    let preview = |cache: &mut LoadCache, previous: Option<&Preview>| {
        let checked = mienskip::check_cached(root, cache, Some(build_time));
        assert!(!checked.has_errors(), "{:?}", checked.diagnostics.first());
        let mut diags = mienskip::diagnostics::Diagnostics::new();
        Preview::after(checked.site.expect("a site"), root, &mut diags, previous)
            .expect("the theme")
    };
    let start = Instant::now();
    let first = preview(&mut cache, None);
    println!("cold_cached {:.3}", start.elapsed().as_secs_f64());
    let home = first.get("index.html").expect("a home page");
    drop(home);
    // Files modified in the last two seconds are always read again; the generated files
    // are older than that when this runs after `gen`, unless it was just now.
    let start = Instant::now();
    let again = preview(&mut cache, None);
    println!(
        "warm_unchanged {:.3} ({} files read)",
        start.elapsed().as_secs_f64(),
        cache.files_read()
    );
    drop(again);
    let mut last = first;

    let rooms = root.join("content/rooms");
    let mut names: Vec<_> = std::fs::read_dir(&rooms)
        .expect("content/rooms")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    names.sort();
    let room = names.first().expect("a room").clone();
    let id = room.file_stem().unwrap().to_string_lossy().into_owned();
    let page = format!("kamers/{id}/index.html");
    let original = std::fs::read_to_string(&room).unwrap();
    let mut times = Vec::new();
    let mut parts = Vec::new();
    for round in 0..rounds {
        let text = format!("Wijziging {round}.");
        std::fs::write(&room, format!("{original}\n{text}\n")).unwrap();
        cache.expect_changes([format!("content/rooms/{id}.md")]);
        let start = Instant::now();
        let preview = preview(&mut cache, Some(&last));
        let checked = start.elapsed().as_secs_f64();
        let served = preview.get(&page).expect("the room's page");
        times.push(start.elapsed().as_secs_f64());
        parts.push((checked, times[times.len() - 1] - checked));
        assert!(String::from_utf8_lossy(&served).contains(&text));
        last = preview;
    }
    std::fs::write(&room, original).unwrap();
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "one_room_changed {:.4} (median of {rounds}; {} files read; check and theme {:.4}, the page {:.4})",
        median(times),
        cache.files_read(),
        median(parts.iter().map(|p| p.0).collect()),
        median(parts.iter().map(|p| p.1).collect()),
    );
}
