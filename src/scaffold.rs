//! `mienskip new`: a new content file with every key of the content format, each
//! explained in a Dutch comment, and values that pass `mienskip check` as they are, so an
//! editor starts from a file that works and fills it in.

use crate::load::Kind;
use crate::messages::Message;
use crate::model::is_valid_id;
use crate::model::keys::{self, Need};
use crate::resolve::routes::is_reserved_page_id;
use std::fmt;
use std::io::Write;
use std::path::Path;

/// Why `new` wrote nothing.
#[derive(Debug)]
pub enum NewError {
    /// The id is not a valid id; `suggestion` is one that is.
    InvalidId { id: String, suggestion: String },
    /// A page id the site itself uses for a section.
    ReservedId { id: String },
    /// The file is already there; `new` never overwrites.
    Exists { path: String },
    /// The folder is not a site root.
    NoSiteRoot { root: String },
    /// The file could not be written.
    Io { path: String, error: std::io::Error },
}

impl NewError {
    /// The exit status: 2 when the command was wrong (an invalid or reserved id, a file
    /// that already exists, a folder that is not a site root), 1 when writing failed.
    pub fn exit_code(&self) -> u8 {
        match self {
            NewError::Io { .. } => 1,
            _ => 2,
        }
    }
}

impl NewError {
    /// What is wrong, in the words of the run.
    pub fn message(&self) -> Message {
        match self {
            NewError::InvalidId { id, suggestion } => crate::msg!(
                "new-invalid-id",
                id = crate::diagnostics::quote_value(id),
                suggestion = suggestion
            ),
            NewError::ReservedId { id } => crate::msg!("new-reserved-id", id = id),
            NewError::Exists { path } => crate::msg!("new-exists", path = path),
            NewError::NoSiteRoot { root } => crate::msg!("new-no-site-root", root = root),
            NewError::Io { path, error } => {
                crate::msg!("new-cannot-write", path = path, reason = error.to_string())
            }
        }
    }
}

impl fmt::Display for NewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().text())
    }
}

impl std::error::Error for NewError {}

/// What `new` wrote.
#[derive(Debug)]
pub struct Created {
    /// The new file, relative to the site root.
    pub path: String,
    /// Things the editor should know about the values chosen.
    pub notes: Vec<Message>,
}

/// Writes `content/<folder>/<id>.md` for a new item of `kind` under `root`.
pub fn create(root: &Path, kind: Kind, id: &str) -> Result<Created, NewError> {
    if !is_valid_id(id) {
        return Err(NewError::InvalidId {
            id: id.to_string(),
            suggestion: crate::load::suggest_id(id),
        });
    }
    let languages = crate::load::config::load(root, &mut crate::diagnostics::Diagnostics::new())
        .map(|config| config.languages)
        .unwrap_or_default();
    if kind == Kind::Page && is_reserved_page_id(id, &languages) {
        return Err(NewError::ReservedId { id: id.to_string() });
    }
    if !root.join("site.yaml").is_file() {
        return Err(NewError::NoSiteRoot {
            root: root.display().to_string(),
        });
    }
    let path = format!("content/{}/{id}.md", kind.folder());
    let area = first_area(root);
    let mut notes = Vec::new();
    if matches!(kind, Kind::Room | Kind::Initiative) {
        match &area {
            Some(area) => notes.push(crate::msg!("new-note-area", area = area)),
            None => notes.push(crate::msg!("new-note-no-area")),
        }
    }
    if kind == Kind::Room {
        notes.push(crate::msg!("new-note-planned"));
    }
    let text = contents(kind, id, area.as_deref());
    let full = root.join(&path);
    let io = |error| NewError::Io {
        path: path.clone(),
        error,
    };
    if let Some(folder) = full.parent() {
        std::fs::create_dir_all(folder).map_err(io)?;
    }
    let mut file = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&full)
    {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(NewError::Exists { path })
        }
        Err(e) => return Err(io(e)),
    };
    file.write_all(text.as_bytes()).map_err(io)?;
    Ok(Created { path, notes })
}

/// The id of the first area (in file-name order), if there is one.
fn first_area(root: &Path) -> Option<String> {
    let mut ids: Vec<String> = std::fs::read_dir(root.join("content").join("areas"))
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".md").map(str::to_string)
        })
        .filter(|id| is_valid_id(id))
        .collect();
    ids.sort();
    ids.into_iter().next()
}

