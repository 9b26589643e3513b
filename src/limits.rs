//! Every limit on the site's input in one place: content comes from anyone's pull request,
//! so each input meets a named limit, with a clear error, before it can cost time or memory.
//!
//! Each limit leaves room for a national site (20,000 rooms, 100,000 activities, a few
//! languages, budgets over a few decades); the errors name the limit and its value.

/// The largest content file (`content/**.md`, `site.yaml`, a budget), in bytes. A room's
/// page is a few kilobytes and the largest real budget a few hundred; a megabyte of YAML
/// already parses into hundreds of thousands of nodes.
pub const MAX_CONTENT_FILE_BYTES: u64 = 1024 * 1024;

/// The largest GeoJSON outline file, in bytes. A municipality's detailed district outline is
/// a few megabytes; parsing JSON takes several times its size in memory.
pub const MAX_GEOJSON_BYTES: u64 = 32 * 1024 * 1024;

/// The most positions an area's outline may have. Every page that shows the area draws its
/// outline, so a finely detailed one (a million positions fit in 32 MiB) would make every
/// such page megabytes large; a district's outline needs a few thousand.
pub const MAX_OUTLINE_POSITIONS: usize = 50_000;

/// The largest basemap file (`map.basemap`), in bytes. A town's main roads, water and
/// place names, simplified, are a few hundred kilobytes; parsing JSON takes several times
/// its size in memory.
pub const MAX_BASEMAP_BYTES: u64 = 8 * 1024 * 1024;

/// The most features a basemap may hold. The basemap is drawn under every map page (every
/// room and area page has one), so each feature costs bytes on thousands of pages; a
/// municipality's main roads, water and a few hundred place names are well under this.
pub const MAX_BASEMAP_FEATURES: usize = 5_000;

/// The most positions all of a basemap's features may have together. Every map page draws
/// the part it shows; a town's simplified roads and water need a few thousand.
pub const MAX_BASEMAP_POSITIONS: usize = 50_000;

/// The largest theme template or interface-strings file, in bytes. The built-in templates
/// are a few kilobytes each; a template is held in memory and compiled whole.
pub const MAX_THEME_TEXT_BYTES: u64 = 1024 * 1024;

/// The largest static file of a theme (a font, a logo, a script), in bytes. Static files are
/// held in memory and copied into the site; a web font or photo is well below this.
pub const MAX_THEME_STATIC_BYTES: u64 = 64 * 1024 * 1024;

/// The most bytes a site's theme may hold altogether. The whole theme is kept in memory
/// during a build; the built-in one is well under a megabyte, and a theme with its own
/// fonts and photos fits in a few dozen.
pub const MAX_THEME_TOTAL_BYTES: u64 = 256 * 1024 * 1024;

/// The deepest nesting a YAML document may have; real front matter needs four or five, and
/// every level costs a frame while the tree is built.
pub const MAX_YAML_DEPTH: usize = 32;

/// The most nodes one YAML document may expand to, aliases included: an "alias bomb" of a
/// few lines would otherwise expand to billions. A 1 MiB budget has some 100,000.
pub const MAX_YAML_NODES: usize = 200_000;

/// The most activities one room may list. A busy room has a few dozen; each activity is an
/// event on the room's page, in both calendars and the open data, and up to 28 entries in
/// the agenda, so 12,000 daily activities in one room took gigabytes.
pub const MAX_ACTIVITIES_PER_ROOM: usize = 200;

/// The most activity occurrences the four-week agenda may hold, over all open rooms. A
/// national site's 100,000 activities, mostly weekly, make some 400,000 to 800,000; every
/// occurrence is an item in the agenda and in its area's agenda page, so the total is what
/// costs memory and output (a few hundred bytes each).
pub const MAX_AGENDA_OCCURRENCES: usize = 1_000_000;

/// The most activity occurrences one area's four-week agenda may hold. An area's agenda is
/// one page with all of them (about 370 bytes each) and its welcome page shows a week of
/// them: 200,000 made a 74 MB page and took 900 MB to build. A busy city district with a
/// hundred rooms and ten weekly activities each has some 4,000; a national site's 100,000
/// activities, mostly weekly, still fit in as few as a dozen areas.
pub const MAX_AREA_AGENDA_OCCURRENCES: usize = 50_000;

/// The most languages a site may have. Every page exists once per language and lists every
/// other language's version, so pages grow with the count and the sitemap with its square:
/// 400 languages made a 1.3 GB sitemap. A Frisian site with Dutch, English and a few
/// languages of newcomers needs well under this.
pub const MAX_LANGUAGES: usize = 12;

/// The most years one budget may have amounts, hours or periods for. A multi-year plan
/// covers four, and actuals going back two decades fit easily; every year becomes a column
/// in the budget's tables and charts and a page of its own.
pub const MAX_BUDGET_YEARS: usize = 50;

/// The most figures (an amount or hours for one budget line and one year) all budgets may
/// hold together. A municipality's social-domain budget has a few hundred lines over four
/// years; each figure is a row of `budget.csv`, of the database and of a year's page, so ten
/// 1 MB budgets of 100,000 figures each took close to a gigabyte to build.
pub const MAX_BUDGET_FIGURES: usize = 250_000;

/// How deeply quotes, lists and HTML elements may sit inside each other in a Markdown text.
/// Real texts nest a handful of levels (a list in a quote in a list; HTML pasted from a word
/// processor perhaps twenty or thirty); the HTML sanitiser's tree builder takes time that
/// grows with the square of the depth (100,000 `>` took 49 s), so the limit is far above any
/// real text and far below where the time shows.
pub const MAX_MARKDOWN_NESTING: usize = 100;

