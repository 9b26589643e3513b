//! Words residents type in Frisian or English for what the (mostly Dutch) content says in
//! Dutch. Pagefind has no Frisian stemmer, and English stemming does not turn "coffee" into
//! "koffie"; so a record in the Frisian or English index gets, after its own text and with a
//! low weight, the Frisian or English forms of the Dutch words it holds: "kofje" then finds
//! the rooms with a "Koffieochtend". Only everyday words of the rooms' world are here, each
//! one we are sure of; a word not listed is found as written (and, in Frisian, through the
//! Dutch stemmer the Frisian index uses, see [`super::index_language`]).

/// Dutch word, Frisian form, English form, and whether the Dutch word is also found at the
/// start or end of a compound ("koffieochtend", "dorpskoffie").
const WORDS: &[(&str, &str, &str, bool)] = &[
    ("koffie", "kofje", "coffee", true),
    ("thee", "tee", "tea", false),
    ("buurt", "buert", "neighbourhood", true),
    ("dorp", "doarp", "village", true),
    ("kamer", "keamer", "room", true),
    ("huis", "hûs", "house", true),
    ("eten", "iten", "food", false),
    ("maaltijd", "miel", "meal", true),
    ("kinderen", "bern", "children", false),
    ("ouderen", "âlderen", "elderly", false),
    ("vrijwilliger", "frijwilliger", "volunteer", true),
    ("vrijwilligers", "frijwilligers", "volunteers", false),
    ("wijk", "wyk", "district", true),
    ("ochtend", "moarn", "morning", true),
    ("middag", "middei", "afternoon", true),
    ("avond", "jûn", "evening", true),
    ("samen", "tegearre", "together", false),
    ("zingen", "sjonge", "singing", false),
    ("wandelen", "kuierje", "walking", false),
    ("tuin", "tún", "garden", true),
];

/// The forms in `language` (`fy` or `en`) of the Dutch words in `text`, each once, in the
/// glossary's order; none for another language.
pub(super) fn forms(text: &str, language: &str) -> Vec<&'static str> {
    let pick = match language {
        "fy" => |w: &(&str, &'static str, &'static str, bool)| w.1,
        "en" => |w: &(&str, &'static str, &'static str, bool)| w.2,
        _ => return Vec::new(),
    };
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3)
        .map(str::to_lowercase)
        .collect();
    WORDS
        .iter()
        .filter(|(dutch, _, _, compounds)| {
            words.iter().any(|w| {
                w == dutch
                    || (*compounds
                        // "thuis" is no "huis": a compound part leaves a word of its own.
                        && w.len() > dutch.len() + 2
                        && (w.starts_with(dutch) || w.ends_with(dutch)))
            })
        })
        .map(pick)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frisian_and_english_forms_of_dutch_words() {
        let text = "Koffieochtend in de buurtkamer. Thuis, bibliotheek, weten.";
        assert_eq!(forms(text, "fy"), ["kofje", "buert", "keamer", "moarn"]);
        assert_eq!(
            forms(text, "en"),
            ["coffee", "neighbourhood", "room", "morning"]
        );
        assert!(forms(text, "nl").is_empty());
        assert_eq!(
            forms("Dorpskoffie en thee", "fy"),
            ["kofje", "tee", "doarp"]
        );
    }
}
