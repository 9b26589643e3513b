## Sleutels
## Elke regel in een gegevensblok begint met een sleutel: het woord voor de dubbele punt, zoals
## `name` in `name: Buurtkamer Bilgaard`. Deze meldingen gaan over de sleutels zelf.

# Er staat een sleutel die mienskip niet kent, meestal een tikfout. Verbeter hem (de melding
# noemt de bedoelde sleutel als die er dichtbij ligt, en anders alle sleutels die er mogen
# staan) of haal de regel weg. In plaats van "het gegevensblok" kan er ook staan waar de
# sleutel staat, zoals "een rij van `opening_hours`", "een activiteit" of `site.yaml`.
key-unknown = onbekende sleutel `{ $key }` in { $place }{ $hint }
# Achter een onbekende sleutel als geen bekende er echt op lijkt: alle sleutels die op die plek
# mogen staan. Kies de juiste, of haal de regel weg.
key-known-list = ; de sleutels die hier mogen staan zijn: { $keys }
# Waar mienskip een blok regels `sleutel: waarde` verwacht, staat iets anders: één waarde, een
# lijst of niets. Bijvoorbeeld `address: Dorpsstraat 1` in plaats van
# `address: { street: Dorpsstraat 1 }`, of een openingstijd zonder `{ }`. Schrijf het blok
# zoals in de voorbeelden.
key-not-a-block = in { $place } horen regels `sleutel: waarde`, maar er staat { $kind }
# Er staat iets voor de dubbele punt wat geen gewone sleutel is (een lijst, een blok). Meestal
# staat er een `:` te veel; zet de waarde tussen aanhalingstekens.
key-not-a-word = een sleutel in { $place } moet een gewoon woord zijn
# Dezelfde sleutel staat twee keer in hetzelfde blok. Houd er één over.
key-twice = `{ $key }` staat twee keer in { $place } (de eerste keer op regel { $first }); houd er één over
# Een verplichte sleutel ontbreekt. Voeg de regel toe; de melding geeft een voorbeeld. Het
# regelnummer is dat van het blok waar de sleutel hoort (vaak regel 1, het eerste `---`).
key-required = `{ $key }` ontbreekt; voeg een regel toe zoals `{ $key }: { $example }`
# De sleutel staat er, maar zonder waarde (of met alleen spaties). Vul hem in; de melding geeft
# een voorbeeld.
key-empty = `{ $key }` is leeg; vul een waarde in, zoals `{ $key }: { $example }`

# Waar een sleutel staat, in de meldingen hierboven: het gegevensblok bovenaan het bestand,
# tussen de twee regels `---`.
place-front-matter = het gegevensblok
# Waar een sleutel staat: in het blok onder de genoemde sleutel, zoals `address`, `contact`,
# `photo` of `location`.
place-key = `{ $key }`
# Waar een sleutel staat: in een rij onder `opening_hours`.
place-opening-hours-row = een rij van `opening_hours`
# Waar een sleutel staat: in een rij onder `presence`.
place-presence-row = een rij van `presence`
# Waar een sleutel staat: in een regel onder `history`.
place-history-entry = een regel van `history`
# Waar een sleutel staat: in een regel onder `closures`. Zo'n regel kent alleen `date`, `from`,
# `to` en `note`.
place-closures-entry = een regel van `closures`
# Waar een sleutel staat: in een rol onder `volunteers_wanted`.
place-volunteer-role = een rol onder `volunteers_wanted`
# Waar een sleutel staat: in een activiteit onder `activities`.
place-activity = een activiteit
# Waar een sleutel staat: in `site.yaml` zelf, op het hoogste niveau.
place-site = site.yaml
# Waar een sleutel staat: in een vertaling (`<id>.<taal>.md`), die alleen de naam of titel en de
# samenvatting mag hebben.
place-translation = een vertaling
# Waar een sleutel staat: bovenaan een begrotingsbestand in `data/budgets/`.
place-budget = de begroting
# Waar een sleutel staat: in een regel onder `lines` van een begroting.
place-budget-line = een begrotingsregel
# Waar een sleutel staat: in een totaal onder `totals` van een begroting.
place-budget-total = een opgegeven totaal
