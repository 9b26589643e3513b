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
}
