## What the commands themselves say

summary-errors = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
summary-in-order = mienskip: the content is in order ({ $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
})
build-wrote-files = wrote { $files ->
    [one] 1 file
   *[other] { $files } files
} to { $output } ({ $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
})
build-nothing-written = { $summary }; nothing was written, { $unchanged }
build-output-unchanged = { $output } is unchanged
build-output-not-made = { $output } was not made
build-removed-leftover = removed { $folder }, left by an earlier build that was interrupted
build-previous-left = warning: the new site is in place, but the previous one could not be removed ({ $reason }); it is in { $folder }: remove that folder by hand
build-refused = { $reason } (nothing was read or written)
build-no-staging = cannot make a folder beside { $output } to build in: { $reason }; { $unchanged }
build-write-failed = cannot write { $output }: { $reason }; { $unchanged }
build-swap-failed = the new site is complete but could not take the place of { $output }: { $reason }; { $unchanged }
build-lost = the new site could not take the place of { $output } ({ $reason }), nor could the previous site be put back: it is in { $previous }; move it back to { $output } by hand
build-too-large = the site grew past { $unit ->
    [gib] { $size } GiB
    [bytes] { $size } bytes
   *[files] { $size } files
} (the limit { $limit }) when { $path } was written; something in the content makes the output grow without bound (very many activities, languages or pages): find it and make it smaller
build-bad-source-date-epoch = SOURCE_DATE_EPOCH is "{ $value }"; it must be seconds since 1970-01-01 UTC
output-is-root = refusing to build into { $output }: it is the site root, and the new site would replace site.yaml, content/ and data/; { $instead }
output-holds-root = refusing to build into { $output }: it holds the site root ({ $root }), which the new site would replace; { $instead }
output-is-input = refusing to build into { $output }: it is the site's { $input }, which the build reads; { $instead }
output-inside-input = refusing to build into { $output }: it lies inside the site's { $input }, which the build reads; { $instead }
output-holds-input = refusing to build into { $output }: it holds the site's { $input } (through a symbolic link), which the new site would replace; { $instead }
output-holds-sources = refusing to build into { $output }: it holds { $entry }, so it looks like a site's sources or a Git repository, which the new site would replace; { $instead }
output-not-a-folder = refusing to build into { $output }: it is a file, not a folder; { $instead }
output-unknown-place = cannot tell where { $output } is ({ $reason }); check the path and its permissions, or { $instead }
output-instead = pass a new or empty folder outside the site's sources, like `--output site`
new-invalid-id = "{ $id }" is not a valid id: an id is lowercase a-z, 0-9 and - (not at the start or end), and becomes the file name and the address of the page; try `{ $suggestion }`
new-reserved-id = a page cannot be called "{ $id }": /{ $id }/ is already a part of the site; choose another id
new-exists = { $path } already exists; edit it, or choose another id (nothing was written)
new-no-site-root = there is no site.yaml in { $root }; run mienskip in the site root or pass --root DIR (nothing was written)
new-cannot-write = cannot write { $path }: { $reason }
new-wrote = wrote { $path }
new-note = note: { $note }
new-next = fill it in, then run `mienskip check` (or watch it with `mienskip serve`)
new-note-area = it names the area `{ $area }` (the first one in content/areas/); change it if that is not the right one
new-note-no-area = there is no area yet, so its area is left empty and `mienskip check` will ask for one; make one with `mienskip new area <id>` and write its id in the file
new-note-planned = the room starts as `status: planned`; once it opens, set `status: open` and fill in `address` and `location`
build-file-error = { $path }: { $reason }
progress-starting = starting
progress-reading = reading files { $done }/{ $total }
progress-checking = checking references
progress-rendering = rendering pages and data
progress-writing = writing { $files ->
    [one] 1 file
   *[other] { $files } files
}
build-cache-taken = took { $taken ->
    [one] 1 file
   *[other] { $taken } files
} from the build cache { $cache }
build-cache-problem = the build cache { $cache } did not work ({ $reason }); everything was made anew, the site is complete
build-cache-in-output = the build cache { $cache } is inside the output folder or holds it; choose a folder outside the output, like `~/.cache/mienskip`
build-cache-in-sources = the build cache { $cache } is among the site's sources; choose a folder outside `content`, `data`, `themes` and `.git`, like `~/.cache/mienskip`
build-cache-unresolvable = cannot find the build cache { $cache }: { $reason }
build-cache-no-program = the program itself could not be read
