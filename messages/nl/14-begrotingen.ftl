## Begrotingen

# Een begrotingsregel zonder bedragen. Voeg `amounts` toe (bedragen per jaar), of `hours` (uren
# per jaar) met `rate` (het uurtarief).
budget-line-without-amounts = een begrotingsregel heeft bedragen nodig; voeg `amounts: {"{"} 2024: 45000 {"}"}` toe, of `hours` met een `rate`
# Een regel heeft bedragen óf uren maal tarief. Kies er één.
budget-amounts-and-hours = een begrotingsregel heeft `amounts`, of `hours` met `rate`, niet allebei; haal er één weg
# Uren en tarief horen bij elkaar. Vul het tarief aan.
budget-hours-without-rate = bij `hours` hoort een `rate` in euro per uur; voeg er een toe, zoals `rate: 8.80`
# Uren en tarief horen bij elkaar. Vul de uren per jaar aan.
budget-rate-without-hours = bij `rate` horen `hours` per jaar; voeg ze toe, zoals `hours: {"{"} 2018: 10000 {"}"}`
# Een totaal onder `totals:` moet zeggen of het uitgaven (`expense`) of inkomsten (`income`)
# optelt.
budget-total-without-direction = bij een totaal hoort `direction: expense` (uitgaven) of `direction: income` (inkomsten), zodat duidelijk is welke regels het optelt; voeg een van de twee toe
# Een waarschuwing. Een regel die dit totaal meetelt heeft een fout, en telt daarom niet mee.
# mienskip vergelijkt het totaal dan niet met de regels: het verschil zou niet kloppen en je op
# een verkeerd spoor zetten. Los eerst de fout in de regel op (de melding staat erboven);
# daarna wordt het totaal weer gecontroleerd.
budget-total-unchecked = dit totaal wordt pas gecontroleerd als de fouten in zijn regels zijn opgelost
# `source_url` is het adres waar iedereen het brondocument van de begroting kan lezen; het wordt
# een link op de begrotingspagina's en staat in `budget.csv`. Schrijf het volledig, met
# `https://` (of `http://`) ervoor. Andere soorten adressen (zoals `file:` of `javascript:`)
# worden geweigerd, omdat een lezer er niet veilig op kan klikken. Heeft de bron geen openbaar
# adres, laat de regel dan weg; `source` noemt de bron dan in woorden.
budget-source-url-not-web = `source_url` "{ $url }" is geen webadres; schrijf het volledig, zoals https://www.example.nl/uitvoeringsplan.pdf
# `source_file` wijst naar een kopie van het brondocument in de map `data/` van de inhoud. Schrijf
# het pad vanaf `data/`, met `/` tussen de mappen, zonder `/` vooraan, zonder `..` en zonder
# schijfletter: `documents/uitvoeringsplan-2024.pdf`. Zo kan een begroting nooit een bestand
# buiten de inhoud aanwijzen.
budget-source-file-not-inside = `source_file` "{ $file }" is geen pad binnen de map data; schrijf het vanaf data/, zoals documents/uitvoeringsplan-2024.pdf
# Een begroting noemt bedragen (of `periods` of totalen) voor meer dan 50 verschillende jaren.
# Elk jaar wordt een kolom in de tabellen en een eigen pagina; daarom is er een grens. Vaak is
# een jaartal verkeerd getypt (1924 in plaats van 2024): controleer de jaren. Is de reeks echt
# zo lang, verdeel de begroting dan over meerdere bestanden, bijvoorbeeld één per tien jaar.
budget-too-many-years = een begroting mag hoogstens { $limit } jaren beslaan; deze noemt bedragen, periodes of totalen voor { $count } jaren ({ $first } tot en met { $last }); verdeel haar over begrotingen per periode
# `source_file` noemt een kopie van de bron die niet gelezen kan worden: het bestand ontbreekt,
# is te groot, is een snelkoppeling naar buiten de site, of is niet wat de naam zegt (een .pdf
# die niet met %PDF- begint, een .txt of .csv die geen UTF-8-tekst is). Zet het bestand onder
# `data/` op de plek die `source_file` noemt, of verbeter de naam.
budget-source-file-problem = `source_file` noemt data/{ $file }: { $problem }
# De reden bij `budget-source-file-problem` als het bestand niet bestaat.
budget-source-file-missing = dat bestand bestaat niet; zet de kopie daar, of kijk de bestandsnaam na
# De reden bij `budget-source-file-problem` als de inhoud niet past bij de naam.
budget-source-file-not-kind = de inhoud is geen { $kind }-bestand; sla het document opnieuw op als { $kind }, of geef het de naam die bij de inhoud past
# Een kopie van de bron wordt zoals hij is gepubliceerd. Alleen soorten bestanden waarmee een
# bezoeker niets kan laten uitvoeren op het adres van de site zijn toegestaan: pdf, txt, csv,
# odt, ods, docx en xlsx. Sla het document in een van die vormen op.
budget-source-file-kind = `source_file` "{ $file }" is geen pdf-, txt-, csv-, odt-, ods-, docx- of xlsx-bestand; sla de bron in een van die vormen op, zoals documents/uitvoeringsplan-2024.pdf
# De kopie van de bron wordt gepubliceerd onder /data/ met hetzelfde pad. Direct in data/ of in
# data/versies/ zou hij een bestand van de open data zelf kunnen overschrijven; zet hem daarom
# in een eigen map, zoals data/documents/.
budget-source-file-folder = `source_file` "{ $file }" moet in een eigen map onder data/ staan, niet direct in data/ en niet in data/versies/; zet het bestand bijvoorbeeld in data/documents/
# Wat te doen als de kopie van de bron groter is dan de grens (bij `file-too-large`).
budget-source-file-fix-size = sla het document kleiner op (afbeeldingen in een lagere resolutie), of laat `source_file` weg en noem het webadres in `source_url`
