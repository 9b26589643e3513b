## Kamers

# Bij `status: closed` hoort de datum van sluiten. Voeg `closed:` toe.
room-closed-needs-date = een gesloten kamer heeft de datum nodig waarop ze dichtging; voeg een regel toe zoals `closed: 2022-09-01`
# Er staat een sluitingsdatum bij een kamer die open of gepland is. Haal `closed:` weg, of zet
# `status: closed` als de kamer echt dicht is.
room-closed-but-not-closed = `closed` hoort alleen bij een kamer met `status: closed`; haal de regel weg of verander de status
# Een open of gesloten kamer heeft een adres nodig. Vul het in, of zet `status: planned` zolang
# de kamer er nog niet is.
room-address-required = `address` ontbreekt, en dat mag alleen bij een geplande kamer; voeg toe: `address: {"{"} street: Voorbeeldstraat 1, postcode: 8900 AA, city: Leeuwarden {"}"}`
# Een open of gesloten kamer heeft een plek op de kaart nodig. Vul hem in, of zet
# `status: planned` zolang de kamer er nog niet is. Is de plek niet precies bekend, zet dan ook
# `location_approximate: true`.
room-location-required = `location` ontbreekt, en dat mag alleen bij een geplande kamer; voeg toe: `location: {"{"} lat: 53.2012, lon: 5.7999 {"}"}` (en `location_approximate: true` als de plek niet precies is)
# Een openingstijd of aanwezigheid (`presence`) heeft dagen nodig: `days: [ma, wo]`.
room-days-required = `days` ontbreekt; voeg bijvoorbeeld `days: [ma, wo]` toe
