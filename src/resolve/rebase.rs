//! Links editors write into texts as addresses on the site, like `/begroting/`, mean "this
//! site's /begroting/" (the editors' guide writes them so, and the link check reads them
//! so: `site_links::address`). On a site whose address has a path (`base_url:
//! https://gemeente.github.io/kamers/`, or a pull request's preview under
//! `build --base-url .../pr-voorbeeld/pr-7/`) such a link would lead to the host's root,
//! outside the site: here it gets the site's base path in front, in the texts' HTML that
//! the outputs publish (the pages, the JSON twins' `description_html`; the search index
//! keeps only the words, the feeds no texts). Every other address is made from the route
//! table with the base path already. A site at the root of its host is left as it is, byte
//! for byte.

use crate::model::{Body, ItemText, Site};
use crate::resolve::urls::Urls;
use std::sync::Arc;

/// Puts the site's base path (like `/kamers/`) in front of every link and picture in every
/// text that starts with a single `/`.
pub fn rebase_texts(site: &mut Site) {
    let base = Urls::new(&site.config.base_url, &site.config.language).base_path;
    if base == "/" {
        return;
    }
    let rebase = |text: &mut ItemText| {
        rebase_body(&mut text.body, &base);
        for translation in text.translations.values_mut() {
            if let Some(body) = &mut translation.body {
                rebase_body(body, &base);
            }
        }
    };
    site.rooms
        .iter_mut()
        .for_each(|x| rebase(&mut Arc::make_mut(x).text));
    site.areas.iter_mut().for_each(|x| rebase(&mut x.text));
    site.initiatives
        .iter_mut()
        .for_each(|x| rebase(&mut Arc::make_mut(x).text));
    site.organisations
        .iter_mut()
        .for_each(|x| rebase(&mut Arc::make_mut(x).text));
    site.pages.iter_mut().for_each(|x| rebase(&mut x.text));
}

fn rebase_body(body: &mut Body, base: &str) {
    body.html = rebase_html(&body.html, base);
}

/// `html` (the sanitiser's output, whose attributes are always in double quotes) with
/// every `href="/…"` and `src="/…"` inside a tag starting with `base` (which ends in `/`)
/// instead of `/`. An address of another host (`//host/…`), a full one (`https://…`) and a
/// relative one (`../noord/`, which follows the page's own address) stay; so does text.
fn rebase_html(html: &str, base: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let mut in_tag = false;
    let mut in_quotes = false;
    let mut i = 0;
    while i < html.len() {
        let rest = &html[i..];
        if in_tag && !in_quotes {
            let attribute = [" href=\"", " src=\""]
                .into_iter()
                .find(|a| rest.starts_with(a));
            if let Some(attribute) = attribute {
                out.push_str(attribute);
                i += attribute.len();
                in_quotes = true;
                let value = &html[i..];
                if value.starts_with('/') && !value.starts_with("//") {
                    out.push_str(base);
                    i += 1;
                }
                continue;
            }
        }
        let c = rest.chars().next().expect("not at the end");
        match c {
            '<' if !in_tag => in_tag = true,
            '>' if in_tag && !in_quotes => in_tag = false,
            '"' if in_tag => in_quotes = !in_quotes,
            _ => {}
        }
        out.push(c);
        i += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::rebase_html;

    #[test]
    fn links_on_the_site_move_and_others_stay() {
        let html = r#"<p><a href="/begroting/" rel="x">b</a> <a href="https://example.nl/">e</a> <a href="//cdn.example.nl/x">c</a> <img src="/photos/a.jpg" alt=""> <a href="../noord/">n</a> href="/tekst/"</p>"#;
        assert_eq!(
            rebase_html(html, "/repo/pr-7/"),
            r#"<p><a href="/repo/pr-7/begroting/" rel="x">b</a> <a href="https://example.nl/">e</a> <a href="//cdn.example.nl/x">c</a> <img src="/repo/pr-7/photos/a.jpg" alt=""> <a href="../noord/">n</a> href="/tekst/"</p>"#
        );
    }

    #[test]
    fn every_link_from_the_root_is_one_on_the_site_even_one_that_starts_like_its_path() {
        // On a site at /kamers/, `/kamers/bilgaard/` is the room page, not the host's.
        let html = r#"<a href="/kamers/bilgaard/">b</a><a href="/">h</a><a href="/#top">t</a>"#;
        assert_eq!(
            rebase_html(html, "/kamers/"),
            r#"<a href="/kamers/kamers/bilgaard/">b</a><a href="/kamers/">h</a><a href="/kamers/#top">t</a>"#
        );
    }
}
