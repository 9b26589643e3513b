//! The words the model's enums are written with, in content files and in every output:
//! each enum lists its words once (with [`words!`]), and loaders, views, tables and
//! schemas take them from [`Words`] instead of spelling them again.

/// An enum written as one of a fixed set of words.
pub trait Words: Copy + PartialEq + Sized + 'static {
    /// Every value, in the order the words are listed (and messages name them).
    const ALL: &'static [Self];
    /// Every word, in the same order as [`Words::ALL`].
    const WORDS: &'static [&'static str];

    /// The word a value is written as.
    fn as_str(self) -> &'static str;

    /// The value a word stands for, if any (exactly as written).
    fn parse(word: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|value| value.as_str() == word)
    }

    /// `(word, value)` pairs, for a loader's table of allowed values.
    fn choices() -> Vec<(&'static str, Self)> {
        Self::ALL
            .iter()
            .map(|value| (value.as_str(), *value))
            .collect()
    }
}

/// Declares an enum of unit variants, each with its word (`Main = "main"`), and
/// gives it `ALL`, `WORDS`, `as_str`, `parse` and `choices`, inherent and through [`Words`].
/// The invoking module must have `Words` in scope.
macro_rules! words {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident = $word:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $($(#[$variant_meta])* $variant),+
        }

        // Inherent as well as through the trait, so a caller needs no import.
        impl $name {
            /// Every value, in the order the words are listed.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every word, in the same order as `ALL`.
            pub const WORDS: &'static [&'static str] = &[$($word),+];

            /// The word the value is written as.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word),+
                }
            }

            /// The value a word stands for, if any (exactly as written).
            pub fn parse(word: &str) -> Option<$name> {
                match word {
                    $($word => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// `(word, value)` pairs, for a loader's table of allowed values.
            pub fn choices() -> Vec<(&'static str, $name)> {
                <$name as Words>::choices()
            }
        }

        impl Words for $name {
            const ALL: &'static [$name] = $name::ALL;
            const WORDS: &'static [&'static str] = $name::WORDS;

            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }

            fn parse(word: &str) -> Option<$name> {
                $name::parse(word)
            }
        }
    };
}
pub(crate) use words;

/// Words editors write instead of an allowed value (Dutch mostly, day names in full, in
/// English too), each with the value it stands for. Used only for "did you mean" in
/// messages: the content keeps one spelling per value, so the data stays comparable.
pub const SYNONYMS: &[(&str, &str)] = &[
    // Days of the week.
    ("maandag", "ma"),
    ("dinsdag", "di"),
    ("woensdag", "wo"),
    ("donderdag", "do"),
    ("vrijdag", "vr"),
    ("zaterdag", "za"),
    ("zondag", "zo"),
    ("monday", "ma"),
    ("tuesday", "di"),
    ("wednesday", "wo"),
    ("thursday", "do"),
    ("friday", "vr"),
    ("saturday", "za"),
    ("sunday", "zo"),
    ("mon", "ma"),
    ("tue", "di"),
    ("wed", "wo"),
    ("thu", "do"),
    ("fri", "vr"),
    ("sat", "za"),
    ("sun", "zo"),
    // Kinds of room.
    ("hoofd", "main"),
    ("hoofdlocatie", "main"),
    ("hoofdkamer", "main"),
    ("satelliet", "satellite"),
    ("dependance", "satellite"),
    ("nevenlocatie", "satellite"),
    // Room status.
    ("geopend", "open"),
    ("gepland", "planned"),
    ("gesloten", "closed"),
    ("dicht", "closed"),
    // Initiative status.
    ("idee", "idea"),
    ("ingediend", "submitted"),
    ("aangevraagd", "submitted"),
    ("goedgekeurd", "approved"),
    ("toegekend", "approved"),
    ("lopend", "running"),
    ("actief", "running"),
    ("afgerond", "completed"),
    ("voltooid", "completed"),
    ("afgewezen", "rejected"),
    // Kinds of organisation.
    ("welzijn", "welfare"),
    ("welzijnsorganisatie", "welfare"),
    ("vrijwilligers", "volunteers"),
    ("vrijwilligersorganisatie", "volunteers"),
    ("financier", "funder"),
    ("fonds", "funder"),
    ("woningcorporatie", "housing"),
    ("corporatie", "housing"),
    ("gemeente", "government"),
    ("overheid", "government"),
    ("overig", "other"),
    ("anders", "other"),
    // Budget lines: direction, and the status of a budget.
    ("uitgave", "expense"),
    ("uitgaven", "expense"),
    ("kosten", "expense"),
    ("lasten", "expense"),
    ("inkomsten", "income"),
    ("inkomst", "income"),
    ("opbrengsten", "income"),
    ("baten", "income"),
    ("begroot", "planned"),
    ("begroting", "planned"),
    ("realisatie", "actual"),
    ("gerealiseerd", "actual"),
    ("werkelijk", "actual"),
    // How often an activity repeats.
    ("wekelijks", "weekly"),
    ("maandelijks", "monthly"),
    ("eenmalig", "once"),
];

