//! `data/catalog.jsonld`: the datasets described the DCAT-AP-NL way, as JSON-LD with an
//! `@context`, so that a CKAN DCAT harvester and data.overheid.nl can read them: a
//! `dcat:Catalog` with every `dcat:Dataset` (Dutch title and description, publisher and
//! creator, contact point, EU data themes, modified date) and every `dcat:Distribution`
//! (licence, IANA media type, EU file type, absolute download address).
//!
//! It conforms to the SHACL shapes of DCAT-AP 3 (mandatory, recommended and range) and of
//! DCAT-AP-NL 3 (vendored in `tests/shacl/`, checked in CI). The range shapes need every
//! object to carry its class, so controlled values (languages, themes, media types, the
//! licence) are written as typed nodes instead of bare addresses: a validator then needs no
//! copy of the EU vocabularies.

use crate::model::Site;
use crate::output::OutputFile;
use crate::outputs::data::licence::Licence;
use crate::outputs::data::tables::{coordinate_text, Format, Table, TableFile};
use crate::outputs::html::views::iso;
use crate::resolve::routes::{Route, Section};
use crate::resolve::urls::Urls;
use serde_json::{json, Map, Value};
use vocabulary::*;

mod vocabulary;

pub fn render(site: &Site, urls: &Urls, tables: &[Table]) -> OutputFile {
    let mut text =
        serde_json::to_string_pretty(&catalog(site, urls, tables)).expect("JSON serialises");
    text.push('\n');
    OutputFile::new(
        format!("{}catalog.jsonld", crate::outputs::data::DATA_DIR),
        text,
    )
}

/// Where the data is: the bounding box of every area outline and every room and initiative
/// location, with its centre as the centroid (DCAT-AP recommends both); none on a site
/// without places.
fn spatial(site: &Site, page: &str) -> Option<Value> {
    let points = site
        .areas
        .iter()
        .filter_map(|a| a.outline.as_ref())
        .flat_map(|o| {
            o.polygons
                .iter()
                .flatten()
                .flatten()
                .map(|[lon, lat]| (*lon, *lat))
        })
        .chain(
            site.rooms
                .iter()
                .filter_map(|r| r.location)
                .map(|l| (l.lon, l.lat)),
        )
        .chain(
            site.initiatives
                .iter()
                .filter_map(|i| i.location)
                .map(|l| (l.lon, l.lat)),
        );
    let mut bounds: Option<(f64, f64, f64, f64)> = None;
    for (lon, lat) in points {
        let b = bounds.get_or_insert((lon, lat, lon, lat));
        *b = (b.0.min(lon), b.1.min(lat), b.2.max(lon), b.3.max(lat));
    }
    let (west, south, east, north) = bounds?;
    let [w, s, e, n, cx, cy] = [
        west,
        south,
        east,
        north,
        (west + east) / 2.0,
        (south + north) / 2.0,
    ]
    .map(coordinate_text);
    let wkt = |text: String| json!({ "@value": text, "@type": "gsp:wktLiteral" });
    Some(json!({
        "@id": format!("{page}#gebied"),
        "@type": "dct:Location",
        "dcat:bbox": wkt(format!("POLYGON(({w} {s}, {e} {s}, {e} {n}, {w} {n}, {w} {s}))")),
        "dcat:centroid": wkt(format!("POINT({cx} {cy})")),
    }))
}

