//! The command line's own words: the help (`--help`), its headings, and what is said when
//! the command itself is wrong, all from the message catalogue in the language of the run.
//! clap knows the arguments and parses them; this module replaces every text it would show
//! in English. The language is read from `--lang` before clap runs (a help needs no site),
//! and is Dutch without it.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};
use mienskip::messages::{Language, Message};
use mienskip::msg;
use std::ffi::OsString;
use std::process::ExitCode;

/// The language `--lang` asks for in `args` (`--lang en` or `--lang=en`), if any.
pub fn language_asked(args: &[OsString]) -> Option<Language> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let code = match arg.strip_prefix("--lang") {
            Some("") => args.next().map(|c| c.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        if let Some(code) = code {
            return Language::from_code(&code);
        }
    }
    None
}

/// Parses `args` into `T` through the [`localised`] command; on a wrong command, or a
/// request for the help or the version, says so and gives the exit status.
pub fn parse<T: CommandFactory + FromArgMatches>(args: &[OsString]) -> Result<T, ExitCode> {
    let mut command = localised(T::command());
    let parsed = command
        .try_get_matches_from_mut(args)
        .and_then(|matches| T::from_arg_matches(&matches));
    parsed.map_err(|error| explain(&error, &command, args))
}

fn text(message: Message) -> String {
    message.text()
}

/// What each command says about itself: its usage, short and long description.
fn about(command: Command, usage: Message, short: Message, more: Option<Message>) -> Command {
    let short = text(short);
    let long = match more {
        Some(more) => format!("{short}\n\n{}", text(more)),
        None => short.clone(),
    };
    command
        .override_usage(text(usage))
        .about(short)
        .long_about(long)
}

/// `command` (from the derive) with every text clap would show from the catalogue.
pub fn localised(command: Command) -> Command {
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        text(msg!("help-usage-heading"))
    );
    let (arguments, options) = (
        text(msg!("help-arguments-heading")),
        text(msg!("help-options-heading")),
    );
    let general = |command: Command| {
        // Each argument where the code puts it, positionals too (clap sorts those under a
        // heading of their own by name).
        let order = std::cell::Cell::new(0);
        command
            .help_template(template.clone())
            .disable_help_flag(true)
            .disable_help_subcommand(true)
            .mut_args(|arg| {
                let heading = if arg.is_positional() {
                    arguments.clone()
                } else {
                    options.clone()
                };
                order.set(order.get() + 1);
                // The defaults and the values to choose from are in the catalogue's texts.
                let values = arg.get_action().takes_values();
                arg.help_heading(heading)
                    .display_order(order.get())
                    .hide_default_value(values)
                    .hide_possible_values(values)
            })
    };
    let folder = || Some(text(msg!("help-value-folder")));
    let format = || Some(text(msg!("help-value-format")));
    let kind = || Some(text(msg!("help-value-kind")));
    // Each command's usage, short and long description, and each of its arguments with the
    // name of its value (if it takes one) and its help.
    let commands = [
        (
            "build",
            msg!("help-build-usage"),
            msg!("help-build"),
            Some(msg!("help-build-more")),
            vec![
                ("root", folder(), msg!("help-root")),
                ("output", folder(), msg!("help-build-output")),
                ("format", format(), msg!("help-build-format")),
                ("strict", None, msg!("help-build-strict")),
                ("drafts", None, msg!("help-build-drafts")),
                ("cache", None, msg!("help-build-cache")),
                ("base_url", None, msg!("help-build-base-url")),
            ],
        ),
        (
            "check",
            msg!("help-check-usage"),
            msg!("help-check"),
            None,
            vec![
                ("root", folder(), msg!("help-root")),
                ("format", format(), msg!("help-check-format")),
                ("strict", None, msg!("help-check-strict")),
            ],
        ),
        (
            "serve",
            msg!("help-serve-usage"),
            msg!("help-serve"),
            Some(msg!("help-serve-more")),
            vec![
                ("root", folder(), msg!("help-root")),
                (
                    "port",
                    Some(text(msg!("help-value-port"))),
                    msg!("help-serve-port"),
                ),
                ("open", None, msg!("help-serve-open")),
            ],
        ),
        (
            "new",
            msg!("help-new-usage"),
            msg!("help-new"),
            Some(msg!("help-new-more")),
            vec![
                ("kind", kind(), msg!("help-new-kind")),
                ("id", None, msg!("help-new-id")),
                ("root", folder(), msg!("help-root")),
            ],
        ),
        (
            "schema",
            msg!("help-schema-usage"),
            msg!("help-schema"),
            Some(msg!("help-schema-more")),
            vec![
                ("kind", kind(), msg!("help-schema-kind")),
                ("out", folder(), msg!("help-schema-out")),
                ("draft_07", None, msg!("help-schema-draft-07")),
            ],
        ),
        (
            "help",
            msg!("help-help-usage"),
            msg!("help-help-command"),
            None,
            vec![(
                "command",
                Some(text(msg!("help-value-command"))),
                msg!("help-help-command-name"),
            )],
        ),
    ];
    let mut command = about(
        command,
        msg!("help-usage"),
        msg!("help-about"),
        Some(msg!("help-about-more")),
    )
    .subcommand_help_heading(text(msg!("help-commands-heading")))
    .mut_arg("lang", |a| {
        a.value_name(text(msg!("help-value-language")))
            .help(text(msg!("help-lang")))
    });
    for (name, usage, short, more, arguments) in commands {
        command = command.mut_subcommand(name, |c| {
            let mut c = about(c, usage, short, more);
            for (argument, value, help) in arguments {
                c = c.mut_arg(argument, |a| {
                    match value {
                        Some(value) => a.value_name(value),
                        None => a,
                    }
                    .help(text(help))
                });
            }
            c
        });
    }
    let command = general(command)
        .mut_subcommands(general)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(text(msg!("help-version")))
                .help_heading(options.clone()),
        );
    command.arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .global(true)
            .help(text(msg!("help-help")))
            .help_heading(options),
    )
}

