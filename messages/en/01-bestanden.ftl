## Files and folders

file-no-site-yaml = there is no site.yaml here; run mienskip in the site root or pass --root DIR
file-no-content-folder = there is no folder `content/` here; run mienskip in the site root or pass --root
file-not-a-content-folder = `content/{ $name }` is not a content folder (the folders are { $folders }){ $hint }
file-only-markdown = only Markdown files (`<id>.md`) belong here; move or rename this one
file-only-budget-yaml = only budget files (`<id>.yaml`) belong in data/budgets/; move or rename this one
file-invalid-id-markdown = "{ $id }" is not a valid id: rename the file to lowercase a-z, 0-9 and - (not at the start or end), like { $suggestion }.md
file-invalid-id-budget = "{ $id }" is not a valid id: rename the file to lowercase a-z, 0-9 and -, like { $suggestion }.yaml
file-cannot-be-read = cannot be read: { $reason }
file-cannot-be-read-unknown = cannot be read: unknown error
file-does-not-exist = cannot be read: the file does not exist
file-not-a-file = cannot be read: this is not a file (a folder?)
file-too-large = the file is { $size } KiB, more than the limit of { $limit } KiB; { $fix }
file-fix-split = split it or remove what does not belong
file-link-outside = this is a link to a place outside the site folder; mienskip reads only files inside the site, so put the file itself here instead of a link
file-link-git = this is a link into the repository's .git folder, which holds its settings; mienskip does not read it, so put the file itself here instead of a link
file-link-dangling = this link points at nothing; remove it or put the file itself here
file-link-loop = this link points to a folder that contains it, which would make an endless loop; remove the link
file-not-utf8 = the file is not UTF-8 text; save it as UTF-8 in your editor ("Save with encoding")
