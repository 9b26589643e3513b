## Titels per taal en voorzieningen
## De naam en de beschrijving van de site (`title` en `description` in site.yaml) mogen één tekst zijn, in de taal van de site, of een tekst per taal: `title: { nl: Buurt- en dorpskamers Leeuwarden, fy: Buert- en doarpskeamers Ljouwert, en: Neighbourhood and village rooms Leeuwarden }`. Een taal zonder eigen tekst krijgt die van de site, en de pagina zegt erbij dat die tekst in de taal van de site is, zodat een schermlezer hem goed uitspreekt.

# `title` of `description` is een lijst of iets anders dan tekst. Schrijf één tekst, of per
# taal een regel met de taalcode en de tekst.
per-language-not-text = `{ $key }` moet één tekst zijn of een tekst per taal, zoals `{ $key }: {"{"} nl: ..., fy: ..., en: ... {"}"}`; haal de streepjes of haakjes weg en schrijf de tekst zo
# Bij `title` of `description` staat een taalcode die niet in `languages` staat (of een
# tikfout in de code). Alleen de talen van de site hebben pagina's. Verbeter de code, zet
# de taal in `languages`, of haal de regel weg.
per-language-unknown-language = `{ $key }` heeft een tekst in de taal "{ $code }", maar dat is geen taal van de site; gebruik een van de talen in `languages` ({ $languages }), of zet "{ $code }" daar eerst bij
# Bij `title` of `description` staat dezelfde taal twee keer. Houd één tekst per taal over.
per-language-twice = `{ $key }` heeft twee teksten in de taal "{ $code }" (de eerste op regel { $first }); houd er één over
# Bij `title` of `description` staat een taal zonder tekst. Schrijf de tekst achter de
# taalcode, of haal de regel weg: dan krijgt die taal de tekst in de taal van de site.
per-language-empty = `{ $key }` heeft een lege tekst in de taal "{ $code }"; schrijf de tekst achter `{ $code }:`, of haal de regel weg
# `title` of `description` heeft teksten per taal, maar niet in de taal van de site zelf
# (`language`, meestal nl). Die tekst is nodig: andere talen vallen erop terug.
per-language-own-missing = `{ $key }` heeft geen tekst in "{ $language }", de taal van de site; voeg een regel `{ $language }: ...` toe met de tekst in die taal
