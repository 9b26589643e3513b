## Het thema (voor beheerders)
## Meldingen die beginnen met `(built-in theme)` of over een bestand in `themes/` gaan over de
## vormgeving van de site, niet over de inhoud. Een redacteur kan die niet oplossen: geef ze door
## aan de beheerder van de site. Een bestand van het thema dat te groot is of niet te lezen,
## geeft een melding uit [Bestanden en mappen](#bestanden-en-mappen).

# Alle bestanden van het thema samen zijn groter dan 256 MiB. Het thema wordt bij het bouwen
# helemaal in het geheugen gehouden; zo veel hoort een thema niet te zijn. Maak foto's en
# lettertypen in `static/` kleiner, of haal bestanden weg die de site niet gebruikt.
theme-too-large = de bestanden van het thema zijn samen { $size } MiB, meer dan de grens van { $limit } MiB voor een heel thema; maak de bestanden in static/ kleiner of haal er een paar weg
# Achter de melding dat een bestand in `static/` van het thema te groot is (de grens is 64 MiB,
# 65536 KiB): wat je eraan doet.
theme-fix-smaller = maak het kleiner
# Een sjabloon in `templates/` is in een andere tekenset bewaard. Bewaar het als UTF-8.
theme-template-not-utf8 = een sjabloon moet UTF-8-tekst zijn; bewaar het als UTF-8
# Een bestand in `i18n/` van het thema (de teksten van de site in één taal) is geen lijst van
# regels `sleutel: tekst`. Schrijf elke tekst op een eigen regel, zoals `menu_home: Begin`.
theme-strings-not-a-list = een vertaalbestand is een lijst van regels `sleutel: tekst`; schrijf elke tekst zo
# Een regel in een vertaalbestand van het thema is geen `sleutel: tekst` (bijvoorbeeld een lijst
# of een blok). Schrijf er één tekst van.
theme-strings-line-not-key-text = elke regel moet `sleutel: tekst` zijn; maak van deze waarde één tekst
