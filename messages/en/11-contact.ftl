## Contact details and photos

contact-not-an-email = `email` is "{ $value }", which is not an e-mail address; write one address like info@example.nl
contact-not-a-phone = `phone` is "{ $value }", which is not a phone number; write it like 058 233 8888 or +31 58 233 8888
contact-not-a-web-address = `website` is "{ $value }", which is not a web address; write it in full, like https://www.example.nl/
photo-alt-required = `alt` is required: a short text that says what the photo shows, for residents who cannot see it; add one like `alt: De ingang aan de straatkant, met een blauwe deur`
photo-file-outside = `file` is "{ $value }"; give a path inside data/, like photos/ingang.jpg
photo-file-not-an-image-name = `file` is "{ $value }", which is not a JPEG, PNG or WebP file; save the photo as .jpg, .png or .webp
photo-missing = `photo` names { $file }, which does not exist; check the file name, or put the photo there
photo-too-large = `photo` names { $file }: the file is { $size } KiB, more than the limit of { $limit } KiB; make the photo smaller (2000 pixels wide is plenty) or save it with more compression
photo-problem = `photo` names { $file }, { $problem }
photo-link-outside = this is a link to a place outside the site folder; mienskip reads only files inside the site, so put the file itself here instead of a link
photo-link-git = this is a link into the repository's .git folder, which holds its settings; mienskip does not read it, so put the file itself here instead of a link
photo-unreadable = which cannot be read: { $error }
photo-not-an-image = which is not a JPEG, PNG or WebP image; save it again as .jpg or .png
photo-cannot-decode = which cannot be read as an image ({ $error }); save it again as .jpg or .png
photo-no-pixels = which is an image without pixels; save the photo again
photo-too-many-pixels = which is { $width } x { $height } pixels, more than the limit of { $limit } million pixels; make it smaller (2000 pixels wide is plenty)
