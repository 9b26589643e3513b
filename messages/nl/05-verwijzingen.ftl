## Verwijzingen naar andere bestanden

# Een verwijzing naar een gebied, kamer, initiatief of organisatie klopt niet: er is geen bestand
# met die naam. Een verwijzing is de bestandsnaam zonder `.md`. Verbeter de tikfout (de melding
# stelt een bestaande naam voor), of maak het ontbrekende bestand met `mienskip new`. Zijn er
# hooguit acht, dan noemt de melding ze allemaal, met hun naam. Deze melding komt ook als je een
# bestand hebt weggehaald of hernoemd waar nog naar verwezen wordt.
ref-unknown-id = `{ $key }` noemt { $kind ->
    [room] de kamer
    [area] het gebied
    [initiative] het initiatief
   *[organisation] de organisatie
} "{ $written }", maar er is geen bestand met die naam (de id's zijn de bestandsnamen in { $folder }{ $list }){ $hint }
# Je verwijst met een naam in plaats van een id. Gebruik de bestandsnaam: `area: noord`, niet
# `area: Leeuwarden Noord`. De melding zoekt het gebied (of de kamer, het initiatief, de
# organisatie) ook op naam en noemt dan de id die je bedoelt.
ref-not-an-id = `{ $key }` noemt "{ $written }", maar dat is geen id (de id's { $kind ->
    [room] van de kamers
    [area] van de gebieden
    [initiative] van de initiatieven
   *[organisation] van de organisaties
} zijn de bestandsnamen in { $folder }, in kleine letters a-z, cijfers 0-9 en -{ $list }){ $hint }
# Achter een verwijzing die niet klopt: de id die je waarschijnlijk bedoelt, met de naam van
# dat bestand. Schrijf die id.
ref-did-you-mean-named = ; bedoel je `{ $candidate }` ("{ $name }")?
# Naast de vertaling staat geen origineel met dezelfde naam. Geef de vertaling de naam van het
# origineel plus de taalcode, of maak het origineel.
ref-translation-without-original = dit is een vertaling van { $original }, maar dat bestand bestaat niet; geef de vertaling de naam van het bestand dat ze vertaalt
