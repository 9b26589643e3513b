//! Plain words for the YAML mistakes editors make most. When the parser gives up, its
//! message ("invalid indentation in quoted scalar", "simple key expect ':'") names a parser
//! state, often on a line after the real mistake. The lines up to where it stopped are read
//! again here for a mistake a person makes (an unclosed quote, a tab, a `: ` inside a value,
//! a bracket never closed, text where the front matter should have ended), so the message
//! names the line and column to change and shows the line as it should be.
//!
//! This is only a second reading of text the parser already refused: it never decides
//! whether YAML is valid, so a guess here cannot turn good content into an error.

use crate::messages::Message;

/// A mistake found on one line: where, what, and the line as it should read.
#[derive(Debug, Clone, PartialEq)]
pub struct Mistake {
    /// 1-based line in the file.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong, with the corrected line as its `fixed` value.
    pub message: Message,
}

/// Keys whose values are running text, where a ` #` is far more likely part of the text
/// ("Kamer #1") than a comment the editor meant to hide.
const TEXT_KEYS: [&str; 13] = [
    "name",
    "title",
    "summary",
    "note",
    "role",
    "hours",
    "text",
    "who",
    "street",
    "city",
    "description",
    "alt",
    "credit",
];

/// The first known mistake in `text` (YAML starting on file line `first_line`) at or
/// before `stop_line`, the line where the parser gave up.
pub fn diagnose(text: &str, first_line: usize, stop_line: usize) -> Option<Mistake> {
    let lines: Vec<&str> = text.lines().collect();
    for (index, raw) in lines.iter().enumerate() {
        let line = first_line + index;
        // The parser reports a tab at the start of a line on the line before it.
        if line == stop_line + 1 {
            return tab(raw, line);
        }
        if line > stop_line {
            break;
        }
        let next = lines[index + 1..]
            .iter()
            .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
        if let Some(found) = diagnose_line(raw, line, next.copied()) {
            return Some(found);
        }
    }
    None
}

/// Warnings for a plain value on a text key followed by ` #`: YAML drops the rest of the
/// line as a comment, so `summary: Kamer #1 van Noord` is published as "Kamer".
pub fn dropped_comments(text: &str, first_line: usize) -> Vec<Mistake> {
    let mut found = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let Some(entry) = key_value(raw) else {
            continue;
        };
        if !TEXT_KEYS.contains(&entry.key) || starts_quoted_or_nested(entry.value) {
            continue;
        }
        let Some(hash) = entry.value.find(" #") else {
            continue;
        };
        let kept = entry.value[..hash].trim_end();
        // A comment set off by two or more spaces (`name: X    # uitleg`) is meant as one.
        if kept.is_empty() || kept.len() != hash {
            continue;
        }
        let whole = entry.value.trim_end();
        found.push(Mistake {
            line: first_line + index,
            column: char_column(raw, entry.value_start + hash + 1),
            message: crate::msg!(
                "yaml-comment-dropped",
                key = entry.key,
                kept = crate::diagnostics::quote_value(kept),
                fixed = corrected(raw, entry.value_start, whole.len(), &double_quoted(whole)),
            ),
        });
    }
    found
}

fn diagnose_line(raw: &str, line: usize, next: Option<&str>) -> Option<Mistake> {
    let trimmed = raw.trim_start_matches([' ', '\t']);
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return None;
    }
    if let Some(found) = tab(raw, line) {
        return Some(found);
    }
    let Some(entry) = key_value(raw).or_else(|| flow_item(raw)) else {
        return not_a_key(raw, line);
    };
    let value = entry.value.trim_end();
    if value.is_empty() {
        return None;
    }
    let at = |offset: usize| char_column(raw, entry.value_start + offset);
    let first = value.chars().next()?;
    match first {
        '\'' | '"' => unclosed_quote(raw, &entry, value, first, line),
        '[' | '{' => flow(raw, &entry, value, line, next),
        '@' | '`' | '%' | '&' | '*' | '!' | '|' | '>' => Some(Mistake {
            line,
            column: at(0),
            message: crate::msg!(
                "yaml-special-first-character",
                character = first.to_string(),
                fixed = corrected(raw, entry.value_start, value.len(), &double_quoted(value))
            ),
        }),
        _ => colon_inside(value).map(|offset| Mistake {
            line,
            column: at(offset),
            message: crate::msg!(
                "yaml-colon-in-value",
                key = entry.key,
                fixed = corrected(raw, entry.value_start, value.len(), &double_quoted(value))
            ),
        }),
    }
}