/// The catalog as JSON-LD.
pub fn catalog(site: &Site, urls: &Urls, tables: &[Table]) -> Value {
    let config = &site.config;
    let language = &config.language;
    let page = urls.absolute(language, &Route::Section(Section::OpenData).path());
    let licence = licence_node(&Licence::from_spdx(&config.license));
    // The catalogue changed when its newest dataset did.
    let modified_of: Vec<String> = tables
        .iter()
        .map(|t| iso(crate::outputs::data::tables::modified_of(site, t)))
        .collect();
    let modified = date(modified_of.iter().max().cloned().unwrap_or_else(|| {
        iso(crate::outputs::dates::date(
            site,
            crate::outputs::dates::site(site),
        ))
    }));
    let dutch_language = typed(DUTCH, "dct:LinguisticSystem");
    let publisher = config.publisher.as_ref();
    let publisher_name = publisher.map_or(config.title.as_str(), |p| p.name.as_str());
    // The TOOI identifier where given (DCAT-AP-NL), else the publisher's website.
    let publisher_id = publisher
        .and_then(|p| p.uri.clone().or_else(|| p.url.clone()))
        .unwrap_or_else(|| format!("{page}#uitgever"));
    let mut agent = Map::new();
    agent.insert("@id".into(), json!(publisher_id));
    agent.insert("@type".into(), json!("foaf:Agent"));
    agent.insert("foaf:name".into(), json!(publisher_name));
    if let Some(url) = publisher.and_then(|p| p.url.as_deref()) {
        agent.insert("foaf:homepage".into(), typed(url, "foaf:Document"));
    }
    if let Some((kind, english, dutch_label)) = publisher_type(&publisher_id) {
        agent.insert(
            "dct:type".into(),
            concept(&format!("{PUBLISHER_TYPE}{kind}"), english, dutch_label),
        );
    }
    let agent = Value::Object(agent);
    let mut contact = Map::new();
    contact.insert("@id".into(), json!(format!("{page}#contact")));
    contact.insert("@type".into(), json!(["vcard:Kind", "vcard:Organization"]));
    contact.insert("vcard:fn".into(), json!(publisher_name));
    if let Some(email) = publisher.and_then(|p| p.email.as_deref()) {
        contact.insert("vcard:hasEmail".into(), id(&format!("mailto:{email}")));
    }
    if let Some(url) = publisher.and_then(|p| p.url.as_deref()) {
        contact.insert("vcard:hasURL".into(), id(url));
    }
    let contact = Value::Object(contact);
    let package_url = urls.absolute(language, "data/datapackage.json");
    let table_schema = json!({
        "@id": package_url,
        "@type": "dct:Standard",
        "dct:title": dutch("Frictionless Data Package met de kolommen, typen en sleutels van elke tabel (Table Schema)"),
    });
    let years = site.budget_years();
    let place = spatial(site, &page);

    let datasets: Vec<Value> = tables
        .iter()
        .enumerate()
        .map(|(at, table)| {
            let mut themes = vec![concept(
                &format!("{THEME}/SOCI"),
                "Population and society",
                "Bevolking en samenleving",
            )];
            if table.is_budget {
                themes.push(concept(
                    &format!("{THEME}/GOVE"),
                    "Government and public sector",
                    "Overheid en publieke sector",
                ));
            }
            let distributions: Vec<Value> = table
                .files()
                .iter()
                .map(|file| distribution(site, urls, &page, table, file, &licence, &table_schema))
                .collect();
            let identifier = format!("{page}#{}", table.name);
            let mut dataset = Map::new();
            dataset.insert("@id".into(), json!(identifier));
            dataset.insert("@type".into(), json!("dcat:Dataset"));
            dataset.insert("dct:identifier".into(), json!(identifier));
            dataset.insert("dct:title".into(), dutch(table.title));
            dataset.insert("dct:description".into(), dutch(table.description));
            dataset.insert("dcat:keyword".into(), json!(keywords(table)));
            dataset.insert("dcat:theme".into(), json!(themes));
            dataset.insert("dct:publisher".into(), agent.clone());
            dataset.insert("dct:creator".into(), agent.clone());
            dataset.insert("dcat:contactPoint".into(), contact.clone());
            dataset.insert("dct:language".into(), dutch_language.clone());
            dataset.insert(
                "dct:accessRights".into(),
                typed(PUBLIC, "dct:RightsStatement"),
            );
            dataset.insert("dct:conformsTo".into(), table_schema.clone());
            dataset.insert("dct:modified".into(), date(modified_of[at].clone()));
            if let Some(place) = &place {
                dataset.insert("dct:spatial".into(), place.clone());
            }
            // The budget covers its years; the other datasets describe the present.
            if let (true, Some(first), Some(last)) = (table.is_budget, years.first(), years.last())
            {
                dataset.insert(
                    "dct:temporal".into(),
                    json!({
                        "@type": "dct:PeriodOfTime",
                        "dcat:startDate": date(format!("{first:04}-01-01")),
                        "dcat:endDate": date(format!("{last:04}-12-31")),
                    }),
                );
            }
            dataset.insert("dcat:landingPage".into(), typed(&page, "foaf:Document"));
            dataset.insert(
                "foaf:page".into(),
                typed(&format!("{page}#dataset-{}", table.name), "foaf:Document"),
            );
            dataset.insert("dcat:distribution".into(), json!(distributions));
            Value::Object(dataset)
        })
        .collect();

    let mut catalog = json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dcatap": "http://data.europa.eu/r5r/",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "gsp": "http://www.opengis.net/ont/geosparql#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "skos": "http://www.w3.org/2004/02/skos/core#",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": urls.absolute(language, "data/catalog.jsonld"),
        "@type": "dcat:Catalog",
        "dct:title": with_translations(dutch(&config.title), &config.title_translations),
        "dct:description": with_translations(
            dutch(config.description.as_deref().unwrap_or(
                "Open data over buurt- en dorpskamers, gebieden, bewonersinitiatieven, organisaties, activiteiten en de begroting."
            )),
            &config.description_translations,
        ),
        "dct:publisher": agent,
        "dct:creator": agent,
        "dcat:contactPoint": contact,
        "dct:language": dutch_language,
        "dct:license": licence,
        "dct:modified": modified,
        "foaf:homepage": typed(&page, "foaf:Document"),
        "dcat:themeTaxonomy": {
            "@id": THEME,
            "@type": "skos:ConceptScheme",
            "dct:title": { "@value": "Data theme", "@language": "en" },
        },
        "dcat:dataset": datasets,
    });
    if let (Some(place), Some(object)) = (place, catalog.as_object_mut()) {
        object.insert("dct:spatial".into(), place);
    }
    catalog
}

