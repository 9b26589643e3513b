//! Escaping text for the markup it is written into: one escaper per format, used by every
//! output (pages, the map's SVG, the feed and sitemap, the preview's banner).

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
}
