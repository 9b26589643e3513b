//! The words the catalogue is written in: the EU and IANA vocabularies' addresses, typed
//! nodes as the SHACL range shapes want them, and the licence and publisher-type nodes.

use crate::outputs::data::licence::Licence;
use serde_json::{json, Map, Value};

pub(super) const THEME: &str = "http://publications.europa.eu/resource/authority/data-theme";
pub(super) const FILE_TYPE: &str = "http://publications.europa.eu/resource/authority/file-type/";
pub(super) const MEDIA_TYPE: &str = "https://www.iana.org/assignments/media-types/";
pub(super) const DUTCH: &str = "http://publications.europa.eu/resource/authority/language/NLD";
pub(super) const PUBLIC: &str =
    "http://publications.europa.eu/resource/authority/access-right/PUBLIC";
/// The files stay at their address as long as the dataset exists (SITE.md: stable URLs).
pub(super) const STABLE: &str =
    "http://publications.europa.eu/resource/authority/planned-availability/STABLE";
pub(super) const PUBLISHER_TYPE: &str = "http://purl.org/adms/publishertype/";

pub(super) fn dutch(text: &str) -> Value {
    json!({ "@value": text, "@language": "nl" })
}

pub(super) fn id(uri: &str) -> Value {
    json!({ "@id": uri })
}

/// A node with its class, as the range shapes want it.
pub(super) fn typed(uri: &str, class: &str) -> Value {
    json!({ "@id": uri, "@type": class })
}

/// A concept of an EU or ADMS vocabulary, typed and labelled as the shapes want it (the
/// labels are the vocabulary's own English ones, with a Dutch one beside them).
pub(super) fn concept(uri: &str, english: &str, dutch_label: &str) -> Value {
    json!({
        "@id": uri,
        "@type": "skos:Concept",
        "skos:prefLabel": [
            { "@value": english, "@language": "en" },
            { "@value": dutch_label, "@language": "nl" },
        ],
    })
}

pub(super) fn date(value: String) -> Value {
    json!({ "@value": value, "@type": "xsd:date" })
}

/// The `dct:license` node: the DCAT-AP-NL value, typed, with the title CKAN knows it by and
/// the other addresses it goes by.
pub(super) fn licence_node(licence: &Licence) -> Value {
    let mut node = Map::new();
    node.insert("@id".into(), json!(licence.dcat_uri));
    node.insert("@type".into(), json!("dct:LicenseDocument"));
    // CKAN's DCAT harvester takes the licence's dct:title when it does not know the address.
    let title = licence
        .ckan
        .map_or(licence.title.as_str(), |(title, _)| title);
    node.insert("dct:title".into(), json!(title));
    node.insert("dct:identifier".into(), json!(licence.spdx));
    let kinds: Vec<Value> = licence_types(&licence.spdx)
        .iter()
        .map(|(kind, english, dutch_label)| {
            concept(
                &format!("http://purl.org/adms/licencetype/{kind}"),
                english,
                dutch_label,
            )
        })
        .collect();
    if !kinds.is_empty() {
        node.insert("dct:type".into(), Value::Array(kinds));
    }
    let mut same: Vec<&str> = Vec::new();
    if licence.url != licence.dcat_uri {
        same.push(&licence.url);
    }
    if let Some((_, ckan_url)) = licence.ckan {
        same.push(ckan_url);
    }
    if !same.is_empty() {
        node.insert(
            "rdfs:seeAlso".into(),
            Value::Array(same.into_iter().map(id).collect()),
        );
    }
    Value::Object(node)
}

/// The ADMS licence types of a licence this site knows.
pub(super) fn licence_types(spdx: &str) -> &'static [(&'static str, &'static str, &'static str)] {
    const PUBLIC_DOMAIN: (&str, &str, &str) = ("PublicDomain", "Public domain", "Publiek domein");
    const ATTRIBUTION: (&str, &str, &str) = ("Attribution", "Attribution", "Naamsvermelding");
    const SHARE_ALIKE: (&str, &str, &str) = ("ShareAlike", "Share-alike", "Gelijk delen");
    match spdx {
        "CC0-1.0" | "PDDL-1.0" => &[PUBLIC_DOMAIN],
        "CC-BY-4.0" | "ODC-By-1.0" => &[ATTRIBUTION],
        "CC-BY-SA-4.0" | "ODbL-1.0" => &[ATTRIBUTION, SHARE_ALIKE],
        _ => &[],
    }
}

/// The ADMS publisher type of a TOOI organisation identifier, where it has one.
pub(super) fn publisher_type(uri: &str) -> Option<(&'static str, &'static str, &'static str)> {
    let kind = uri
        .strip_prefix("https://identifier.overheid.nl/tooi/id/")?
        .split('/')
        .next()?;
    match kind {
        "gemeente" | "waterschap" => Some(("LocalAuthority", "Local Authority", "Lokale overheid")),
        "provincie" => Some((
            "RegionalAuthority",
            "Regional Authority",
            "Regionale overheid",
        )),
        "ministerie" => Some((
            "NationalAuthority",
            "National authority",
            "Nationale overheid",
        )),
        _ => None,
    }
}

/// A Dutch text and, when `site.yaml` gives them, its translations: DCAT-AP lets a title
/// and a description be repeated once per language.
pub(super) fn with_translations(
    dutch: Value,
    translations: &std::collections::BTreeMap<String, String>,
) -> Value {
    if translations.is_empty() {
        return dutch;
    }
    let mut all = vec![dutch];
    all.extend(
        translations
            .iter()
            .map(|(code, text)| json!({ "@value": text, "@language": code })),
    );
    Value::Array(all)
}
