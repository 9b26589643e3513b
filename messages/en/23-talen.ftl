## Titles per language and facilities

per-language-not-text = `{ $key }` must be one text or a text per language, like `{ $key }: {"{"} nl: ..., fy: ..., en: ... {"}"}`; remove the dashes or brackets and write the text that way
per-language-unknown-language = `{ $key }` has a text in the language "{ $code }", which is not a language of the site; use one of the languages in `languages` ({ $languages }), or add "{ $code }" there first
per-language-twice = `{ $key }` has two texts in the language "{ $code }" (the first on line { $first }); keep one
per-language-empty = `{ $key }` has an empty text in the language "{ $code }"; write the text after `{ $code }:`, or remove the line
per-language-own-missing = `{ $key }` has no text in "{ $language }", the site's language; add a line `{ $language }: ...` with the text in that language