/// The command `args` run, as a resident would type it: `mienskip` or `mienskip build`.
fn command_named(args: &[OsString], command: &Command) -> String {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--lang" {
            args.next();
        } else if !arg.starts_with('-') {
            if let Some(sub) = command.find_subcommand(arg.as_ref()) {
                return format!("mienskip {}", sub.get_name());
            }
            break;
        }
    }
    "mienskip".to_string()
}

/// Shows a help or version clap made, or says in the run's language what is wrong with the
/// command; gives the exit status (2 for a wrong command).
fn explain(error: &clap::Error, command: &Command, args: &[OsString]) -> ExitCode {
    let kind = error.kind();
    if matches!(
        kind,
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        // The help is made from the localised command, so it is in the run's language.
        let _ = error.print();
        return ExitCode::from(error.exit_code() as u8);
    }
    let one = |context| match error.get(context) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(s)) => s.first().cloned().unwrap_or_default(),
        _ => String::new(),
    };
    let all = |context| match error.get(context) {
        Some(ContextValue::Strings(s)) => s.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let listed = |items: Vec<String>| {
        items
            .iter()
            .map(|i| format!("`{i}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let hint = |suggestion: String| {
        if suggestion.is_empty() {
            String::new()
        } else {
            text(msg!("did-you-mean", candidate = suggestion))
        }
    };
    let commands = || {
        listed(
            command
                .get_subcommands()
                .filter(|c| !c.is_hide_set())
                .map(|c| c.get_name().to_string())
                .collect(),
        )
    };
    let named = command_named(args, command);
    // clap lists its suggestions from the least to the most likely.
    let best = |context| all(context).pop().unwrap_or_default();
    let message = match kind {
        ErrorKind::UnknownArgument => msg!(
            "cli-unknown-argument",
            arg = one(ContextKind::InvalidArg),
            command = named.as_str(),
            hint = hint(best(ContextKind::SuggestedArg))
        ),
        ErrorKind::InvalidSubcommand => {
            let suggestion = best(ContextKind::SuggestedSubcommand);
            let hint = match suggestion.is_empty() {
                true => text(msg!("cli-commands", commands = commands())),
                false => hint(suggestion),
            };
            msg!(
                "cli-unknown-command",
                name = one(ContextKind::InvalidSubcommand),
                hint = hint
            )
        }
        ErrorKind::MissingSubcommand => msg!("cli-missing-command", commands = commands()),
        ErrorKind::InvalidValue | ErrorKind::NoEquals => {
            let valid = all(ContextKind::ValidValue);
            let values = if valid.is_empty() {
                String::new()
            } else {
                text(msg!("cli-possible-values", values = listed(valid)))
            };
            let (value, arg) = (one(ContextKind::InvalidValue), one(ContextKind::InvalidArg));
            let suggestion = best(ContextKind::SuggestedValue);
            if value.is_empty() {
                msg!("cli-missing-value", arg = arg, values = values)
            } else {
                let hint = match suggestion.is_empty() {
                    true => values,
                    false => hint(suggestion),
                };
                msg!("cli-invalid-value", value = value, arg = arg, hint = hint)
            }
        }
        ErrorKind::ValueValidation
            if std::error::Error::source(error)
                .is_some_and(|s| s.is::<std::num::ParseIntError>()) =>
        {
            msg!(
                "cli-bad-number",
                value = one(ContextKind::InvalidValue),
                arg = one(ContextKind::InvalidArg)
            )
        }
        ErrorKind::MissingRequiredArgument => msg!(
            "cli-missing-argument",
            command = named.as_str(),
            args = listed(all(ContextKind::InvalidArg))
        ),
        ErrorKind::ArgumentConflict => {
            let (arg, other) = (one(ContextKind::InvalidArg), one(ContextKind::PriorArg));
            if arg == other {
                msg!("cli-twice", arg = arg)
            } else {
                msg!("cli-conflict", arg = arg, other = other)
            }
        }
        _ => {
            let rendered = error.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            let detail = first.strip_prefix("error: ").unwrap_or(first);
            msg!("cli-other", detail = detail)
        }
    };
    eprintln!("mienskip: {message}");
    eprintln!("  {}", msg!("cli-more-help", command = named.as_str()));
    ExitCode::from(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command, argument and heading clap shows has its text from the catalogue: the
    /// derive in main.rs gives none, so a new option without one fails here.
    #[test]
    fn every_command_and_argument_has_a_text_from_the_catalogue() {
        let mut command = localised(crate::Cli::command());
        command.build();
        command.clone().debug_assert();
        let options = text(msg!("help-options-heading"));
        let arguments = text(msg!("help-arguments-heading"));
        let mut commands = vec![&command];
        commands.extend(command.get_subcommands());
        assert_eq!(commands.len(), 7);
        for command in commands {
            let name = command.get_name();
            assert!(command.get_about().is_some(), "{name} has no description");
            for arg in command.get_arguments().filter(|a| !a.is_hide_set()) {
                let id = arg.get_id();
                assert!(arg.get_help().is_some(), "{name} {id} has no help");
                let heading = arg.get_help_heading().expect("a heading");
                let expected = match arg.is_positional() {
                    true => &arguments,
                    false => &options,
                };
                assert_eq!(heading, expected.as_str(), "{name} {id}");
            }
        }
    }

    #[test]
    fn the_language_is_read_before_parsing() {
        let args = |list: &[&str]| -> Vec<OsString> { list.iter().map(OsString::from).collect() };
        assert_eq!(language_asked(&args(&["mienskip", "--help"])), None);
        assert_eq!(
            language_asked(&args(&["mienskip", "check", "--lang", "en", "-h"])),
            Some(Language::English)
        );
        assert_eq!(
            language_asked(&args(&["mienskip", "--lang=nl", "build"])),
            Some(Language::Dutch)
        );
        assert_eq!(
            language_asked(&args(&["mienskip", "--", "--lang", "en"])),
            None
        );
    }
}
