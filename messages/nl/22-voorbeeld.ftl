## Het voorbeeld bekijken (`mienskip serve`)
## `mienskip serve` bouwt de site op je eigen computer, laat haar zien op
## http://127.0.0.1:1111/ en bouwt opnieuw zodra je een bestand bewaart. Zijn er fouten, dan
## staan ze bovenaan elke pagina.

# Na het starten: het adres waarop je het voorbeeld bekijkt. Open het in je browser. Stop het
# voorbeeld met Ctrl-C.
serve-listening = het voorbeeld staat op { $url } (stop met Ctrl-C)
# Na elke keer bouwen met fouten: hoe lang het duurde, hoeveel bestanden opnieuw gelezen zijn
# en hoeveel fouten er zijn. De fouten staan erboven en bovenaan elke pagina.
serve-rebuilt-with-errors = opnieuw gebouwd in { $ms } ms ({ $read ->
    [one] 1 bestand
   *[other] { $read } bestanden
} gelezen): { $summary }; { $kept ->
    [yes] je ziet de laatste site zonder fouten, met de fouten bovenaan elke pagina
   *[no] elke pagina toont de fouten tot ze verbeterd zijn
}
# Na elke keer bouwen zonder fouten: hoe lang het duurde en hoeveel bestanden veranderd zijn.
serve-checked = nagekeken in { $ms } ms ({ $read ->
    [one] 1 bestand
   *[other] { $read } bestanden
} gelezen, { $changed ->
    [one] 1 bestand
   *[other] { $changed } bestanden
} veranderd, { $warnings ->
    [one] 1 waarschuwing
   *[other] { $warnings } waarschuwingen
}); pagina's worden gemaakt als je ze opent
# Bij `mienskip serve --open`: de browser kon niet vanzelf worden geopend. Open het adres zelf.
serve-no-browser = er kon geen webbrowser worden geopend; open { $url } zelf
# De map die je met `--root` opgaf (of de map waarin je staat) bestaat niet. Geef de map van de
# site op. Afsluitcode 2.
serve-no-root = er is geen map { $root }; geef de map van de site op met --root MAP
# De poort is bezet, meestal door een `mienskip serve` die nog draait (in een ander venster).
# Stop die met Ctrl-C, of kies een andere poort met `--port 8080` of `--port 0`. Afsluitcode 2.
serve-cannot-listen = kan niet luisteren op 127.0.0.1:{ $port }: { $reason }; draait er al een `mienskip serve`? Kies een andere poort met --port N, of --port 0 voor een vrije
# mienskip kan niet zien wanneer je een bestand bewaart (bijvoorbeeld omdat het systeem te
# veel mappen in de gaten houdt). Stop andere programma's die mappen volgen, of start
# `mienskip serve` opnieuw. Afsluitcode 1.
serve-cannot-watch = de map van de site kan niet worden gevolgd: { $reason }
# Een deel van de vorige melding: de map die niet kon worden gevolgd.
serve-watch-folder = { $folder }: { $reason }
# De kop boven de fouten bovenaan elke pagina van het voorbeeld. Verbeter het bestand dat
# eronder staat en bewaar het: de pagina ververst dan vanzelf.
serve-banner-errors = mienskip: { $summary }. { $kept ->
    [yes] Je ziet de laatste versie zonder fouten.
   *[no] De site kon nog niet worden gebouwd.
} Verbeter het bestand en bewaar het: de pagina ververst dan vanzelf.
# De kop boven de waarschuwingen bovenaan elke pagina als er alleen waarschuwingen zijn.
serve-banner-warnings = mienskip: { $warnings ->
    [one] 1 waarschuwing
   *[other] { $warnings } waarschuwingen
}. De site is bijgewerkt.
# Het aantal fouten in de kop bovenaan de pagina.
serve-banner-count = { $errors ->
    [one] 1 fout
   *[other] { $errors } fouten
}{ $warnings ->
    [0] {""}
    [one] , 1 waarschuwing
   *[other] , { $warnings } waarschuwingen
}
# De titel van de pagina als de site nog nooit zonder fouten is gebouwd.
serve-no-site-title = mienskip: de site heeft fouten
# De tekst van die pagina, onder de fouten.
serve-no-site-text = Zodra de fouten hierboven zijn verbeterd, verschijnt hier de site.
# Het voorbeeld stuurt de browser door naar een ander adres (meestal hetzelfde met `/` erachter).
serve-http-see = zie { $address }
# Het adres dat de browser vroeg, kan niet kloppen (bijvoorbeeld `..` erin).
serve-http-bad-address = verkeerd adres
# Op dit adres staat niets in het voorbeeld.
serve-http-not-found = niet gevonden
# Het voorbeeld geeft alleen pagina's; het neemt niets aan.
serve-http-only-get = alleen GET en HEAD
# Een verzoek zonder `Host` (geen gewone browser). Open het adres dat `mienskip serve` noemt.
serve-http-no-host = een verzoek heeft één Host-kop nodig; open { $address }
# Het voorbeeld antwoordt alleen op zijn eigen adres, zodat een andere website er niet bij kan.
# Open het adres dat `mienskip serve` noemt.
serve-http-foreign-host = dit voorbeeld antwoordt alleen op zijn eigen adres; open { $address }
# Het adres is te lang.
serve-http-too-long = een adres van hoogstens { $limit } bytes, graag
# Het maken van deze pagina mislukte; in het venster van `mienskip serve` staat waarom.
serve-http-render-failed = deze pagina kon niet worden gemaakt; kijk in de terminal
# Het volgen van de map liep even mis (bijvoorbeeld doordat een map verdween). mienskip bouwt
# de site voor de zekerheid opnieuw; er hoeft niets te gebeuren.
serve-watch-trouble = het volgen van de map van de site ging mis: { $reason }; de site wordt opnieuw gebouwd
