## Previewing the site (`mienskip serve`)

serve-listening = serving { $url } (press Ctrl-C to stop)
serve-rebuilt-with-errors = rebuilt in { $ms } ms ({ $read ->
    [one] 1 file
   *[other] { $read } files
} read): { $summary }; { $kept ->
    [yes] serving the last good site with the errors on top of every page
   *[no] every page shows the errors until they are fixed
}
serve-checked = checked in { $ms } ms ({ $read ->
    [one] 1 file
   *[other] { $read } files
} read, { $changed ->
    [one] 1 file
   *[other] { $changed } files
} changed, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}); pages are rendered as they are opened
serve-no-browser = could not open a web browser; open { $url } yourself
serve-no-root = there is no folder { $root }; pass the site root with --root DIR
serve-cannot-listen = cannot listen on 127.0.0.1:{ $port }: { $reason }; is another `mienskip serve` running? Choose another port with --port N, or --port 0 for any free one
serve-cannot-watch = cannot watch the site root for changes: { $reason }
serve-watch-folder = { $folder }: { $reason }
serve-banner-errors = mienskip: { $summary }. { $kept ->
    [yes] You see the last version without errors.
   *[no] The site could not be built yet.
} Fix the file and save it: the page then reloads by itself.
serve-banner-warnings = mienskip: { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}. The site is up to date.
serve-banner-count = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}{ $warnings ->
    [0] {""}
    [one] , 1 warning
   *[other] , { $warnings } warnings
}
serve-no-site-title = mienskip: the site has errors
serve-no-site-text = As soon as the errors above are fixed, the site appears here.
serve-http-see = see { $address }
serve-http-bad-address = bad address
serve-http-not-found = not found
serve-http-only-get = only GET and HEAD
serve-http-no-host = a request needs one Host header; open { $address }
serve-http-foreign-host = this preview answers only to its own address; open { $address }
serve-http-too-long = an address of at most { $limit } bytes, please
serve-http-render-failed = this page could not be rendered; see the terminal
serve-watch-trouble = watching: { $reason }
