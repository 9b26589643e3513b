//! Markdown bodies to safe HTML: CommonMark with tables, footnotes and strikethrough,
//! raw HTML sanitised so an editor's paste can never inject a script.

use pulldown_cmark::{html, Options, Parser};

/// Renders Markdown to sanitised HTML.
pub fn to_html(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION;
    let parser = Parser::new_ext(markdown, options);
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, parser);
    ammonia::Builder::default()
        .add_generic_attributes(["id"])
        .attribute_filter(|element, attribute, value| {
            // A picture from another host would leak every visitor's address to it.
            let remote = value.contains("://") || value.starts_with("//");
            if element == "img" && attribute == "src" && remote {
                None
            } else {
                Some(value.into())
            }
        })
        .link_rel(Some("noopener noreferrer"))
        .clean(&unsafe_html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_footnotes_strikethrough() {
        let html = to_html("| a | b |\n|---|---|\n| 1 | 2 |\n\nTekst[^1] ~~oud~~\n\n[^1]: Bron.\n");
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("<del>oud</del>"), "{html}");
        assert!(html.contains("href=\"#1\""), "{html}");
        assert!(html.contains("Bron."), "{html}");
    }

    #[test]
    fn scripts_are_removed() {
        let html = to_html(
            "Hallo <script>alert(1)</script><a href=\"javascript:x()\" onclick=\"y()\">z</a>",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
    }

    #[test]
    fn remote_images_are_dropped() {
        let html = to_html("![kaart](https://tiles.example.org/a.png) ![foto](foto.jpg)");
        assert!(!html.contains("tiles.example.org"), "{html}");
        assert!(html.contains("foto.jpg"), "{html}");
    }
}
