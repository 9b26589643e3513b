//! The command line's help and its own errors (issue #15) speak the run's language: Dutch
//! without `--lang` (a help needs no site), English with `--lang en`, every text from the
//! message catalogue; a wrong command is exit status 2.

use crate::common::*;
use std::process::{Command, Output};

/// Runs `mienskip ARGS` exactly as given: no `--lang` added.
fn raw(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mienskip"))
        .args(args)
        .output()
        .expect("mienskip runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The English words clap would show on its own.
const CLAP_ENGLISH: [&str; 7] = [
    "Usage:",
    "Options:",
    "Commands:",
    "Arguments:",
    "Print help",
    "[default:",
    "[possible values:",
];

#[test]
fn help_is_dutch_without_lang() {
    let output = raw(&["--help"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    for line in [
        "Bouwt de website en de open data van buurt- en dorpskamers, gebieden en bewonersinitiatieven uit Markdown- en YAML-bestanden.",
        "Afsluitcode: 0 gelukt (waarschuwingen mogen), 1 de inhoud heeft fouten, 2 de opdracht was niet goed.",
        "Gebruik: mienskip [OPTIES] <OPDRACHT>",
        "Opdrachten:",
        "  check   Controleert alles wat `build` controleert en meldt elk probleem, zonder iets te schrijven.",
        "  help    Toont de hulp, of die van de opdracht die erna staat",
        "Opties:",
        "  -V, --version",
        "          Toont het versienummer",
        "  -h, --help",
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} in\n{text}");
    }
    for english in CLAP_ENGLISH {
        assert!(!text.contains(english), "{english} in\n{text}");
    }
    // The short help lists the same commands, one line each.
    let short = stdout(&raw(&["-h"]));
    assert!(
        short.contains("\nOpdrachten:\n  build   Controleert de inhoud"),
        "{short}"
    );
}

#[test]
fn a_commands_help_is_dutch_with_its_arguments_and_options() {
    let text = stdout(&raw(&["new", "--help"]));
    let headings: Vec<&str> = text.lines().filter(|l| l.ends_with(':')).collect();
    assert_eq!(headings, ["Argumenten:", "Opties:"], "{text}");
    assert!(
        text.contains("\nGebruik: mienskip new [OPTIES] <SOORT> <ID>\n"),
        "{text}"
    );
    assert!(
        text.contains("\n  <SOORT>\n          Wat je maakt: `room` (kamer, in content/rooms/)"),
        "{text}"
    );
    assert!(
        text.contains("\n      --root <MAP>\n          De map van de site"),
        "{text}"
    );
    assert!(
        text.contains("Afsluitcode: 0 geschreven; 2 de opdracht was niet goed"),
        "{text}"
    );
    for english in CLAP_ENGLISH {
        assert!(!text.contains(english), "{english} in\n{text}");
    }
    let build = raw(&["build", "--help"]);
    assert_eq!(build.status.code(), Some(0));
    let build = stdout(&build);
    assert!(
        build.contains("Gebruik: mienskip build [OPTIES]"),
        "{build}"
    );
    // The template's workflow looks for `--drafts` in this help.
    assert!(
        build.contains("--drafts\n          Publiceert ook de concepten"),
        "{build}"
    );
    // `help build` is `build --help`.
    assert_eq!(stdout(&raw(&["help", "build"])), build);
    // `--lang nl` says the same.
    assert_eq!(stdout(&raw(&["--lang", "nl", "build", "--help"])), build);
}

#[test]
fn help_is_english_with_lang_en() {
    let text = stdout(&raw(&["--lang", "en", "--help"]));
    for line in [
        "Usage: mienskip [OPTIONS] <COMMAND>",
        "Commands:",
        "  check   Checks everything build checks and reports every problem, writing nothing.",
        "Options:",
        "          Print version",
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} in\n{text}");
    }
    let check = stdout(&raw(&["check", "--lang=en", "--help"]));
    assert!(check.contains("Usage: mienskip check [OPTIONS]"), "{check}");
    assert!(
        check.contains("--format <FORMAT>\n          How to report problems: `text`"),
        "{check}"
    );
    assert!(!check.contains("Gebruik"), "{check}");
}

#[test]
fn a_wrong_command_is_said_in_dutch_with_exit_status_2() {
    let cases: [(&[&str], &str, &str); 7] = [
        (
            &["check", "--formaat", "github"],
            "mienskip: `--formaat` is geen optie van `mienskip check`; bedoel je `--format`?",
            "mienskip check",
        ),
        (
            &["check", "--format", "tekst"],
            "mienskip: `tekst` is geen goede waarde voor `--format <VORM>`; bedoel je `text`?",
            "mienskip check",
        ),
        (
            &["build", "--format", "xml"],
            "mienskip: `xml` is geen goede waarde voor `--format <VORM>`; kies uit `text`, `github`, `json`",
            "mienskip build",
        ),
        (
            &["check", "--root"],
            "mienskip: na `--root <MAP>` hoort een waarde",
            "mienskip check",
        ),
        (
            &["chek"],
            "mienskip: `chek` is geen opdracht van mienskip; bedoel je `check`?",
            "mienskip",
        ),
        (
            &["new", "room"],
            "mienskip: `mienskip new` heeft nog `<ID>` nodig",
            "mienskip new",
        ),
        (
            &["serve", "--port", "tachtig"],
            "mienskip: `tachtig` is geen goede waarde voor `--port <POORT>`; geef een getal",
            "mienskip serve",
        ),
    ];
    for (args, first, command) in cases {
        let output = raw(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&output), "", "{args:?}");
        let said = stderr(&output);
        let lines: Vec<&str> = said.lines().collect();
        assert_eq!(
            lines,
            [
                first.to_string(),
                format!("  meer uitleg: `{command} --help`")
            ],
            "{args:?}"
        );
    }
    let english = raw(&["--lang", "en", "check", "--formaat"]);
    assert_eq!(english.status.code(), Some(2));
    assert_eq!(
        stderr(&english).lines().next(),
        Some(
            "mienskip: `--formaat` is not an option of `mienskip check`; did you mean `--format`?"
        )
    );
}
