//! Addresses of pages: the path part of `base_url`, a language prefix for extra languages,
//! and the page's own path.

/// Works out page addresses for a site.
#[derive(Debug, Clone)]
pub struct Urls {
    /// The path of `base_url`, always starting and ending with `/`.
    pub base_path: String,
    /// `base_url` without its trailing path part, like `https://kamers.example.nl`.
    pub origin: String,
    pub default_language: String,
    /// Where the open data lives when it is not `data/`: a version's folder
    /// (`data/versies/<tag>/`), so that a version's package, catalogue and database name
    /// their own files, which a citation can rely on, and not today's.
    pub data_folder: Option<String>,
}

impl Urls {
    pub fn new(base_url: &str, default_language: &str) -> Urls {
        let after_scheme = base_url.find("://").map(|i| i + 3).unwrap_or(0);
        let path_start = base_url[after_scheme..]
            .find('/')
            .map(|i| i + after_scheme)
            .unwrap_or(base_url.len());
        let mut base_path = base_url[path_start..].to_string();
        if !base_path.ends_with('/') {
            base_path.push('/');
        }
        Urls {
            base_path,
            origin: base_url[..path_start].to_string(),
            default_language: default_language.to_string(),
            data_folder: None,
        }
    }

    /// The same addresses, with the open data's `data/` files in `folder` instead.
    pub fn with_data_folder(mut self, folder: &str) -> Urls {
        self.data_folder = Some(folder.to_string());
        self
    }

    /// The prefix of a language's pages inside the site: `` or `fy/`.
    pub fn prefix(&self, language: &str) -> String {
        if language == self.default_language {
            String::new()
        } else {
            format!("{language}/")
        }
    }

    /// A page's address inside the site, without the base path, like `/fy/kamers/grou/`:
    /// what the search index records, as Pagefind's script puts the base path in front.
    pub fn in_site(&self, language: &str, path: &str) -> String {
        format!("/{}{path}", self.prefix(language))
    }

    /// The root-relative address of a page, like `/fy/kamers/grou/`.
    pub fn page(&self, language: &str, path: &str) -> String {
        if let (Some(folder), Some(file)) = (&self.data_folder, path.strip_prefix("data/")) {
            return format!(
                "{}{}{}{}",
                self.base_path,
                self.prefix(language),
                folder,
                file
            );
        }
        format!("{}{}{}", self.base_path, self.prefix(language), path)
    }

    /// The absolute address, for sitemaps, feeds and open data.
    pub fn absolute(&self, language: &str, path: &str) -> String {
        format!("{}{}", self.origin, self.page(language, path))
    }

    /// The file a page is written to, relative to the output folder.
    pub fn file(&self, language: &str, path: &str) -> String {
        let mut file = format!("{}{}", self.prefix(language), path);
        if file.is_empty() || file.ends_with('/') {
            file.push_str("index.html");
        }
        file
    }

    /// The inverse of [`Urls::file`]: the language (one of `languages`) and the page's path
    /// inside it (`kamers/a/`, or `404.html`) of a page's file (`fy/kamers/a/index.html`);
    /// `None` for a file that is no page.
    pub fn page_of_file<'l, 'p>(
        &self,
        languages: &'l [String],
        file: &'p str,
    ) -> Option<(&'l str, &'p str)> {
        let (language, inside) = languages
            .iter()
            .filter(|l| **l != self.default_language)
            .find_map(|l| {
                file.strip_prefix(self.prefix(l).as_str())
                    .map(|rest| (l, rest))
            })
            .or_else(|| {
                let default = languages.iter().find(|l| **l == self.default_language)?;
                Some((default, file))
            })?;
        let inside = match inside.strip_suffix("index.html") {
            Some(folder) if folder.is_empty() || folder.ends_with('/') => folder,
            _ if inside == "404.html" => inside,
            _ => return None,
        };
        Some((language.as_str(), inside))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        let urls = Urls::new("https://x.example.org/kamers/", "nl");
        assert_eq!(urls.page("nl", "kamers/grou/"), "/kamers/kamers/grou/");
        assert_eq!(urls.page("fy", ""), "/kamers/fy/");
        assert_eq!(
            urls.absolute("nl", "agenda/"),
            "https://x.example.org/kamers/agenda/"
        );
        assert_eq!(urls.file("fy", "kamers/"), "fy/kamers/index.html");
        assert_eq!(urls.file("nl", ""), "index.html");
        let root = Urls::new("https://kamers.example.nl/", "nl");
        assert_eq!(root.page("nl", ""), "/");
    }

    #[test]
    fn a_page_file_gives_back_its_language_and_path() {
        let urls = Urls::new("https://x.example.org/", "nl");
        let languages = ["nl".to_string(), "fy".to_string(), "en".to_string()];
        for (language, path) in [("nl", ""), ("fy", "kamers/grou/"), ("en", "agenda/")] {
            let file = urls.file(language, path);
            assert_eq!(urls.page_of_file(&languages, &file), Some((language, path)));
        }
        assert_eq!(
            urls.page_of_file(&languages, "fy/404.html"),
            Some(("fy", "404.html"))
        );
        assert_eq!(urls.page_of_file(&languages, "data/rooms.csv"), None);
        assert_eq!(urls.page_of_file(&languages, "kamers/a/x.html"), None);
    }

    #[test]
    fn a_version_names_its_own_data_files() {
        let urls =
            Urls::new("https://x.example.org/", "nl").with_data_folder("data/versies/data-1/");
        assert_eq!(
            urls.absolute("nl", "data/rooms.csv"),
            "https://x.example.org/data/versies/data-1/rooms.csv"
        );
        assert_eq!(
            urls.absolute("nl", "kamers/a/"),
            "https://x.example.org/kamers/a/"
        );
    }
}
