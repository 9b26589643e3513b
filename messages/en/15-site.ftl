## site.yaml

site-base-url-not-absolute = `base_url` is "{ $url }"; it must be the full address of the published site, like https://kamers.example.nl/
build-base-url-not-absolute = `--base-url` is "{ $url }"; it must be a full address, like https://gemeente.github.io/kamers/pr-voorbeeld/pr-7/
site-language-code-invalid = "{ $code }" is not a language code; write a two-letter code like nl, fy or en
site-too-many-languages = a site may have at most { $limit } languages; this one has { $count } (`language` and { $extra } more in `languages`); keep the languages residents read and remove the others
translation-no-extra-languages = this is a translation into "{ $language }", but site.yaml lists no extra `languages`; add the language there or rename the file
translation-language-not-listed = this is a translation into "{ $language }", but site.yaml's `languages` has { $listed }; add the language there or rename the file
site-timezone-unknown = `timezone` is "{ $timezone }", which is not a known time zone; write an IANA name like Europe/Amsterdam
site-tiles-invalid = `tiles` is "{ $tiles }"; it must be none, pdok, osm, or an https address with {"{"}z{"}"}, {"{"}x{"}"} and {"{"}y{"}"}
site-theme-not-id = `theme` is "{ $theme }"; it must be the name of a folder under themes/, like default
site-theme-folder-missing = `theme` is "{ $theme }", but there is no folder themes/{ $theme }/; create it or write `theme: default`
site-publisher-email-invalid = `email` is "{ $email }", which is not an e-mail address; write one address like `opendata@leeuwarden.nl`
site-publisher-uri-not-absolute = `uri` is "{ $uri }"; it must be the full address that identifies the publisher, like https://identifier.overheid.nl/tooi/id/gemeente/gm0080
site-editor-repo-invalid = `repo` is "{ $repo }"; write the GitHub repository as owner/name, like gemeente/kamers
