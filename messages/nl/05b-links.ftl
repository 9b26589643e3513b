## Links en afbeeldingen in de tekst
## Een link in de tekst (`[tekst](/kamers/…/)`) of een afbeelding (`![beschrijving](/…)`) naar
## een adres op deze site wordt nagekeken, in elke taal. Links naar bestanden (zoals
## `/data/rooms.csv`) en naar andere websites worden niet nagekeken. Het zijn waarschuwingen:
## de pagina werkt, maar een bewoner die erop klikt, krijgt "niet gevonden".

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
