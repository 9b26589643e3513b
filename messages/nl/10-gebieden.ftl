## Gebieden en hun omtrek op de kaart

# Het kaartbestand bestaat niet. Controleer de naam (ook hoofdletters en `.geojson`), of zet het
# bestand in `data/geo/`.
geometry-missing-file = `geometry` noemt { $file }, maar dat bestand bestaat niet; controleer de naam
# Het kaartbestand is een snelkoppeling naar een plek buiten de map van de site; zulke bestanden
# leest mienskip niet (zie [Bestanden en mappen](#bestanden-en-mappen)). Kopieer het
# GeoJSON-bestand zelf naar `data/geo/`.
geometry-link-outside = `geometry` noemt { $file }, en dat is een snelkoppeling naar een plek buiten de map van de site; mienskip leest alleen bestanden in de site, dus zet daar het GeoJSON-bestand zelf neer in plaats van een koppeling
# Het kaartbestand is een snelkoppeling naar iets in de map `.git` van de opslagplaats, waar
# mienskip nooit iets leest. Kopieer het GeoJSON-bestand zelf naar `data/geo/`.
geometry-link-git = `geometry` noemt { $file }, en dat is een snelkoppeling naar de map .git van de opslagplaats; mienskip leest die niet, dus zet daar het GeoJSON-bestand zelf neer in plaats van een koppeling
# Achter de melding dat een kaartbestand te groot is: wat je eraan doet.
geometry-fix-simplify = vereenvoudig de omtrek in je tekenprogramma (bijvoorbeeld QGIS "Vereenvoudigen" of mapshaper -simplify)
# Het kaartbestand (een omtrek of de ondergrond) is beschadigd of onvolledig, bijvoorbeeld
# half gekopieerd. Tussen haakjes staat wat de JSON-lezer zegt (in het Engels); het regelnummer
# wijst de plek aan. Bewaar het bestand opnieuw vanuit het tekenprogramma.
geojson-invalid-json = dit is geen geldige JSON ({ $detail }); bewaar het bestand opnieuw vanuit je tekenprogramma
# Het bestand is wel JSON, maar geen GeoJSON. Exporteer het als GeoJSON.
geojson-invalid = dit is geen geldige GeoJSON ({ $detail }); exporteer het bestand als GeoJSON
# Het bestand heeft geen vorm. Teken de omtrek en bewaar opnieuw.
outline-no-geometry = de Feature heeft geen vorm; teken de omtrek van het gebied
# In het bestand staan meerdere vormen. Een gebied heeft één omtrek (die mag wel uit meerdere
# delen bestaan, als *MultiPolygon*). Zet elk gebied in een eigen bestand, of voeg de delen samen.
outline-too-many-features = in de FeatureCollection staan { $count } vormen; het bestand van een gebied heeft precies één omtrek
# Het bestand bevat een punt of lijn in plaats van een vlak. Teken de omtrek als vlak (polygoon).
outline-not-polygon = de omtrek is een { $shape }, maar een gebied heeft een vlak nodig (Polygon of MultiPolygon); teken de omtrek als vlak
# De omtrek heeft zo veel punten dat de kaart op elke pagina traag zou worden. Vereenvoudig hem
# tot een paar duizend punten; op de kaart is het verschil niet te zien.
outline-too-many-positions = de omtrek heeft { $count } punten, meer dan de grens van { $limit }; vereenvoudig hem in je tekenprogramma (bijvoorbeeld QGIS "Vereenvoudigen" of mapshaper -simplify) tot een paar duizend
# De coördinaten in het bestand kloppen niet. In GeoJSON staat de lengtegraad eerst
# (`[5.8, 53.2]`), in graden.
geojson-position-too-short = een positie heeft minder dan twee getallen; schrijf [lengtegraad, breedtegraad]
# De coördinaten in het bestand kloppen niet. In GeoJSON staat de lengtegraad eerst
# (`[5.8, 53.2]`), in graden. Meestal is het bestand uit een ander coördinatenstelsel (zoals RD)
# geëxporteerd: exporteer opnieuw in WGS84 (EPSG:4326).
geojson-position-outside-world = de positie [{ $lon }, { $lat }] ligt buiten de wereld; GeoJSON is [lengtegraad, breedtegraad] in graden (WGS84)
# Een omtrek (een ring) eindigt op hetzelfde punt als waar hij begint, en heeft dus minstens
# vier posities. Teken de omtrek opnieuw of exporteer hem opnieuw.
geojson-ring-too-short = een ring (de rand van een vlak) heeft minstens vier posities nodig en moet eindigen waar hij begint
