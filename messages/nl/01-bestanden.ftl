## Bestanden en mappen

# mienskip draait niet in de map van de site. Ga in de terminal naar de map met `site.yaml`
# (`cd …`), of geef die map op: `mienskip check --root pad/naar/de/site`. Bestaat de map wel,
# dan ontbreekt `site.yaml`: zet hem terug (zie [site.yaml](#siteyaml)).
file-no-site-yaml = er staat hier geen site.yaml; start mienskip in de map van de site, of geef die map op met --root MAP
# Hetzelfde, voor de map `content/`.
file-no-content-folder = er staat hier geen map `content/`; start mienskip in de map van de site, of geef die map op met --root MAP
# In `content/` staat een map die mienskip niet kent, vaak een tikfout (`room` in plaats van
# `rooms`). Hernoem de map, of verplaats de bestanden naar de goede map. mienskip slaat zo'n
# map niet stilletjes over, zodat een bestand nooit ongemerkt van de site verdwijnt.
file-not-a-content-folder = `content/{ $name }` is geen map voor inhoud (die mappen heten { $folders }){ $hint }
# In een inhoudsmap staat een bestand dat niet op `.md` eindigt (een plaatje, een Word-bestand,
# een reservekopie als `kamer.md~`), of een map. Haal het weg of geef het de goede naam.
file-only-markdown = hier horen alleen Markdown-bestanden (`<id>.md`); verplaats dit bestand of geef het een andere naam
# Hetzelfde voor `data/budgets/`: daar horen alleen `.yaml`-bestanden.
file-only-budget-yaml = in data/budgets/ horen alleen begrotingsbestanden (`<id>.yaml`); verplaats dit bestand of geef het een andere naam
# De bestandsnaam kan geen id zijn: er staan hoofdletters, spaties, accenten, `_` of andere
# tekens in, of hij begint of eindigt met `-`. Hernoem het bestand; de melding stelt een naam
# voor. Let op: verwijzingen in andere bestanden (`area: …`, `rooms: […]`) gebruiken de nieuwe
# naam.
file-invalid-id-markdown = "{ $id }" kan geen id zijn; hernoem het bestand met alleen kleine letters a-z, cijfers 0-9 en - (niet aan het begin of eind), zoals { $suggestion }.md
# Hetzelfde voor een begrotingsbestand in `data/budgets/`.
file-invalid-id-budget = "{ $id }" kan geen id zijn; hernoem het bestand met alleen kleine letters a-z, cijfers 0-9 en -, zoals { $suggestion }.yaml
# Het bestand kon niet worden gelezen (bijvoorbeeld omdat je geen rechten hebt, of het net
# verplaatst is). Na de dubbele punt staat de reden, zoals de computer die geeft (vaak in het
# Engels). Controleer het bestand en probeer het opnieuw.
file-cannot-be-read = kan niet worden gelezen: { $reason }
# Hetzelfde, zonder dat de computer een reden geeft.
file-cannot-be-read-unknown = kan niet worden gelezen (de oorzaak is onbekend); controleer het bestand en probeer het opnieuw
# Het bestand is er niet (meer): het is verplaatst of hernoemd terwijl mienskip liep, of een
# snelkoppeling wijst naar niets. Controleer het bestand en probeer het opnieuw.
file-does-not-exist = kan niet worden gelezen: het bestand bestaat niet
# Op de plek van een bestand staat een map (of iets anders wat geen bestand is). Haal het weg
# of geef het een andere naam.
file-not-a-file = kan niet worden gelezen: dit is geen bestand (een map?)
# Het bestand is te groot. Voor een inhoudsbestand is de grens 1 MiB (1024 KiB): meestal is er
# per ongeluk iets in geplakt (een plaatje als tekst, een hele export); haal weg wat er niet
# hoort. Voor een kaartbestand in `data/geo/` is de grens 32 MiB (32768 KiB): vereenvoudig dan
# de omtrek. In een thema is de grens 1 MiB voor een sjabloon of een bestand in `i18n/`, en 64
# MiB (65536 KiB) voor een bestand in `static/`. Na de `;` staat wat je doet. mienskip kijkt
# naar de grootte vóór het lezen, dus ook een reusachtig bestand houdt de bouw niet op.
file-too-large = het bestand is { $size } KiB, meer dan de grens van { $limit } KiB; { $fix }
# Achter een melding over een te groot bestand: wat je eraan doet.
file-fix-split = splits het, of haal weg wat er niet in hoort
# Het genoemde bestand of de genoemde map is een snelkoppeling (een *symbolic link*) naar een
# plek buiten de map van de site. mienskip leest zoiets niet: via zo'n koppeling zou een pull
# request bestanden van de bouwcomputer (wachtwoorden, sleutels) op de site kunnen zetten. De
# melding zegt daarom ook niet waar de koppeling heen wijst. Zet het bestand zelf op die plek
# (kopieer het in de site), of haal de koppeling weg. Een koppeling naar een ander bestand
# binnen de site mag wel.
file-link-outside = dit is een snelkoppeling naar een plek buiten de map van de site; mienskip leest alleen bestanden in de site, dus zet hier het bestand zelf neer in plaats van een koppeling
# Een snelkoppeling naar iets in de map `.git`. Die map hoort bij de site, maar bevat de
# instellingen van de opslagplaats en bij het bouwen op GitHub vaak de sleutel waarmee de
# site is opgehaald; daarom leest mienskip daar nooit iets. Zet het bestand zelf op de plek van
# de koppeling.
file-link-git = dit is een snelkoppeling naar de map .git van de opslagplaats, waar de instellingen in staan; mienskip leest die niet, dus zet hier het bestand zelf neer in plaats van een koppeling
# Een snelkoppeling naar een bestand dat niet (meer) bestaat. Haal de koppeling weg of zet het
# bestand zelf op die plek.
file-link-dangling = deze snelkoppeling wijst naar niets; haal haar weg, of zet hier het bestand zelf neer
# Een snelkoppeling naar een map waar ze zelf in staat (bijvoorbeeld naar `..`). Door zo'n map
# zou mienskip eindeloos blijven zoeken; haal de koppeling weg.
file-link-loop = deze snelkoppeling wijst naar een map waar ze zelf in staat, zodat mienskip eindeloos zou blijven zoeken; haal de koppeling weg
# Het bestand is in een andere tekenset bewaard (vaak door Kladblok of Word), waardoor letters
# als é en ë niet goed zijn. Het regelnummer wijst de eerste zo'n letter aan. Open het bestand en
# bewaar het als *UTF-8* (*Opslaan als* → *Codering: UTF-8*, of *Save with encoding* →
# *UTF-8*).
file-not-utf8 = het bestand is geen UTF-8-tekst; bewaar het in je editor als UTF-8 ("Opslaan als", codering UTF-8)
