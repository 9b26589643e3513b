## History, changes and versions (Git)

history-not-a-repository = the site root is not the top of a Git repository, so every date ("laatst gewijzigd", `modified`, the feeds and the sitemap) is today's and /wijzigingen/ is empty; build in a clone of the site's repository, or set SOURCE_DATE_EPOCH to the date of the sources
history-unreadable-repository = the site's Git repository could not be read ({ $reason }), so every date is the build date (SOURCE_DATE_EPOCH, or today); check that `git log` works in the site root
history-shallow = the site root is a shallow Git clone (its history is cut off), so every date is the build date (SOURCE_DATE_EPOCH, or today) and /wijzigingen/ is empty; fetch the whole history (`git fetch --unshallow`, or `fetch-depth: 0` with actions/checkout)
history-no-commit = the site's Git repository has no commit yet, so every date is the build date; commit the site's files
history-unreadable-log = the site's Git history could not be read ({ $reason }), so every date is the build date; check that `git log` works in the site root
history-cut-off = the history has more than { $limit } commits (the limit MAX_HISTORY_COMMITS); files not changed since are dated by the oldest commit read
history-unsafe-tag = the tag "{ $tag }" is not published as a version: a `data-` tag is published under /data/versies/<tag>/ only when the rest of its name is lower-case letters, digits and single hyphens (like data-2025-01); rename the tag
history-too-many-tags = there are { $count } `data-` tags; only the newest { $limit } (the limit MAX_VERSIONS) are published under /data/versies/
history-tag-too-large = the tag { $tag } is not published as a version: its files are larger than { $limit } bytes (the limit MAX_VERSION_SOURCE_BYTES)
history-tag-unreadable = the tag { $tag } is not published as a version: { $reason }
history-tag-has-errors = the tag { $tag } is not published under /data/versies/: its files have errors (first: { $first }); fix the content and tag again under a new name
history-tag-not-laid-out = the tag { $tag } is not published under /data/versies/: its files could not be laid out ({ $reason }); build again once there is room
