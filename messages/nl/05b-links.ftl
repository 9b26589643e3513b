## Links en afbeeldingen in de tekst
## Een link in de tekst (`[tekst](/kamers/…/)`) of een afbeelding (`![beschrijving](/…)`) naar
## een adres op deze site wordt nagekeken, in elke taal: een link naar een pagina tegen de
## pagina's van de site, een link of afbeelding naar een bestand (zoals `/data/rooms.csv`,
## `/plan.pdf` of `foto.jpg`) tegen de bestanden die mienskip publiceert. Een adres zonder `/`
## vooraan (`foto.jpg`, `../noord/`) geldt vanaf de pagina waarop de tekst staat. Links naar
## andere websites worden niet nagekeken. Het zijn waarschuwingen: de pagina werkt, maar een
## bewoner die erop klikt, krijgt "niet gevonden" (of ziet geen afbeelding).

# Een link in de tekst gaat naar een adres op deze site waar geen pagina staat. Meestal is het
# een tikfout, of is de kamer (het gebied, initiatief, de organisatie of pagina) hernoemd of
# weggehaald. Verbeter het adres (de melding stelt een bestaand id voor) of haal de link weg.
# Ook links naar een andere taal (`/fy/…`, `/en/…`) worden zo gecontroleerd.
link-no-page = de link naar `{ $target }` gaat naar geen pagina van de site: { $why }
# Hetzelfde voor een afbeelding in de tekst (`![beschrijving](/…)`): op dat adres staat niets.
link-no-picture = de afbeelding `{ $target }` staat niet op de site: { $why }
# Waarom een link nergens heen gaat: het adres bestaat niet op deze site. Kopieer het adres uit
# de adresbalk van je browser (zonder `https://` en de naam van de site, dus beginnend met `/`).
link-why-no-address = geen pagina heeft dit adres; verbeter het adres (kopieer het uit de adresbalk van de browser) of haal de link weg
# Waarom een link nergens heen gaat: er is geen kamer (gebied, initiatief, organisatie,
# begroting of pagina) met dat id. Verbeter het id (de melding stelt er een voor) of haal de
# link weg.
link-why-no-item = er is geen { $kind ->
    [room] kamer
    [area] gebied
    [initiative] initiatief
    [organisation] organisatie
    [budget] begroting
   *[page] pagina
} `{ $id }`{ $hint }
# Het einde van de vorige melding als mienskip geen id kan voorstellen.
link-fix = ; verbeter het adres of haal de link weg
# Waarom een link nergens heen gaat: geen begroting heeft cijfers voor dat jaar. Verbeter het
# jaar of haal de link weg.
link-why-no-budget-year = geen begroting heeft cijfers voor { $year }; verbeter het jaar of haal de link weg
# Een link of afbeelding in de tekst noemt een bestand (met een extensie zoals `.jpg`, `.pdf`
# of `.csv`) dat mienskip niet publiceert. mienskip publiceert de open data (onder `/data/`),
# de foto's van kamers en initiatieven (in een paar breedtes, als `foto-…-960.jpg` naast de
# pagina; de foto zelf zet je bij `photo:`), de bestanden in de map `static/` van het thema
# (`themes/<thema>/static/plan.pdf` komt op `/plan.pdf`) en de bestanden van de site zelf. Een
# bestand naast de tekst in `content/` of in `data/` wordt niet gepubliceerd. Let op hoofd- en
# kleine letters: `Foto.JPG` is een ander bestand dan `foto.jpg`. De melding stelt een bestaand
# bestand voor als er een lijkt op wat er staat.
link-no-file = { $picture ->
    [yes] de afbeelding `{ $target }` staat niet op de site
   *[no] de link naar `{ $target }` gaat naar een bestand dat niet op de site staat
}{ $hint }
# Het einde van de vorige melding als mienskip geen bestand kan voorstellen: een bestand in de
# map `static/` van het thema publiceert mienskip bovenaan de site (`themes/default/static/plan.pdf`
# komt op `/plan.pdf`); link er dan naar met dat adres.
link-file-fix = ; verbeter het adres, of zet het bestand in `themes/{ $theme }/static/` en link naar `{ $address }`
