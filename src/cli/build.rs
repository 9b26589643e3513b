//! `mienskip build`: the build, and what it says about the result (the files written, the
//! problems, or why nothing was written and the previous site is untouched).

use super::report::{report, summary, Format};
use mienskip::progress::Progress;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn build(
    root: &Path,
    output: Option<PathBuf>,
    format: Format,
    options: mienskip::BuildOptions,
) -> ExitCode {
    use mienskip::output::FinishError;
    use mienskip::BuildError;
    let output = output.unwrap_or_else(|| root.join("site"));
    let cache_shown = options
        .cache
        .as_ref()
        .map(|c| c.display().to_string())
        .unwrap_or_default();
    let progress = Progress::start();
    let result = {
        let observer = progress.observer();
        mienskip::build_with_options(root, &output, &observer, options)
    };
    progress.finish();
    // Said only after a failure, where it is checked rather than assumed.
    let shown = output.display().to_string();
    let unchanged = || {
        if output.exists() {
            mienskip::msg!("build-output-unchanged", output = shown.as_str()).text()
        } else {
            mienskip::msg!("build-output-not-made", output = shown.as_str()).text()
        }
    };
    match result {
        Ok(rendered) => {
            for folder in &rendered.removed_leftovers {
                eprintln!(
                    "mienskip: {}",
                    mienskip::msg!(
                        "build-removed-leftover",
                        folder = folder.display().to_string()
                    )
                );
            }
            report(&rendered.diagnostics, format, root);
            if let Some(used) = &rendered.cache {
                let cache = cache_shown.as_str();
                if let Some(reason) = &used.problem {
                    let reason = reason.as_str();
                    let problem =
                        mienskip::msg!("build-cache-problem", cache = cache, reason = reason);
                    eprintln!("mienskip: {problem}");
                }
                let taken = mienskip::msg!("build-cache-taken", taken = used.taken, cache = cache);
                eprintln!("mienskip: {taken}");
            }
            let (errors, warnings) = summary(&rendered.diagnostics);
            match &rendered.files {
                Some(files) => {
                    eprintln!(
                        "mienskip: {}",
                        mienskip::msg!(
                            "build-wrote-files",
                            files = *files,
                            output = shown.as_str(),
                            warnings = warnings
                        )
                    );
                    if let Some((folder, e)) = &rendered.leftover {
                        eprintln!(
                            "mienskip: {}",
                            mienskip::msg!(
                                "build-previous-left",
                                reason = e.to_string(),
                                folder = folder.display().to_string()
                            )
                        );
                    }
                    ExitCode::SUCCESS
                }
                None => {
                    let summary =
                        mienskip::msg!("summary-errors", errors = errors, warnings = warnings);
                    eprintln!(
                        "mienskip: {}",
                        mienskip::msg!(
                            "build-nothing-written",
                            summary = summary.text(),
                            unchanged = unchanged()
                        )
                    );
                    ExitCode::from(1)
                }
            }
        }
        Err(BuildError::CacheRefused(reason)) => {
            eprintln!(
                "mienskip: {}",
                mienskip::msg!("build-refused", reason = reason.text())
            );
            ExitCode::from(2)
        }
        Err(BuildError::UnsafeOutput(refused)) => {
            eprintln!(
                "mienskip: {}",
                mienskip::msg!("build-refused", reason = refused.message().text())
            );
            ExitCode::from(2)
        }
        Err(BuildError::Staging(e)) => {
            eprintln!(
                "mienskip: {}",
                mienskip::msg!(
                    "build-no-staging",
                    output = shown.as_str(),
                    reason = e.to_string(),
                    unchanged = unchanged()
                )
            );
            ExitCode::from(1)
        }
        Err(BuildError::Finish(FinishError::Write(failure))) => {
            eprintln!(
                "mienskip: {}",
                mienskip::msg!(
                    "build-write-failed",
                    output = shown.as_str(),
                    reason = failure.message().text(),
                    unchanged = unchanged()
                )
            );
            ExitCode::from(1)
        }
        Err(BuildError::Finish(FinishError::Swap(e))) => {
            eprintln!(
                "mienskip: {}",
                mienskip::msg!(
                    "build-swap-failed",
                    output = shown.as_str(),
                    reason = e.to_string(),
                    unchanged = unchanged()
                )
            );
            ExitCode::from(1)
        }
        Err(BuildError::Finish(FinishError::Lost { error, previous })) => {
            eprintln!(
                "mienskip: {}",
                mienskip::msg!(
                    "build-lost",
                    output = shown.as_str(),
                    reason = error.to_string(),
                    previous = previous.display().to_string()
                )
            );
            ExitCode::from(1)
        }
    }
}