/// One file of a dataset as a `dcat:Distribution`.
fn distribution(
    site: &Site,
    urls: &Urls,
    page: &str,
    table: &Table,
    file: &TableFile,
    licence: &Value,
    table_schema: &Value,
) -> Value {
    let language = &site.config.language;
    let url = urls.absolute(language, &file.path);
    let file_name = file.path.rsplit('/').next().unwrap_or(&file.path);
    // The database is one file shared by every dataset: each gets a distribution of its own.
    let node_id = match file.format {
        Format::Sqlite => format!("{page}#{}-{file_name}", table.name),
        _ => format!("{page}#{file_name}"),
    };
    let rfc = |number: u32| {
        json!({
            "@id": format!("https://www.rfc-editor.org/rfc/rfc{number}"),
            "@type": "dct:Standard",
            "dct:title": format!("RFC {number}"),
        })
    };
    let conforms_to = match file.format {
        Format::Csv => vec![rfc(4180), table_schema.clone()],
        Format::ExcelCsv => vec![table_schema.clone()],
        Format::GeoJson => vec![rfc(7946)],
        Format::ICalendar => vec![rfc(5545)],
        Format::Sqlite => vec![json!({
            "@id": "https://www.sqlite.org/fileformat.html",
            "@type": "dct:Standard",
            "dct:title": "SQLite Database File Format",
        })],
    };
    let mut node = Map::new();
    node.insert("@id".into(), json!(node_id));
    node.insert("@type".into(), json!("dcat:Distribution"));
    node.insert("dct:title".into(), dutch(file_name));
    node.insert(
        "dct:description".into(),
        dutch(&distribution_description(table, file)),
    );
    node.insert("dcat:accessURL".into(), id(&url));
    node.insert("dcat:downloadURL".into(), id(&url));
    node.insert(
        "dcat:mediaType".into(),
        typed(
            &format!("{MEDIA_TYPE}{}", file.format.media_type()),
            "dct:MediaType",
        ),
    );
    if let Some(code) = file.format.eu_file_type() {
        node.insert(
            "dct:format".into(),
            typed(&format!("{FILE_TYPE}{code}"), "dct:MediaTypeOrExtent"),
        );
    }
    node.insert("dct:license".into(), licence.clone());
    node.insert("dct:conformsTo".into(), Value::Array(conforms_to));
    node.insert(
        "dcatap:availability".into(),
        concept(STABLE, "stable", "stabiel"),
    );
    node.insert("dct:language".into(), typed(DUTCH, "dct:LinguisticSystem"));
    node.insert(
        "dct:modified".into(),
        date(iso(crate::outputs::data::tables::modified_of(site, table))),
    );
    Value::Object(node)
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

fn distribution_description(table: &Table, file: &TableFile) -> String {
    let title = table.title;
    match (file.format, file.year) {
        (Format::Csv, Some(year)) => format!(
            "{title}, alleen {year}, als CSV: dezelfde kolommen als {}.csv.",
            table.name
        ),
        (Format::Csv, None) => format!(
            "{title} als CSV: UTF-8 zonder BOM, komma's, CRLF, een kopregel, bedragen met een punt."
        ),
        (Format::ExcelCsv, Some(year)) => format!(
            "{title}, alleen {year}, als CSV voor Nederlandse spreadsheets: UTF-8 met BOM, puntkomma's, decimale komma."
        ),
        (Format::ExcelCsv, None) => format!(
            "{title} als CSV voor Nederlandse spreadsheets: UTF-8 met BOM, puntkomma's, decimale komma."
        ),
        (Format::GeoJson, _) => format!(
            "{title} als GeoJSON (RFC 7946, WGS84, lengtegraad eerst); de eigenschappen zijn de kolommen van de CSV."
        ),
        (Format::ICalendar, _) => {
            "De activiteiten van alle open en geplande kamers als agenda (iCalendar, RFC 5545).".to_string()
        }
        (Format::Sqlite, _) => format!(
            "{title} als tabel {} in de SQLite-database met alle gegevens, met primaire en verwijzende sleutels; de kolommen staan beschreven in de tabel _columns en in metadata.json (Datasette).",
            table.name
        ),
    }
}
