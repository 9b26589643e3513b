## Postcodes and places of an area

postcode-claimed-twice = `postcodes` lists { $postcode }, which { $other_path } (line { $other_line }) also claims for area `{ $other }`; a postcode belongs to one area, so remove it from one of the two files
