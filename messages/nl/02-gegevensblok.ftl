## Het gegevensblok (front matter en YAML)
## Een bestand in `content/` begint met een gegevensblok: de regels tussen een eerste en een
## tweede regel `---`, met op elke regel een sleutel en een waarde (`name: De Klomp`). Die regels
## zijn YAML, net als een begrotingsbestand en `site.yaml`. Bij de meest gemaakte
## YAML-vergissingen noemt mienskip ook de kolom (`bestand:regel:kolom`, de kolom telt de tekens
## vanaf links) en laat het na `schrijf:` of na de `:` aan het eind zien hoe de regel eruit moet
## zien. Neem die regel over.

# Een bestand in `content/` begint altijd met een regel met precies `---`. Misschien staat er
# een lege regel of een spatie voor, of is de eerste regel weggevallen. Zet `---` op de eerste
# regel.
frontmatter-no-start = het bestand moet beginnen met een regel `---`, dan het gegevensblok (name, ...), dan weer een regel `---`; zet `---` op de eerste regel
# Het tweede `---` ontbreekt: mienskip weet niet waar de gegevens ophouden en de tekst begint.
# Zet een regel `---` na de laatste sleutel.
frontmatter-not-closed = het gegevensblok dat hier begint, wordt nergens afgesloten; zet een regel `---` na de laatste sleutel, vóór de tekst
# Een waarde die met een apostrof begint, zoals `name: 't Kamerke`, leest YAML als het begin van
# een tekst tussen enkele aanhalingstekens, die nergens sluit. Zet de hele waarde tussen dubbele
# aanhalingstekens: `name: "'t Kamerke"`, zoals de melding laat zien.
yaml-unclosed-quote = de waarde van `{ $key }` begint met `'` en wordt niet afgesloten; zet de hele waarde tussen dubbele aanhalingstekens: { $fixed }
# Een waarde die met `"` begint maar na het tweede `"` nog doorgaat (`name: "De Kamer" van
# Noord`): YAML denkt dat de waarde bij dat tweede `"` ophoudt. Zet de hele waarde tussen enkele
# aanhalingstekens: `name: '"De Kamer" van Noord'`, zoals de melding laat zien.
yaml-quote-ends-early = de waarde van `{ $key }` begint met `"` maar gaat na het sluitende `"` nog door; zet de hele waarde tussen enkele aanhalingstekens: { $fixed }
# Op deze plek (regel en kolom) staat een tab. YAML accepteert alleen spaties om in te springen en
# na de dubbele punt. Vervang de tab door spaties; de meeste editors kunnen dat automatisch
# ("tabs omzetten naar spaties").
yaml-tab = hier staat een tab; YAML accepteert alleen spaties om in te springen en na de `:` (stel je editor in op spaties); schrijf: { $fixed }
# Een lijst (`[ma, di]`) of blok (`{ lat: …, lon: … }`) begint op deze regel maar wordt niet
# afgesloten. Zet de `]` of `}` aan het eind van de regel, zoals de melding laat zien.
yaml-unclosed-bracket = deze `{ $bracket }` wordt nergens gesloten; zet `{ $closing }` aan het eind van de regel: { $fixed }
# In de waarde staat een dubbele punt met een spatie erachter (`summary: let op: alleen op
# afspraak`). YAML denkt dan dat er een nieuwe sleutel begint. Zet de waarde tussen
# aanhalingstekens.
yaml-colon-in-value = in de waarde van `{ $key }` staat `: `, en dan denkt YAML dat daar een nieuwe sleutel begint; zet de hele waarde tussen aanhalingstekens: { $fixed }
# Hetzelfde binnen `{ … }`: zet alleen die ene waarde tussen aanhalingstekens,
# `note: "let op: even weken"`.
yaml-colon-in-braced-value = in de waarde van `{ $key }` staat `: `, en dan denkt YAML dat daar een nieuwe sleutel begint; zet die waarde tussen aanhalingstekens: { $fixed }
# Een waarde die begint met `@`, `` ` ``, `%`, `&`, `*`, `!`, `|` of `>` betekent in YAML iets
# bijzonders (een verwijzing, een tekstblok). Zet de waarde tussen aanhalingstekens:
# `summary: "@buurtkamer op Instagram"`.
yaml-special-first-character = een waarde die met `{ $character }` begint, moet tussen aanhalingstekens staan, omdat `{ $character }` aan het begin voor YAML iets bijzonders betekent; schrijf: { $fixed }
# Een waarde die met `[` of `{` begint, is voor YAML een lijst of blok. Staat er na de `]` nog
# tekst (`summary: [Concept] nieuwe kamer`), zet dan de hele waarde tussen aanhalingstekens.
yaml-text-after-bracket = na de sluitende haak staat nog tekst; een waarde die met `{ $bracket }` begint, is voor YAML een lijst of blok, dus als het tekst is, zet dan de hele waarde tussen aanhalingstekens: { $fixed }
# Na de dubbele punt van een sleutel hoort een spatie: `name: Kamer`, niet `name:Kamer`.
yaml-space-after-colon = zet een spatie na de `:` van `{ $key }`; schrijf: { $fixed }
# Deze regel hoort niet in het gegevensblok: meestal is hier de tekst van de pagina begonnen en
# ontbreekt het tweede `---` erboven (een `---` verderop in de tekst, als scheidingslijn, telt dan
# als einde). Zet een regel `---` vóór deze regel.
yaml-not-key-value = deze regel is geen `sleutel: waarde`; begint hier de tekst van de pagina, dan is het gegevensblok erboven niet afgesloten: zet een regel `---` vóór deze regel
# Een waarschuwing. In YAML begint ` #` (spatie, hekje) een opmerking: alles erna wordt
# weggelaten. Bij `summary: Kamer #1 van Noord` zou alleen "Kamer" op de site komen. Hoort het
# hekje bij de tekst, zet de hele waarde dan tussen aanhalingstekens. Was het wel als opmerking
# bedoeld, zet er dan twee spaties voor (`name: Kamer  # uitleg`): dan waarschuwt mienskip niet.
yaml-comment-dropped = alles na ` #` is voor YAML een opmerking en wordt weggelaten, dus `{ $key }` komt op de site als "{ $kept }"; hoort het `#` bij de tekst, zet dan de hele waarde tussen aanhalingstekens: { $fixed }
# Het gegevensblok (of het begrotingsbestand, of `site.yaml`) is niet te lezen. Tussen haakjes
# staat wat de YAML-lezer zelf zegt (in het Engels). Kijk ook naar de regel erboven: vaak begint
# de fout daar (een vergeten `]`, `}` of aanhalingsteken).
yaml-invalid = dit is geen geldige YAML ({ $detail }); kijk naar deze regel en die erboven
# Er staat een dubbele punt met een spatie in een waarde, zoals `name: Buurtkamer: Noord`. Zet
# de waarde tussen aanhalingstekens: `name: "Buurtkamer: Noord"`.
yaml-invalid-colon = dit is geen geldige YAML ({ $detail }); een waarde met `: ` erin moet tussen aanhalingstekens staan
# De regel springt anders in dan de regels eromheen. Gebruik spaties (geen tabs) en spring even
# ver in als de regels die erbij horen.
yaml-invalid-indentation = dit is geen geldige YAML ({ $detail }); kijk of deze regel en die erboven goed inspringen
# Zet de waarde tussen aanhalingstekens, of vervang een tab door spaties.
yaml-invalid-start-character = dit is geen geldige YAML ({ $detail }); een waarde die begint met `@`, `` ` `` of een tab moet tussen aanhalingstekens staan
# Er staat een `-` of `,` op een plek waar een waarde hoort, of een lijst-item springt niet goed
# in.
yaml-invalid-missing-value = dit is geen geldige YAML ({ $detail }); er ontbreekt een waarde, of een lijst-item staat verkeerd
# In het gegevensblok of het begrotingsbestand staat nog een regel `---`. Haal hem weg (in een
# begrotingsbestand horen geen `---`-regels).
yaml-second-document = hier staat nog een regel `---`, het begin van een tweede YAML-document; een bestand heeft er één, dus haal deze regel weg
# Het bestand gebruikt verwijzingen met `&` en `*`, ingewikkelde YAML die mienskip niet nodig
# heeft. Schrijf de waarden gewoon uit, zoals in de voorbeelden.
yaml-alias-undefined = deze verwijzing (`*naam`) wijst naar een anker (`&naam`) dat nergens staat; schrijf de waarde gewoon uit
# Het bestand gebruikt verwijzingen met `&` en `*` die samen een enorme hoeveelheid waarden
# maken. Schrijf de waarden gewoon uit, zoals in de voorbeelden.
yaml-too-many-values = de YAML groeit uit tot meer dan { $limit } waarden (door verwijzingen `*naam`?); schrijf de waarden gewoon uit
# Heel diep geneste blokken of lijsten (`[[[[…`). Schrijf de waarden gewoon uit, zoals in de
# voorbeelden.
yaml-too-deep = de YAML is meer dan { $limit } lagen diep genest; een inhoudsbestand heeft er maar een paar nodig
# Er mist waarschijnlijk een afsluitende `]` of `}`. Kijk de haken na, of schrijf de waarden
# gewoon uit, zoals in de voorbeelden.
yaml-not-closed-properly = de opbouw van de YAML is niet goed afgesloten; kijk of er een `]` of `{"}"}` ontbreekt

## De tekst onder het gegevensblok

# In de tekst staan citaten (`>`), lijsten of HTML-blokken (zoals `<div>`) meer dan honderd keer in
# elkaar. Echte teksten komen nooit zo diep; het gebeurt wel bij een mislukte plakactie of bij
# een poging de bouw te laten vastlopen. Zo diep geneste tekst zou het bouwen van de site minuten
# laten duren, dus wordt de hele tekst niet gepubliceerd en stopt de bouw. Kijk op de genoemde
# regel en haal de overtollige `>`, `-` of `<div>` weg.
body-too-deep = citaten (`>`), lijsten of HTML-elementen zitten hier meer dan { $limit } lagen diep in elkaar (de grens); haal de overtollige `>`, `-` of `<div>` weg
# Een waarschuwing. In de tekst staat een afbeelding die van een andere website komt
# (`![foto](https://…)` of `<img src="…">`). De site laadt nooit iets van een andere website:
# elke bezoeker zou dan aan die website verraden dat hij de pagina bekijkt. De afbeelding wordt
# weggelaten; de rest van de pagina wordt wel gepubliceerd. Zet de afbeelding in de site zelf
# (bijvoorbeeld in het thema of in `data/photos/`) en verwijs ernaar met een pad dat met `/`
# begint, of maak er een gewone link van: `[bekijk de foto](https://…)`. Ook vermomde adressen
# (`http:host/…`, `//host/…`, met een tab of backslash ertussen) gelden als een andere website.
body-remote-picture = het plaatje "{ $source }" komt van een andere website en wordt weggelaten, omdat die website anders van elke bezoeker zou horen; zet het bestand in de site en verwijs ernaar, of maak er een gewone link naar het plaatje van
# Een waarschuwing. In de tekst staat HTML die de site niet publiceert: een element als
# `<script>`, `<iframe>`, `<form>` of `<style>`. Iedereen kan een pull request sturen, dus de
# site laat zulke code nooit door. De rest van de pagina wordt wel gepubliceerd. Haal de HTML
# weg; voor opmaak is Markdown er (`**vet**`, `[link](…)`, lijsten, tabellen). Een video of kaart
# van een andere website kun je niet insluiten: zet er een gewone link naartoe.
body-html-removed = de HTML { $element } mag niet in de tekst en wordt bij het publiceren weggelaten; haal hem weg, of schrijf de tekst in Markdown
# Een waarschuwing. Een HTML-element in de tekst heeft een eigenschap die een script start
# (`onclick="…"`, `onerror="…"`). Die eigenschap wordt weggelaten, de rest van de pagina wordt
# wel gepubliceerd. Haal haar weg; voor opmaak is Markdown er.
body-html-attribute-removed = de HTML { $attribute }="…" op { $element } mag niet in de tekst en wordt bij het publiceren weggelaten; haal het weg, of schrijf de tekst in Markdown
