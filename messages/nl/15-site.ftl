## site.yaml

# Schrijf het volledige adres van de site, met `https://`.
site-base-url-not-absolute = `base_url` is "{ $url }"; dat moet het volledige adres van de gepubliceerde site zijn, zoals https://kamers.example.nl/
# Het adres achter `mienskip build --base-url` is geen volledig webadres. Schrijf het met
# `https://` ervoor, zoals in `base_url` van site.yaml.
build-base-url-not-absolute = `--base-url` is "{ $url }"; dat moet een volledig adres zijn, zoals https://gemeente.github.io/kamers/pr-voorbeeld/pr-7/
# Talen schrijf je als code van twee (of drie) kleine letters: `nl`, `fy`, `en`, `de`.
site-language-code-invalid = "{ $code }" is geen taalcode; schrijf een code van twee letters, zoals nl, fy of en
# Elke pagina bestaat in elke taal en verwijst naar alle andere talen; met veel talen wordt de
# site (en vooral `sitemap.xml`) enorm. mienskip staat daarom hoogstens 12 talen toe, de hoofdtaal
# meegeteld. Houd de talen die bewoners echt lezen en haal de rest weg uit `languages:`.
site-too-many-languages = een site mag hoogstens { $limit } talen hebben; deze heeft er { $count } (`language` en nog { $extra } in `languages`); houd de talen die bewoners lezen en haal de rest weg
# Een bestand als `bilgaard.fy.md` is een vertaling, maar `site.yaml` noemt geen andere talen dan
# de hoofdtaal. Voeg de taal toe (`languages: [nl, fy]`), of hernoem het bestand als het geen
# vertaling is (een punt in de naam betekent altijd "vertaling"). Zolang `site.yaml` zelf een
# fout heeft, wordt dit niet gecontroleerd.
translation-no-extra-languages = dit is een vertaling in "{ $language }", maar site.yaml noemt geen andere talen (`languages`); voeg de taal daar toe, of geef het bestand een andere naam
# Hetzelfde, als `languages` wel andere talen noemt, maar niet deze.
translation-language-not-listed = dit is een vertaling in "{ $language }", maar bij `languages` in site.yaml staat alleen { $listed }; voeg de taal daar toe, of geef het bestand een andere naam
# Schrijf de tijdzone volledig, zoals `Europe/Amsterdam`, of laat de regel weg.
site-timezone-unknown = `timezone` is "{ $timezone }", en die tijdzone bestaat niet; schrijf een naam als Europe/Amsterdam, of laat de regel weg
# Kies `none` (geen achtergrondkaart), `pdok`, `osm`, of een volledig adres van een kaartserver
# met `{z}`, `{x}` en `{y}` erin.
site-tiles-invalid = `tiles` is "{ $tiles }"; dat moet none, pdok, osm of een https-adres met {"{"}z{"}"}, {"{"}x{"}"} en {"{"}y{"}"} zijn
# De naam van het thema kan geen map zijn (hoofdletters, spaties, andere tekens). Laat de regel
# weg of schrijf `theme: default`.
site-theme-not-id = `theme` is "{ $theme }"; dat moet de naam van een map in themes/ zijn, zoals default
# Het thema bestaat niet. Laat de regel weg of schrijf `theme: default`.
site-theme-folder-missing = `theme` is "{ $theme }", maar er is geen map themes/{ $theme }/; maak die map, of schrijf `theme: default`
# Bij `publisher` in `site.yaml` staat een e-mailadres dat er geen is: zonder `@`, met een spatie
# of een regelovergang erin, of met meer dan één adres. Dit adres komt in `security.txt` en in
# de open data, waar het één adres moet zijn. Schrijf één adres, zonder aanhalingstekens of
# spaties.
site-publisher-email-invalid = `email` is "{ $email }", en dat is geen e-mailadres; schrijf één adres, zoals `opendata@leeuwarden.nl`
# `publisher.uri` is het vaste webadres waarmee de uitgever in open data wordt aangeduid. Voor
# een gemeente is dat het TOOI-adres uit de registers van de overheid:
# `https://identifier.overheid.nl/tooi/id/gemeente/gm` gevolgd door de CBS-code van de
# gemeente in vier cijfers (Leeuwarden: `gm0080`). Schrijf het volledige adres met `https://`,
# of laat de regel weg; dan gebruikt de catalogus het adres van de website (`publisher.url`).
site-publisher-uri-not-absolute = `uri` is "{ $uri }"; dat moet het volledige adres zijn waarmee de uitgever wordt aangeduid, zoals https://identifier.overheid.nl/tooi/id/gemeente/gm0080
# Bij `editor:` in `site.yaml` staat bij `repo` iets dat geen GitHub-repository is. Schrijf de
# eigenaar en de naam met één schuine streep ertussen, zoals ze in het adres van de repository
# staan: voor `https://github.com/gemeente/kamers` is dat `gemeente/kamers`.
site-editor-repo-invalid = `repo` is "{ $repo }"; schrijf de GitHub-repository als eigenaar/naam, zoals gemeente/kamers
