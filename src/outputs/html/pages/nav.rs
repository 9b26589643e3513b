//! The site's navigation (the main menu and the footer's menu), rendered once for each
//! place a page can have in it instead of once per page: the menus mark the current
//! section, and nothing else in them changes from page to page of a language.

use super::Pages;
use crate::diagnostics::Diagnostic;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// The menus' HTML for each place in the navigation, filled as pages ask for them.
#[derive(Default)]
pub(super) struct Menus(Mutex<HashMap<(String, bool), Arc<Menu>>>);

/// The main menu and the footer's menu of one place in the navigation.
pub(super) struct Menu {
    pub header: String,
    pub footer: String,
}

/// The place of the page at `path` in the navigation: its section (the first folder of its
/// path, like `kamers/`; `""` for the home page) and whether it is that section's own page.
/// A menu item marks the section of `section` as current, as its page when `at_top`.
fn place(path: &str) -> (&str, bool) {
    let section = path.find('/').map_or(path, |end| &path[..=end]);
    (section, section == path)
}

impl Pages<'_> {
    /// The menus of the page at `path`, rendered by the theme's `fragments/header_nav.html`
    /// and `fragments/footer_nav.html` the first time a page of its place asks for them.
    /// They are inserted as they are (`| safe`): the fragments are the theme's own
    /// templates, which escape every value as the page would.
    pub(super) fn menu(&self, path: &str) -> Result<Arc<Menu>, Diagnostic> {
        let (section, at_top) = place(path);
        let key = (section.to_string(), at_top);
        if let Some(menu) = self.menus.0.lock().expect("no panic holds it").get(&key) {
            return Ok(Arc::clone(menu));
        }
        let mut context = self.common.clone();
        context.insert("section", section);
        context.insert("at_top", &at_top);
        let render = |template: &str| {
            self.tera.render(template, &context).map_err(|e| {
                let file = self.viewer.urls.file(self.viewer.language, path);
                self.failed(template, &file, &e)
            })
        };
        let menu = Arc::new(Menu {
            header: render("fragments/header_nav.html")?,
            footer: render("fragments/footer_nav.html")?,
        });
        let mut menus = self.menus.0.lock().expect("no panic holds it");
        Ok(Arc::clone(menus.entry(key).or_insert(menu)))
    }
}

#[cfg(test)]
mod tests {
    use super::place;

    #[test]
    fn a_page_is_placed_by_its_first_folder() {
        assert_eq!(place(""), ("", true));
        assert_eq!(place("kamers/"), ("kamers/", true));
        assert_eq!(place("kamers/bilgaard/"), ("kamers/", false));
        assert_eq!(place("agenda/gebied/noord/"), ("agenda/", false));
        assert_eq!(place("404.html"), ("404.html", true));
    }
}