/// A tab in the indentation, or between a key and its value, which YAML refuses.
fn tab(raw: &str, line: usize) -> Option<Mistake> {
    let indent_end = raw.len() - raw.trim_start_matches([' ', '\t']).len();
    let after_colon = raw
        .find(":\t")
        .map(|colon| colon + 1)
        .filter(|&colon| !in_quotes(raw, colon));
    let position = raw[..indent_end].find('\t').or(after_colon)?;
    let fixed: String = if position < indent_end {
        raw[..indent_end].replace('\t', "  ") + &raw[indent_end..]
    } else {
        let rest = raw[position..].trim_start_matches([' ', '\t']);
        format!("{} {rest}", &raw[..position])
    };
    Some(Mistake {
        line,
        column: char_column(raw, position),
        message: crate::msg!("yaml-tab", fixed = fixed.trim_start()),
    })
}

/// A line at the left margin that is not `key: value`: usually the page's text, because the
/// closing `---` of the front matter is missing, or a key without its colon or space.
fn not_a_key(raw: &str, line: usize) -> Option<Mistake> {
    let trimmed = raw.trim_start();
    if trimmed.starts_with("- ") || trimmed == "-" || raw.starts_with(' ') {
        return None;
    }
    if let Some((key, value)) = trimmed.split_once(':') {
        if is_key(key) && !value.is_empty() && !value.starts_with(' ') {
            return Some(Mistake {
                line,
                column: char_column(raw, key.len() + 1),
                message: crate::msg!(
                    "yaml-space-after-colon",
                    key = key,
                    fixed = format!("{key}: {value}")
                ),
            });
        }
    }
    Some(Mistake {
        line,
        column: 1,
        message: crate::msg!("yaml-not-key-value"),
    })
}

fn unclosed_quote(
    raw: &str,
    entry: &Entry,
    value: &str,
    quote: char,
    line: usize,
) -> Option<Mistake> {
    let close = closing_quote(value, quote);
    let rest = close.map(|end| value[end + 1..].trim_start());
    let fine = matches!(rest, Some(rest) if rest.is_empty() || rest.starts_with('#'));
    if fine {
        return None;
    }
    let fixed = if quote == '\'' {
        double_quoted(value)
    } else {
        format!("'{}'", value.replace('\'', "''"))
    };
    let fixed = corrected(raw, entry.value_start, value.len(), &fixed);
    Some(Mistake {
        line,
        column: char_column(raw, entry.value_start),
        message: if quote == '\'' {
            crate::msg!("yaml-unclosed-quote", key = entry.key, fixed = fixed)
        } else {
            crate::msg!("yaml-quote-ends-early", key = entry.key, fixed = fixed)
        },
    })
}

/// A value starting with `[` or `{`: a bracket never closed, text after the closing
/// bracket, or a `: ` inside one of a `{ ... }`'s values.
fn flow(raw: &str, entry: &Entry, value: &str, line: usize, next: Option<&str>) -> Option<Mistake> {
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut quote: Option<char> = None;
    let mut closed_at = None;
    for (offset, c) in value.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '[' | '{') => open.push((c, offset)),
            (None, ']' | '}') => {
                open.pop();
                if open.is_empty() {
                    closed_at = Some(offset);
                    break;
                }
            }
            (None, '#') if value[..offset].ends_with(' ') => break,
            _ => {}
        }
    }
    if let Some(end) = closed_at {
        let after = value[end + 1..].trim_start();
        if !after.is_empty() && !after.starts_with('#') {
            let bracket = value.chars().next().unwrap_or('[');
            return Some(Mistake {
                line,
                column: char_column(raw, entry.value_start + end + 1),
                message: crate::msg!(
                    "yaml-text-after-bracket",
                    bracket = bracket.to_string(),
                    fixed = corrected(raw, entry.value_start, value.len(), &double_quoted(value))
                ),
            });
        }
        return flow_values(raw, entry.value_start, &value[..=end], line);
    }
    let continues = next.is_some_and(|n| indent(n) > indent(raw));
    if open.is_empty() || quote.is_some() || continues {
        return None;
    }
    let closing: String = open
        .iter()
        .rev()
        .map(|(c, _)| if *c == '[' { ']' } else { '}' })
        .collect();
    let (bracket, offset) = open[0];
    let fixed = format!("{}{closing}", raw.trim_end().trim_start());
    Some(Mistake {
        line,
        column: char_column(raw, entry.value_start + offset),
        message: crate::msg!(
            "yaml-unclosed-bracket",
            bracket = bracket.to_string(),
            closing = closing,
            fixed = fixed
        ),
    })
}

