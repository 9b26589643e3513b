## De hulp bij de opdrachten
## Wat `mienskip --help` (of `-h`), `mienskip help <opdracht>` en `mienskip <opdracht> --help`
## laten zien: in het Nederlands, of in het Engels met `--lang en`.

# De kop boven de regel die laat zien hoe je de opdracht schrijft.
help-usage-heading = Gebruik:
# De kop boven de lijst van opdrachten.
help-commands-heading = Opdrachten
# De kop boven wat je na de opdracht schrijft zonder `--` ervoor (zoals de soort en het id bij
# `mienskip new`).
help-arguments-heading = Argumenten
# De kop boven de opties (alles wat met `--` begint).
help-options-heading = Opties
# Hoe je mienskip zonder opdracht schrijft.
help-usage = mienskip [OPTIES] <OPDRACHT>
# Wat `mienskip --help` bovenaan zegt.
help-about = Bouwt de website en de open data van buurt- en dorpskamers, gebieden en bewonersinitiatieven uit Markdown- en YAML-bestanden.
# Wat `mienskip --help` daarna zegt over de afsluitcode.
help-about-more = Afsluitcode: 0 gelukt (waarschuwingen mogen), 1 de inhoud heeft fouten, 2 de opdracht was niet goed.
# De uitleg bij `--lang`.
help-lang = De taal van de meldingen: `nl` (Nederlands) of `en` (Engels). Zonder deze optie de `language` van de site in site.yaml als er meldingen in die taal zijn, anders Nederlands.
# De uitleg bij `-h` en `--help`.
help-help = Toont deze hulp (`-h` kort, `--help` uitgebreid)
# De uitleg bij `-V` en `--version`.
help-version = Toont het versienummer
# Het woord voor een map in de hulp, zoals in `--root <MAP>`.
help-value-folder = MAP
# Het woord voor de vorm van de meldingen, in `--format <VORM>`.
help-value-format = VORM
# Het woord voor een poortnummer, in `--port <POORT>`.
help-value-port = POORT
# Het woord voor een taal, in `--lang <TAAL>`.
help-value-language = TAAL
# Het woord voor een soort inhoud, in `mienskip new <SOORT> <ID>`.
help-value-kind = SOORT
# Het woord voor een opdracht, in `mienskip help [OPDRACHT]`.
help-value-command = OPDRACHT
# De uitleg bij `--root`.
help-root = De map van de site: met site.yaml, content/ en data/ (zonder deze optie: de map waarin je staat).

# Wat `mienskip build` doet.
help-build = Controleert de inhoud en schrijft de hele site in site/ (of in `--output`). Is er iets mis, dan schrijft mienskip niets en blijft de vorige site zoals hij was.
# Meer over `mienskip build`, in `mienskip build --help`.
help-build-more = De nieuwe site komt in de plaats van de uitvoermap. Daarom weigert mienskip (met afsluitcode 2, voordat hij iets leest) een uitvoermap waarvan het vervangen bronbestanden zou wissen: de map van de site, een map waar die in staat, een map in content/, data/, themes/ of .git/, of een map waar al site.yaml, content/ of .git in staat.
help-build-usage = mienskip build [OPTIES]
# De uitleg bij `--output`.
help-build-output = Waar de site komt (zonder deze optie: site/ in de map van de site).
# De uitleg bij `--format` van `mienskip build`.
help-build-format = Hoe mienskip de problemen meldt (zie `mienskip check --help`).
# De uitleg bij `--strict` van `mienskip build`.
help-build-strict = Telt waarschuwingen als fouten: zolang er een is, schrijft mienskip niets (voor de controle op GitHub).
# De uitleg bij `--drafts`.
help-build-drafts = Publiceert ook de concepten (`draft: true`), elk met de melding "Concept.": voor een voorbeeld bij een pull request, nooit voor de site die bewoners gebruiken.
# De uitleg bij `--cache`.
help-build-cache = Bewaart de buildcache in MAP: wat sinds de vorige build niet veranderde, neemt mienskip daaruit over in plaats van het opnieuw te maken (sneller, met precies dezelfde site). De map moet buiten de bronnen van de site en buiten de uitvoermap liggen, zoals `~/.cache/mienskip`.

