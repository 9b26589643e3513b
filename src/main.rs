//! The `mienskip` command line: parses arguments and reports; the work is in the library.

use clap::{Parser, Subcommand, ValueEnum};
use cli::build::build;
use cli::report::{report, summary, Format};
use mienskip::load::Kind;
use mienskip::progress::Progress;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

// Building a site allocates many small strings on every thread; mimalloc keeps that from
// dominating the build time the way the system allocator did (see BENCHMARKS.md).
mod cli;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// The texts of the help (`--help`) come from the message catalogue (`cli::help`), in the
// language of the run; the comments below say what each part is.
// Builds the website and open data of community rooms, areas and residents' initiatives
// from Markdown and YAML files.
//
// Exit status: 0 success (warnings allowed), 1 the content has errors, 2 the command was
// wrong.
#[derive(Parser)]
#[command(name = "mienskip", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    // The language of the messages: nl (Dutch) or en (English). Without it, the site's
    // `language` in site.yaml if messages exist in it, otherwise Dutch.
    #[arg(long, global = true, value_parser = ["nl", "en"])]
    lang: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    // Checks the content and writes the whole site into site/ (or --output). If anything
    // is wrong, nothing is written and the previous site stays as it was.
    //
    // The new site takes the output folder's place, so an output folder whose replacement
    // would delete sources is refused with exit status 2 before anything is read: the site
    // root, a folder holding it, one inside content/, data/, themes/ or .git/, or one that
    // already holds site.yaml, content/ or .git.
    Build {
        // The site root: the folder with site.yaml, content/ and data/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        // Where to write the site [default: ROOT/site].
        #[arg(long)]
        output: Option<PathBuf>,
        // How to report problems (see `check --help`).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        // Treat warnings as errors: nothing is written while one is left (for CI).
        #[arg(long)]
        strict: bool,
        // Publish the drafts (`draft: true`) too, each with a "concept" banner: for a
        // preview of a pull request, never for the site residents use.
        #[arg(long)]
        drafts: bool,
        // Keep the build cache in DIR: what is unchanged since the last build is taken from
        // there (outside the site's sources and the output).
        #[arg(long, value_name = "DIR")]
        cache: Option<PathBuf>,
        // Publish at this address instead of site.yaml's base_url, for one build: a
        // pull request's preview under a sub-path of GitHub Pages.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    // Checks everything build checks and reports every problem, writing nothing.
    Check {
        // The site root: the folder with site.yaml, content/ and data/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        // How to report problems.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        // Treat warnings as errors (exit status 1 while one is left; for CI).
        #[arg(long)]
        strict: bool,
    },
    // Previews the site on this computer: builds it in memory, serves it on
    // http://127.0.0.1:PORT/, rebuilds on every save and reloads the open browser tab.
    // While the content has errors, the last good site stays up with the errors shown at
    // the top of every page. Nothing is written to disk. Stop it with Ctrl-C.
    //
    // Exit status 2 if the port cannot be used.
    Serve {
        // The site root: the folder with site.yaml, content/ and data/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        // The port to listen on; 0 picks a free one. The address is printed on standard
        // output.
        #[arg(long, default_value_t = 1111)]
        port: u16,
        // Opens the site in the web browser.
        #[arg(long)]
        open: bool,
    },
    // Writes content/<folder>/<ID>.md for a new room, area, initiative, organisation or
    // page, with every key explained in a (Dutch) comment and values that pass `check`,
    // ready to fill in.
    //
    // Exit status: 0 written; 2 the command was wrong and nothing was written (an id that
    // is not lowercase a-z, 0-9 and -, a file that already exists, a folder without
    // site.yaml); 1 the file could not be written.
    New {
        // What to make.
        #[arg(value_enum)]
        kind: NewKind,
        // The id: the file name and the page's address, lowercase a-z, 0-9 and -, like
        // buurtkamer-noord.
        id: String,
        // The site root: the folder with site.yaml, content/ and data/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    // Writes the JSON Schema (draft 2020-12) of every kind of content file, for
    // autocomplete and red underlines in an editor such as VS Code (with the YAML
    // extension): room, area, initiative, organisation, page, budget and site.
    //
    // With --out DIR, writes DIR/<kind>.schema.json for every kind (and
    // translation.schema.json for the translations, <id>.<lang>.md); with a KIND, prints
    // that kind's schema. Exit status 2 if neither is given or the folder cannot be
    // written.
    Schema {
        // The kind whose schema to print (room, area, initiative, organisation, page,
        // budget, site or translation).
        kind: Option<String>,
        // The folder to write every kind's schema into (made if missing).
        #[arg(long)]
        out: Option<PathBuf>,
        // Label the schemas draft 7 instead of 2020-12, for tools that know no later
        // draft (the keywords used mean the same in both).
        #[arg(long)]
        draft_07: bool,
    },
    // Shows the help of mienskip or of one command (`mienskip help build`), as `--help`
    // does.
    Help {
        command: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum NewKind {
    // A room, in content/rooms/.
    #[value(alias = "kamer")]
    Room,
    // An area, in content/areas/.
    #[value(alias = "gebied")]
    Area,
    // A residents' initiative, in content/initiatives/.
    #[value(alias = "initiatief")]
    Initiative,
    // An organisation, in content/organisations/.
    #[value(alias = "organisatie", alias = "organization")]
    Organisation,
    // A free page, in content/pages/.
    #[value(alias = "pagina")]
    Page,
}

impl NewKind {
    fn kind(self) -> Kind {
        match self {
            NewKind::Room => Kind::Room,
            NewKind::Area => Kind::Area,
            NewKind::Initiative => Kind::Initiative,
            NewKind::Organisation => Kind::Organisation,
            NewKind::Page => Kind::Page,
        }
    }
}

/// Sets the language of every message of this run: `--lang`, else the site's own language
/// when messages exist in it, else Dutch.
fn choose_language(lang: Option<&str>, root: Option<&Path>) {
    use mienskip::messages::{set_language, Language};
    let chosen = lang
        .and_then(Language::from_code)
        .or_else(|| {
            let written = mienskip::load::config::written_language(root?)?;
            Language::from_code(&written)
        })
        .unwrap_or_default();
    set_language(chosen);
}

fn main() -> ExitCode {
    // The help and a wrong command are shown before any site is read: in the language
    // `--lang` asks for, else in Dutch.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    mienskip::messages::set_language(cli::help::language_asked(&args).unwrap_or_default());
    let cli: Cli = match cli::help::parse(&args) {
        Ok(cli) => cli,
        Err(status) => return status,
    };
    let root = match &cli.command {
        Command::Check { root, .. }
        | Command::Build { root, .. }
        | Command::Serve { root, .. }
        | Command::New { root, .. } => Some(root.as_path()),
        Command::Schema { .. } | Command::Help { .. } => None,
    };
    choose_language(cli.lang.as_deref(), root);
    match cli.command {
        Command::Check {
            root,
            format,
            strict,
        } => check(&root, format, strict),
        Command::Build {
            root,
            output,
            format,
            strict,
            drafts,
            cache,
            base_url,
        } => build(
            &root,
            output,
            format,
            mienskip::BuildOptions {
                strict,
                drafts,
                cache,
                base_url,
            },
        ),
        Command::Serve { root, port, open } => {
            match mienskip::serve::run(&mienskip::serve::Options { root, port, open }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("mienskip: {e}");
                    ExitCode::from(e.exit_code())
                }
            }
        }
        Command::New { kind, id, root } => new(kind.kind(), &id, &root),
        Command::Help { command } => {
            // As `mienskip [COMMAND] --help`, so that an unknown command is said the same way.
            let mut again: Vec<std::ffi::OsString> = vec![args[0].clone()];
            again.extend(command.map(Into::into));
            again.push("--help".into());
            match cli::help::parse::<Cli>(&again) {
                Ok(_) => ExitCode::SUCCESS,
                Err(status) => status,
            }
        }
        Command::Schema {
            kind,
            out,
            draft_07,
        } => schema(kind.as_deref(), out.as_deref(), draft_07),
    }
}

fn check(root: &Path, format: Format, strict: bool) -> ExitCode {
    let progress = Progress::start();
    let mut checked = {
        let observer = progress.observer();
        mienskip::check_with_progress(root, &observer)
    };
    progress.finish();
    if strict {
        mienskip::diagnostics::promote_warnings(&mut checked.diagnostics);
    }
    report(&checked.diagnostics, format, root);
    let (errors, warnings) = summary(&checked.diagnostics);
    if errors > 0 {
        eprintln!(
            "mienskip: {}",
            mienskip::msg!("summary-errors", errors = errors, warnings = warnings)
        );
        ExitCode::from(1)
    } else {
        eprintln!(
            "{}",
            mienskip::msg!("summary-in-order", warnings = warnings)
        );
        ExitCode::SUCCESS
    }
}

fn new(kind: Kind, id: &str, root: &Path) -> ExitCode {
    match mienskip::scaffold::create(root, kind, id) {
        Ok(created) => {
            eprintln!(
                "mienskip: {}",
                mienskip::msg!("new-wrote", path = created.path.as_str())
            );
            for note in &created.notes {
                eprintln!(
                    "mienskip: {}",
                    mienskip::msg!("new-note", note = note.text())
                );
            }
            eprintln!("mienskip: {}", mienskip::msg!("new-next"));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("mienskip: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}

fn schema(kind: Option<&str>, out: Option<&Path>, draft_07: bool) -> ExitCode {
    use mienskip::schema::{self, Dialect};
    let dialect = if draft_07 {
        Dialect::Draft7
    } else {
        Dialect::Draft2020
    };
    if let Some(name) = kind {
        let Some(text) = schema::named(name, dialect) else {
            let mut names: Vec<&str> = mienskip::model::keys::FILES
                .iter()
                .map(|k| k.name)
                .collect();
            names.push(schema::TRANSLATION);
            eprintln!(
                "mienskip: {}",
                mienskip::msg!(
                    "schema-unknown-kind",
                    kind = mienskip::diagnostics::quote_value(name),
                    kinds = names.join(", ")
                )
            );
            return ExitCode::from(2);
        };
        if out.is_none() {
            print!("{text}");
            return ExitCode::SUCCESS;
        }
    }
    let Some(out) = out else {
        eprintln!("mienskip: {}", mienskip::msg!("schema-nothing-asked"));
        return ExitCode::from(2);
    };
    let written = std::fs::create_dir_all(out).and_then(|()| {
        for (name, text) in schema::all(dialect) {
            if kind.is_none_or(|k| name == format!("{k}.schema.json")) {
                std::fs::write(out.join(&name), text)?;
            }
        }
        Ok(())
    });
    match written {
        Ok(()) => {
            eprintln!(
                "mienskip: {}",
                mienskip::msg!("schema-wrote", folder = out.display().to_string())
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!(
                "mienskip: {}",
                mienskip::msg!(
                    "schema-cannot-write",
                    folder = out.display().to_string(),
                    reason = e.to_string()
                )
            );
            ExitCode::from(2)
        }
    }
}
