//! Escaping text for what it is written into: one escaper per format, used by every
//! output (pages, the map's SVG, the feed and sitemap, the preview's banner, iCalendar)
//! and by the problems shown in a terminal or as GitHub annotations.

/// Escapes what HTML needs escaped and nothing more, so addresses stay readable
/// (`/kamers/` rather than Tera's default `&#x2F;kamers&#x2F;`).
pub fn html(text: &str) -> String {
    // Most values (names, addresses, links) have nothing to escape: copy them whole.
    let special = |b: &u8| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'');
    let Some(first) = text.bytes().position(|b| special(&b)) else {
        return text.to_string();
    };
    let mut escaped = String::with_capacity(text.len() + 16);
    escaped.push_str(&text[..first]);
    for c in text[first..].chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// Escapes text for XML, leaving out the characters XML 1.0 does not allow at all (most
/// control characters), which would make the whole feed or sitemap unreadable.
pub fn xml(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\t' | '\n' | '\r' => escaped.push(c),
            c if c.is_control() && (c as u32) < 0x20 => {}
            '\u{fffe}' | '\u{ffff}' => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// Escapes an iCalendar TEXT value (RFC 5545, 3.3.11): backslash, `;`, `,` and line breaks.
pub fn ics_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    escaped.push_str("\\n");
                }
            }
            other => escaped.push(other),
        }
    }
    escaped
}

/// `text` with every control character (line breaks and terminal escapes among them) and
/// every bidirectional override written out as `\u{…}`, so that a value from the content
/// can neither start a line of its own (where CI would read `::add-mask::` or `::error` as a
/// workflow command) nor steer the terminal or hide text, and a problem is always one line.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let hostile =
        |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !text.chars().any(hostile) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hostile(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// GitHub Actions escaping of a workflow command's message.
pub fn github_data(text: &str) -> String {
    let escaped = text
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    printable(&escaped).into_owned()
}

/// GitHub Actions escaping of a workflow command's property value (`file=...`): as for
/// the message, and also `:` and `,`, which separate the properties.
pub fn github_property(text: &str) -> String {
    github_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_what_html_needs_and_nothing_else() {
        assert_eq!(html("/kamers/"), "/kamers/");
        assert_eq!(
            html("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn xml_leaves_out_what_xml_forbids() {
        assert_eq!(
            xml("a<b>&\"c\u{1}\u{1b}[31m\u{b}\td\ne"),
            "a&lt;b&gt;&amp;&quot;c[31m\td\ne"
        );
    }

    #[test]
    fn ics_text_escapes_separators_and_line_breaks() {
        assert_eq!(ics_text("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
    }

    #[test]
    fn printable_writes_out_control_and_direction_characters() {
        assert_eq!(printable("gewoon"), "gewoon");
        assert_eq!(
            printable("a\n::error::x\u{202e}"),
            "a\\u{a}::error::x\\u{202e}"
        );
    }
}