/// The allowed word (one of `allowed`) that `written` is a synonym of, in any case.
pub fn synonym(written: &str, allowed: &[&str]) -> Option<&'static str> {
    let written = written.trim().to_lowercase();
    SYNONYMS
        .iter()
        .find(|(word, meant)| *word == written && allowed.contains(meant))
        .map(|(_, meant)| *meant)
}

#[cfg(test)]
mod tests {
    use super::Words;
    use crate::model::{
        BudgetStatus, Direction, InitiativeStatus, OrganisationKind, Repeat, RoomKind, RoomStatus,
    };
    use jiff::civil::Weekday;

    fn round_trip<T: Words + std::fmt::Debug>() {
        assert_eq!(T::ALL.len(), T::WORDS.len());
        for (value, word) in T::ALL.iter().zip(T::WORDS) {
            assert_eq!(value.as_str(), *word);
            assert_eq!(T::parse(word), Some(*value));
        }
        assert_eq!(T::parse("no-such-word"), None);
    }

    #[test]
    fn every_word_reads_back_as_its_value() {
        round_trip::<RoomKind>();
        round_trip::<RoomStatus>();
        round_trip::<InitiativeStatus>();
        round_trip::<OrganisationKind>();
        round_trip::<Direction>();
        round_trip::<BudgetStatus>();
        round_trip::<Weekday>();
        round_trip::<Repeat>();
    }

    #[test]
    fn the_words_in_their_order() {
        assert_eq!(RoomStatus::WORDS, ["open", "planned", "closed"]);
        assert_eq!(
            OrganisationKind::choices()[5],
            ("other", OrganisationKind::Other)
        );
        assert_eq!(Direction::parse("Income"), None);
        assert_eq!(Weekday::parse("MO"), Some(Weekday::Monday));
        assert_eq!(Weekday::Sunday.as_str(), "zo");
    }

    #[test]
    fn synonyms_point_at_allowed_words_only() {
        use super::{synonym, SYNONYMS};
        let every: Vec<&str> = [
            RoomKind::WORDS,
            RoomStatus::WORDS,
            InitiativeStatus::WORDS,
            OrganisationKind::WORDS,
            Direction::WORDS,
            BudgetStatus::WORDS,
            Weekday::WORDS,
            Repeat::WORDS,
        ]
        .concat();
        for (word, meant) in SYNONYMS {
            assert!(every.contains(meant), "{word} -> {meant}");
        }
        assert_eq!(synonym("Maandag", Weekday::WORDS), Some("ma"));
        assert_eq!(synonym("gepland", BudgetStatus::WORDS), Some("planned"));
        assert_eq!(synonym("gepland", Direction::WORDS), None);
    }
}
