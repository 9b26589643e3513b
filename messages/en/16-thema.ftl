## The theme (for administrators)

theme-too-large = the theme's files add up to { $size } MiB, more than the limit of { $limit } MiB for a whole theme; make its static files smaller or remove some
theme-fix-smaller = make it smaller
theme-template-not-utf8 = a template must be UTF-8 text
theme-strings-not-a-list = a translation file is a list of `key: text` lines
theme-strings-line-not-key-text = each line must be `key: text`
