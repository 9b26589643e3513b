//! The open-data licence, by its SPDX id from `site.yaml`, in the forms each reader knows.
//!
//! No single address is recognised everywhere, so the catalogue names one and describes it:
//! DCAT-AP-NL 3 asks for a value from Geonovum's licence list (data.overheid.nl harvests
//! DCAT-AP-NL), the Frictionless Data Package and the `/open-data/` page link the licence's
//! own page, and CKAN's DCAT harvester matches a licence against its default list by address
//! and, failing that, by title, so the licence node carries CKAN's title for it.

/// A licence and its names and addresses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Licence {
    /// The SPDX id as `site.yaml` gives it, like `CC0-1.0`.
    pub spdx: String,
    /// The licence's own page, like `https://creativecommons.org/publicdomain/zero/1.0/`.
    pub url: String,
    /// Its full English name, like `Creative Commons Zero v1.0 Universal`.
    pub title: String,
    /// The value for `dct:license` in DCAT: Geonovum's DCAT-AP-NL licence list where it has
    /// one (Creative Commons licences), else [`Licence::url`].
    pub dcat_uri: String,
    /// The title of the same licence in CKAN's default licence list (`ckan/model/license.py`)
    /// and its address there, for licences that list has.
    pub ckan: Option<(&'static str, &'static str)>,
}

const GEONOVUM: &str = "https://definities.geostandaarden.nl/dcat-ap-nl/id/waardelijst/licenties/";

/// `(SPDX id, own page, title, Geonovum list code, CKAN title, CKAN address)`.
type Known = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<(&'static str, &'static str)>,
);

const KNOWN: &[Known] = &[
    (
        "CC0-1.0",
        "https://creativecommons.org/publicdomain/zero/1.0/",
        "Creative Commons Zero v1.0 Universal",
        Some("cc0"),
        Some((
            "Creative Commons CCZero",
            "http://www.opendefinition.org/licenses/cc-zero",
        )),
    ),
    (
        "CC-BY-4.0",
        "https://creativecommons.org/licenses/by/4.0/",
        "Creative Commons Attribution 4.0 International",
        Some("naamsvermelding40"),
        Some((
            "Creative Commons Attribution",
            "http://www.opendefinition.org/licenses/cc-by",
        )),
    ),
    (
        "CC-BY-SA-4.0",
        "https://creativecommons.org/licenses/by-sa/4.0/",
        "Creative Commons Attribution Share Alike 4.0 International",
        Some("naamsvermelding_gelijkdelen40"),
        Some((
            "Creative Commons Attribution Share-Alike",
            "http://www.opendefinition.org/licenses/cc-by-sa",
        )),
    ),
    (
        "PDDL-1.0",
        "https://opendatacommons.org/licenses/pddl/1-0/",
        "Open Data Commons Public Domain Dedication & License 1.0",
        None,
        Some((
            "Open Data Commons Public Domain Dedication and License (PDDL)",
            "http://www.opendefinition.org/licenses/odc-pddl",
        )),
    ),
    (
        "ODC-By-1.0",
        "https://opendatacommons.org/licenses/by/1-0/",
        "Open Data Commons Attribution License v1.0",
        None,
        Some((
            "Open Data Commons Attribution License",
            "http://www.opendefinition.org/licenses/odc-by",
        )),
    ),
    (
        "ODbL-1.0",
        "https://opendatacommons.org/licenses/odbl/1-0/",
        "Open Data Commons Open Database License v1.0",
        None,
        Some((
            "Open Data Commons Open Database License (ODbL)",
            "http://www.opendefinition.org/licenses/odc-odbl",
        )),
    ),
];

impl Licence {
    /// The licence of an SPDX id; an id this list does not know points at its SPDX page.
    pub fn from_spdx(spdx: &str) -> Licence {
        match KNOWN.iter().find(|k| k.0.eq_ignore_ascii_case(spdx)) {
            Some(&(id, url, title, geonovum, ckan)) => Licence {
                spdx: id.to_string(),
                url: url.to_string(),
                title: title.to_string(),
                dcat_uri: geonovum
                    .map_or_else(|| url.to_string(), |code| format!("{GEONOVUM}{code}")),
                ckan,
            },
            None => {
                let url = format!("https://spdx.org/licenses/{spdx}.html");
                Licence {
                    spdx: spdx.to_string(),
                    dcat_uri: url.clone(),
                    url,
                    title: spdx.to_string(),
                    ckan: None,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cc0_has_the_geonovum_value_and_ckan_title() {
        let cc0 = Licence::from_spdx("cc0-1.0");
        assert_eq!(cc0.spdx, "CC0-1.0");
        assert_eq!(
            cc0.dcat_uri,
            "https://definities.geostandaarden.nl/dcat-ap-nl/id/waardelijst/licenties/cc0"
        );
        assert_eq!(cc0.ckan.unwrap().0, "Creative Commons CCZero");
        let odbl = Licence::from_spdx("ODbL-1.0");
        assert_eq!(odbl.dcat_uri, odbl.url);
        let other = Licence::from_spdx("MIT");
        assert_eq!(other.url, "https://spdx.org/licenses/MIT.html");
        assert!(other.ckan.is_none());
    }
}
