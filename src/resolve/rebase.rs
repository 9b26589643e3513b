//! A build at another address (`build --base-url`, a pull request's preview under a
//! sub-path): the links editors wrote into texts as addresses on the site, like
//! `/begroting/` on a site at `https://kamers.example.nl/`, are moved along, so that the
//! preview's links stay inside the preview. Every other address is made from the route
//! table with the new base path already.

use crate::model::{Body, Site, Translations};
use std::sync::Arc;

/// Moves the site-absolute links and pictures in every text from `old` (site.yaml's base
/// path, like `/` or `/kamers/`) to `new` (the build's, like `/kamers/pr-voorbeeld/pr-7/`).
pub fn rebase_texts(site: &mut Site, old: &str, new: &str) {
    if old == new {
        return;
    }
    let texts = |body: &mut Body, translations: &mut Translations| {
        rebase_body(body, old, new);
        for translation in translations.values_mut() {
            if let Some(body) = &mut translation.body {
                rebase_body(body, old, new);
            }
        }
    };
    for room in &mut site.rooms {
        let room = Arc::make_mut(room);
        texts(&mut room.body, &mut room.translations);
    }
    for area in &mut site.areas {
        texts(&mut area.body, &mut area.translations);
    }
    for initiative in &mut site.initiatives {
        let initiative = Arc::make_mut(initiative);
        texts(&mut initiative.body, &mut initiative.translations);
    }
    for organisation in &mut site.organisations {
        let organisation = Arc::make_mut(organisation);
        texts(&mut organisation.body, &mut organisation.translations);
    }
    for page in &mut site.pages {
        texts(&mut page.body, &mut page.translations);
    }
}

fn rebase_body(body: &mut Body, old: &str, new: &str) {
    body.html = rebase_html(&body.html, old, new);
}

/// `html` (the sanitiser's output, whose attributes are always in double quotes) with
/// every `href="<old>…"` and `src="<old>…"` inside a tag starting with `new` instead. An
/// address of another host (`//host/…`) is not on the site and stays; so does text.
fn rebase_html(html: &str, old: &str, new: &str) -> String {
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
                if !value.starts_with("//") && value.starts_with(old) {
                    out.push_str(new);
                    i += old.len();
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
            rebase_html(html, "/", "/repo/pr-7/"),
            r#"<p><a href="/repo/pr-7/begroting/" rel="x">b</a> <a href="https://example.nl/">e</a> <a href="//cdn.example.nl/x">c</a> <img src="/repo/pr-7/photos/a.jpg" alt=""> <a href="../noord/">n</a> href="/tekst/"</p>"#
        );
    }

    #[test]
    fn a_site_under_a_path_moves_only_links_under_it() {
        let html = r#"<a href="/kamers/begroting/">b</a><a href="/elders/">e</a>"#;
        assert_eq!(
            rebase_html(html, "/kamers/", "/kamers/pr/7/"),
            r#"<a href="/kamers/pr/7/begroting/">b</a><a href="/elders/">e</a>"#
        );
    }
}
