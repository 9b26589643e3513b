//! The plain text of a search record, made from the item's fields and its rendered
//! Markdown body (sanitised HTML): sentences joined so that Pagefind's excerpts read well,
//! tags dropped, character references decoded.

/// The plain text of a record, in sentences so that excerpts read well: Pagefind shows the
/// words around a match as they are here.
pub(super) struct Text(pub(super) String);

impl Text {
    /// Ends the sentence before with a full stop unless it already ends with punctuation,
    /// as Pagefind does between the blocks of a page.
    fn end_sentence(&mut self) {
        let kept = self.0.trim_end().len();
        self.0.truncate(kept);
        // After a weight marker nothing ends.
        if self
            .0
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(MARK))
        {
            self.0.push(' ');
            return;
        }
        if self
            .0
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '\'' | '"' | ')' | '$' | '*'))
        {
            self.0.push('.');
        }
        if !self.0.is_empty() {
            self.0.push(' ');
        }
    }

    /// What `write` adds, weighted `weight` by Pagefind (its weight markers, which are not
    /// part of the text Pagefind keeps).
    pub(super) fn weighted(&mut self, weight: &str, write: impl FnOnce(&mut Text)) {
        let before = self.0.len();
        self.end_sentence();
        self.0.push_str(&format!("___PAGEFIND_WEIGHT___{weight} "));
        let start = self.0.len();
        write(self);
        if self.0.len() == start {
            self.0.truncate(before);
            return;
        }
        self.end_sentence();
        self.0.push_str("___END_PAGEFIND_WEIGHT___ ");
    }

    /// Plain text as a sentence of its own.
    pub(super) fn sentence(&mut self, text: &str) {
        let text = text.trim();
        if !text.is_empty() {
            self.end_sentence();
            self.0.push_str(&unmarked(text));
        }
    }

    /// Names as one sentence: `a, b, c`.
    pub(super) fn list<S: AsRef<str>>(&mut self, items: impl IntoIterator<Item = S>) {
        let mut first = true;
        for item in items {
            let item = item.as_ref().trim();
            if item.is_empty() {
                continue;
            }
            if first {
                self.end_sentence();
                first = false;
            } else {
                self.0.push_str(", ");
            }
            self.0.push_str(&unmarked(item));
        }
    }

    /// The text of sanitised HTML (a rendered Markdown body) without its tags: a block
    /// ends a sentence, inline elements join their words, character references are
    /// decoded.
    pub(super) fn html(&mut self, html: &str) {
        self.end_sentence();
        let mut rest = html;
        while let Some(open) = rest.find('<') {
            self.decoded(&rest[..open]);
            let tag = &rest[open + 1..];
            let end = tag_end(tag);
            let closing = tag.starts_with('/');
            let name = tag[usize::from(closing)..end]
                .split(|c: char| c.is_ascii_whitespace() || c == '/')
                .next()
                .unwrap_or("");
            if INLINE.iter().any(|i| i.eq_ignore_ascii_case(name)) {
                // Part of the running text.
            } else if closing && SENTENCES.iter().any(|s| s.eq_ignore_ascii_case(name)) {
                self.end_sentence();
            } else {
                self.0.push(' ');
            }
            rest = tag.get(end + 1..).unwrap_or("");
        }
        self.decoded(rest);
    }

    /// Text with its character references decoded.
    fn decoded(&mut self, text: &str) {
        let text = unmarked(text);
        let mut rest = text.as_ref();
        while let Some(amp) = rest.find('&') {
            self.0.push_str(&rest[..amp]);
            let after = &rest[amp + 1..];
            match after.find(';').filter(|&semi| semi <= 10) {
                Some(semi) => match character(&after[..semi]) {
                    Some(c) => {
                        self.0.push(c);
                        rest = &after[semi + 1..];
                    }
                    None => {
                        self.0.push('&');
                        rest = after;
                    }
                },
                None => {
                    self.0.push('&');
                    rest = after;
                }
            }
        }
        self.0.push_str(rest);
    }
}

/// How Pagefind's markers in a record's text start (`___PAGEFIND_WEIGHT___2`): a word of
/// content that starts so is not a word but an instruction.
const MARK: &str = "___";

/// Content's own text with no three underscores in a row, so that no word of it can be
/// one of Pagefind's markers (a room description cannot weigh itself up).
fn unmarked(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(MARK) {
        return text.into();
    }
    let mut text = text.to_string();
    while text.contains(MARK) {
        text = text.replace(MARK, "__");
    }
    text.into()
}

/// Elements inside running text, whose words run on around them.
const INLINE: [&str; 16] = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "del", "em", "i", "ins", "mark", "q", "s",
    "span", "strong",
];

/// Blocks that end a sentence.
const SENTENCES: [&str; 18] = [
    "blockquote",
    "dd",
    "div",
    "dt",
    "figcaption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ol",
    "p",
    "pre",
    "td",
    "th",
    "ul",
];

/// Where the tag that `tag` starts with ends (its `>`), past quoted attribute values.
fn tag_end(tag: &str) -> usize {
    let mut quote = None;
    for (i, c) in tag.char_indices() {
        match (quote, c) {
            (None, '>') => return i,
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
    }
    tag.len()
}

/// The character a reference like `amp` or `#39` stands for.
fn character(reference: &str) -> Option<char> {
    match reference {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some('\u{a0}'),
        _ => {
            let number = reference.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_read_as_plain_text() {
        let mut text = Text(String::new());
        text.sentence("Buurtkamer Bilgaard");
        text.sentence("Open op werkdagen.");
        text.html(
            "<h2 id=\"x\">Meer weten</h2>\n<p>Koffie &amp; <em>thee</em>, <a href=\"a>b\" \
             rel=\"noopener noreferrer\">buurt</a>middag&nbsp;&lt;gratis&gt; &#39;s&#x21;</p>\
             <ul><li>een</li><li>twee?</li></ul><p>AT&T &unknown; x</p>",
        );
        text.list(["Bilgaard", "8900 AA", " ", "Leeuwarden"]);
        text.list(Vec::<String>::new());
        text.weighted("5", |t| t.list(["Camminghaburen", "8913"]));
        text.weighted("2", |_| {});
        text.sentence("Niet ___PAGEFIND_WEIGHT___9 zwaarder.");
        assert!(text.0.contains("buurtmiddag\u{a0}<gratis>"), "{}", text.0);
        // Pagefind splits the content at any white space and joins its words with one space.
        let words: Vec<&str> = text.0.split_whitespace().collect();
        assert_eq!(
            words.join(" "),
            "Buurtkamer Bilgaard. Open op werkdagen. Meer weten. Koffie & thee, \
             buurtmiddag <gratis> 's! een. twee? AT&T &unknown; x. \
             Bilgaard, 8900 AA, Leeuwarden. ___PAGEFIND_WEIGHT___5 Camminghaburen, 8913. \
             ___END_PAGEFIND_WEIGHT___ Niet __PAGEFIND_WEIGHT__9 zwaarder."
        );
    }
}
