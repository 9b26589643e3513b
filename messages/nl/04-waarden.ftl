## Waarden: tekst, lijsten, getallen, datums, tijden, dagen, plekken
## Na de dubbele punt staat de waarde. Elke sleutel verwacht een bepaald soort waarde: een
## tekst, een lijst, een getal, een datum. Deze meldingen zeggen welk soort er hoort en hoe je
## het schrijft.

# Het soort waarde dat er staat, in andere meldingen: een lege waarde (`sleutel:` zonder iets
# erachter).
value-kind-nothing = niets
# Het soort waarde dat er staat, in andere meldingen: één woord, getal of tekst.
value-kind-single = één waarde
# Het soort waarde dat er staat, in andere meldingen: een lijst (`[a, b]`, of regels die met
# `- ` beginnen).
value-kind-list = een lijst
# Het soort waarde dat er staat, in andere meldingen: een blok met regels `sleutel: waarde`.
value-kind-keys = een blok met sleutels
# Hier hoort één waarde, zoals `summary: Elke dag open.`, geen lijst of blok.
value-not-text = `{ $key }` moet één tekst zijn, maar er staat { $kind }
# In de waarde staat een teken dat je niet ziet: een stuurteken (het nummer erachter zegt welk),
# vaak meegekomen bij het kopiëren uit een ander programma, of geschreven als `\x01` tussen
# aanhalingstekens. Zulke tekens maken de nieuwsbrief-feed, de kaart en de agenda-bestanden
# onleesbaar en kunnen een terminal ontregelen. Haal de waarde weg en typ hem opnieuw (niet
# plakken). Een gewone regelovergang in een lange tekst mag wel.
value-control-character = in `{ $key }` staat een onzichtbaar stuurteken ({ $code }); haal de waarde weg en typ hem opnieuw
# Hier hoort een lijst: `facilities: [koffie, wifi]`, of onder elkaar met `- `.
value-not-a-list = `{ $key }` moet een lijst zijn, zoals `{ $key }: [a, b]`
# Hier hoort een lijst van blokken, zoals bij `opening_hours`, `activities`, `history` en
# `lines`: elk item op een eigen regel die begint met `- `, ingesprongen onder de sleutel.
value-not-a-block-list = `{ $key }` moet een lijst zijn, met elk item op een eigen regel die begint met `- `
# Schrijf `true` (ja) of `false` (nee), zonder aanhalingstekens; niet `ja`, `yes` of `"true"`.
value-not-true-or-false = `{ $key }` moet `true` (ja) of `false` (nee) zijn, zonder aanhalingstekens
# Hier hoort een heel getal binnen de genoemde grenzen, zoals `host_volunteers: 4` of
# `plan_stage: 3`.
value-not-a-whole-number = `{ $key }` is "{ $value }"; hier hoort een heel getal van { $min } tot en met { $max }
# Hier mag alleen een van de genoemde woorden staan. Ze zijn Engels en zonder hoofdletters. Kies
# er een. De melding noemt de bedoelde waarde als je een tikfout maakte, of als je het
# Nederlandse woord schreef: `gesloten` wordt `closed`, `lopend` wordt `running`, `hoofd` wordt
# `main`, `uitgave` wordt `expense`, `inkomsten` wordt `income`, `begroot` wordt `planned`,
# `realisatie` wordt `actual`.
value-not-one-of = `{ $key }` is "{ $value }", maar dat kan hier niet; kies een van: { $allowed }{ $hint }
# De datum is niet goed geschreven of bestaat niet (30 februari). Schrijf jaar-maand-dag met
# streepjes: `2025-03-01`, niet `1-3-2025` of `1 maart 2025`.
value-not-a-date = `{ $key }` is "{ $value }", en dat is geen datum; schrijf jaar-maand-dag, zoals 2024-05-01
# De latere datum ligt voor de eerdere: een kamer sluit (`closed`) voor ze opengaat (`opened`),
# een initiatief eindigt (`ended`) voor het begint (`started`), een activiteit stopt (`ends`)
# voor ze begint (`starts`), of een sluiting eindigt (`to`) voor ze begint (`from`; beide dagen
# tellen mee). Een van de twee datums klopt niet; verbeter die.
value-date-before = `{ $key }` ({ $date }) ligt voor `{ $other }` ({ $other_date }); kijk beide datums na
# Schrijf tijden op de 24-uursklok tussen aanhalingstekens: `from: "09:30"`, `to: "17:00"`. Niet
# `9.30`, `17u` of `5 pm`. Middernacht aan het eind van de dag is `"23:59"`.
value-not-a-time = `{ $key }` is "{ $value }", en dat is geen tijd; schrijf een tijd van "00:00" tot "23:59" tussen aanhalingstekens, zoals "09:30"
# De eindtijd ligt voor (of op) de begintijd. Verbeter een van de twee. Iets wat tot na
# middernacht duurt, laat je om `"23:59"` eindigen.
value-time-not-after = `{ $key }` ({ $time }) is niet later dan `{ $other }` ({ $other_time }); kijk beide tijden na
# De lijst met dagen is leeg. Noem minstens één dag.
value-no-days = `{ $key }` noemt geen dagen; schrijf bijvoorbeeld `{ $key }: [ma, wo]`
# Dagen schrijf je met twee letters: `ma di wo do vr za zo` (of Engels
# `mo tu we th fr sa su`). Dus `[ma, di]`, niet `[maandag, dinsdag]`. Hoofdletters mogen
# (`[Ma, Di]`). Schrijf je een dag voluit (`maandag`, `Tuesday`), dan noemt de melding de
# afkorting die je bedoelt.
value-not-a-day = `{ $value }` is geen dag (dagen schrijf je als ma, di, wo, do, vr, za, zo){ $hint }
# Je plakte de coördinaten zoals een kaartsite ze geeft (`53.218, 5.8`). mienskip wil ze
# apart, met hun naam: neem de regel over zoals de melding hem toont. Het eerste getal is `lat`
# (noord-zuid), het tweede `lon` (oost-west).
value-pasted-coordinates = `{ $key }` staat als één waarde; schrijf de breedte en de lengte apart als `lat` en `lon`: `{ $key }: {"{"} lat: { $lat }, lon: { $lon } {"}"}`
# De plek op de kaart kan niet: een breedtegraad (`lat`) ligt tussen -90 en 90, een lengtegraad
# (`lon`) tussen -180 en 180. In Nederland is `lat` ongeveer 51 tot 53,5 en `lon` 3,3 tot 7,2.
# Misschien zijn ze omgedraaid, of is de punt verkeerd gezet.
value-coordinate-out-of-range = `{ $key }` is { $value }, en dat ligt buiten -{ $limit } tot { $limit }; schrijf graden (WGS84), zoals { $example } (zijn `lat` en `lon` omgedraaid?)
# Schrijf coördinaten als getal met een punt: `53.2012`, niet `53°12'`.
value-coordinate-not-a-number = `{ $key }` is "{ $value }", en dat is geen getal; schrijf graden met een punt, zoals { $example }
# Je schreef het getal met een komma, zoals in het Nederlands gebruikelijk. mienskip leest
# alleen een punt. Neem de regel over zoals de melding hem toont (`lat: 53.218`). Dezelfde
# melding komt bij `lat` en `lon` van een plek, en bij uren (`hours`) per jaar. Een kamer komt
# pas op de kaart als de fout is opgelost, zodat hij nooit op een verkeerde plek staat.
value-decimal-comma = `{ $key }` is "{ $value }", geschreven met een komma; schrijf een punt: `{ $line_key }: { $fixed }`
# Je schreef het bedrag zoals in een Nederlandse tekst: met een euroteken, punten voor de
# duizendtallen of een komma voor de centen. mienskip leest alleen cijfers met een punt voor de
# centen. Neem het bedrag over zoals de melding het toont (`45000.00`).
value-amount-written-dutch = `{ $key }` is "{ $value }", en zo leest mienskip geen bedrag; schrijf `{ $fixed }`: cijfers met een punt voor de centen, zonder € en zonder punten tussen de duizendtallen
# Bedragen schrijf je zonder €, zonder punten of spaties voor duizendtallen en met een punt voor
# de centen: `45000`, `37150.45`. Kan mienskip niet zien wat je bedoelde, schrijf het bedrag dan
# zelf zo.
value-amount-unclear = `{ $key }` is "{ $value }", en dat is geen bedrag in euro; schrijf het zonder € en zonder punten tussen de duizendtallen, met hoogstens twee cijfers na een punt, zoals 45000 of 37150.45
# Bedragen schrijf je zonder punten of spaties voor duizendtallen en met een punt voor de centen:
# `45000`, `37150.45`. `45.000` is geweigerd omdat je waarschijnlijk vijfenveertigduizend
# bedoelde; schrijf `45000`. Ook `45.5.0` is fout. Dezelfde melding komt bij `rate` (het
# uurtarief).
value-not-an-amount = `{ $key }` is "{ $value }", en dat is geen bedrag in euro{ $hint }; schrijf het zonder punten tussen de duizendtallen, met hoogstens twee cijfers na een punt, zoals 45000 of 37150.45
# Achter de vorige melding als er precies drie cijfers na de punt staan: dan bedoelde je
# waarschijnlijk duizendtallen.
value-amount-dot-hint = {" "}(een punt staat hier voor de centen, niet tussen de duizendtallen)
# Hier hoort een getal, met een punt voor een deel: `4687.5` uren, `8.80` euro per uur.
value-not-a-decimal = `{ $key }` is "{ $value }", en dat is geen getal; schrijf het met een punt, zoals 8.80
# Bedragen (en uren) staan per jaar: `{ 2024: 45000, 2025: 50000 }`, niet één los bedrag.
value-not-per-year = `{ $key }` moet een waarde per jaar geven, zoals `{ $key }: {"{"} 2024: 45000, 2025: 50000 {"}"}`
# Het jaar voor de dubbele punt moet een jaartal van vier cijfers zijn.
value-not-a-year = `{ $value }` in `{ $key }` is geen jaartal; schrijf vier cijfers, zoals 2025
# Hetzelfde jaar staat twee keer bij één regel. Tel de bedragen op of maak er twee regels van.
value-year-twice = het jaar { $year } staat twee keer in `{ $key }`; houd er één over
# De samenvatting (`summary`) is bedoeld als één zin: hij staat op elke kaart die naar deze
# pagina verwijst en in zoekmachines (die tonen ongeveer 155 tekens). Maak hem korter en zet de
# rest van het verhaal in de tekst onder het tweede `---`.
value-summary-too-long = `summary` is { $length } tekens lang; houd het bij één zin van hoogstens { $limit } tekens (hij staat op kaarten en in zoekmachines) en zet de rest in de tekst onder het gegevensblok
