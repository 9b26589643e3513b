## Areas: outline file, postcodes and places

area-geometry-outside = `geometry` is "{ $value }"; give a path inside data/, like geo/{ $id }.geojson
area-too-many-postcodes = `postcodes` lists { $count } postcodes, more than the { $limit } one area may have; list the four-digit postcodes (like "8913") instead of every six-character one
area-postcode-twice = `postcodes` lists { $postcode } twice (first on line { $first }); keep one
area-postcode-invalid = `postcodes` has "{ $value }", which is not a Dutch postcode: it { $why }; write four digits like "8913" or four digits and two letters like "8913 AB"
area-postcode-inside = `postcodes` lists { $postcode }, which already lies in { $area } (line { $line }) of this area; remove { $postcode }
area-place-empty = `places` has an empty name; write the name of a neighbourhood or village, like Camminghaburen
area-place-twice = `places` lists "{ $value }" twice; keep one
postcode-empty = is empty
postcode-other-characters = holds characters that are not digits or letters A-Z
postcode-no-four-digits = does not start with four digits
postcode-starts-with-zero = starts with 0, which no Dutch postcode does
postcode-unused-letters = ends in SA, SD or SS, which PostNL does not use
postcode-bad-letters = must have four digits and, if more, exactly two letters
