## The front matter and YAML

frontmatter-no-start = the file must start with a line `---`, then the front matter (name, ...), then another line `---`
frontmatter-not-closed = the front matter that starts here is never closed: add a line `---` after the last key, before the text
yaml-unclosed-quote = the value of `{ $key }` starts with `'`, which YAML reads as the start of a quoted text that does not end where the value ends; put the whole value in double quotes: { $fixed }
yaml-quote-ends-early = the value of `{ $key }` starts with `"`, which YAML reads as the start of a quoted text that does not end where the value ends; put the whole value in single quotes: { $fixed }
yaml-tab = there is a tab here; YAML allows only spaces for indenting and after the `:` (set your editor to insert spaces); write: { $fixed }
yaml-unclosed-bracket = this `{ $bracket }` is never closed; add `{ $closing }` at the end of the line: { $fixed }
yaml-colon-in-value = the value of `{ $key }` contains `: `, which YAML reads as the start of another key; put the whole value in quotes: { $fixed }
yaml-colon-in-braced-value = the value of `{ $key }` contains `: `, which YAML reads as the start of another key; put that value in quotes: { $fixed }
yaml-special-first-character = a value that starts with `{ $character }` must be in quotes, since YAML gives `{ $character }` a meaning of its own at the start; write: { $fixed }
yaml-text-after-bracket = there is text after the closing bracket; a value that starts with `{ $bracket }` is read as a list or set of keys, so if it is text, put the whole value in quotes: { $fixed }
yaml-space-after-colon = put a space after the `:` of `{ $key }`; write: { $fixed }
yaml-not-key-value = this line is not `key: value`; if the text of the page starts here, the front matter above it is not closed: add a line `---` before this line
yaml-comment-dropped = everything after ` #` is read as a comment and left out, so `{ $key }` is published as "{ $kept }"; if the `#` belongs to the text, put the whole value in quotes: { $fixed }
yaml-invalid = this is not valid YAML: { $detail }
yaml-invalid-colon = this is not valid YAML: { $detail }; a value that contains `: ` must be in quotes
yaml-invalid-indentation = this is not valid YAML: { $detail }; check the indentation of this line and the one above
yaml-invalid-start-character = this is not valid YAML: { $detail }; a value starting with `@`, `` ` `` or a tab must be in quotes
yaml-invalid-missing-value = this is not valid YAML: { $detail }; a value is missing or a list item is misplaced
yaml-second-document = a second YAML document starts here (`---`); a file holds one
yaml-alias-undefined = this alias (`*name`) refers to an anchor that is not defined
yaml-too-many-values = the YAML expands to more than { $limit } values (through aliases `*name`?); write the values out instead
yaml-too-deep = the YAML is nested more than { $limit } levels deep; content files need only a few levels
yaml-not-closed-properly = the YAML structure is not closed properly

## The text below the front matter

body-too-deep = quotes (`>`), lists or HTML elements nest more than { $limit } levels deep here (the limit); nest them less
body-remote-picture = the picture "{ $source }" comes from another website and is left out, since showing it would tell that website about every visitor; put the file in the site and link to it, or link to the picture instead
body-html-removed = the HTML { $element } is not allowed in the text and is left out when the page is published; remove it, or write the text in Markdown
body-html-attribute-removed = the HTML { $attribute }="…" on { $element } is not allowed in the text and is left out when the page is published; remove it, or write the text in Markdown
