## Het thema bij het bouwen (voor beheerders)
## Deze meldingen gaan over de vormgeving van de site (de sjablonen en bestanden in `themes/`)
## of over mienskip zelf, niet over de inhoud. Een redacteur kan ze niet oplossen: geef ze door
## aan de beheerder van de site. De uitleg van Tera (de taal van de sjablonen) blijft Engels.

# Een sjabloon in het thema is geen geldige Tera: op die regel, in die kolom, staat een stuk
# dat niet af is, zoals `{%` zonder `%}`, `{{` zonder `}}` of `{% if %}` zonder voorwaarde. Na
# de kolom staat (in het Engels, na `expected`) wat daar had moeten staan. `mienskip check`
# meldt dit al, net als `mienskip build`; er wordt niets gebouwd. Verbeter die regel in het
# sjabloon.
theme-template-syntax = het sjabloon kan niet worden gelezen: kolom { $column }: { $expected }
# Hetzelfde, zonder uitleg van wat er had moeten staan.
theme-template-syntax-at = het sjabloon kan niet worden gelezen: kolom { $column }
# Een sjabloon kan niet worden gelezen om een andere reden. Een veel voorkomende: een sjabloon
# bouwt voort op (`{% extends "x.html" %}`) een sjabloon dat niet bestaat (`Template 'room.html'
# is inheriting from 'x.html', which doesn't exist`). Kijk de naam na; de sjablonen van het
# standaardthema staan in `themes/default/templates/`, en een sjabloon in het thema van de site
# vervangt het sjabloon met dezelfde naam. Staat er `Function 'get_env' not found` (of een
# andere functie): een sjabloon vraagt iets op uit de omgeving van de bouwmachine. Dat kan niet
# in mienskip, omdat zo'n sjabloon geheimen van de bouwmachine op de site zou kunnen zetten.
# Alleen `range` en `throw` zijn als functie beschikbaar; zet de waarde in `site.yaml` of in de
# vertalingen van het thema.
theme-template-unreadable = het sjabloon kan niet worden gelezen: { $detail }
# Een sjabloon kon een pagina niet maken (de Engelse uitleg van Tera zegt waarom, bijvoorbeeld
# een waarde die niet bestaat, of `throw` in het sjabloon). Verbeter het sjabloon.
theme-render-failed = het maken van { $file } is mislukt: { $detail }
# Het thema heeft in `static/` een bestand met dezelfde naam als een bestand dat mienskip zelf
# maakt (een pagina, open data, de zoekindex, `sitemap.xml`, `robots.txt` en dergelijke). Dan
# zou een van de twee ongemerkt verdwijnen; daarom wordt er niets gepubliceerd. Geef het
# bestand in het thema een andere naam of haal het weg.
theme-file-clash = twee bestanden zouden worden gepubliceerd als { $path }: een bestand in de map static van het thema heeft de naam van een bestand dat mienskip maakt; geef het bestand van het thema een andere naam of haal het weg
# Een deel van de site (de melding noemt welk, in het Engels) kon niet worden gemaakt door een
# fout in mienskip zelf. Dat ligt niet aan de inhoud; geef de melding door aan de beheerder.
build-output-stopped = het maken van { $name } stopte onverwacht
# De zoekindex kon niet worden gemaakt (de uitleg is in het Engels). Dat ligt niet aan de
# inhoud; geef de melding door aan de beheerder.
build-search-failed = de zoekindex kon niet worden gemaakt: { $reason }
# Een foto kon niet worden verkleind of opgeslagen voor de site. Bewaar de foto opnieuw als
# .jpg of .png en bouw opnieuw; helpt dat niet, geef de melding door aan de beheerder.
photo-not-published = `photo` noemt data/{ $file }, maar die kon niet worden gepubliceerd ({ $reason })
