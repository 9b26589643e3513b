## Meldingen van de opdracht zelf
## Wat `mienskip check`, `build`, `serve` en `new` zelf zeggen, naast de fouten in de inhoud.
## Deze meldingen beginnen met `mienskip:` en gaan over de opdracht die je gaf, niet over een
## bestand. Na een fout in de opdracht stopt mienskip met afsluitcode 2 ("de opdracht was niet
## goed"), tenzij er hieronder iets anders staat; afsluitcode 1 betekent "de inhoud heeft
## fouten" of "de site kon niet worden geschreven", en 0 dat alles goed ging (waarschuwingen
## mogen). Een script of de controle op GitHub kijkt naar die code.
##
## `mienskip build` zet de nieuwe site in de plaats van de map die je met `--output` opgeeft
## (zonder `--output`: `site/` in de map van de site). Wat daar stond, verdwijnt. Daarom
## weigert mienskip een map waarvan het vervangen je bronbestanden zou wissen; dat controleert
## hij voordat hij iets leest of schrijft. Symbolische koppelingen (snelkoppelingen naar een
## andere map) en `..` volgt hij daarbij tot waar ze echt uitkomen. Hij schrijft de nieuwe site eerst in een verborgen
## map naast de uitvoermap (`.site.building-…`) en zet die pas op de plaats van `site/` als
## alles goed is geschreven, in één stap: er is geen moment zonder `site/`.