# Wat `mienskip check` doet.
help-check = Controleert alles wat `build` controleert en meldt elk probleem, zonder iets te schrijven.
help-check-usage = mienskip check [OPTIES]
# De uitleg bij `--format` van `mienskip check`.
help-check-format = Hoe mienskip de problemen meldt: `text` (regels `bestand:regel: fout: melding` op standaardfout; zonder deze optie), `github` (meldingen voor GitHub Actions op standaarduitvoer, zodat ze in een pull request naast de regel staan; de paden gelden vanaf de map waarin je staat, dus start het in de bovenste map van de repository) of `json` (een JSON-lijst van {"{"} severity, path, line, message {"}"} op standaarduitvoer).
# De uitleg bij `--strict` van `mienskip check`.
help-check-strict = Telt waarschuwingen als fouten (afsluitcode 1 zolang er een is; voor de controle op GitHub).

# Wat `mienskip serve` doet.
help-serve = Laat de site zien op deze computer: bouwt hem in het geheugen, toont hem op http://127.0.0.1:POORT/, bouwt opnieuw bij elke keer opslaan en ververst het open tabblad. Heeft de inhoud fouten, dan blijft de laatste goede site staan, met de fouten bovenaan elke pagina. Er wordt niets op schijf geschreven. Stop het met Ctrl-C.
# Meer over `mienskip serve`.
help-serve-more = Afsluitcode 2 als de poort niet gebruikt kan worden.
help-serve-usage = mienskip serve [OPTIES]
# De uitleg bij `--port`.
help-serve-port = De poort waarop de site te zien is (zonder deze optie: 1111); 0 kiest een vrije. Het adres staat daarna op standaarduitvoer.
# De uitleg bij `--open`.
help-serve-open = Opent de site in de webbrowser.

# Wat `mienskip new` doet.
help-new = Schrijft content/<map>/<ID>.md voor een nieuwe kamer, een gebied, initiatief, organisatie of pagina, met uitleg bij elke sleutel (in een Nederlands commentaar) en waarden die door `check` komen, klaar om in te vullen.
# Meer over `mienskip new`.
help-new-more = Afsluitcode: 0 geschreven; 2 de opdracht was niet goed en er is niets geschreven (een id dat niet uit kleine letters a-z, 0-9 en - bestaat, een bestand dat al bestaat, een map zonder site.yaml); 1 het bestand kon niet worden geschreven.
help-new-usage = mienskip new [OPTIES] <SOORT> <ID>
# De uitleg bij de soort van `mienskip new`.
help-new-kind = Wat je maakt: `room` (kamer, in content/rooms/), `area` (gebied, in content/areas/), `initiative` (bewonersinitiatief, in content/initiatives/), `organisation` (organisatie, in content/organisations/) of `page` (pagina, in content/pages/). De Nederlandse woorden `kamer`, `gebied`, `initiatief`, `organisatie` en `pagina` mogen ook.
# De uitleg bij het id van `mienskip new`.
help-new-id = Het id: de naam van het bestand en het adres van de pagina, in kleine letters a-z, 0-9 en -, zoals buurtkamer-noord.

# Wat `mienskip schema` doet.
help-schema = Schrijft het JSON Schema (draft 2020-12) van elke soort inhoudsbestand, voor aanvullen en rode onderstrepingen in een editor zoals VS Code (met de YAML-extensie): room, area, initiative, organisation, page, budget en site.
# Meer over `mienskip schema`.
help-schema-more = Met `--out MAP` schrijft mienskip MAP/<soort>.schema.json voor elke soort (en translation.schema.json voor de vertalingen, <id>.<taal>.md); met een SOORT toont hij het schema van die soort. Afsluitcode 2 als geen van beide er staat of als de map niet geschreven kan worden.
help-schema-usage = mienskip schema [OPTIES] [SOORT]
# De uitleg bij de soort van `mienskip schema`.
help-schema-kind = De soort waarvan mienskip het schema toont (room, area, initiative, organisation, page, budget, site of translation).
# De uitleg bij `--out`.
help-schema-out = De map waarin mienskip het schema van elke soort schrijft (hij maakt de map als die er niet is).
# De uitleg bij `--draft-07`.
help-schema-draft-07 = Noemt de schema's draft 7 in plaats van 2020-12, voor programma's die geen latere versie kennen (de gebruikte sleutelwoorden betekenen in beide hetzelfde).

# Wat `mienskip help` doet.
help-help-command = Toont de hulp, of die van de opdracht die erna staat
help-help-usage = mienskip help [OPDRACHT]
# De uitleg bij de opdracht van `mienskip help`.
help-help-command-name = De opdracht waarover je hulp wilt
# De uitleg bij `--base-url` van `mienskip build`.
help-build-base-url = Publiceert de site voor deze ene build op dit adres in plaats van op `base_url` uit site.yaml, zoals https://gemeente.github.io/kamers/pr-voorbeeld/pr-7/: voor het voorbeeld van een pull request in een eigen map van de site.
