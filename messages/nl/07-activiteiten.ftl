## Activiteiten
## De meldingen over tijden, dagen en datums staan bij "Waarden".

# Een activiteit zonder dagen en zonder datum. Voeg `days:` toe als hij terugkomt, of `date:`
# als hij één keer is.
activity-needs-days-or-date = een activiteit heeft `days: [wo]` nodig (ze komt elke week terug) of `date: 2025-03-15` (ze is één keer)
# Kies: `days` voor iets wat terugkomt, `date` voor iets eenmaligs.
activity-days-and-date = een activiteit heeft `days` (ze komt terug) of `date` (ze is één keer), niet allebei; haal er één weg
# Ook voor `monthly`, `starts` en `ends`. Een eenmalige activiteit (`date`) herhaalt niet; haal
# de genoemde sleutel weg, of gebruik `days` in plaats van `date`.
activity-repeat-key-with-date = `{ $key }` is voor activiteiten die terugkomen; een activiteit met `date` is één keer, dus haal `{ $key }` weg
# Kies één manier van herhalen: om de paar weken (`interval`) of elke maand (`monthly`).
activity-interval-and-monthly = een activiteit komt om de paar weken terug (`interval`) of elke maand (`monthly`), niet allebei; haal er één weg
# Bij "om de paar weken" moet mienskip weten in welke week het begint. Zet de datum van de
# eerste keer bij `starts:`.
activity-interval-needs-starts = `interval` telt de weken vanaf `starts`; voeg de eerste datum toe, zoals `starts: 2024-01-03`
# `monthly` is 1 tot en met 5 (de eerste tot vijfde zo'n dag van de maand) of -1 tot en met -5
# (geteld vanaf het eind: -1 is de laatste). 0 bestaat niet.
activity-monthly-zero = `monthly` is 1 voor de eerste zo'n weekdag van de maand, 2 voor de tweede, ..., -1 voor de laatste; 0 kan niet
# Een kamer heeft meer activiteiten dan mienskip per kamer toelaat. Elke activiteit komt in de
# agenda, in de agendabestanden en in de open data; een bestand met duizenden activiteiten zou
# de bouw urenlang bezighouden. Haal activiteiten weg die voorbij zijn (of geef ze `ends:` en
# ruim ze later op), of verdeel de kamer als het echt meerdere kamers zijn.
activity-too-many = een kamer mag hoogstens { $limit } activiteiten hebben; deze heeft er { $count }; verdeel de kamer of haal oude activiteiten weg
# De `id` van een activiteit is haar vaste naam in de agendabestanden (`agenda.ics`): zo blijft
# een activiteit in iemands agenda-app dezelfde, ook als de titel verandert. Gebruik kleine
# letters, cijfers en `-`, en verander hem daarna niet meer.
activity-id-invalid = `id` is "{ $value }"; schrijf kleine letters, cijfers en `-`, zoals `koffieochtend`, en verander hem daarna nooit meer
# Twee activiteiten van dezelfde kamer hebben dezelfde `id`. Geef de tweede een andere.
activity-id-twice = twee activiteiten hebben `id: { $id }` (de eerste op regel { $first }); geef elke activiteit een eigen id