/// A `: ` inside one of the values of a `{ key: value, ... }` on one line.
fn flow_values(raw: &str, value_start: usize, value: &str, line: usize) -> Option<Mistake> {
    if !value.starts_with('{') {
        return None;
    }
    let inner = &value[1..value.len() - 1];
    let mut offset = 1;
    for part in split_top_level(inner) {
        let part_offset = offset;
        offset += part.len() + 1;
        let Some((key, rest)) = part.split_once(": ") else {
            continue;
        };
        let item_value = rest.trim();
        if starts_quoted_or_nested(item_value) {
            continue;
        }
        let Some(colon) = colon_inside(item_value) else {
            continue;
        };
        let item_start = part_offset + key.len() + 2 + (rest.len() - rest.trim_start().len());
        return Some(Mistake {
            line,
            column: char_column(raw, value_start + item_start + colon),
            message: crate::msg!(
                "yaml-colon-in-braced-value",
                key = key.trim(),
                fixed = corrected(
                    raw,
                    value_start + item_start,
                    item_value.len(),
                    &double_quoted(item_value)
                )
            ),
        });
    }
    None
}

/// Splits the inside of `{ ... }` at the commas between entries (not those in quotes or
/// nested brackets).
fn split_top_level(inner: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut start = 0;
    for (offset, c) in inner.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '[' | '{') => depth += 1,
            (None, ']' | '}') => depth = depth.saturating_sub(1),
            (None, ',') if depth == 0 => {
                parts.push(&inner[start..offset]);
                start = offset + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
}

/// One `key: value` line (with an optional `- ` in front), as offsets into the line.
struct Entry<'a> {
    key: &'a str,
    value: &'a str,
    /// Byte offset of the value in the line.
    value_start: usize,
}

fn key_value(raw: &str) -> Option<Entry<'_>> {
    let mut start = raw.len() - raw.trim_start_matches([' ', '\t']).len();
    while raw[start..].starts_with("- ") {
        start += 2;
        start += raw[start..].len() - raw[start..].trim_start_matches(' ').len();
    }
    let rest = &raw[start..];
    let colon = rest
        .find(": ")
        .or_else(|| rest.strip_suffix(':').map(|r| r.len()))?;
    let key = &rest[..colon];
    if !is_key(key) {
        return None;
    }
    let after = (start + colon + 1).min(raw.len());
    let value_start = after + (raw[after..].len() - raw[after..].trim_start_matches(' ').len());
    Some(Entry {
        key,
        value: &raw[value_start..],
        value_start,
    })
}

/// A list item that is a `{ ... }` or `[ ... ]` on one line (`- { days: [ma], ... }`).
fn flow_item(raw: &str) -> Option<Entry<'_>> {
    let trimmed = raw.trim_start_matches(' ');
    let item = trimmed.strip_prefix("- ")?.trim_start_matches(' ');
    if !item.starts_with(['{', '[']) {
        return None;
    }
    Some(Entry {
        key: "-",
        value: item,
        value_start: raw.len() - item.len(),
    })
}

fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// Where a plain value holds `: ` (not in a URL-like `https://`), if anywhere.
fn colon_inside(value: &str) -> Option<usize> {
    let cut = value.find(" #").unwrap_or(value.len());
    value[..cut].find(": ")
}

fn starts_quoted_or_nested(value: &str) -> bool {
    value.starts_with(['\'', '"', '[', '{', '|', '>', '&', '*', '!'])
}

/// The byte offset of the quote that closes a value starting with `quote`, if any.
fn closing_quote(value: &str, quote: char) -> Option<usize> {
    let bytes = value.as_bytes();
    let mut i = 1;
    while i < bytes.len() {
        let c = bytes[i] as char;
        if quote == '"' && c == '\\' {
            i += 2;
            continue;
        }
        if c == quote {
            if quote == '\'' && bytes.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            return Some(i);
        }
        i += 1;
    }
    None
}

