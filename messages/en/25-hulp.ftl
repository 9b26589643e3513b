## Help for the commands

help-usage-heading = Usage:
help-commands-heading = Commands
help-arguments-heading = Arguments
help-options-heading = Options
help-usage = mienskip [OPTIONS] <COMMAND>
help-about = Builds the website and open data of community rooms, areas and residents' initiatives from Markdown and YAML files.
help-about-more = Exit status: 0 success (warnings allowed), 1 the content has errors, 2 the command was wrong.
help-lang = The language of the messages: nl (Dutch) or en (English). Without it, the site's `language` in site.yaml if messages exist in it, otherwise Dutch.
help-help = Print help (`-h` short, `--help` long)
help-version = Print version
help-value-folder = FOLDER
help-value-format = FORMAT
help-value-port = PORT
help-value-language = LANG
help-value-kind = KIND
help-value-command = COMMAND
help-root = The site root: the folder with site.yaml, content/ and data/ [default: .]

help-build = Checks the content and writes the whole site into site/ (or --output). If anything is wrong, nothing is written and the previous site stays as it was.
help-build-more = The new site takes the output folder's place, so an output folder whose replacement would delete sources is refused with exit status 2 before anything is read: the site root, a folder holding it, one inside content/, data/, themes/ or .git/, or one that already holds site.yaml, content/ or .git.
help-build-usage = mienskip build [OPTIONS]
help-build-output = Where to write the site [default: ROOT/site].
help-build-format = How to report problems (see `check --help`).
help-build-strict = Treat warnings as errors: nothing is written while one is left (for CI).
help-build-drafts = Publish the drafts (`draft: true`) too, each with a "concept" banner: for a preview of a pull request, never for the site residents use.
help-build-cache = Keep the build cache in DIR: what is unchanged since the last build is taken from there instead of being made again (faster, the very same site). DIR must be outside the site's sources and the output, like `~/.cache/mienskip`.

help-check = Checks everything build checks and reports every problem, writing nothing.
help-check-usage = mienskip check [OPTIONS]
help-check-format = How to report problems: `text` (`path:line: error: message` lines on standard error; the default), `github` (GitHub Actions annotations on standard output, so problems show in a pull request beside the line; paths are given from the current folder, so run it in the repository's top folder) or `json` (a JSON array of {"{"} severity, path, line, message {"}"} on standard output).
help-check-strict = Treat warnings as errors (exit status 1 while one is left; for CI).

help-serve = Previews the site on this computer: builds it in memory, serves it on http://127.0.0.1:PORT/, rebuilds on every save and reloads the open browser tab. While the content has errors, the last good site stays up with the errors shown at the top of every page. Nothing is written to disk. Stop it with Ctrl-C.
help-serve-more = Exit status 2 if the port cannot be used.
help-serve-usage = mienskip serve [OPTIONS]
help-serve-port = The port to listen on [default: 1111]; 0 picks a free one. The address is printed on standard output.
help-serve-open = Opens the site in the web browser.

help-new = Writes content/<folder>/<ID>.md for a new room, area, initiative, organisation or page, with every key explained in a (Dutch) comment and values that pass `check`, ready to fill in.
help-new-more = Exit status: 0 written; 2 the command was wrong and nothing was written (an id that is not lowercase a-z, 0-9 and -, a file that already exists, a folder without site.yaml); 1 the file could not be written.
help-new-usage = mienskip new [OPTIONS] <KIND> <ID>
help-new-kind = What to make: `room` (in content/rooms/), `area` (in content/areas/), `initiative` (a residents' initiative, in content/initiatives/), `organisation` (in content/organisations/) or `page` (a free page, in content/pages/). The Dutch words `kamer`, `gebied`, `initiatief`, `organisatie` and `pagina` work too.
help-new-id = The id: the file name and the page's address, lowercase a-z, 0-9 and -, like buurtkamer-noord.

help-schema = Writes the JSON Schema (draft 2020-12) of every kind of content file, for autocomplete and red underlines in an editor such as VS Code (with the YAML extension): room, area, initiative, organisation, page, budget and site.
help-schema-more = With --out DIR, writes DIR/<kind>.schema.json for every kind (and translation.schema.json for the translations, <id>.<lang>.md); with a KIND, prints that kind's schema. Exit status 2 if neither is given or the folder cannot be written.
help-schema-usage = mienskip schema [OPTIONS] [KIND]
help-schema-kind = The kind whose schema to print (room, area, initiative, organisation, page, budget, site or translation).
help-schema-out = The folder to write every kind's schema into (made if missing).
help-schema-draft-07 = Label the schemas draft 7 instead of 2020-12, for tools that know no later draft (the keywords used mean the same in both).

help-help-command = Print this message or the help of the given command
help-help-usage = mienskip help [COMMAND]
help-help-command-name = The command to print the help of
help-build-base-url = Publish the site at this address instead of site.yaml's `base_url`, for this one build, like https://gemeente.github.io/kamers/pr-voorbeeld/pr-7/: for a pull request's preview in a folder of its own.