# De laatste regel van `mienskip check` of `build` als er fouten zijn. Los ze op (begin
# bovenaan) en draai de opdracht opnieuw.
summary-errors = { $errors ->
    [one] 1 fout
   *[other] { $errors } fouten
}, { $warnings ->
    [one] 1 waarschuwing
   *[other] { $warnings } waarschuwingen
}
# De laatste regel van `mienskip check` als alles klopt.
summary-in-order = mienskip: de inhoud is in orde ({ $warnings ->
    [one] 1 waarschuwing
   *[other] { $warnings } waarschuwingen
})
# Na `mienskip build`: de site is geschreven. Er staat ook hoeveel waarschuwingen er zijn; kijk
# ernaar, ook al is de site gebouwd.
build-wrote-files = { $files ->
    [one] 1 bestand
   *[other] { $files } bestanden
} geschreven naar { $output } ({ $warnings ->
    [one] 1 waarschuwing
   *[other] { $warnings } waarschuwingen
})
# Er zijn fouten gevonden (ze staan erboven); de site is niet gebouwd en de vorige versie in
# `site/` is niet veranderd. Los de fouten op en bouw opnieuw. Afsluitcode 1. Was er nog geen
# site, dan staat er dat de map niet is gemaakt.
build-nothing-written = { $summary }; er is niets geschreven, { $unchanged }
# Het einde van een melding over een mislukte build: de vorige site staat er nog.
build-output-unchanged = { $output } is niet veranderd
# Het einde van een melding over een mislukte build: er was nog geen site, en die is ook niet
# gemaakt.
build-output-not-made = { $output } is niet gemaakt
# Geen fout: een eerdere `mienskip build` werd afgebroken (bijvoorbeeld met Ctrl-C, of de
# computer viel uit) en liet een half geschreven site achter in een verborgen map. mienskip
# ruimt zo'n map bij de volgende build op. Hij weet zeker dat de map van mienskip is (er staat
# een merkbestand in) en dat geen lopende build hem nog gebruikt; een map van jezelf met
# dezelfde naam blijft staan.
build-removed-leftover = { $folder } weggehaald: een eerdere build die werd afgebroken, liet die map achter
# De nieuwe site staat in `site/`, zoals bedoeld; alleen de oude site kon niet worden
# weggegooid, meestal omdat (delen ervan) alleen-lezen zijn. Ze staat nu in de genoemde
# verborgen map. Gooi die map zelf weg (eerst schrijfrechten geven, bijvoorbeeld met
# `chmod -R u+w`). Afsluitcode 0.
build-previous-left = waarschuwing: de nieuwe site staat klaar, maar de vorige kon niet worden weggehaald ({ $reason }); ze staat in { $folder }: haal die map zelf weg
# mienskip bouwt niets in deze map; zie de uitleg bij de meldingen hierna. Er is niets gelezen
# of geschreven. Afsluitcode 2.
build-refused = { $reason } (er is niets gelezen of geschreven)
# De verborgen map naast de uitvoermap kon niet worden gemaakt, meestal omdat je in de map
# erboven niet mag schrijven. Regel de rechten, of kies met `--output` een map waar je wel mag
# schrijven. Afsluitcode 1.
build-no-staging = er kon geen map naast { $output } worden gemaakt om in te bouwen: { $reason }; { $unchanged }
# Een bestand van de nieuwe site kon niet worden geschreven, bijvoorbeeld omdat de schijf vol
# is of je geen schrijfrechten hebt. De half geschreven nieuwe site is weggehaald; de vorige
# site is niet veranderd (of, als er nog geen was: hij is niet gemaakt). Maak ruimte of regel de
# rechten en bouw opnieuw. Afsluitcode 1.
build-write-failed = { $output } kon niet worden geschreven: { $reason }; { $unchanged }
# De nieuwe site was klaar, maar kon niet op de plaats van de oude worden gezet (bijvoorbeeld
# omdat `site/` een koppelpunt van een andere schijf is). De oude site is niet veranderd en de
# nieuwe is weggehaald. Afsluitcode 1.
build-swap-failed = de nieuwe site is klaar, maar kon niet op de plaats van { $output } komen: { $reason }; { $unchanged }
# Komt alleen voor waar twee mappen niet in één stap kunnen worden verwisseld (op Linux alleen
# bij een bestandssysteem dat dat niet kan): de oude site was al opzij gezet, en zowel de nieuwe
# als de oude kon daarna niet op haar plaats. Er is nu geen `site/`. Zet de map die de melding
# noemt terug met de naam `site` (`mv` of hernoemen in de verkenner). Afsluitcode 1.
build-lost = de nieuwe site kon niet op de plaats van { $output } komen ({ $reason }), en de vorige site kon ook niet worden teruggezet: ze staat in { $previous }; zet haar zelf terug als { $output }
# De site zou groter worden dan mienskip toestaat: 8 GiB, of 1.000.000 bestanden
# (`MAX_OUTPUT_FILES`). Een site met 20.000 kamers blijft daar ruim onder, dus iets in de
# inhoud laat de site onbeperkt groeien, meestal een wijziging in de pull request die je
# bouwt: heel veel activiteiten, talen of pagina's. Zoek die wijziging en maak haar kleiner.
# Er is niets geschreven en de vorige site is niet veranderd. Afsluitcode 1.
build-too-large = de site werd groter dan { $unit ->
    [gib] { $size } GiB
    [bytes] { $size } bytes
   *[files] { $size } bestanden
} (de grens { $limit }) toen { $path } werd geschreven; iets in de inhoud laat de site onbeperkt groeien (heel veel activiteiten, talen of pagina's): zoek het en maak het kleiner
# Voor de beheerder: de omgevingsvariabele `SOURCE_DATE_EPOCH`, waarmee de bouwdatum wordt
# vastgezet, is verkeerd ingesteld. Zet er het aantal seconden sinds 1970 in (`date +%s`), of
# haal haar weg.
build-bad-source-date-epoch = SOURCE_DATE_EPOCH is "{ $value }"; dat moet een aantal seconden sinds 1970-01-01 UTC zijn
# Je gaf de map van de site zelf op (bijvoorbeeld `--output .`). De nieuwe site zou dan
# `site.yaml`, `content/`, `data/` en `.git` wissen. Laat `--output` weg (dan komt de site in
# `site/`), of geef een nieuwe, lege map op.
output-is-root = bouwen in { $output } geweigerd: dat is de map van de site, en de nieuwe site zou site.yaml, content/ en data/ vervangen; { $instead }
# De map die je opgaf bevat de map van de site (bijvoorbeeld `--output ..`). Kies een map
# naast of binnen de site die nog niet bestaat of leeg is, zoals `site`.
output-holds-root = bouwen in { $output } geweigerd: daarin staat de map van de site ({ $root }), die de nieuwe site zou vervangen; { $instead }
# De map is iets wat mienskip leest: `content/`, `data/`, `themes/`, `.git/` of `site.yaml`
# (de melding noemt welke). De site zou dan je bronbestanden wissen. Kies een map buiten die
# mappen, zoals `site`.
output-is-input = bouwen in { $output } geweigerd: dat is { $input } van de site, die de build leest; { $instead }
# De map ligt in iets wat mienskip leest: `content/`, `data/`, `themes/` of `.git/` (de
# melding noemt welke). De site zou dan tussen je bronbestanden komen. Kies een map buiten die
# mappen, zoals `site`.
output-inside-input = bouwen in { $output } geweigerd: die map ligt in { $input } van de site, die de build leest; { $instead }
# Een van de mappen die mienskip leest (bijvoorbeeld `content/`) is een koppeling naar een map
# binnen de map die je opgaf. Kies een andere map voor de site.
output-holds-input = bouwen in { $output } geweigerd: daarin staat { $input } van de site (via een koppeling), die de nieuwe site zou vervangen; { $instead }
# In de opgegeven map staat al `.git`, `site.yaml` of `content/` (de melding noemt welke): het
# is een Git-repository of de bronbestanden van een (andere) site, en die zouden verdwijnen.
# Kies een andere, lege map. Wil je de site in een eigen repository publiceren (zoals een
# `gh-pages`-tak), bouw dan in een lege map en kopieer de bestanden daarna naar die
# repository.
output-holds-sources = bouwen in { $output } geweigerd: daarin staat { $entry }, dus het lijkt op de bronbestanden van een site of een Git-repository, die de nieuwe site zou vervangen; { $instead }
# Op die plek staat een bestand. Geef een map op, of haal het bestand weg als het niet nodig
# is.
output-not-a-folder = bouwen in { $output } geweigerd: het is een bestand, geen map; { $instead }
# mienskip kon de map of een van de mappen erboven niet bekijken, meestal omdat je er geen
# rechten voor hebt, of omdat koppelingen naar elkaar wijzen. Controleer het pad en de rechten.
output-unknown-place = niet na te gaan waar { $output } is ({ $reason }); kijk het pad en de rechten na, of { $instead }
# Het einde van de meldingen hierboven: wat je wel kunt doen.
output-instead = geef een nieuwe of lege map op buiten de bronbestanden van de site, zoals `--output site`
# Het id dat je opgaf bij `mienskip new` kan geen bestandsnaam zijn. Gebruik het voorgestelde
# id. Afsluitcode 2.
new-invalid-id = "{ $id }" is geen geldig id: een id bestaat uit kleine letters a-z, cijfers 0-9 en - (niet aan het begin of eind), en wordt de bestandsnaam en het adres van de pagina; probeer `{ $suggestion }`
# De naam die je bij `mienskip new page` opgaf, gebruikt de site zelf al (zoals `kamers` of
# `agenda`). Kies een ander id. Afsluitcode 2.
new-reserved-id = een pagina kan niet "{ $id }" heten: /{ $id }/ is al een deel van de site; kies een ander id
# Het bestand bestaat al; `mienskip new` overschrijft nooit iets. Open het bestaande bestand, of
# kies een ander id. Afsluitcode 2.
new-exists = { $path } bestaat al; pas het aan, of kies een ander id (er is niets geschreven)
# Je staat niet in de map van de site. Ga in de terminal naar de map met `site.yaml`, of geef
# die map op met `--root`. Afsluitcode 2.
new-no-site-root = er is geen site.yaml in { $root }; start mienskip in de map van de site of geef die op met --root MAP (er is niets geschreven)
# Het nieuwe bestand kon niet worden geschreven (geen schrijfrechten, of de schijf is vol).
# Afsluitcode 1.
new-cannot-write = { $path } kon niet worden geschreven: { $reason }
# Na `mienskip new`: het bestand is gemaakt.
new-wrote = { $path } geschreven
# Na `mienskip new`: iets over de waarden die in het nieuwe bestand staan.
new-note = let op: { $note }
# Na `mienskip new`: wat je daarna doet.
new-next = vul het in, en draai dan `mienskip check` (of bekijk het met `mienskip serve`)
# Bij `mienskip new room` of `initiative`: het nieuwe bestand noemt het eerste gebied. Klopt dat
# niet, verander dan `area:`.
new-note-area = het noemt het gebied `{ $area }` (het eerste in content/areas/); verander dat als het niet het goede is
# Bij `mienskip new room` of `initiative` als er nog geen gebied is: `area:` blijft leeg en
# `mienskip check` vraagt erom. Maak eerst een gebied.
new-note-no-area = er is nog geen gebied, dus het gebied blijft leeg en `mienskip check` vraagt erom; maak er een met `mienskip new area <id>` en schrijf het id in het bestand
# Bij `mienskip new room`: een nieuwe kamer is eerst gepland; zet haar open als ze opengaat.
new-note-planned = de kamer begint als `status: planned`; zet `status: open` zodra ze opengaat, en vul `address` en `location` in
# Een deel van de melding hierboven: het bestand dat niet kon worden geschreven, en waarom (in
# de woorden van het besturingssysteem).
build-file-error = { $path }: { $reason }
# De voortgang van `mienskip check` en `build` in de terminal (één regel die steeds
# verandert, met de tijd erachter): mienskip is begonnen.
progress-starting = bezig met starten
# De voortgang: mienskip leest de bestanden van de site.
progress-reading = bestanden lezen { $done }/{ $total }
# De voortgang: mienskip kijkt of de bestanden bij elkaar passen (verwijzingen, links).
progress-checking = verwijzingen nakijken
# De voortgang: mienskip maakt de pagina's en de open data.
progress-rendering = pagina's en open data maken
# De voortgang: mienskip schrijft de site.
progress-writing = { $files ->
    [one] 1 bestand schrijven
   *[other] { $files } bestanden schrijven
}
# Met `--cache MAP` bewaart mienskip wat hij maakte in die map, en neemt hij bij de volgende
# build alles wat niet veranderde daaruit over in plaats van het opnieuw te maken. Deze regel
# zegt hoeveel bestanden uit de cache kwamen.
build-cache-taken = { $taken ->
    [one] 1 bestand
   *[other] { $taken } bestanden
} uit de buildcache { $cache } genomen
# Er ging iets mis met de map van `--cache` (bijvoorbeeld geen schrijfrechten of een volle
# schijf). Dat is niet erg: mienskip maakte de bestanden gewoon opnieuw, en de site is
# compleet. Regel de rechten of maak ruimte, of laat `--cache` weg.
build-cache-problem = de buildcache { $cache } werkte niet ({ $reason }); mienskip maakte alles opnieuw, de site is compleet
# De map van `--cache` ligt in de uitvoermap (of de uitvoermap ligt erin). Die map wordt bij
# elke build vervangen, en dan zou de cache meeverhuizen of gepubliceerd worden. Kies een map
# buiten de uitvoermap, zoals `~/.cache/mienskip`. Afsluitcode 2.
build-cache-in-output = de buildcache { $cache } ligt in de uitvoermap of bevat die; kies een map buiten de uitvoermap, zoals `~/.cache/mienskip`
# De map van `--cache` is de sitemap zelf, of ligt in `content`, `data`, `themes` of `.git`.
# Daar horen alleen de bronnen van de site, die iedereen via een pull request kan veranderen.
# Kies een map buiten de bronnen, zoals `~/.cache/mienskip`. Afsluitcode 2.
build-cache-in-sources = de buildcache { $cache } ligt tussen de bronnen van de site; kies een map buiten `content`, `data`, `themes` en `.git`, zoals `~/.cache/mienskip`
# De map van `--cache` kon niet worden opgezocht, bijvoorbeeld omdat je een map erboven niet
# mag lezen. Kies een andere map. Afsluitcode 2.
build-cache-unresolvable = de buildcache { $cache } kan niet worden gevonden: { $reason }
# Om zeker te weten dat wat in de buildcache staat door precies dit programma werd gemaakt,
# leest mienskip zijn eigen programmabestand; dat lukte niet. De site is gewoon compleet
# gemaakt, alleen zonder de cache. Dit is een melding voor de beheerder van de computer.
build-cache-no-program = het programma zelf kon niet worden gelezen