fn in_quotes(raw: &str, position: usize) -> bool {
    let before = &raw[..position];
    before.matches('"').count() % 2 == 1 || before.matches('\'').count() % 2 == 1
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

fn double_quoted(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The line with `len` bytes from `start` replaced by `replacement`, without indentation.
fn corrected(raw: &str, start: usize, len: usize, replacement: &str) -> String {
    let line = format!("{}{replacement}{}", &raw[..start], &raw[start + len..]);
    line.trim().to_string()
}

/// The 1-based character column of a byte offset.
fn char_column(raw: &str, byte: usize) -> usize {
    raw[..byte.min(raw.len())].chars().count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Mistake {
        diagnose(text, 2, 100).unwrap_or_else(|| panic!("no mistake found in {text:?}"))
    }

    /// The corrected line a message shows.
    fn fixed(m: &Mistake) -> String {
        match m.message.args.iter().find(|(name, _)| *name == "fixed") {
            Some((_, crate::messages::Arg::Text(text))) => text.clone(),
            _ => panic!("no corrected line in {m:?}"),
        }
    }

    #[test]
    fn an_apostrophe_at_the_start_is_a_quote_never_closed() {
        let m = one("kind: main\nname: 't Kamerke\n");
        assert_eq!((m.line, m.column), (3, 7));
        assert_eq!(m.message.id, "yaml-unclosed-quote");
        assert_eq!(fixed(&m), "name: \"'t Kamerke\"");
        assert!(
            m.message.text().ends_with("name: \"'t Kamerke\""),
            "{}",
            m.message
        );
    }

    #[test]
    fn a_tab_is_found_on_its_own_line() {
        let m = one("name: A\n\tkind: main\n");
        assert_eq!((m.line, m.column), (3, 1));
        let m = one("name:\tA\n");
        assert_eq!((m.line, m.column), (2, 6));
        assert_eq!(m.message.id, "yaml-tab");
        assert_eq!(fixed(&m), "name: A");
    }

    #[test]
    fn an_unclosed_bracket_is_reported_where_it_opens() {
        let m = one("name: A\nfacilities: [koffie, wifi\nkind: main\n");
        assert_eq!((m.line, m.column), (3, 13));
        assert_eq!(m.message.id, "yaml-unclosed-bracket");
        assert_eq!(fixed(&m), "facilities: [koffie, wifi]");
    }

    #[test]
    fn a_bracket_continued_on_the_next_line_is_fine() {
        assert_eq!(diagnose("days: [ma,\n  di]\n", 1, 100), None);
    }

    #[test]
    fn a_colon_inside_a_value_and_inside_braces() {
        let m = one("note: let op: gesloten\n");
        assert_eq!((m.line, m.column), (2, 13));
        assert_eq!(m.message.id, "yaml-colon-in-value");
        assert_eq!(fixed(&m), "note: \"let op: gesloten\"");
        let m = one("closures:\n  - { date: 2025-12-31, note: let op: gesloten }\n");
        assert_eq!(m.line, 3);
        assert_eq!(m.message.id, "yaml-colon-in-braced-value");
        assert_eq!(
            fixed(&m),
            "- { date: 2025-12-31, note: \"let op: gesloten\" }"
        );
    }

    #[test]
    fn special_first_characters_must_be_quoted() {
        for value in ["@buurtkamer", "`code`", "%50", "*belangrijk*", "> 18 jaar"] {
            let m = one(&format!("summary: {value}\n"));
            assert_eq!((m.line, m.column), (2, 10), "{value}");
        }
    }

    #[test]
    fn text_where_the_front_matter_should_end() {
        let m = one("name: A\n\nWelkom in de kamer.\n");
        assert_eq!((m.line, m.column), (4, 1));
        assert_eq!(m.message.id, "yaml-not-key-value");
    }

    #[test]
    fn a_missing_space_after_the_colon() {
        let m = one("name:Buurtkamer\n");
        assert_eq!(m.message.id, "yaml-space-after-colon");
        assert_eq!(fixed(&m), "name: Buurtkamer");
    }

    #[test]
    fn a_comment_on_a_text_key_is_a_warning_with_the_quoted_fix() {
        let found = dropped_comments(
            "summary: Kamer #1 van Noord\nkind: main # hoofd\nname: X   # uitleg\n",
            2,
        );
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].line, found[0].column), (2, 16));
        assert_eq!(found[0].message.id, "yaml-comment-dropped");
        assert_eq!(fixed(&found[0]), "summary: \"Kamer #1 van Noord\"");
    }

    /// In both languages the message ends with the line as it should be written, so the
    /// editor can copy it whatever the language of the run.
    #[test]
    fn every_mistake_ends_with_the_corrected_line_in_every_language() {
        let mut found: Vec<Mistake> = [
            "name: 't Kamerke\n",
            "name: \"De Kamer\" van Noord\n",
            "name: A\n\tkind: main\n",
            "facilities: [koffie, wifi\nkind: main\n",
            "note: let op: gesloten\n",
            "hours:\n  - { days: [ma], note: let op: even weken }\n",
            "summary: @buurtkamer\n",
            "summary: [Concept] nieuwe kamer\n",
            "name:Buurtkamer\n",
        ]
        .iter()
        .map(|text| one(text))
        .collect();
        found.extend(dropped_comments("summary: Kamer #1 van Noord\n", 2));
        let ids: std::collections::BTreeSet<&str> = found.iter().map(|m| m.message.id).collect();
        assert_eq!(ids.len(), found.len(), "{ids:?}");
        for m in &found {
            for language in crate::messages::Language::ALL {
                let text = m.message.text_in(language);
                assert!(text.ends_with(&fixed(m)), "{}: {text}", language.code());
            }
        }
    }

    #[test]
    fn valid_lines_are_left_alone() {
        for line in [
            "name: \"'t Kamerke\"",
            "name: '''t Kamerke'",
            "website: https://example.nl/",
            "days: [ma, di]",
            "address: { street: Dorpsstraat 1, city: Grou }",
            "- { days: [za], from: \"10:00\", to: \"12:00\", note: alleen even weken }",
            "  - Gastvrouw",
        ] {
            assert_eq!(diagnose(line, 1, 100), None, "{line}");
        }
    }
}
