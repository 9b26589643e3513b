## De ondergrond van de kaart (`map.basemap`)
## De ondergrond is één GeoJSON-bestand onder `data/` (bijvoorbeeld `data/geo/basemap.geojson`)
## met wegen, water en plaatsnamen, dat `site.yaml` noemt bij `map:` → `basemap:`. Elke vorm
## heeft een eigenschap `kind`: `road` (weg), `water` of `place` (plaatsnaam). Meldingen over een
## vorm noemen het nummer van die vorm (de eerste is 1) en de regel waar hij begint.

# `basemap` is een pad binnen de map `data/`, zonder `data/` ervoor en zonder `..`:
# `basemap: geo/basemap.geojson`.
basemap-path-not-inside = `basemap` is "{ $file }"; noem een GeoJSON-bestand in data/, zoals geo/basemap.geojson
# Het bestand bestaat niet. Controleer de naam (ook hoofdletters en `.geojson`), of zet het
# bestand in `data/geo/`. De melding staat bij de regel in `site.yaml`.
basemap-missing-file = `basemap` noemt { $file }, maar dat bestand bestaat niet; controleer de naam
# Het bestand is een snelkoppeling naar een plek buiten de site; zulke bestanden leest mienskip
# niet (zie [Bestanden en mappen](#bestanden-en-mappen)). Kopieer het GeoJSON-bestand zelf naar
# `data/geo/`.
basemap-link-outside = `basemap` noemt { $file }, en dat is een snelkoppeling naar een plek buiten de map van de site; mienskip leest alleen bestanden in de site, dus zet daar het GeoJSON-bestand zelf neer in plaats van een koppeling
# Het bestand is een snelkoppeling naar iets in de map `.git` van de opslagplaats, waar mienskip
# nooit iets leest. Kopieer het GeoJSON-bestand zelf naar `data/geo/`.
basemap-link-git = `basemap` noemt { $file }, en dat is een snelkoppeling naar de map .git van de opslagplaats; mienskip leest die niet, dus zet daar het GeoJSON-bestand zelf neer in plaats van een koppeling
# Achter de melding dat de ondergrond te groot is (de grens is 8 MiB, 8192 KiB): wat je eraan
# doet. De ondergrond staat op elke pagina met een kaart, dus hij moet klein blijven.
basemap-fix-simplify = houd alleen hoofdwegen, water en plaatsnamen over en vereenvoudig de lijnen (bijvoorbeeld met mapshaper -simplify)
# De ondergrond moet een verzameling vormen zijn (*FeatureCollection*), elk met een `kind`.
# Exporteer uit je tekenprogramma (bijvoorbeeld QGIS) als GeoJSON met alle lagen samen, en
# voeg de eigenschap `kind` toe.
basemap-is-geometry = de ondergrond is één losse vorm (een Geometry); schrijf een FeatureCollection waarin elke vorm een `kind` heeft (road, water of place)
# Hetzelfde, voor een bestand met één Feature.
basemap-is-feature = de ondergrond is één Feature; schrijf een FeatureCollection waarin elke vorm een `kind` heeft (road, water of place)
# De ondergrond staat op elke pagina met een kaart, dus hij moet klein blijven. Houd alleen de
# hoofdwegen, het water en de belangrijkste plaatsnamen over.
basemap-too-many-features = de ondergrond heeft { $count } vormen, meer dan de grens van { $limit }; houd alleen de hoofdwegen, het water en de plaatsnamen over
# Een waarschuwing: vermeld waar de gegevens vandaan komen en onder welke licentie (bijvoorbeeld
# "© OpenStreetMap-bijdragers, ODbL" of "Kadaster/PDOK, CC BY 4.0"), als `"source": "…"` in de
# FeatureCollection. Die tekst staat naast elke kaart.
basemap-no-source = de ondergrond heeft geen bron (`source`); zet in de FeatureCollection een "source" die zegt waar de gegevens vandaan komen en onder welke licentie (die tekst staat naast de kaart)
# Een probleem met één vorm van de ondergrond: het nummer van de vorm (de eerste is 1), dan wat
# er mis is (zie hieronder).
basemap-feature = vorm { $number }: { $problem }
# De vorm heeft een soort die mienskip niet kent. Geef elke vorm de eigenschap `kind` met
# `road`, `water` of `place`; laat vormen die je niet op de kaart wilt weg (een spoorlijn
# bijvoorbeeld).
basemap-kind-unknown = `kind` is "{ $kind }"; dat moet een van deze zijn: { $allowed }
# De vorm heeft geen soort. Geef hem de eigenschap `kind` met `road`, `water` of `place`.
basemap-kind-missing = de vorm heeft geen `kind`; geef hem een eigenschap "kind" met een van deze: { $allowed }
# De naam van een vorm is een getal of iets anders dan tekst. Zet hem tussen aanhalingstekens.
basemap-name-not-text = `name` is geen tekst; zet de naam tussen aanhalingstekens
# De vorm heeft geen coördinaten. Teken hem opnieuw, of haal hem weg.
basemap-no-geometry = de vorm heeft geen geometrie (geen coördinaten); teken hem opnieuw of haal hem weg
# De vorm past niet bij zijn soort: een weg is een lijn.
basemap-road-shape = een weg (road) is hier een { $shape }, maar moet een lijn zijn (LineString of MultiLineString)
# De vorm past niet bij zijn soort: water is een lijn (kanaal, sloot) of een vlak (meer).
basemap-water-shape = water is hier een { $shape }, maar moet een vlak of lijn zijn (Polygon, MultiPolygon, LineString of MultiLineString)
# De vorm past niet bij zijn soort: een plaatsnaam is een punt.
basemap-place-shape = een plaats (place) is hier een { $shape }, maar moet een punt zijn (Point)
# Een plaatsnaam zonder naam heeft op de kaart geen zin. Vul `name` in, of haal de vorm weg.
basemap-place-needs-name = een plaats heeft een `name` nodig; vul de naam van het dorp, de wijk of het herkenningspunt in
# De coördinaten van de vorm kloppen niet: een lijn heeft minstens een begin en een eind.
basemap-line-too-short = een lijn heeft minstens twee posities nodig
# De ondergrond staat op elke pagina met een kaart, dus hij moet klein blijven. Vereenvoudig de
# lijnen (bijvoorbeeld met mapshaper `-simplify` of QGIS "Vereenvoudigen").
basemap-too-many-positions = de ondergrond heeft { $count } punten, meer dan de grens van { $limit }; vereenvoudig de lijnen (bijvoorbeeld met mapshaper -simplify) of houd minder wegen over
