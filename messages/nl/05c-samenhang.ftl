## Samenhang tussen de bestanden
## Deze meldingen komen pas als elk bestand op zich in orde is: ze vergelijken bestanden met
## elkaar (een kamer met haar gebied, een totaal met de regels van de begroting) of tellen
## alles samen.

# Een pagina in `content/pages/` heeft een naam die de site zelf al gebruikt (`kamers`,
# `gebieden`, `initiatieven`, `organisaties`, `vrijwilligerswerk`, `agenda`, `kennisbank`,
# `begroting`, `kaart`, `open-data`, `data`, `zoeken`, `static`, of een taalcode als `nl`, `fy`,
# `en`, `de`). Kies een andere bestandsnaam.
page-reserved-id = een pagina kan niet "{ $id }" heten: /{ $id }/ is al een deel van de site; geef het bestand een andere naam
# Een waarschuwing: de plek van de kamer ligt buiten de omtrek van haar gebied. Misschien kloppen
# de coördinaten niet (omgedraaid, een cijfer te veel), staat de kamer in het verkeerde gebied
# (`area:`), of klopt de omtrek in `data/geo/` niet. De site wordt wel gebouwd.
room-outside-area = de plek ({ $lat }, { $lon }) ligt buiten de omtrek van gebied `{ $area }` (data/{ $outline }, genoemd in { $area_path }); kijk de coördinaten, het gebied of de omtrek na
# Een waarschuwing: de kamer is open, maar er staat nergens hoe je iemand bereikt. De kamer
# heeft geen `contact:`, en geen van de organisaties onder `organisations:` heeft een
# telefoonnummer, e-mailadres of website. Voeg een regel toe als
# `contact: { phone: 058 233 8888, email: info@example.nl }`, of noem een organisatie die die
# gegevens heeft; de pagina toont dan "Contact via" die organisatie. De site wordt wel gebouwd.
# Deze waarschuwing komt pas als er geen fouten meer zijn.
room-unreachable = de kamer is open, maar bewoners kunnen niemand over de kamer bereiken: er is geen `contact` en geen van de `organisations` heeft een telefoonnummer, e-mailadres of website; voeg een regel toe als `contact: {"{"} phone: 058 233 8888, email: info@example.nl {"}"}`, of noem een organisatie die ze heeft
# Een eenmalige activiteit staat op een dag waarop de kamer dicht is: een nationale feestdag, of
# een dag uit `closures` (dan staat de `note` tussen haakjes). Op zo'n dag gaan activiteiten niet
# door, dus staat deze niet in de agenda. Gaat hij toch door, zet de kamer die dag dan open met
# een regel in `closures` met `date` en de tijden (zoals in de melding), of zet `holidays: open`
# bij de kamer als die op alle feestdagen open is. Gaat hij niet door, haal hem dan weg.
activity-not-shown = `{ $title }` op { $date } staat niet in de agenda: { $why }; gaat het toch door, voeg dan een sluiting met de tijden toe, zoals `{"{"} date: { $date }, from: "{ $from }", to: "{ $to }" {"}"}`, of zet `holidays: open` bij de kamer
# Waarom een activiteit niet in de agenda staat: de kamer heeft die dag andere tijden.
activity-why-other-hours = de kamer heeft dan andere openingstijden
# Waarom een activiteit niet in de agenda staat: het is een nationale feestdag.
activity-why-holiday = de kamer is dicht op nationale feestdagen ({ $holiday })
# Waarom een activiteit niet in de agenda staat: een sluiting met een opmerking.
activity-why-closed-note = de kamer is dan dicht ({ $note })
# Waarom een activiteit niet in de agenda staat: een sluiting.
activity-why-closed = de kamer is dan dicht
# Het totaal uit het brondocument klopt niet met de som van de regels. mienskip telt de regels
# met dezelfde `direction` (en `group` of `in_kind`, als het totaal die noemt) op. Kijk in de bron
# welke regel of welk totaal verkeerd is overgenomen; het verschil helpt zoeken. Klopt het
# brondocument zelf niet, schrijf dan het juiste totaal op en zeg dat in een opmerking (`#`).
budget-total-mismatch = het opgegeven totaal voor { $year } ({ $what }) is { $declared }, maar de regels tellen op tot { $summed }: een verschil van { $difference }; verbeter het totaal of de regels
# Een deel van de vorige melding: de groep die het totaal optelt.
budget-total-group = groep "{ $group }"
# Een deel van de vorige melding: het totaal telt alleen bijdragen in natura (`in_kind: true`).
budget-total-in-kind = in natura
# Een deel van de vorige melding: het totaal telt alleen bedragen in geld (`in_kind: false`).
budget-total-cash = in geld
# Alle begrotingen samen bevatten meer dan 250.000 bedragen (elke regel telt één keer per jaar
# waarvoor hij een bedrag of uren heeft). Een gemeentelijke begroting voor het sociaal domein
# heeft er hooguit enkele duizenden. Elk bedrag wordt een regel in `budget.csv`, in de database
# en op een jaarpagina, dus zo'n hoeveelheid zou de bouw minuten en gigabytes kosten. De melding
# staat bij de grootste begroting. Vaak is er per ongeluk een heel grote tabel in een
# begrotingsbestand geplakt; haal overbodige regels of jaren weg, of voeg regels samen.
budget-too-many-figures = de begrotingen hebben samen { $total } bedragen (een bedrag of uren voor één regel en één jaar), meer dan de grens van { $limit }; deze begroting heeft er { $count }: maak minder regels, of publiceer minder jaren
# Elk gebied heeft een eigen agendapagina met alles wat er in vier weken in dat gebied gebeurt.
# In dit gebied zouden dat meer dan 50.000 keer een activiteit zijn; die pagina zou tientallen
# megabytes groot worden. De melding noemt de kamer die het meest bijdraagt. Kijk of activiteiten
# op te veel dagen staan, en geef afgelopen activiteiten een einddatum (`ends:`).
agenda-area-too-full = de agenda van gebied { $area } zou in { $days } dagen { $total } keer een activiteit hebben; een gebied mag er hoogstens { $limit } hebben; deze kamer heeft de meeste ({ $most }); geef activiteiten minder dagen, of laat oude eindigen met `ends`
# De agenda toont vier weken. Alle activiteiten van alle open kamers samen zouden in die vier
# weken meer dan een miljoen keer plaatsvinden; zo'n agenda is te groot om te bouwen. De melding
# noemt de kamer die het meest bijdraagt. Kijk of activiteiten op te veel dagen staan (`days:
# [ma, di, wo, do, vr, za, zo]` voor iets wat maar één keer per week is), en geef afgelopen
# activiteiten een einddatum (`ends:`).
agenda-site-too-full = de agenda zou in { $days } dagen { $total } keer een activiteit hebben, van alle kamers samen; een site mag er hoogstens { $limit } hebben; deze kamer heeft de meeste ({ $most }); geef activiteiten minder dagen, of laat oude eindigen met `ends`
