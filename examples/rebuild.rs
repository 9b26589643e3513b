//! Times where a build goes and what `mienskip serve` does after one room changes:
//! `cargo run --release --example rebuild -- ROOT [ROUNDS] [--serve-only]`.
//!
//! Prints, one `name seconds` pair per line:
//! - `load`, `resolve`, `exports`, `render_all` (which includes the exports and the search
//!   index) and `search_index` (the search index alone, built again over the rendered files)
//!   for one cold build in memory;
//! - `cold_cached`: serve's first render ([`mienskip::render_cached`] with an empty
//!   [`LoadCache`]), `warm_unchanged`: a second render with nothing changed, and
//!   `one_room_changed`: the median of ROUNDS renders (default 3), each after appending a
//!   line to the body of the first room file.
//!
//! The room file is put back as it was at the end. With ROUNDS 0, only `load`, `resolve`
//! and `exports` are timed; with `--serve-only`, only serve's path.

use mienskip::load::LoadCache;
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
    let site = mienskip::resolve::resolve(sources, build_time, &mut diags)
        .expect("the site resolves without errors");
    println!("resolve {:.3}", start.elapsed().as_secs_f64());
    let urls = mienskip::render::urls::Urls::new(&site.config.base_url, &site.config.language);
    let start = Instant::now();
    let exports = mienskip::export::render(&site, &urls);
    println!("exports {:.3}", start.elapsed().as_secs_f64());
    drop(exports);
    if rounds == 0 {
        return;
    }
    let start = Instant::now();
    let files = mienskip::render::render_all(&site, &root, &mut diags).expect("the site renders");
    println!("render_all {:.3}", start.elapsed().as_secs_f64());
    let start = Instant::now();
    let index = mienskip::render::search::render(&site, &urls, &files).expect("indexes");
    println!("search_index {:.3}", start.elapsed().as_secs_f64());
    drop((index, files, site));
}

/// serve's path.
fn serve(root: &std::path::Path, rounds: usize, build_time: jiff::Timestamp) {
    let mut cache = LoadCache::new();
    let start = Instant::now();
    let first = mienskip::render_cached(root, &mut cache, Some(build_time));
    println!("cold_cached {:.3}", start.elapsed().as_secs_f64());
    assert!(first.files.is_some(), "{:?}", first.diagnostics.first());
    drop(first);
    // Files modified in the last two seconds are always read again; the generated files
    // are older than that when this runs after `gen`, unless it was just now.
    let start = Instant::now();
    let again = mienskip::render_cached(root, &mut cache, Some(build_time));
    println!(
        "warm_unchanged {:.3} ({} files read)",
        start.elapsed().as_secs_f64(),
        cache.files_read()
    );
    drop(again);

    let rooms = root.join("content/rooms");
    let mut names: Vec<_> = std::fs::read_dir(&rooms)
        .expect("content/rooms")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    names.sort();
    let room = names.first().expect("a room").clone();
    let original = std::fs::read_to_string(&room).unwrap();
    let mut times = Vec::new();
    for round in 0..rounds {
        std::fs::write(&room, format!("{original}\nWijziging {round}.\n")).unwrap();
        let start = Instant::now();
        let rendered = mienskip::render_cached(root, &mut cache, Some(build_time));
        times.push(start.elapsed().as_secs_f64());
        assert!(rendered.files.is_some());
    }
    std::fs::write(&room, original).unwrap();
    times.sort_by(f64::total_cmp);
    println!(
        "one_room_changed {:.3} (median of {rounds}; {} files read)",
        times[times.len() / 2],
        cache.files_read()
    );
}
