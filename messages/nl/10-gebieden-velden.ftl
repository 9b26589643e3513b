## Gebieden: omtrekbestand, postcodes en plaatsen
## Wat mienskip controleert in het bestand van een gebied zelf (`content/areas/`): het pad
## naar de omtrek, de postcodes en de plaatsen. De omtrek zelf staat bij "Gebieden en hun
## omtrek op de kaart".

# `geometry` is een pad binnen de map `data/`, zonder `data/` ervoor en zonder `..`:
# `geometry: geo/noord.geojson`.
area-geometry-outside = `geometry` is "{ $value }"; geef een pad binnen data/, zoals geo/{ $id }.geojson
# Een gebied mag hoogstens 2.000 postcodes noemen (elke postcode krijgt een eigen pagina in
# elke taal). Noem de viercijferige postcodegebieden in plaats van elke postcode met letters.
area-too-many-postcodes = `postcodes` noemt { $count } postcodes, meer dan de { $limit } die een gebied mag hebben; noem de postcodes van vier cijfers (zoals "8913") in plaats van elke postcode met letters
# Dezelfde postcode staat twee keer in de lijst van dit gebied. Haal er één weg.
area-postcode-twice = `postcodes` noemt { $postcode } twee keer (de eerste keer op regel { $first }); houd er één over
# Een postcode onder `postcodes` is geen Nederlandse postcode. Schrijf de vier cijfers van een
# heel postcodegebied (`"8913"`) of een volledige postcode met twee letters (`"8913 AB"`); een
# spatie en kleine letters mogen, mienskip schrijft hem zelf zoals PostNL dat doet. Een
# postcode begint nooit met 0, en PostNL gebruikt de letters SA, SD en SS niet. De melding
# zegt wat er precies mis is.
area-postcode-invalid = `postcodes` heeft "{ $value }", en dat is geen Nederlandse postcode: { $why }; schrijf vier cijfers, zoals "8913", of vier cijfers en twee letters, zoals "8913 AB"
# Een waarschuwing, geen fout: de postcode met letters ligt al in een viercijferig
# postcodegebied van hetzelfde gebied en voegt dus niets toe. Haal hem weg.
area-postcode-inside = `postcodes` noemt { $postcode }, maar die ligt al in { $area } (regel { $line }) van dit gebied; haal { $postcode } weg
# Onder `places` staan de buurten, wijken en dorpen van het gebied; zoeken vindt het gebied op
# die namen en de pagina van het gebied noemt ze. Een lege naam kan niet.
area-place-empty = `places` heeft een lege naam; schrijf de naam van een buurt, wijk of dorp, zoals Camminghaburen
# Elke naam onder `places` staat er één keer. Haal de tweede weg.
area-place-twice = `places` noemt "{ $value }" twee keer; houd er één over
# Wat er mis is met een postcode, in de melding hierboven: er staat niets.
postcode-empty = er staat niets
# Wat er mis is met een postcode: er staan andere tekens in dan cijfers en letters (A tot Z).
postcode-other-characters = er staan tekens in die geen cijfer of letter A-Z zijn
# Wat er mis is met een postcode: hij begint niet met vier cijfers.
postcode-no-four-digits = hij begint niet met vier cijfers
# Wat er mis is met een postcode: hij begint met 0, en dat doet geen Nederlandse postcode.
postcode-starts-with-zero = hij begint met 0, en dat doet geen Nederlandse postcode
# Wat er mis is met een postcode: hij eindigt op SA, SD of SS, letters die PostNL niet gebruikt.
postcode-unused-letters = hij eindigt op SA, SD of SS, en die letters gebruikt PostNL niet
# Wat er mis is met een postcode: na de vier cijfers staat iets anders dan precies twee letters.
postcode-bad-letters = na de vier cijfers mogen alleen precies twee letters staan