/// The most bytes a build may write, all files together. The generator's site of 1,000 rooms
/// (`examples/gen.rs`: 1,000 rooms with about 6,000 activity lines, 1,000 initiatives, 20
/// areas) writes 72.5 MB in 7,344 files, about 72 KB per room; a national site (20,000 rooms,
/// 100,000 activities) comes to about 1.5 GB. 8 GiB is five times that, room for photos
/// (published in up to three widths, some 0.3 to 0.5 MB together for a camera photo: a few
/// thousand photos fit, a photo for each of 20,000 rooms would not, so a national site with
/// photos everywhere needs this raised), while a pull request that makes the output grow
/// without bound stops long before it fills a CI runner's disk.
pub const MAX_OUTPUT_BYTES: u64 = 8 << 30;

/// The most files a build may write. The example writes about 7.3 files per room (a page and
/// a JSON twin per room, initiative and organisation, an `agenda.ics` per room, the open data
/// and the search index's fragments): 7,344 at 1,000 rooms, 73,000 at 10,000, so about
/// 150,000 for a national site. One million leaves room for that several times over, photos
/// included, and stops a site that would make a file per occurrence of a daily activity.
pub const MAX_OUTPUT_FILES: u64 = 1_000_000;

/// The longest `summary` that reads as the one line CONTENT.md asks for. A summary is the
/// page's search-engine description (shown cut at about 155 characters) and the text of every
/// card that lists the item (about three lines on a phone at 300 characters); longer text
/// belongs in the body. Longer summaries are a warning, not an error: nothing breaks.
pub const SUMMARY_ADVISED_CHARS: usize = 300;

/// Most `closures` one room may list. Every day shown (the agenda, the room page, "open
/// now" a year ahead, the calendars' `EXDATE`s) looks through them; a few dozen cover a
/// room's holidays and summer breaks for years.
pub const MAX_CLOSURES_PER_ROOM: usize = 200;

/// Most `skip` dates one activity may list, for the same reason.
pub const MAX_SKIPS_PER_ACTIVITY: usize = 400;

/// The most `postcodes` one area may list. Each postcode gets a page in every language; a
/// municipality's wijkteam area holds a few four-digit postcodes or some hundreds of
/// six-character ones, so this is far above any real area and keeps a pasted list of the
/// country's 470,000 postcodes from making a million pages.
pub const MAX_AREA_POSTCODES: usize = 2_000;
/// The largest photo file (`photo: { file: ... }` under `data/`), in bytes. A phone's photo
/// is 2 to 8 MB and a camera's full-size JPEG rarely over 15; the file is held in memory
/// during a build and decoded for every width it is published in.
pub const MAX_PHOTO_BYTES: u64 = 20 * 1024 * 1024;

/// The largest copy of a budget's source (`source_file` under `data/`), in bytes. A
/// council's plan or letter as PDF is a few megabytes, with photos rarely over 20; the file
/// is held in memory during a build and published as it is, in every `data-*` version too.
pub const MAX_SOURCE_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// The most pixels a photo may have, width times height. A PNG or WebP of a few kilobytes
/// can declare 100,000 x 100,000 pixels ("decompression bomb"), which would take 40 GB to
/// decode; a 48-megapixel phone camera stays under this, and decoding it takes some 200 MB.
pub const MAX_PHOTO_PIXELS: u64 = 50_000_000;
/// The most commits the history walk reads (`load::history`): each one's trees are compared
/// with its parent's under `content/`, `data/` and `site.yaml` only, which takes well under a
/// millisecond when nothing there changed. Ten years of daily edits are about 4,000 commits;
/// a repository with a longer history still builds at the same speed, and a file not changed
/// within the last 20,000 commits is dated by the oldest commit read (it has not changed
/// since then), with a warning.
pub const MAX_HISTORY_COMMITS: usize = 20_000;

/// The most commits `/wijzigingen/` and `changes.csv` look at (`changes.max_commits` in
/// site.yaml may ask for fewer). Each changed file is parsed twice (before and after), so the
/// cost grows with the commits and the files they touch; a year of daily edits is 365.
pub const MAX_CHANGE_COMMITS: usize = 2_000;

/// The most rows `changes.csv` and `/wijzigingen/` hold: a commit that rewrites every file
/// (a renamed key, say) would otherwise list every field of the site; the newest rows are
/// kept.
pub const MAX_CHANGE_ROWS: usize = 20_000;

/// The most `data-*` tags published under `/data/versies/` (the newest are kept). Each is a
/// whole copy of the open data, built again from the tagged files: a monthly tag for four
/// years fits.
pub const MAX_VERSIONS: usize = 50;

/// The most bytes of one tagged version's source files (`content/`, `data/`, `site.yaml`),
/// which are held in memory to build that version's open data.
pub const MAX_VERSION_SOURCE_BYTES: u64 = 256 * 1024 * 1024;

/// The longest text kept of a commit's message (its first line) and author's name: they are
/// shown on `/wijzigingen/` and in `changes.csv`, and a commit may carry any text.
pub const MAX_COMMIT_TEXT_CHARS: usize = 200;

/// The longest old or new value a row of `changes.csv` shows; a longer one (a rewritten
/// summary, say) is cut with `…`. The file itself holds the whole text.
pub const MAX_CHANGE_VALUE_CHARS: usize = 1_000;
