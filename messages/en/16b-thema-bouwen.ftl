## The theme when building (for administrators)

theme-template-syntax = the template cannot be read: column { $column }: { $expected }
theme-template-syntax-at = the template cannot be read: column { $column }
theme-template-unreadable = the template cannot be read: { $detail }
theme-render-failed = rendering { $file } failed: { $detail }
theme-file-clash = two files would be published as { $path }: a file in the theme's static folder has the name of a file mienskip makes; rename or remove the theme's file
build-output-stopped = making the { $name } stopped unexpectedly
build-search-failed = the search index could not be made: { $reason }
photo-not-published = `photo` names data/{ $file }, which could not be published ({ $reason })
