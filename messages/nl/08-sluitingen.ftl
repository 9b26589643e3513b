## Sluitingen, feestdagen en overgeslagen datums
## Een kamer is op de nationale feestdagen dicht, tenzij `site.yaml` `holidays: none` zegt of de
## kamer zelf `holidays: open`. Met `closures:` schrijf je dagen waarop een kamer dicht is of
## andere openingstijden heeft; met `skip:` bij een activiteit de datums waarop alleen die
## activiteit niet doorgaat. De meldingen over de datums zelf staan bij "Waarden". Bij een
## kamer is `holidays` `open` als de kamer op feestdagen gewoon open is, `closed` als hij dan
## altijd dicht is (ook als de site `holidays: none` heeft), en `default` (of de regel
## weglaten) volgt `site.yaml`. In `site.yaml` zelf is `holidays` `nl` (de kamers zijn dicht op
## de Nederlandse nationale feestdagen; dat is ook zo als je de regel weglaat) of `none` (geen
## feestdagen).

# Een regel in `closures` met `date:` is één dag. Zonder `from` en `to` is de kamer die dag
# dicht; met `from` en `to` (allebei, als tijd tussen aanhalingstekens) is hij die dag open op
# andere tijden. Wil je een reeks dagen dicht, laat `date` dan weg en schrijf twee datums:
# `{ from: 2025-07-21, to: 2025-08-15, note: Zomerstop }`.
closure-date-with-one-time = een sluiting met `date` is de hele dag dicht, of open op andere tijden als je `from: "09:00"` en `to: "13:00"` allebei geeft; ben je dicht van de ene datum tot de andere, laat `date` dan weg en schrijf `from: 2025-07-21` en `to: 2025-08-15`
# `from` en `to` zijn tijden (`"09:00"`), maar er staat geen dag bij. Zet de dag erbij met
# `date: 2025-12-31`, of schrijf datums als je dagen achter elkaar dicht bent.
closure-times-without-date = `from` en `to` zijn tijden, maar de sluiting heeft geen `date`; voeg `date: 2025-12-31` toe voor andere tijden op die dag, of schrijf datums (`from: 2025-07-21`, `to: 2025-08-15`) voor dagen dat de kamer dicht is
# Een regel in `closures` zonder dag: geef `date` voor één dag, of `from` én `to` voor een
# reeks.
closure-needs-date = een sluiting heeft `date: 2025-12-24` nodig (die dag dicht) of `from: 2025-07-21` en `to: 2025-08-15` allebei (dicht op die dagen)
# Elke dag die de site toont, kijkt door alle sluitingen heen. Haal sluitingen weg die voorbij
# zijn.
closure-too-many = een kamer mag hoogstens { $limit } sluitingen noemen; deze heeft er { $count }; haal de sluitingen weg die voorbij zijn
# De datum bij `skip` is geen dag waarop de activiteit volgens haar `days` (of `date`, `starts`,
# `ends`) plaatsvindt: een tikfout, of een dag die al niet meetelt. Verbeter de datum of haal
# hem weg. Feestdagen hoef je niet bij `skip` te zetten: daarop gaat een activiteit al niet
# door.
skip-not-on-schedule = `skip` noemt { $date }, maar op die datum vindt de activiteit toch al niet plaats; kijk de datum na, of haal hem weg
# Haal datums weg die voorbij zijn, of geef de activiteit een einddatum (`ends:`) als ze stopt.
skip-too-many = een activiteit mag hoogstens { $limit } datums overslaan; deze heeft er { $count }; haal de datums weg die voorbij zijn, of zet `ends`
