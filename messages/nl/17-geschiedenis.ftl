## Geschiedenis, wijzigingen en versies (Git)
## mienskip haalt de datums ("laatst gewijzigd", de feeds, `/wijzigingen/`) en de vaste
## versies van de open data uit de versiegeschiedenis van de site (Git). Deze meldingen zijn
## waarschuwingen: de site wordt gebouwd, maar de datums kunnen dan niet kloppen.

# mienskip haalt de datums uit de versiegeschiedenis (Git), maar de map van de site is geen
# Git-repository (of `site.yaml` staat niet in de bovenste map ervan). Daarom krijgt elke
# pagina en elke rij in de open data de datum van vandaag, en is `/wijzigingen/` leeg. Bouw in
# een kloon van de repository van de site. Bouw je bewust van een kopie (bijvoorbeeld een
# archief van een release), zet dan `SOURCE_DATE_EPOCH` op de datum van de inhoud; dan geeft
# mienskip deze waarschuwing niet.
history-not-a-repository = de map van de site (met site.yaml) is niet de bovenste map van een Git-repository, dus elke datum ("laatst gewijzigd", `modified`, de feeds en de sitemap) is die van vandaag en /wijzigingen/ is leeg; bouw in een kloon van de repository van de site, of zet SOURCE_DATE_EPOCH op de datum van de bestanden
# De map `.git` is er, maar mienskip kan de geschiedenis niet lezen (beschadigd). Alles krijgt
# de bouwdatum. Controleer met `git log` in de map van de site dat de geschiedenis in orde is.
history-unreadable-repository = de Git-repository van de site kon niet worden gelezen ({ $reason }), dus elke datum is de bouwdatum (SOURCE_DATE_EPOCH, of vandaag); kijk of `git log` werkt in de map van de site
# De repository is gekloond zonder geschiedenis (een "shallow clone", wat GitHub Actions
# standaard doet). Zonder geschiedenis weet mienskip niet wanneer iets veranderde. Haal de hele
# geschiedenis op: `git fetch --unshallow`, of in de workflow bij `actions/checkout` de regel
# `fetch-depth: 0` (de workflow in de template doet dat al).
history-shallow = de map van de site is een Git-kloon zonder de hele geschiedenis ("shallow"), dus elke datum is de bouwdatum (SOURCE_DATE_EPOCH, of vandaag) en /wijzigingen/ is leeg; haal de hele geschiedenis op (`git fetch --unshallow`, of `fetch-depth: 0` bij actions/checkout)
# De repository heeft nog geen enkele commit, dus er is geen geschiedenis. Alles krijgt de
# bouwdatum. Commit de bestanden van de site.
history-no-commit = de Git-repository van de site heeft nog geen commit, dus elke datum is de bouwdatum; commit de bestanden van de site
# De map `.git` is er, maar de geschiedenis kan niet gelezen worden (beschadigd). Alles krijgt
# de bouwdatum. Controleer met `git log` in de map van de site dat de geschiedenis in orde is.
history-unreadable-log = de Git-geschiedenis van de site kon niet worden gelezen ({ $reason }), dus elke datum is de bouwdatum; kijk of `git log` werkt in de map van de site
# Om de bouw snel te houden leest mienskip hoogstens 20.000 commits terug. Een bestand dat in
# al die commits niet veranderde, krijgt de datum van de oudste gelezen commit (het is sindsdien
# in elk geval niet veranderd). Er hoeft niets te gebeuren.
history-cut-off = de geschiedenis heeft meer dan { $limit } commits (de grens MAX_HISTORY_COMMITS); bestanden die sindsdien niet veranderden, krijgen de datum van de oudste gelezen commit
# Een tag die met `data-` begint wordt een vaste versie van de open data, met de naam van de
# tag in het webadres. Die naam mag daarom alleen kleine letters, cijfers en losse streepjes
# hebben. Maak een tag met een goede naam (`git tag data-2025-01 <commit>`) en haal de oude weg
# (`git tag -d …` en `git push --delete origin …`).
history-unsafe-tag = de tag "{ $tag }" wordt niet als versie gepubliceerd: een `data-`-tag komt alleen onder /data/versies/<tag>/ als de rest van de naam uit kleine letters, cijfers en losse streepjes bestaat (zoals data-2025-01); geef de tag een andere naam
# Elke versie is een volledige kopie van de open data; mienskip publiceert de nieuwste 50. Haal
# oude tags weg als je een oudere versie toch wilt publiceren.
history-too-many-tags = er zijn { $count } `data-`-tags; alleen de nieuwste { $limit } (de grens MAX_VERSIONS) worden onder /data/versies/ gepubliceerd
# De bestanden bij deze tag zijn samen te groot om als versie te publiceren. De rest van de
# site wordt gewoon gebouwd. Een gepubliceerde versie verandert nooit: maak de bestanden kleiner
# en maak een nieuwe tag met een nieuwe naam.
history-tag-too-large = de tag { $tag } wordt niet als versie gepubliceerd: de bestanden zijn samen groter dan { $limit } bytes (de grens MAX_VERSION_SOURCE_BYTES)
# De tag kon niet uit de geschiedenis worden gelezen (de melding zegt waarom). De rest van de
# site wordt gewoon gebouwd. Controleer de tag met `git show <tag>`.
history-tag-unreadable = de tag { $tag } wordt niet als versie gepubliceerd: hij kon niet worden gelezen ({ $reason })
# De bestanden zoals ze bij die tag waren, kunnen niet (meer) gebouwd worden: er stond toen een
# fout in, of ze zijn in een vorm die deze versie van mienskip niet meer leest. De rest van de
# site wordt gewoon gebouwd. Een gepubliceerde versie verandert nooit: herstel de inhoud en maak
# een nieuwe tag met een nieuwe naam.
history-tag-has-errors = de tag { $tag } wordt niet gepubliceerd onder /data/versies/: de bestanden hebben fouten (de eerste: { $first }); verbeter de inhoud en maak een nieuwe tag met een nieuwe naam
# De bestanden van deze tag konden niet tijdelijk worden neergezet om ze te bouwen (de melding
# zegt waarom, bijvoorbeeld een volle schijf). De rest van de site wordt gewoon gebouwd. Maak
# ruimte en bouw opnieuw.
history-tag-not-laid-out = de tag { $tag } wordt niet gepubliceerd onder /data/versies/: de bestanden konden niet worden neergezet ({ $reason }); bouw opnieuw als er weer ruimte is
