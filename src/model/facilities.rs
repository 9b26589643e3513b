//! The facilities mienskip knows: the word an editor writes in a room's `facilities`, its
//! label in Dutch, Frisian and English, and other ways of writing it. A known word is shown
//! in each language's pages and published as schema.org `amenityFeature`; any other word
//! is still allowed and shown as written. (Frisian labels: to be checked by a native
//! speaker.)

/// One known facility. `word` is its key: the Dutch word the open data uses for it.
#[derive(Debug, PartialEq, Eq)]
pub struct Facility {
    pub word: &'static str,
    pub nl: &'static str,
    pub fy: &'static str,
    pub en: &'static str,
    /// Other ways of writing it, Dutch or English, lowercase: they mean this facility.
    pub also: &'static [&'static str],
}

const fn facility(
    word: &'static str,
    fy: &'static str,
    en: &'static str,
    also: &'static [&'static str],
) -> Facility {
    Facility {
        word,
        nl: word,
        fy,
        en,
        also,
    }
}

#[rustfmt::skip]
pub const FACILITIES: &[Facility] = &[
    facility("inloop", "ynrin", "walk-in", &["vrije inloop", "walk-in", "drop-in"]),
    facility("koffie", "kofje", "coffee", &["kopje koffie", "coffee"]),
    facility("thee", "tee", "tea", &["tea"]),
    facility("krant", "krante", "newspaper", &["kranten", "dagblad", "newspaper", "newspapers"]),
    facility("wifi", "wifi", "wifi", &["wi-fi", "wlan", "draadloos internet", "gratis wifi"]),
    facility("rolstoeltoegankelijk", "tagonklik mei in rolstoel", "wheelchair accessible", &["rolstoel", "rolstoelvriendelijk", "toegankelijk voor rolstoelen", "wheelchair accessible", "wheelchair-accessible", "wheelchair access"]),
    facility("toilet", "húske", "toilet", &["wc", "toiletten", "toilets", "restroom"]),
    facility("invalidentoilet", "oanpast húske", "accessible toilet", &["aangepast toilet", "mindervalidentoilet", "gehandicaptentoilet", "rolstoeltoilet", "invaliden-wc", "accessible toilet", "disabled toilet"]),
    facility("spreekkamer", "sprekkeamer", "consultation room", &["spreekruimte", "gespreksruimte", "gesprekskamer", "consultation room"]),
    facility("vergaderruimte", "gearkomsteromte", "meeting room", &["vergaderzaal", "vergaderkamer", "meeting room"]),
    facility("keuken", "koken", "kitchen", &["keukentje", "kitchen"]),
    facility("computer", "kompjûter", "computer", &["computers", "pc"]),
    facility("printer", "printer", "printer", &["printen", "printing"]),
    facility("kinderhoek", "bernehoeke", "children's corner", &["speelhoek", "kinderspeelhoek", "play corner", "children's corner", "childrens corner"]),
    facility("tuin", "tún", "garden", &["buurttuin", "moestuin", "garden"]),
    facility("parkeren", "parkearje", "parking", &["parkeerplaats", "parkeerplaatsen", "parking"]),
    facility("fietsenstalling", "fytsestalling", "bicycle parking", &["fietsenrek", "fietsparkeren", "bike parking", "bicycle parking"]),
    facility("ringleiding", "ringlieding", "hearing loop", &["solo-ringleiding", "inductielus", "hearing loop", "induction loop"]),
    facility("lift", "lift", "lift", &["elevator"]),
    facility("aed", "AED", "defibrillator (AED)", &["defibrillator", "hartstarter"]),
];

/// The facility a word stands for, ignoring case and extra spaces; `None` for a word
/// mienskip does not know.
pub fn known(written: &str) -> Option<&'static Facility> {
    let word = written
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    FACILITIES
        .iter()
        .find(|f| f.word == word || f.also.contains(&word.as_str()))
}

impl Facility {
    /// Its label in a language, if mienskip has one.
    pub fn label(&self, language: &str) -> Option<&'static str> {
        match language {
            "nl" => Some(self.nl),
            "fy" => Some(self.fy),
            "en" => Some(self.en),
            _ => None,
        }
    }
}

/// The known facilities among a room's words, each once, in the order first written.
pub fn known_of(words: &[String]) -> Vec<&'static Facility> {
    let mut found: Vec<&'static Facility> = Vec::new();
    for facility in words.iter().filter_map(|w| known(w)) {
        if !found.contains(&facility) {
            found.push(facility);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_means_one_facility() {
        let mut seen = std::collections::BTreeMap::new();
        for f in FACILITIES {
            for spelling in std::iter::once(&f.word).chain(f.also) {
                assert_eq!(spelling.to_lowercase(), *spelling, "lowercase: {spelling}");
                assert_eq!(spelling.trim(), *spelling);
                if let Some(other) = seen.insert(*spelling, f.word) {
                    panic!("`{spelling}` means both {other} and {}", f.word);
                }
            }
            for language in ["nl", "fy", "en"] {
                assert!(!f.label(language).unwrap().is_empty());
            }
        }
    }

    #[test]
    fn known_ignores_case_and_spaces_and_not_unknown_words() {
        assert_eq!(known("Koffie").unwrap().en, "coffee");
        assert_eq!(known("  WC ").unwrap().word, "toilet");
        assert_eq!(
            known("wheelchair   accessible").unwrap().fy,
            "tagonklik mei in rolstoel"
        );
        assert_eq!(known("biljart"), None);
        assert_eq!(known("koffie op dinsdag"), None);
    }

    #[test]
    fn known_of_lists_each_once_in_written_order() {
        let words: Vec<String> = ["wifi", "biljart", "koffie", "coffee", "Wi-Fi"]
            .map(String::from)
            .to_vec();
        let words: Vec<&str> = known_of(&words).iter().map(|f| f.word).collect();
        assert_eq!(words, ["wifi", "koffie"]);
    }
}
