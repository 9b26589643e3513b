//! The Dutch label of every key, as the form editor shows it above the field (the help text
//! goes below it): a key's name is English and written as a programmer would, `opening_hours`,
//! while an editor looks for "Openingstijden".

/// Labels that differ by the mapping the key is in: (table name, key, label).
const BY_TABLE: &[(&str, &str, &str)] = &[
    ("room", "closed", "Gesloten op"),
    ("room", "kind", "Soort kamer"),
    ("organisation", "kind", "Soort organisatie"),
    ("closure", "from", "Van (datum of tijd)"),
    ("closure", "to", "Tot en met (datum of tijd)"),
    ("closure", "date", "Datum"),
    ("activity", "date", "Datum (één keer)"),
    ("activity", "days", "Dagen (elke week)"),
    ("changes", "days", "Aantal dagen terug"),
    ("history", "text", "Wat er gebeurde"),
    ("budget_line", "hours", "Uren per jaar"),
    ("volunteer_role", "hours", "Hoeveel tijd"),
    ("budget_total", "group", "Alleen de groep"),
    ("budget_total", "direction", "Welke regels"),
    ("budget_total", "amounts", "Totaal per jaar"),
    ("site", "title", "Naam van de site"),
    ("page", "title", "Titel"),
    ("activity", "id", "Vaste naam (voor agenda's)"),
];

/// Labels by key name, wherever it is.
const BY_KEY: &[(&str, &str)] = &[
    ("activities", "Activiteiten"),
    ("address", "Adres"),
    ("alt", "Beschrijving van de foto (alt-tekst)"),
    ("amounts", "Bedragen per jaar"),
    ("area", "Gebied"),
    ("areas", "Gebieden"),
    ("backend", "Opslag"),
    ("base_url", "Adres van de site"),
    ("basemap", "Ondergrond van de kaart"),
    ("branch", "Branch"),
    ("cbs_code", "CBS-code"),
    ("cbs_codes", "CBS-codes"),
    ("changes", "Wijzigingen"),
    ("city", "Plaats"),
    ("closed", "Gesloten"),
    ("closures", "Sluitingen en afwijkende tijden"),
    ("contact", "Contact"),
    ("credit", "Maker of bron"),
    ("date", "Datum"),
    ("days", "Dagen"),
    ("description", "Beschrijving"),
    ("direction", "Uitgave of inkomsten"),
    ("draft", "Concept (nog niet publiceren)"),
    ("editor", "Formulier-editor"),
    ("email", "E-mailadres"),
    ("ended", "Gestopt op"),
    ("ends", "Tot en met"),
    ("facilities", "Voorzieningen"),
    ("figure", "Figuur in de bron"),
    ("file", "Bestand"),
    ("from", "Van"),
    ("geometry", "Grens (GeoJSON-bestand)"),
    ("geometry_approximate", "Grens bij benadering"),
    ("group", "Groep"),
    ("history", "Geschiedenis"),
    ("holidays", "Feestdagen"),
    ("host_volunteers", "Aantal gastvrouwen en gastheren"),
    ("hours", "Uren"),
    ("id", "Vaste naam"),
    ("in_kind", "In natura"),
    ("initiative", "Initiatief"),
    ("interval", "Om de hoeveel weken"),
    ("item", "Waarvoor"),
    ("kind", "Soort"),
    ("lat", "Breedtegraad"),
    ("language", "Taal"),
    ("languages", "Talen"),
    ("license", "Licentie van de open data"),
    ("lines", "Begrotingsregels"),
    ("location", "Plek op de kaart"),
    ("location_approximate", "Plek bij benadering"),
    ("lon", "Lengtegraad"),
    ("manager", "Heeft een beheerder"),
    ("map", "Kaart"),
    ("max_commits", "Hoogstens zoveel wijzigingen"),
    ("monthly", "Maandelijks"),
    ("municipality", "Gemeente"),
    ("name", "Naam"),
    ("note", "Opmerking"),
    ("notes", "Opmerkingen"),
    ("opened", "Geopend op"),
    ("opening_hours", "Openingstijden"),
    ("organisation", "Organisatie"),
    ("organisations", "Organisaties"),
    ("owner", "Eigenaar"),
    ("page", "Pagina in de bron"),
    ("periods", "Perioden"),
    ("phone", "Telefoonnummer"),
    ("photo", "Foto"),
    ("pillar", "Pijler"),
    ("places", "Wijken, buurten en dorpen"),
    ("plan_stage", "Fase van het gebiedsplan"),
    ("postcode", "Postcode"),
    ("postcodes", "Postcodes"),
    ("presence", "Wie is er wanneer"),
    ("publisher", "Uitgever"),
    ("rate", "Tarief per uur"),
    ("repo", "Repository"),
    ("review_after_days", "Controleren na zoveel dagen"),
    ("reviewed", "Laatst gecontroleerd op"),
    ("role", "Rol"),
    ("room", "Kamer"),
    ("rooms", "Kamers"),
    ("section", "Hoofdstuk of paragraaf"),
    ("showcase", "Uitgelicht"),
    ("skip", "Overslaan op"),
    ("source", "Bron"),
    ("source_file", "Bronbestand"),
    ("source_url", "Adres van de bron"),
    ("started", "Gestart op"),
    ("starts", "Vanaf"),
    ("status", "Status"),
    ("street", "Straat en huisnummer"),
    ("summary", "Samenvatting"),
    ("team", "Wijkteam"),
    ("text", "Tekst"),
    ("theme", "Thema"),
    ("tiles", "Achtergrondkaart"),
    ("timezone", "Tijdzone"),
    ("title", "Naam"),
    ("to", "Tot"),
    ("totals", "Totalen uit de bron"),
    ("uri", "Identificatie (TOOI)"),
    ("url", "Website"),
    ("volunteers_wanted", "Gezochte vrijwilligers"),
    ("website", "Website"),
    ("who", "Wie"),
];

/// The Dutch label of `key` in the mapping `table` (a table's `name`, like `room`).
pub fn dutch(table: &str, key: &str) -> Option<&'static str> {
    BY_TABLE
        .iter()
        .find(|(t, k, _)| *t == table && *k == key)
        .map(|(_, _, label)| *label)
        .or_else(|| BY_KEY.iter().find(|(k, _)| *k == key).map(|(_, l)| *l))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::keys::{Table, Type, FILES};

    fn every_table(table: &'static Table, out: &mut Vec<&'static Table>) {
        if out.iter().any(|t| std::ptr::eq(*t, table)) {
            return;
        }
        out.push(table);
        for key in table.keys {
            if let Type::Map(inner) | Type::List(inner) = key.ty {
                every_table(inner, out);
            }
        }
    }

    #[test]
    fn every_key_has_a_dutch_label() {
        let mut tables = Vec::new();
        for file in FILES {
            every_table(file.table, &mut tables);
        }
        let missing: Vec<String> = tables
            .iter()
            .flat_map(|t| t.keys.iter().map(move |k| (t.name, k.name)))
            .filter(|(t, k)| dutch(t, k).is_none())
            .map(|(t, k)| format!("{t}.{k}"))
            .collect();
        assert!(
            missing.is_empty(),
            "add a label in src/schema/labels.rs: {missing:?}"
        );
    }

    #[test]
    fn a_label_for_a_table_goes_before_the_key_name() {
        assert_eq!(dutch("room", "opening_hours"), Some("Openingstijden"));
        assert_eq!(dutch("organisation", "kind"), Some("Soort organisatie"));
        assert_eq!(dutch("area", "kind"), Some("Soort"));
    }
}
