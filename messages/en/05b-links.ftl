## Links and pictures in the text

link-no-page = the link to `{ $target }` leads to no page of the site: { $why }
link-no-picture = the picture `{ $target }` is not on the site: { $why }
link-why-no-address = no page has this address; correct the address (copy it from the browser's address bar) or remove the link
link-why-no-item = there is no { $kind } `{ $id }`{ $hint }
link-fix = ; correct the address or remove the link
link-why-no-budget-year = no budget has figures for { $year }; correct the year or remove the link
link-no-file = { $picture ->
    [yes] the picture `{ $target }` is not on the site
   *[no] the link to `{ $target }` leads to a file that is not on the site
}{ $hint }
link-file-fix = ; correct the address, or put the file in `themes/{ $theme }/static/` and link to `{ $address }`
