//! `data/catalog.jsonld`: the datasets described the DCAT-AP-NL way, as JSON-LD with an
//! `@context`, so that a CKAN DCAT harvester can read them: a `dcat:Catalog` with every
//! `dcat:Dataset` (Dutch title and description, publisher, contact point, EU data themes,
//! modified date) and every `dcat:Distribution` (licence, IANA media type, EU file type,
//! absolute download address).

use super::datapackage::license;
use super::tables::{Format, Table};
use crate::model::Site;
use crate::output::OutputFile;
use crate::render::urls::Urls;
use crate::render::views::iso;
use serde_json::{json, Map, Value};

const THEME: &str = "http://publications.europa.eu/resource/authority/data-theme/";
const FILE_TYPE: &str = "http://publications.europa.eu/resource/authority/file-type/";
const MEDIA_TYPE: &str = "https://www.iana.org/assignments/media-types/";
const DUTCH: &str = "http://publications.europa.eu/resource/authority/language/NLD";
const PUBLIC: &str = "http://publications.europa.eu/resource/authority/access-right/PUBLIC";

pub fn render(site: &Site, urls: &Urls, tables: &[Table]) -> OutputFile {
    let mut text =
        serde_json::to_string_pretty(&catalog(site, urls, tables)).expect("JSON serialises");
    text.push('\n');
    OutputFile::new(format!("{}catalog.jsonld", super::DATA_DIR), text)
}

fn dutch(text: &str) -> Value {
    json!({ "@value": text, "@language": "nl" })
}

fn id(uri: &str) -> Value {
    json!({ "@id": uri })
}

/// The catalog as JSON-LD.
pub fn catalog(site: &Site, urls: &Urls, tables: &[Table]) -> Value {
    let config = &site.config;
    let language = &config.language;
    let page = urls.absolute(language, "open-data/");
    let (license_url, _) = license(&config.license);
    let modified = json!({ "@value": iso(site.build_date), "@type": "xsd:date" });
    let publisher_name = config
        .publisher
        .as_ref()
        .map_or(config.title.as_str(), |p| p.name.as_str());
    let publisher_id = config
        .publisher
        .as_ref()
        .and_then(|p| p.url.clone())
        .unwrap_or_else(|| format!("{page}#uitgever"));
    let mut publisher = Map::new();
    publisher.insert("@id".into(), json!(publisher_id));
    publisher.insert("@type".into(), json!("foaf:Agent"));
    publisher.insert("foaf:name".into(), json!(publisher_name));
    if let Some(url) = config.publisher.as_ref().and_then(|p| p.url.as_deref()) {
        publisher.insert("foaf:homepage".into(), id(url));
    }
    let publisher = Value::Object(publisher);
    let mut contact = Map::new();
    contact.insert("@id".into(), json!(format!("{page}#contact")));
    contact.insert("@type".into(), json!(["vcard:Kind", "vcard:Organization"]));
    contact.insert("vcard:fn".into(), json!(publisher_name));
    if let Some(email) = config.publisher.as_ref().and_then(|p| p.email.as_deref()) {
        contact.insert("vcard:hasEmail".into(), id(&format!("mailto:{email}")));
    }
    if let Some(url) = config.publisher.as_ref().and_then(|p| p.url.as_deref()) {
        contact.insert("vcard:hasURL".into(), id(url));
    }
    let contact = Value::Object(contact);

    let datasets: Vec<Value> = tables
        .iter()
        .map(|table| {
            let mut themes = vec![id(&format!("{THEME}SOCI"))];
            if table.is_budget {
                themes.push(id(&format!("{THEME}GOVE")));
            }
            let distributions: Vec<Value> = table
                .files()
                .iter()
                .map(|file| {
                    let url = urls.absolute(language, &file.path);
                    let file_name = file.path.rsplit('/').next().unwrap_or(&file.path);
                    json!({
                        "@id": format!("{page}#{file_name}"),
                        "@type": "dcat:Distribution",
                        "dct:title": dutch(file_name),
                        "dct:description": dutch(&distribution_description(table, file.format)),
                        "dcat:accessURL": id(&url),
                        "dcat:downloadURL": id(&url),
                        "dcat:mediaType": id(&format!("{MEDIA_TYPE}{}", file.format.media_type())),
                        "dct:format": id(&format!("{FILE_TYPE}{}", file.format.eu_file_type())),
                        "dct:license": id(&license_url),
                        "dct:language": id(DUTCH),
                        "dct:modified": modified,
                    })
                })
                .collect();
            let identifier = format!("{page}#{}", table.name);
            json!({
                "@id": identifier,
                "@type": "dcat:Dataset",
                "dct:identifier": identifier,
                "dct:title": dutch(table.title),
                "dct:description": dutch(table.description),
                "dcat:keyword": keywords(table),
                "dcat:theme": themes,
                "dct:publisher": publisher,
                "dcat:contactPoint": contact,
                "dct:language": id(DUTCH),
                "dct:accessRights": id(PUBLIC),
                "dct:license": id(&license_url),
                "dct:modified": modified,
                "dcat:landingPage": id(&page),
                "dcat:distribution": distributions,
            })
        })
        .collect();

    json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": urls.absolute(language, "data/catalog.jsonld"),
        "@type": "dcat:Catalog",
        "dct:title": dutch(&config.title),
        "dct:description": dutch(config.description.as_deref().unwrap_or(
            "Open data over buurt- en dorpskamers, gebieden, bewonersinitiatieven, organisaties, activiteiten en de begroting."
        )),
        "dct:publisher": publisher,
        "dcat:contactPoint": contact,
        "dct:language": id(DUTCH),
        "dct:license": id(&license_url),
        "dct:modified": modified,
        "foaf:homepage": id(&page),
        "dcat:dataset": datasets,
    })
}

fn keywords(table: &Table) -> Vec<Value> {
    let words: &[&str] = match table.name {
        "rooms" => &["buurtkamers", "dorpskamers", "ontmoeting"],
        "areas" => &["gebieden", "wijken", "dorpen"],
        "initiatives" => &["bewonersinitiatieven", "mienskip"],
        "organisations" => &["organisaties", "welzijn"],
        "activities" => &["activiteiten", "agenda"],
        "budget" => &["begroting", "sociale basis", "financiën"],
        _ => &[],
    };
    words.iter().map(|w| dutch(w)).collect()
}

fn distribution_description(table: &Table, format: Format) -> String {
    let title = table.title;
    match format {
        Format::Csv => format!(
            "{title} als CSV: UTF-8 zonder BOM, komma's, CRLF, een kopregel, bedragen met een punt."
        ),
        Format::ExcelCsv => format!(
            "{title} als CSV voor Nederlandse spreadsheets: UTF-8 met BOM, puntkomma's, decimale komma."
        ),
        Format::GeoJson => format!(
            "{title} als GeoJSON (RFC 7946, WGS84, lengtegraad eerst); de eigenschappen zijn de kolommen van de CSV."
        ),
        Format::ICalendar => {
            "De activiteiten van alle open en geplande kamers als agenda (iCalendar, RFC 5545).".to_string()
        }
    }
}
