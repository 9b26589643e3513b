//! The `mienskip` command line: parses arguments and reports; the work is in the library.

use clap::{Parser, Subcommand};
use mienskip::diagnostics::{Diagnostic, Severity};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Builds the website and open data of community rooms, areas and residents' initiatives
/// from Markdown and YAML files.
#[derive(Parser)]
#[command(name = "mienskip", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Checks the content and writes the whole site into site/ (or --output). If anything
    /// is wrong, nothing is written and the previous site stays as it was.
    Build {
        /// The site root: the folder with site.yaml, content/ and data/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site [default: ROOT/site].
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Checks everything build checks and reports every problem, writing nothing.
    Check {
        /// The site root: the folder with site.yaml, content/ and data/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

fn report(diagnostics: &[Diagnostic]) {
    let stderr = std::io::stderr();
    let mut out = stderr.lock();
    for d in diagnostics {
        let _ = writeln!(out, "{d}");
    }
}

fn summary(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    (errors, diagnostics.len() - errors)
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { root } => {
            let checked = mienskip::check(&root);
            report(&checked.diagnostics);
            let (errors, warnings) = summary(&checked.diagnostics);
            if errors > 0 {
                eprintln!(
                    "mienskip: {}, {}",
                    plural(errors, "error", "errors"),
                    plural(warnings, "warning", "warnings")
                );
                ExitCode::from(1)
            } else {
                eprintln!(
                    "mienskip: the content is in order ({})",
                    plural(warnings, "warning", "warnings")
                );
                ExitCode::SUCCESS
            }
        }
        Command::Build { root, output } => {
            let output = output.unwrap_or_else(|| root.join("site"));
            match mienskip::build(&root, &output) {
                Ok(rendered) => {
                    report(&rendered.diagnostics);
                    let (errors, warnings) = summary(&rendered.diagnostics);
                    match &rendered.files {
                        Some(files) => {
                            eprintln!(
                                "mienskip: wrote {} to {} ({})",
                                plural(files.len(), "file", "files"),
                                output.display(),
                                plural(warnings, "warning", "warnings")
                            );
                            ExitCode::SUCCESS
                        }
                        None => {
                            eprintln!(
                                "mienskip: {}, {}; nothing was written, {} is unchanged",
                                plural(errors, "error", "errors"),
                                plural(warnings, "warning", "warnings"),
                                output.display()
                            );
                            ExitCode::from(1)
                        }
                    }
                }
                Err(e) => {
                    eprintln!(
                        "mienskip: cannot write {}: {e}; the previous site is unchanged",
                        output.display()
                    );
                    ExitCode::from(1)
                }
            }
        }
    }
}
