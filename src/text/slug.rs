//! Words to address-safe ids: lowercase ASCII letters and digits joined by `-`.

/// Lowercase ASCII letters and digits joined by `-`; accents are dropped from letters, and
/// anything else only separates words (`Taalcafé & koffie!` gives `taalcafe-koffie`).
pub fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_dropped_and_words_joined() {
        assert_eq!(slug("Taalcafé & koffie!"), "taalcafe-koffie");
        assert_eq!(slug("  Ñandú "), "nandu");
        assert_eq!(slug("!!"), "");
    }
}
