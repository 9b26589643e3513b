## Concepten en controledatums
## Een bestand met `draft: true` is een concept: mienskip controleert het zoals elk ander
## bestand, maar publiceert het niet (alleen `mienskip serve` en `mienskip build --drafts`
## tonen het, met de melding "concept"). Met `reviewed: JJJJ-MM-DD` zegt een redacteur
## wanneer iemand het voor het laatst met de werkelijkheid vergeleek; `review_after_days`
## in site.yaml (standaard 365) zegt hoe lang dat geldt.

# Een gepubliceerd bestand noemt een concept: een kamer in een gebied dat nog concept is,
# of een initiatief of begrotingsregel met een kamer, gebied of organisatie die nog
# concept is. Op de gepubliceerde site zou die verwijzing nergens heen gaan. Publiceer het
# concept ook (haal `draft: true` weg) of haal de verwijzing weg.
draft-named = `{ $key }` noemt `{ $id }`, maar dat is een concept (`draft: true` in { $draft }); publiceer { $draft } ook (haal `draft: true` weg) of haal `{ $id }` hier weg
# Een link of afbeelding in de tekst van een gepubliceerd bestand (of van een vertaling
# ervan) wijst naar de pagina van een concept. Op de gepubliceerde site leidt ze nergens
# heen. Publiceer het concept ook of haal de link weg.
draft-linked = { $picture ->
    [yes] de afbeelding `{ $target }` hoort bij een concept
   *[no] de link naar `{ $target }` gaat naar een concept
} (`draft: true` in { $draft }); publiceer { $draft } ook (haal `draft: true` weg) of haal de { $picture ->
    [yes] afbeelding
   *[no] link
} weg
# De datum bij `reviewed` ligt na vandaag. Schrijf de datum waarop iemand het bestand met
# de werkelijkheid vergeleek.
reviewed-in-future = `reviewed` is { $date }, maar dat is na vandaag ({ $today }); schrijf de datum waarop je de gegevens hebt gecontroleerd
# Een open kamer, een lopend initiatief of een organisatie is langer dan
# `review_after_days` dagen niet gecontroleerd. Kijk na of alles nog klopt (adres,
# openingstijden, contact) en zet de datum van vandaag bij `reviewed`.
review-due = laatst gecontroleerd op { $date }, { $age } dagen geleden (meer dan { $days }); kijk na of alles nog klopt en zet dan `reviewed: { $today }`
# Een open kamer, een lopend initiatief of een organisatie zonder `reviewed` is in de
# versiegeschiedenis (Git) langer dan `review_after_days` dagen niet veranderd. Kijk na of
# alles nog klopt en voeg `reviewed` met de datum van vandaag toe.
review-due-changed = niet gecontroleerd sinds de laatste wijziging op { $date }, { $age } dagen geleden (meer dan { $days }); kijk na of alles nog klopt en voeg dan `reviewed: { $today }` toe
