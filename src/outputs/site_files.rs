//! The site-wide files every site has: sitemap, robots.txt and security.txt (and the
//! map's basemap where there is one).

use crate::model::Site;
use crate::output::OutputFile;
use crate::outputs::dates;
use crate::resolve::routes::{Route, Section};
use crate::resolve::urls::Urls;
pub use crate::text::escape::xml as xml_escape;

/// Every page address in every language, for the sitemap: every page but the not-found
/// page, the postcode lookup's pages included, sorted.
pub fn page_paths(site: &Site) -> Vec<String> {
    dated_page_paths(site).into_iter().map(|(p, _)| p).collect()
}

/// [`page_paths`], each with the date its page last changed (its `lastmod`).
fn dated_page_paths(site: &Site) -> Vec<(String, jiff::civil::Date)> {
    use crate::outputs::html::pages::{all, modified, path, Page};
    let mut paths: Vec<(String, jiff::civil::Date)> = all(site)
        .into_iter()
        .filter(|page| *page != Page::NotFound)
        .map(|page| (path(site, page), dates::date(site, modified(site, page))))
        .collect();
    paths.extend(
        crate::outputs::postcodes::pages(site)
            .into_iter()
            .map(|page| crate::outputs::postcodes::path_and_modified(site, page))
            .map(|(path, modified)| (path, dates::date(site, modified))),
    );
    paths.sort();
    paths
}

/// The files [`render`] always makes, by name.
const FILES: [&str; 4] = [
    "feed.xml",
    "sitemap.xml",
    "robots.txt",
    ".well-known/security.txt",
];

/// The path of every file [`render`] makes, without making them.
pub fn paths(site: &Site) -> Vec<String> {
    let mut paths: Vec<String> = FILES.map(String::from).to_vec();
    if site.config.basemap.is_some() {
        paths.push(crate::outputs::html::map::ground::file_path());
    }
    paths
}

pub fn render(site: &Site, urls: &Urls) -> Vec<OutputFile> {
    let mut sitemap = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for (path, lastmod) in dated_page_paths(site) {
        for language in &site.config.languages {
            sitemap.push_str(&format!(
                "  <url>\n    <loc>{}</loc>\n    <lastmod>{}</lastmod>\n",
                xml_escape(&urls.absolute(language, &path)),
                crate::text::dates::iso(lastmod)
            ));
            for alternate in &site.config.languages {
                sitemap.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{alternate}\" href=\"{}\"/>\n",
                    xml_escape(&urls.absolute(alternate, &path))
                ));
            }
            sitemap.push_str("  </url>\n");
        }
    }
    sitemap.push_str("</urlset>\n");
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        site.config.base_url
    );
    // One value per line is the whole format: a value with a line break in it would add
    // fields of its own, so such a value is passed over (loading reports it).
    let one_line = |value: &&String| !value.chars().any(|c| c.is_whitespace() || c.is_control());
    let contact = site
        .config
        .publisher
        .as_ref()
        .and_then(|p| {
            p.email
                .as_ref()
                .filter(one_line)
                .map(|e| format!("mailto:{e}"))
                .or_else(|| p.url.as_ref().filter(one_line).cloned())
        })
        .unwrap_or_else(|| site.config.base_url.clone());
    let expires = site
        .build_time
        .checked_add(jiff::SignedDuration::from_hours(24 * 365))
        .unwrap_or(site.build_time);
    let security = format!(
        "Contact: {contact}\nExpires: {}\nPreferred-Languages: {}\nCanonical: {}.well-known/security.txt\n",
        expires.strftime("%Y-%m-%dT%H:%M:%SZ"),
        site.config.languages.join(", "),
        site.config.base_url
    );
    let [feed_file, sitemap_file, robots_file, security_file] = FILES;
    let mut files = vec![
        OutputFile::new(feed_file, feed(site, urls)),
        OutputFile::new(sitemap_file, sitemap),
        OutputFile::new(robots_file, robots),
        OutputFile::new(security_file, security),
    ];
    // The basemap, for the interactive map (the drawn maps carry it in their SVG).
    if let Some(basemap) = &site.config.basemap {
        files.push(crate::outputs::html::map::ground::file(basemap));
    }
    files
}

/// An Atom feed of the initiatives, newest first by the last commit that changed each
/// (not the build: a rebuild of the same content gives the same feed).
fn feed(site: &Site, urls: &Urls) -> String {
    let language = &site.config.language;
    let updated_of = |i: &crate::model::Initiative| dates::initiative(site, i);
    let mut initiatives: Vec<_> = site.initiatives.iter().collect();
    initiatives.sort_by(|a, b| updated_of(b).cmp(&updated_of(a)).then(a.id.cmp(&b.id)));
    let stamp = dates::utc;
    let newest = initiatives
        .first()
        .map(|i| updated_of(i))
        .unwrap_or_else(|| dates::site(site));
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{language}\">\n  <title>{}</title>\n  <id>{}</id>\n  <link rel=\"self\" href=\"{}feed.xml\"/>\n  <link rel=\"alternate\" href=\"{}\"/>\n  <updated>{}</updated>\n  <author><name>{}</name></author>\n",
        xml_escape(&site.config.title),
        xml_escape(&urls.absolute(language, &Route::Section(Section::Initiatives).path())),
        xml_escape(&site.config.base_url),
        xml_escape(&urls.absolute(language, &Route::Section(Section::Initiatives).path())),
        stamp(newest),
        xml_escape(site.config.publisher.as_ref().map(|p| p.name.as_str()).unwrap_or(&site.config.title)),
    );
    for i in initiatives {
        let url = urls.absolute(language, &Route::Initiative(&i.id).path());
        xml.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <id>{}</id>\n    <link href=\"{}\"/>\n    <updated>{}</updated>\n",
            xml_escape(&i.title),
            xml_escape(&url),
            xml_escape(&url),
            stamp(updated_of(i)),
        ));
        if let Some(summary) = &i.text.summary {
            xml.push_str(&format!("    <summary>{}</summary>\n", xml_escape(summary)));
        }
        xml.push_str("  </entry>\n");
    }
    xml.push_str("</feed>\n");
    xml
}
