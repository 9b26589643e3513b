//! Dutch postcodes as areas claim them: a whole four-digit postcode area ("8913") or one
//! six-character postcode ("8913 AB"), read leniently ("8913ab", " 8913  ab ") and always
//! written the PostNL way.

use super::Area;
use std::collections::BTreeMap;
use std::fmt;

/// Who claims a four-digit postcode area: the area that claims it whole, if any, and the
/// areas that claim six-character postcodes inside it (the more precise claim wins for
/// those addresses), by the areas' positions in the site.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Claims {
    pub whole: Option<usize>,
    pub six: Vec<(Postcode, usize)>,
}

/// Every four-digit postcode area some area claims (whole or in part), in order. The
/// first claim of a postcode counts; two claims of one postcode are an error found when
/// the site is resolved.
pub fn claims(areas: &[Area]) -> BTreeMap<Postcode, Claims> {
    let mut all: BTreeMap<Postcode, Claims> = BTreeMap::new();
    for (i, area) in areas.iter().enumerate() {
        for (postcode, _) in &area.postcodes {
            let claims = all.entry(postcode.area()).or_default();
            if postcode.is_six() {
                if !claims.six.iter().any(|(p, _)| p == postcode) {
                    claims.six.push((*postcode, i));
                }
            } else if claims.whole.is_none() {
                claims.whole = Some(i);
            }
        }
    }
    for claims in all.values_mut() {
        claims.six.sort();
    }
    all
}

/// The position of the area a resident's postcode lies in: the area claiming that
/// six-character postcode, else the one claiming its four-digit area.
pub fn area_of(claims: &BTreeMap<Postcode, Claims>, postcode: Postcode) -> Option<usize> {
    let found = claims.get(&postcode.area())?;
    found
        .six
        .iter()
        .find(|(p, _)| *p == postcode)
        .map(|(_, i)| *i)
        .or(found.whole)
}

/// A four-digit postcode (1000-9999) or a six-character one (four digits and two letters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Postcode {
    pub digits: u16,
    /// The two letters in capitals, for a six-character postcode.
    pub letters: Option<[u8; 2]>,
}

impl Postcode {
    /// Reads a postcode as an editor or a resident writes it; the error says what is wrong
    /// (a `postcode-…` message, shown inside the message about the `postcodes` key).
    pub fn parse(text: &str) -> Result<Postcode, crate::messages::Message> {
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.is_empty() {
            return Err(crate::msg!("postcode-empty"));
        }
        if !compact.is_ascii() {
            return Err(crate::msg!("postcode-other-characters"));
        }
        let (digits, letters) = compact.split_at(compact.len().min(4));
        if digits.len() < 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(crate::msg!("postcode-no-four-digits"));
        }
        if digits.starts_with('0') {
            return Err(crate::msg!("postcode-starts-with-zero"));
        }
        let digits: u16 = digits
            .parse()
            .map_err(|_| crate::msg!("postcode-no-four-digits"))?;
        let letters = match letters.as_bytes() {
            [] => None,
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                let pair = [a.to_ascii_uppercase(), b.to_ascii_uppercase()];
                // PostNL has never used these three pairs (for their wartime associations).
                if matches!(&pair, b"SA" | b"SD" | b"SS") {
                    return Err(crate::msg!("postcode-unused-letters"));
                }
                Some(pair)
            }
            _ => return Err(crate::msg!("postcode-bad-letters")),
        };
        Ok(Postcode { digits, letters })
    }

    /// The four-digit postcode area this one lies in (itself when it is one).
    pub fn area(self) -> Postcode {
        Postcode {
            digits: self.digits,
            letters: None,
        }
    }

    pub fn is_six(self) -> bool {
        self.letters.is_some()
    }

    /// The postcode in an address: `8913` or `8913ab`.
    pub fn slug(self) -> String {
        match self.letters {
            None => self.digits.to_string(),
            Some([a, b]) => format!(
                "{}{}{}",
                self.digits,
                a.to_ascii_lowercase() as char,
                b.to_ascii_lowercase() as char
            ),
        }
    }
}

impl fmt::Display for Postcode {
    /// `8913` or `8913 AB`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.letters {
            None => write!(f, "{}", self.digits),
            Some([a, b]) => write!(f, "{} {}{}", self.digits, a as char, b as char),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_the_postnl_way() {
        for (written, shown, slug) in [
            ("8913", "8913", "8913"),
            ("8913 AB", "8913 AB", "8913ab"),
            (" 8913ab ", "8913 AB", "8913ab"),
            ("8913  aB", "8913 AB", "8913ab"),
            ("9999", "9999", "9999"),
        ] {
            let p = Postcode::parse(written).unwrap();
            assert_eq!(p.to_string(), shown);
            assert_eq!(p.slug(), slug);
        }
        let six = Postcode::parse("8913 AB").unwrap();
        assert_eq!(six.area(), Postcode::parse("8913").unwrap());
        assert!(six.is_six() && !six.area().is_six());
    }

    #[test]
    fn not_postcodes() {
        for written in [
            "",
            "891",
            "89133",
            "0913",
            "8913 A",
            "8913 ABC",
            "8913 SS",
            "8913 sa",
            "8913-AB",
            "AB 8913",
            "８９１３",
            "8913 1B",
        ] {
            assert!(Postcode::parse(written).is_err(), "{written:?}");
        }
    }
}