/// A readable name to start from: the id with spaces, the first letter a capital.
fn name_from_id(id: &str) -> String {
    let words = id.replace('-', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The text of a new file: the kind's introduction, a line per key of its table (the value
/// to start from, the help text as the comment, examples under it), and what to write in
/// the body. `area` is the area a room or initiative starts in.
pub fn contents(kind: Kind, id: &str, area: Option<&str>) -> String {
    let name = name_from_id(id);
    let (table, intro, body) = match kind {
        Kind::Room => (&keys::ROOM, ROOM_INTRO, ROOM_BODY),
        Kind::Area => (&keys::AREA, AREA_INTRO, AREA_BODY),
        Kind::Initiative => (&keys::INITIATIVE, INITIATIVE_INTRO, INITIATIVE_BODY),
        Kind::Organisation => (&keys::ORGANISATION, ORGANISATION_INTRO, ORGANISATION_BODY),
        Kind::Page => (&keys::PAGE, PAGE_INTRO, PAGE_BODY),
    };
    let (area_value, areas_value) = match area {
        Some(area) => (area.to_string(), format!("[{area}]")),
        None => (String::new(), String::new()),
    };
    let mut text = format!("---\n{intro}");
    for key in table.keys {
        let value = key
            .new
            .value
            .replace("{name}", &name)
            .replace("{area}", &area_value)
            .replace("{areas}", &areas_value);
        let required = if key.need == Need::Required {
            "verplicht: "
        } else {
            ""
        };
        let comment = format!("{required}{}{}", key.help, key.new.more);
        text += &key_line(&format!("{}: {value}", key.name), &comment, key.new.breaks);
        for example in key.new.examples {
            text += example;
            text.push('\n');
        }
    }
    text.replace("{id}", id) + "---\n" + body
}

/// `code` with `comment` beside it from column 34, the comment going on over lines of its
/// own (starting `#   `) before each of the `breaks`.
fn key_line(code: &str, comment: &str, breaks: &[&str]) -> String {
    const COLUMN: usize = 34;
    let mut comment = comment.to_string();
    for at in breaks {
        comment = comment.replacen(&format!(" {at}"), &format!("\n{at}"), 1);
    }
    let code = code.trim_end();
    let width = code.chars().count();
    let padding = if width + 1 < COLUMN {
        COLUMN - width
    } else {
        1
    };
    let mut text = format!("{code}{}", " ".repeat(padding));
    for (i, line) in comment.lines().enumerate() {
        if i > 0 {
            text += &format!("{}#   ", " ".repeat(COLUMN));
        } else {
            text += "# ";
        }
        text += line;
        text.push('\n');
    }
    text
}

const ROOM_INTRO: &str = "\
# Een buurt- of dorpskamer. Alles achter een # is uitleg en komt niet op de site.
# Een sleutel zonder waarde (zoals `opened:`) telt als niet ingevuld.
# Controleer het bestand met `mienskip check`, of kijk mee met `mienskip serve`.
";

const ROOM_BODY: &str = "\
<!-- Schrijf hieronder wat bewoners over deze kamer moeten weten: voor wie ze is, wat er
te doen is, hoe je er komt. Gewone tekst; een lege regel begint een nieuwe alinea,
## maakt een tussenkop en [tekst](https://...) een link. Dit commentaar zelf komt niet
op de site. -->
";

const AREA_INTRO: &str = "\
# Een gebied: een wijkteamgebied, een stadsdeel of een groep dorpen. Alles achter een #
# is uitleg en komt niet op de site. Een sleutel zonder waarde telt als niet ingevuld.
";

const AREA_BODY: &str = "\
<!-- Schrijf hieronder wat er speelt in het gebied: de opgaven, het meerjarenplan.
Gewone tekst; een lege regel begint een nieuwe alinea, ## maakt een tussenkop.
Dit commentaar zelf komt niet op de site. -->
";

const INITIATIVE_INTRO: &str = "\
# Een bewonersinitiatief. Alles achter een # is uitleg en komt niet op de site.
# Een sleutel zonder waarde (zoals `started:`) telt als niet ingevuld.
";

const INITIATIVE_BODY: &str = "\
<!-- Schrijf hieronder wat het initiatief doet, voor wie, en hoe je kunt meedoen.
Gewone tekst; een lege regel begint een nieuwe alinea, ## maakt een tussenkop.
Dit commentaar zelf komt niet op de site. -->
";

const ORGANISATION_INTRO: &str = "\
# Een organisatie: welzijn, vrijwilligers, een fonds, een woningcorporatie, ... Alles
# achter een # is uitleg en komt niet op de site. Een sleutel zonder waarde telt als niet
# ingevuld.
";

const ORGANISATION_BODY: &str = "\
<!-- Schrijf hieronder wat de organisatie doet en waar bewoners haar vinden.
Dit commentaar zelf komt niet op de site. -->
";

const PAGE_INTRO: &str = "\
# Een vrije pagina, gepubliceerd op /{id}/. Alles achter een # is uitleg en komt niet op
# de site.
";

const PAGE_BODY: &str = "\
<!-- Schrijf hieronder de tekst van de pagina. Gewone tekst; een lege regel begint een
nieuwe alinea, ## maakt een tussenkop. Dit commentaar zelf komt niet op de site. -->
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_comments_name_every_allowed_word() {
        use crate::model::{InitiativeStatus, OrganisationKind, RoomKind, RoomStatus};
        let comment = |template: &str, key: &str| {
            let start = template
                .find(&format!("\n{key}: "))
                .unwrap_or_else(|| panic!("{key} in the template"));
            // The key's line and its continuation lines.
            template[start + 1..]
                .lines()
                .enumerate()
                .take_while(|(i, l)| *i == 0 || l.starts_with(' '))
                .map(|(_, l)| l)
                .collect::<Vec<_>>()
                .join("\n")
        };
        let cases: [(Kind, &str, &[&str]); 4] = [
            (Kind::Room, "kind", RoomKind::WORDS),
            (Kind::Room, "status", RoomStatus::WORDS),
            (Kind::Initiative, "status", InitiativeStatus::WORDS),
            (Kind::Organisation, "kind", OrganisationKind::WORDS),
        ];
        for (kind, key, words) in cases {
            let text = comment(&contents(kind, "x", Some("noord")), key);
            for word in words {
                assert!(
                    text.contains(&format!("{word} (")) || text.contains(&format!(" {word},")),
                    "{key}: {word} in {text}"
                );
            }
        }
    }

    fn keys(text: &str) -> Vec<String> {
        let front = text.split("---\n").nth(1).unwrap();
        front
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with(' ') && l.contains(':'))
            .map(|l| l.split(':').next().unwrap().to_string())
            .collect()
    }

    /// The comment beside `key` in a new file, with its continuation lines, as one line.
    fn help(text: &str, key: &str) -> String {
        let start = text.find(&format!("\n{key}:")).unwrap() + 1;
        text[start..]
            .lines()
            .enumerate()
            .take_while(|(i, l)| *i == 0 || l.starts_with("  "))
            .filter_map(|(_, l)| l.split_once('#').map(|(_, c)| c.trim()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn the_comments_are_the_help_texts_of_the_content_format() {
        use crate::model::keys::{self, Need};
        let kinds = [
            (Kind::Room, &keys::ROOM),
            (Kind::Area, &keys::AREA),
            (Kind::Initiative, &keys::INITIATIVE),
            (Kind::Organisation, &keys::ORGANISATION),
            (Kind::Page, &keys::PAGE),
        ];
        for (kind, table) in kinds {
            let text = contents(kind, "noord", Some("noord"));
            assert_eq!(keys(&text), table.names(), "{}", table.name);
            for key in table.keys {
                let comment = help(&text, key.name);
                let (required, rest) = match comment.strip_prefix("verplicht: ") {
                    Some(rest) => (true, rest),
                    None => (false, comment.as_str()),
                };
                assert_eq!(
                    required,
                    key.need == Need::Required,
                    "{}: {comment}",
                    key.name
                );
                assert!(
                    rest.starts_with(key.help),
                    "{}.{}: the comment \"{rest}\" does not start with the help text \"{}\"",
                    table.name,
                    key.name,
                    key.help
                );
            }
        }
    }

    #[test]
    fn fills_in_name_and_area() {
        let room = contents(Kind::Room, "buurtkamer-noord", Some("noord"));
        assert!(room.contains("name: \"Buurtkamer noord\" "), "{room}");
        assert!(room.contains("\narea: noord "), "{room}");
        let initiative = contents(Kind::Initiative, "moestuin", Some("oost"));
        assert!(initiative.contains("\nareas: [oost] "), "{initiative}");
        let without = contents(Kind::Initiative, "moestuin", None);
        assert!(
            without.contains("\nareas:                            # verplicht"),
            "{without}"
        );
        assert!(!without.lines().any(|l| l.ends_with(' ')), "{without}");
    }

    #[test]
    fn refuses_invalid_and_reserved_ids() {
        let dir = tempfile::tempdir().unwrap();
        let error = create(dir.path(), Kind::Room, "De Kamer").unwrap_err();
        assert_eq!(error.exit_code(), 2);
        assert_eq!(error.message().id, "new-invalid-id");
        assert!(error.to_string().contains("probeer `de-kamer`"), "{error}");
        let error = create(dir.path(), Kind::Page, "agenda").unwrap_err();
        assert_eq!(error.exit_code(), 2);
        assert_eq!(error.message().id, "new-reserved-id");
        let error = create(dir.path(), Kind::Room, "kamer").unwrap_err();
        assert!(matches!(error, NewError::NoSiteRoot { .. }), "{error}");
    }
}
